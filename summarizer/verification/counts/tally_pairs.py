"""A vote's tally told with no vote word next to it (an outside check, session 18: "Hours later
the House agreed to the Senate version, 420-3" was read as a range from 420 to 3, so a count
of 420 House votes in favour was refused as "qualifier 'exact' disagrees").

A tally is two counts, not a range: a range's bounds rise ("300-400 families"), so two whole
numbers joined by a dash or by "to" whose first is the larger (or a tie: "50-50") are never a
range's bounds (:func:`descending`). Such a pair is read as a vote's score, sides as
:func:`summarizer.verification.counts.score_outcomes.side_in_score` gives them, when the sentence
before it has a verb of a decision ("agreed", "concurred", "backed", "upheld", "overrode")
or a voting body ("the House", "lawmakers", "the council", "justices") (:func:`tally_side`).

Not a tally: a pair after "from" ("cut from 15 to 7": a change), a pair with a unit or noun
after it ("30-20 days", "12-4 percent"), a hyphen-joined noun ("a 10-5 split" keeps the
older readings), a year and its short form ("2021-22").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .score_outcomes import side_in_score

_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2010"})
_DECIDING = word_set(
    """agreed agree agrees concurred concur concurs backed backs approved approve approves
    passed pass passes endorsed endorses confirmed confirms upheld upholds sustained sustains
    overrode overrides overturned rejected rejects defeated adopted adopts ratified cleared
    voted supported opposed carried sided ruled elected chose"""
)
_BODIES = word_set(
    """house senate chamber lawmakers senators legislators deputies mps representatives
    assembly parliament congress council committee panel board justices court jury
    delegates shareholders members commissioners peers councillors councilors"""
)
_NOUNS_AFTER = word_set(
    """percent pct per hours hour days day weeks week months month years year minutes people
    km miles metres meters points times"""
)


def descending(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> bool:
    """Whether ``first`` and ``second`` are two whole numbers in a row joined by a dash or
    "to", the first no smaller, with no unit or noun after them (see the module)."""
    if first.value < second.value or first.value != int(first.value):
        return False
    if second.value != int(second.value) or first.unit == "percent" or second.compound:
        return False
    if second.unit in _NOUNS_AFTER or second.unit == "percent":
        return False
    if 1000 <= first.value <= 2100 and second.value < 100:
        return False  # "2021-22": a year and its short form
    if first.first and tokens[first.first - 1].norm in ("from", "between"):
        return False  # "cut from 15 to 7": a change
    middle = [t.norm for t in tokens[first.last + 1 : second.first]]
    if middle == ["to"]:
        return True
    gap = text[tokens[first.last].end : tokens[second.first].start]
    return not middle and gap.strip() in _DASHES and len(gap) <= 3


def tally_side(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The side ("yes", "no", or unread) ``mention`` is in a tally that a verb of a decision
    or a voting body before it in its sentence marks as a vote's (see the module); None when
    it is in no such pair."""
    for first, second in itertools.pairwise(mentions):
        if mention is not first and mention is not second:
            continue
        if not descending(tokens, first, second, text):
            continue
        if not any(t.norm in _DECIDING or t.norm in _BODIES for t in tokens[: first.first]):
            continue
        swapped = "against" in [t.norm for t in tokens[second.last + 1 : second.last + 3]]
        return side_in_score(tokens, mention, first, second, text, swapped)
    return None


__all__ = ["descending", "tally_side"]
