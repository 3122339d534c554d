"""A vote's day is no bill's introduction day when another sentence of the evidence says when
the bill was introduced (outside check 37: "The House on Tuesday overwhelmingly approved new
sanctions ..." beside "The bill was introduced on Monday by ..." had given Tuesday as the
day the bill was introduced), for a ``when`` field whose roles include ``introduce``
(:func:`summarizer.verification.days.dates.support_when`).

For a measure that a government adopts, "adopted on Monday" is the day it came in; for a bill,
"approved", "passed", "adopted" or "voted" is a chamber's or a committee's vote on it. A day
in the few words around such a word (and no word of introducing there: "introduced and
passed on Monday" keeps it) is refused for a bill when another evidence sentence gives an
introduction word ("introduced", "filed", "tabled", "submitted") and a day: the page dates
the introduction itself. A bill with no such sentence keeps the verdict the other rules
give.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.day_occasions import DAY_WORDS
from ..page.tokens import Token, word_set

_APPROVING = word_set("approved adopted passed cleared backed endorsed voted approve pass")
_INTRODUCING = word_set(
    "introduced introduce introduces reintroduced reintroduce filed tabled submitted unveiled"
)
_DATING = DAY_WORDS | word_set("yesterday today")
_REACH = 6  # words before the day (or after it: "The House on Tuesday approved") read
VOTE_DAY = "a vote's day, not the day it was introduced"


def vote_day(
    fact: Any, sentences: Sequence[Sequence[Token]], here: int, first: int, last: int
) -> str | None:
    """``VOTE_DAY`` when the day at ``sentences[here][first:last + 1]`` is a vote's on a bill
    whose introduction another sentence dates (see the module), else None."""
    if str(getattr(fact, "instrument", "") or "") != "bill" or len(sentences) < 2:
        return None
    tokens = sentences[here]
    near = {t.norm for t in tokens[max(first - _REACH, 0) : last + 1 + _REACH]}
    if near.isdisjoint(_APPROVING) or not near.isdisjoint(_INTRODUCING):
        return None
    for index, other in enumerate(sentences):
        words = {t.norm for t in other}
        if index != here and not words.isdisjoint(_INTRODUCING) and not words.isdisjoint(_DATING):
            return VOTE_DAY
    return None


__all__ = ["VOTE_DAY", "vote_day"]
