"""What a run costs: tokens per article and per run, and dollars from published prices.

Where a price comes from, first match wins:

1. the user's price file (``SUMMARIZER_PRICES``, or ``<SUMMARIZER_HOME>/prices.json``), which
   overrides or extends everything without a release (``null`` there means "no price");
2. ``prices.json`` in the package, for the models no price list knows: the recorded cassette
   sets (``authored``, ``gemma3-270m-q4_k_m``), priced at 0 because nothing was paid;
3. genai-prices, pydantic's maintained price data (:mod:`summarizer.storage.published`),
   read from the installed package, never fetched.

An unknown price is ``None``, never 0: a run on a local model or an unlisted deployment reports
its tokens and says the dollars are unknown, rather than claiming it was free.

Arithmetic is done in ``Decimal`` on prices parsed as decimals, so $2.50 per 1M tokens times
1,000 tokens is exactly $0.0025 and run totals do not drift with float rounding.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from summarizer.errors import InputError
from summarizer.results import SummaryResult, Usage
from summarizer.storage.paths import summarizer_home
from summarizer.storage.published import Price, published_price

__all__ = [
    "DEFAULT_PRICES",
    "PRICES_ENV",
    "Price",
    "RunCost",
    "cost_usd",
    "format_usd",
    "load_prices",
    "parse_prices",
    "price_for",
    "resolve_model",
]

PRICES_ENV = "SUMMARIZER_PRICES"
# What a dated snapshot appends to its base name: -2024-07-18 (current) or -0613 (older).
_SNAPSHOT = re.compile(r"-(?:\d{4}-\d{2}-\d{2}|\d{4})")
_PROVIDER_PREFIX = "openai/"


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    number = Decimal(value)
    return number if number.is_finite() and number >= 0 else None


def parse_prices(text: str, origin: str) -> dict[str, Price | None]:
    """A price file's entries: ``{"model": {"input": USD/1M, "output": USD/1M}}`` with an
    optional ``"cached_input": USD/1M`` (prompt-cache hits), keys that start with ``_`` being
    comments and ``null`` meaning "no price". ``origin`` names the file in the one-line
    :class:`InputError` a malformed file raises."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{origin}: price file is not valid JSON ({exc.msg} at line {exc.lineno} "
            f"column {exc.colno})"
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            f"{origin}: price file must be a JSON object of "
            '{"model": {"input": USD per 1M tokens, "output": USD per 1M tokens}}'
        )
    prices: dict[str, Price | None] = {}
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        if entry is None:
            prices[name.casefold()] = None
            continue
        numbers = (
            (_as_decimal(entry.get("input")), _as_decimal(entry.get("output")))
            if isinstance(entry, dict)
            else (None, None)
        )
        has_cached = isinstance(entry, dict) and entry.get("cached_input") is not None
        cached = _as_decimal(entry.get("cached_input")) if has_cached else None
        if numbers[0] is None or numbers[1] is None or (has_cached and cached is None):
            raise InputError(
                f"{origin}: price for {name!r} must be "
                '{"input": USD per 1M tokens, "output": USD per 1M tokens} (numbers >= 0, '
                'optionally "cached_input") or null'
            )
        prices[name.casefold()] = Price(input=numbers[0], output=numbers[1], cached_input=cached)
    return prices


def _shipped() -> Mapping[str, Price]:
    text = resources.files("summarizer.storage").joinpath("prices.json").read_text(encoding="utf-8")
    table = parse_prices(text, "summarizer/storage/prices.json")
    return MappingProxyType({name: price for name, price in table.items() if price is not None})


#: The shipped table (read-only): models no price list knows. Use :func:`load_prices` to get the
#: user's overrides too, and :func:`price_for` for the published prices behind both.
DEFAULT_PRICES: Mapping[str, Price] = _shipped()


def _user_file(env: Mapping[str, str]) -> Path | None:
    if named := env.get(PRICES_ENV):
        path = Path(named).expanduser()
        if not path.is_file():
            raise InputError(f"{PRICES_ENV}={named}: no such price file")
        return path
    path = summarizer_home(env) / "prices.json"
    return path if path.is_file() else None


def load_prices(env: Mapping[str, str] | None = None) -> dict[str, Price | None]:
    """The shipped prices with the user's file merged over them: the file named by
    ``SUMMARIZER_PRICES`` if set (it must exist), else ``<SUMMARIZER_HOME>/prices.json`` if
    present. A ``null`` entry stays, as None: that model has no price, whatever the published
    prices say. Call once per run and pass the result on, so a malformed file fails before any
    article is sent rather than halfway through."""
    env = os.environ if env is None else env
    prices: dict[str, Price | None] = dict(DEFAULT_PRICES)
    path = _user_file(env)
    if path is None:
        return prices
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read price file ({exc})") from None
    prices.update(parse_prices(text, str(path)))
    return prices


def resolve_model(model: str, prices: Mapping[str, Price | None]) -> str | None:
    """The table entry that prices ``model``: itself, or the longest entry it extends with a
    dated snapshot suffix (``gpt-4o-mini-2024-07-18`` -> ``gpt-4o-mini``). Any other suffix is
    not the same model (``gpt-5-nano`` must not be billed as ``gpt-5``), so it stays unknown.
    Case is ignored, and an ``openai/`` router prefix is dropped."""
    name = model.strip().casefold()
    if name.startswith(_PROVIDER_PREFIX):
        name = name[len(_PROVIDER_PREFIX) :]
    if name in prices:
        return name
    candidates = [
        key
        for key in prices
        if name.startswith(key) and _SNAPSHOT.fullmatch(name[len(key) :]) is not None
    ]
    return max(candidates, key=len) if candidates else None


