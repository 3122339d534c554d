"""A possessive of a past time that dates a noun phrase to an earlier occasion (check 49):
"last year's 10 percent levy", "last month's truce", "April's 30-day ceasefire", "the
spring's truce". One sentence often tells the earlier occasion and the new one side by side
("replaces last year's 25 percent duty", "After last year's 10 percent levy, Washington now
imposes 100 percent"), and the number or place in the possessed phrase is the earlier one's.

Read for :mod:`summarizer.verification.counts.number_occasions` (an earlier occasion's clause) and
:mod:`summarizer.verification.counts.old_rates` (the rate a measure replaces). A year in the
possessive ("2024's") is left out: it may as well be a coming year's.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set

_SPANS = word_set("year month week")
_SEASONS = word_set("spring summer autumn fall winter")
_LAST = word_set("last past previous")


def past_owner(tokens: Sequence[Token], index: int) -> int | None:
    """The index where a possessive of past time ending at ``tokens[index]`` opens ("last"
    of "last year's", "the" of "the spring's", the month of "April's"), or None when the
    token is none."""
    token = tokens[index]
    if not token.text.lower().endswith(POSSESSIVE_ENDINGS):
        return None
    previous = tokens[index - 1].norm if index else ""
    if token.norm in _SPANS and previous in _LAST:
        return index - 1
    if token.norm in _SEASONS and previous in _LAST | {"the", "this"}:
        return index - 1
    if token.norm in MONTHS and token.capitalised:
        return index
    return None


def past_marked(tokens: Sequence[Token], low: int, first: int) -> bool:
    """Whether a possessive of past time stands in ``tokens[low:first]`` (the words of a
    clause before its number)."""
    return any(past_owner(tokens, index) is not None for index in range(low, first))


__all__ = ["past_marked", "past_owner"]
