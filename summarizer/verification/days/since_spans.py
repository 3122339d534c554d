"""A meeting's time given only as where a span without meeting is counted from (session 27,
check 59), for :func:`relative_days.other_clause_day` (a day) and, through it, the year skip
of :func:`dates.support_when`.

"No U.S. official was believed to have sat down with Maduro in person since 2022", "their
first face-to-face talks since June", "the two have never met since the 2019 summit": the
time after "since" is when the parties last met, or what the span of not meeting is counted
from, never this meeting's time. The closed side is the construction itself: "since" right
before the time (with "early", "late", "mid", "the end of" between), and a word that counts a
span without meeting earlier in its clause ("not", "no", "never", "n't", "nor", "neither",
"first").

Left as before: a time glossed by ", when ..." ("No progress since 18 February, when the two
met in Riyadh": what happened then may be this meeting), "since" with no such word ("talks
under way since Monday": the meeting may have begun then), and "since" as a cause ("since
the talks were on Friday").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..occasions.day_occasions import clause_break
from ..page.tokens import Token, clause_gap, word_set

# A span counted without meeting (or to the last one of its kind: "their highest-level
# contact since 2019", "their only meeting since 2020"), and the words between "since" and its
# time ("since the spring of 2021", "since at least 2018", "since January 2023").
_SPAN_COUNTS = word_set("not no never n't nor neither first only highest most")
_FILLER = word_set(
    "early late mid the end start middle of spring summer autumn fall winter at least"
) | frozenset(m.lower() for m in MONTHS)
# A span the meeting itself fills ("The first direct talks have been under way since Monday").
_ONGOING = word_set("way running ongoing continuing continued run daily")
_REACH = 16
_AHEAD = 10


def counted_since(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the time at ``tokens[first]`` follows "since" in a clause that counts a span
    without meeting (see the module)."""
    before = first - 1
    while before > 0 and tokens[before].norm in _FILLER:
        before -= 1  # "since early 2022", "since the end of May"
    if before < 0 or tokens[before].norm != "since" or _glossed(tokens, first, text):
        return False
    if before == 0 or clause_break(tokens, before - 1, text):
        return _counted_after(tokens, first, text)  # "Since 2019 the two had not met"
    for index in range(before - 1, max(before - _REACH, 0) - 1, -1):
        if tokens[index].norm in _ONGOING:
            return False  # "talks under way in Geneva since Monday": the meeting's own span
        if tokens[index].norm in _SPAN_COUNTS:
            return True
        if index and clause_break(tokens, index - 1, text):
            break
    return False


def _counted_after(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A clause opened by "since <time>" counts its span after it, before its first comma
    ("Since 2019 the two leaders had not met, but on Friday ...")."""
    for index in range(first + 1, min(first + _AHEAD, len(tokens))):
        if clause_gap(tokens, index - 1, text):
            return False
        if tokens[index].norm in _SPAN_COUNTS:
            return True
    return False


def _glossed(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The time goes on to ", when" ("since 18 February, when the two met in Riyadh"): the
    clause tells what happened then, which may be this meeting (:mod:`day_owners` reads it)."""
    for index in range(first, min(first + 4, len(tokens) - 1)):
        if (
            tokens[index + 1].norm == "when"
            and "," in text[tokens[index].end : tokens[index + 1].start]
        ):
            return True
    return False


__all__ = ["counted_since"]
