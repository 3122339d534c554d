"""The stretch of a sentence a value's occasion is read from (for
:mod:`summarizer.verification.occasions.other_occasions`, session 29).

A sentence is cut into clauses at semicolons, colons, dashes and brackets (:func:`clause`), a
clause into stretches at commas (:func:`stretches`; not the comma inside a date, "October 7,
2023", "Friday, March 6"). A value's scope (:func:`scope`) is its own stretch, with:

- a fronted opening of up to seven words and the stretches hung on it ("In 2019,", "Before the
  talks,", "A year earlier,", "Previously, in 2022,"): it dates the clause after it, unless it
  is one of contrast ("Unlike in 2019, when 31 died, the floods killed 23": 23 is this flood's);
- the stretches before it that its own hangs on: an appositive place or time (", in Geneva,"),
  a participle (", held in Hanoi,", ", put forward by Jordan,"), a relative of time or place
  (", when 31 died").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import CLAUSE_MARKS, Token, mark_pattern, marked_gaps, word_set

_HARD = CLAUSE_MARKS - {","}
_MARKS, _HARD_MARKS = mark_pattern(CLAUSE_MARKS), mark_pattern(_HARD)
_FRONT_SIZE = 7  # words of a fronted opening ("On his way to the talks,")
# Openings that date the clause after them; contrast openings set it apart instead.
_FRONTS = word_set(
    """in on at before after following during since last back earlier ahead until when
    while throughout over around by early late previously"""
)
_CONTRASTS = word_set("unlike like as compared than whereas")
_RELATIVES = word_set("when where")
_HANGING = _RELATIVES | word_set(
    """in at held put set struck made won led brokered left took saw hit cost swept tore drove
    which"""
)  # "which": a relative clause hangs on the noun before it ("the truce of 2021, which ...")
# Openings that set the clause after (or before) another occasion, not at it (rvo29).
_RELATIVE_TIME = word_set("after following since before ahead until anniversary")
_LAST_TIME = (["the", "last", "time"], ["the", "previous", "time"])
AGO = word_set("ago earlier before")


def stretches(
    tokens: Sequence[Token], text: str, low: int = 0, high: int | None = None
) -> list[tuple[int, int]]:
    """``tokens[low:high]`` cut at commas, semicolons, colons, dashes and brackets: (first,
    end) of each stretch."""
    high = len(tokens) if high is None else high
    spans, first = [], low
    for at in marked_gaps(tokens, text, _MARKS, low, high):  # the gaps with a mark (sp55)
        if _dated_comma(tokens, at, text):
            continue  # "October 7, 2023", "Friday, March 6": one date
        spans.append((first, at + 1))
        first = at + 1
    spans.append((first, high))
    return spans


def clause(tokens: Sequence[Token], first: int, text: str) -> tuple[int, int]:
    """The part of the sentence between semicolons, colons, dashes and brackets that holds
    ``tokens[first]``: no opening or hanging stretch reads across them. The gaps with a hard
    mark found by one regex pass (sp55); :func:`clause_walk` is the definition."""
    if not 0 <= first < len(tokens):
        return clause_walk(tokens, first, text)
    hard = marked_gaps(tokens, text, _HARD_MARKS)  # the gaps a hard mark stands in
    cut = bisect.bisect_left(hard, first)  # the hard gaps before ``first`` and from it on
    low = hard[cut - 1] + 1 if cut else 0
    high = hard[cut] + 1 if cut < len(hard) else len(tokens)
    return low, high


def clause_walk(tokens: Sequence[Token], first: int, text: str) -> tuple[int, int]:
    """:func:`clause` gap by gap, outwards from ``first`` (its definition, and its way for an
    index outside the tokens)."""

    def hard(at: int) -> bool:
        return not _HARD.isdisjoint(text[tokens[at].end : tokens[at + 1].start])

    low, high = first, first + 1
    while low > 0 and not hard(low - 1):
        low -= 1
    while high < len(tokens) and not hard(high - 1):
        high += 1
    return low, high


def _dated_comma(tokens: Sequence[Token], at: int, text: str) -> bool:
    """The comma inside a date: after a day's number before a year, after a weekday."""
    if text[tokens[at].end : tokens[at + 1].start].strip() != ",":
        return False
    here, after = tokens[at], tokens[at + 1]
    if here.norm in WEEKDAYS:
        return after.norm in MONTH_NUMBER or after.is_number
    return here.is_number and len(after.text) == 4 and after.is_number


def _attached(token: Token) -> bool:
    """A stretch opening with this word hangs on the stretch before it: an appositive place
    or time (", in Geneva,"), a participle (", held in Hanoi,", ", put forward by Egypt,"),
    a relative of time or place (", when 31 died")."""
    norm = token.norm
    if token.capitalised or token.is_number:
        return False
    return norm in _HANGING or (norm.endswith("ed") and len(norm) > 4)


def scope(tokens: Sequence[Token], first: int, text: str) -> tuple[range, range]:
    """(the value's own stretch, the tokens its occasion is read from): see the module."""
    start, end = clause(tokens, first, text)
    spans = stretches(tokens, text, start, end)
    at = next(k for k, (low, end) in enumerate(spans) if low <= first < end)
    own = range(*spans[at])
    opener, lead = tokens[start].norm, spans[0]
    chain = 0  # the fronted opening and the stretches hung on it
    if (
        len(spans) > 1
        and lead[1] - lead[0] <= _FRONT_SIZE
        and (
            opener in _FRONTS | _CONTRASTS
            or tokens[lead[1] - 1].norm in AGO
            or [t.norm for t in tokens[start : start + 3]] in _LAST_TIME
        )
    ):  # "In 2019,", "Unlike in 2019,", "A year earlier,", "The last time they met,"
        chain = 1
        while chain < len(spans) - 1 and tokens[spans[chain][0]].norm in _RELATIVES | _FRONTS:
            chain += 1
    if at < chain:
        return own, range(start, spans[chain - 1][1])
    low = at
    while low > chain and (
        _attached(tokens[spans[low][0]]) or tokens[spans[low - 1][1] - 1].norm in AGO
    ):  # ", eleven years ago, 290 drowned": a time stretch before the value's dates it
        low -= 1  # ", in May, killed 3" reads "An earlier strike on the bridge" before it
    if low == chain and chain and opener not in _CONTRASTS:
        return own, range(start, own.stop)
    return own, range(spans[low][0], own.stop)


def relative_start(tokens: Sequence[Token], own: range, area: range, text: str) -> int:
    """Where a scope's markers are read from: past a fronted opening of relative time (its
    first three words hold "after", "before", "since", "anniversary", ...: "After the 2024
    cyclone,", "On the anniversary of the 1995 accord,") that the value is not in; the
    opening sets the clause after or before that occasion, not at it."""
    start, end = clause(tokens, area.start, text)
    if area.start != start or own.start == start:
        return area.start
    lead = stretches(tokens, text, start, end)[0]
    if tokens[lead[1] - 1].norm in AGO:
        return area.start  # "A year before," is a time of its own
    if _RELATIVE_TIME.isdisjoint(t.norm for t in tokens[lead[0] : min(lead[0] + 3, lead[1])]):
        return area.start
    return lead[1]


__all__ = ["AGO", "clause", "clause_walk", "relative_start", "scope", "stretches"]
