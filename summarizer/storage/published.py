"""Published prices: genai-prices (pydantic's maintained price data), behind one function.

Why the library rather than our own table: it is kept up to date by people who track the
providers' pages, and it knows what a hand-written table got wrong or left out: ~2,300 models
of ~45 providers (Anthropic, Google, Mistral, DeepSeek... through a gateway too), dated
snapshots priced on their own (``gpt-4o-2024-05-13`` costs $5/$15, not ``gpt-4o``'s
$2.50/$10), prices that change on a date, and tiers by prompt size. Its data ships inside the
package (a Python module), so nothing is fetched at run time: its background updater
(``UpdatePrices``) is opt-in and never started here, and tests run without a network.

Two costs, both kept off the common paths:

- importing it takes ~50 ms and its data ~70 ms more on the first lookup, so it is imported
  only when a model is not in a local table (``summarizer --help`` and offline replays of the
  recorded sets, priced by ``prices.json``, never load it);
- its ``calc_price`` re-derives the price units on every call (~0.4 ms), so a model's rates are
  read once per process and applied with ``Decimal`` arithmetic in :class:`Price`; only a
  model whose rates depend on the prompt's size (tiers) is priced by ``calc_price`` each time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

__all__ = ["Price", "TieredPrice", "published_price"]

_PER = Decimal(1_000_000)


@dataclass(frozen=True)
class Price:
    """USD per one million tokens. ``cached_input`` is the price of input tokens the provider
    served from its prompt cache (``usage.prompt_tokens_details.cached_tokens``); None when
    the table gives none, and then cached tokens cost the full input price."""

    input: Decimal
    output: Decimal
    cached_input: Decimal | None = None

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0) -> Decimal:
        cached = min(max(cached_tokens, 0), prompt_tokens)
        cached_price = self.input if self.cached_input is None else self.cached_input
        return (
            (prompt_tokens - cached) * self.input
            + cached * cached_price
            + completion_tokens * self.output
        ) / _PER


@dataclass(frozen=True)
class TieredPrice(Price):
    """A published price that is not one rate per token kind (tiers by prompt size, no plain
    input or output rate): every exchange is priced by the library itself. ``input`` and
    ``output`` hold the base rates, for display."""

    model_ref: str = ""
    provider_id: str | None = None

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0) -> Decimal:
        from genai_prices import Usage, calc_price

        usage = Usage(
            input_tokens=prompt_tokens,
            cache_read_tokens=min(max(cached_tokens, 0), prompt_tokens),
            output_tokens=completion_tokens,
        )
        total: Decimal = calc_price(usage, self.model_ref, provider_id=self.provider_id).total_price
        return total


def _candidates(model: str) -> list[tuple[str | None, str]]:
    """(provider, model) pairs to look up: ``openai/gpt-4o`` is OpenAI's ``gpt-4o``; any name is
    also tried as it is, the library then finding the provider from the name (``claude-*`` is
    Anthropic's), so a local model's name (``llama3.1``) stays unknown."""
    name = model.strip()
    if not name:
        return []
    pairs: list[tuple[str | None, str]] = []
    provider, _, rest = name.partition("/")
    if rest:
        pairs.append((provider, rest))
    pairs.append((None, name))
    return pairs


def _rate(value: Any) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


@lru_cache(maxsize=512)
def published_price(model: str) -> Price | None:
    """The library's price for ``model`` as of now, or None when it does not know the model
    (never 0). Cached per model name for the life of the process."""
    from genai_prices import Usage, calc_price

    for provider_id, ref in _candidates(model):
        try:
            found = calc_price(Usage(input_tokens=0, output_tokens=0), ref, provider_id=provider_id)
        except LookupError:
            continue
        rates = found.model_price
        values = [getattr(rates, key, None) for key in ("input_mtok", "output_mtok")]
        cached = getattr(rates, "cache_read_mtok", None)
        plain = [_rate(value) for value in values]
        if (
            plain[0] is not None
            and plain[1] is not None
            and (cached is None or _rate(cached) is not None)
        ):
            return Price(input=plain[0], output=plain[1], cached_input=_rate(cached))
        base = [getattr(value, "base", value) for value in values]
        return TieredPrice(
            input=_rate(base[0]) or Decimal(0),
            output=_rate(base[1]) or Decimal(0),
            cached_input=_rate(getattr(cached, "base", cached)),
            model_ref=ref,
            provider_id=found.provider.id,
        )
    return None
