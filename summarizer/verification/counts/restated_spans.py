"""A truce's length restated after its span (an outside check, session 18): "declared ... a
truce, from midnight on May 7 to midnight on May 10, so three days, or 72 hours", "a pause
from 6 a.m. on Friday until 6 a.m. on Monday, that is three days", "The ceasefire runs from
June 1 to June 14 - two weeks, or 14 days in all", for a truce's length in
:func:`summarizer.verification.counts.number_rules.support_number`.

The number of days is the truce's length when it stands in an apposition right after a span
("from" ... "to"/"until"/"through"/"till" and a time: a date, a day, "midnight on", "6
a.m."), with only words of restating before it in the apposition ("so", "that is", "or",
"i.e.", "some", another length such as "two weeks,"), and the span's "from" follows a truce
word with no clause between them but the truce's own apposition ("a truce, from ..."). A
number of days that goes on as an offset ("three days before the vote", "two days after the
strike") or that follows a verb after the span ("ends three days before", "resume in five
days", "was announced, two days after") is not restated and keeps the verdict it had.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_RESTATING = word_set("so or that is i.e ie e.g a some just exactly in all total of")
_TILL = word_set("to until till through thru")
_TIME_WORDS = word_set(
    """on of the at midnight noon dawn dusk a.m am p.m pm local time gmt utc hours hour
    morning evening night a p m st nd rd th"""
)
_OFFSETS = word_set("before after later earlier ago since from")
_REACH = 10  # words from the truce word to the span's "from"
_SPAN_END = 6  # words of time after the span's "to"


def restated_span(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> bool:  # fmt: skip
    """Whether a number of days restates the span of a truce (see the module)."""
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in {"day", "days"}:
        after += 1
    if after < len(tokens) and tokens[after].norm in _OFFSETS:
        return False  # "three days before the election"
    index = mention.first - 1
    while index >= 0 and not _mark_after(tokens, index, text):
        word = tokens[index].norm
        length = any(m.first <= index <= m.last for m in mentions if m is not mention)
        if word not in _RESTATING and not length and word not in {"day", "days", "weeks", "week"}:
            return False  # "ends three days": a verb, not a restating
        index -= 1
    if index < 0:
        return False  # the mark after ``index`` opens the apposition
    till = next(
        (i for i in range(index, max(index - _SPAN_END - 1, -1), -1) if tokens[i].norm in _TILL),
        None,
    )
    if till is None or till == index:
        return False
    if any(
        not (t.is_number or t.norm in _TIME_WORDS or t.text[:1].isupper() or t.norm in _TILL)
        for t in tokens[till + 1 : index + 1]
    ):
        return False  # "to May 4 was announced": a verb after the span
    start = next(
        (i for i in range(till - 1, max(till - 1 - _SPAN_END, -1), -1) if tokens[i].norm == "from"),
        None,
    )
    return start is not None and any(0 < start - cue <= _REACH for cue in cues)


def _mark_after(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether a comma or a dash stands right after ``tokens[index]``."""
    if index + 1 >= len(tokens):
        return False
    gap = text[tokens[index].end : tokens[index + 1].start]
    return any(mark in gap for mark in (",", "-", "\u2013", "\u2014", "("))


__all__ = ["restated_span"]
