"""A "by" that gives how much, not who (session 25, check 53: "the Council of the European
Union extended them by six months").

After a verb of changing a measure ("extended", "raised", "cut", "widened") "by" may take an
amount: a number in digits or words before a unit ("by six months", "by 20%", "by 5
percentage points"), one after "another" or "a further" ("by another 53"), or "half". Such a
"by" names no agent, so the verb's subject stays its actor. "by Senator Vance", "by the
council" and "by two senators, A and B" (a number before people, not a unit) are agents as
before.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.tokens import Token, word_set

_ARTICLES = word_set("a an")
_MORE = word_set("another further additional extra")
AMOUNT_UNITS = word_set(
    """year years month months week weeks day days hour hours % percent per pct point points
    percentage"""
)


def _number(token: Token) -> bool:
    return token.is_number or token.norm in NUMBER_WORDS


def amount_by(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` ("by") opens an amount: "by six months", "by a further year",
    "by 20%", "by another 53", "by half"."""
    at, more = index + 1, False
    while at < len(tokens) and (tokens[at].norm in _ARTICLES or tokens[at].norm in _MORE):
        more = more or tokens[at].norm in _MORE
        at += 1
    if at >= len(tokens):
        return False
    word = tokens[at]
    if word.norm == "half" or (more and (_number(word) or word.norm in AMOUNT_UNITS)):
        return True
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return _number(word) and after is not None and after.norm in AMOUNT_UNITS