def price_for(model: str, prices: Mapping[str, Price | None] | None = None) -> Price | None:
    """The price of ``model``: its entry in ``prices`` (default :func:`load_prices`; an entry
    also prices the model's dated snapshots, see :func:`resolve_model`), else its published
    price (:func:`~summarizer.storage.published.published_price`), else None."""
    table = load_prices() if prices is None else prices
    key = resolve_model(model, table)
    return published_price(model) if key is None else table[key]


def cost_usd(
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    prices: Mapping[str, Price | None] | None = None,
    cached_tokens: int = 0,
) -> float | None:
    """Dollars for one exchange, or None when ``model`` has no price (never a silent 0).
    ``cached_tokens`` of the ``prompt_tokens`` are priced at the model's cached-input rate.
    ``prices`` defaults to :func:`load_prices` (which reads the environment and the user file:
    pass a table loaded once when pricing many exchanges)."""
    if prompt_tokens < 0 or completion_tokens < 0 or cached_tokens < 0:
        raise ValueError("token counts cannot be negative")
    price = price_for(model, prices)
    if price is None:
        return None
    return float(price.cost(prompt_tokens, completion_tokens, cached_tokens))


def format_usd(value: float | Decimal | None) -> str:
    """Dollars for people: ``?`` when unknown, 4 decimals under a dollar (LLM calls are cheap),
    cents above."""
    if value is None:
        return "?"
    amount = float(value)
    if amount == 0:
        return "$0"
    return f"${amount:,.4f}" if abs(amount) < 1 else f"${amount:,.2f}"


@dataclass
class RunCost:
    """Tokens and dollars accumulated over one run, for the end-of-run line and eval reports.

    A model without a price is counted in ``unpriced`` (model -> articles that spent tokens on
    it), and the dollar total then says it is incomplete instead of under-reporting. Add
    results from one thread (the one consuming them); it holds no lock.
    """

    prices: Mapping[str, Price | None] | None = None
    articles: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cached_tokens: int = 0
    priced_articles: int = 0
    unpriced: dict[str, int] = field(default_factory=dict)
    _dollars: Decimal = field(default=Decimal(0), repr=False)
    _found: dict[str, Price | None] = field(default_factory=dict, repr=False)

    def _price(self, model: str) -> Price | None:
        """:func:`price_for`, looked up once per model for the run."""
        if model not in self._found:
            if self.prices is None:
                self.prices = load_prices()
            self._found[model] = price_for(model, self.prices)
        return self._found[model]

    def add_usage(self, model: str, usage: Usage) -> float | None:
        """Count one exchange's usage; return its cost (None if the model has no price)."""
        self.articles += 1
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        self.total_tokens += usage.total_tokens
        self.cached_tokens += usage.cached_tokens
        price = self._price(model)
        if price is None:
            if usage.total_tokens or usage.prompt_tokens or usage.completion_tokens:
                self.unpriced[model] = self.unpriced.get(model, 0) + 1
            return None
        cost = price.cost(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens)
        self._dollars += cost
        self.priced_articles += 1
        return float(cost)

    def add(self, result: SummaryResult, *, cached: bool = False) -> float | None:
        """Count one article's result and return its cost, the figure to pass to
        ``Store.log``. A cache hit counts as an article but spends nothing now (its tokens
        were paid for by the run that logged it), so it returns 0.0 and adds no tokens."""
        if cached:
            self.articles += 1
            self.cache_hits += 1
            return 0.0
        return self.add_usage(result.model, result.usage)

    @property
    def complete(self) -> bool:
        """Every token spent had a price."""
        return not self.unpriced

    @property
    def cost_usd(self) -> float | None:
        """Dollars for the priced exchanges; None when tokens were spent and none could be
        priced. When :attr:`complete` is False a number is a lower bound."""
        if self.priced_articles == 0 and self.unpriced:
            return None
        return float(self._dollars)

    def summary(self) -> str:
        """One line for the end of a run."""
        line = (
            f"{self.total_tokens:,} tokens ({self.prompt_tokens:,} in"
            + (f", {self.cached_tokens:,} of them cached" if self.cached_tokens else "")
            + f", {self.completion_tokens:,} out) over {self.articles} article"
            f"{'' if self.articles == 1 else 's'}"
        )
        if self.cache_hits:
            line += f" ({self.cache_hits} from cache)"
        cost = self.cost_usd
        if cost is None:
            line += "; cost unknown"
        else:
            line += f"; cost {format_usd(cost)}" + ("" if self.complete else " or more")
        if self.unpriced:
            names = ", ".join(f"{model} ({n})" for model, n in sorted(self.unpriced.items()))
            line += f"; no price for {names} (add it to a prices file: see SUMMARIZER_PRICES)"
        return line

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready totals for reports."""
        return {
            "articles": self.articles,
            "cache_hits": self.cache_hits,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "cached_tokens": self.cached_tokens,
            "cost_usd": self.cost_usd,
            "cost_complete": self.complete,
            "unpriced_models": dict(sorted(self.unpriced.items())),
        }
