"""Two readings of the words around a meeting's place that decide whether the place is an
earlier meeting's, for :func:`rules.support_place` (an outside check, session 15):

- *an earlier meeting dated against this one*: "Xi and Lee met in Gyeongju on Saturday, a
  year after their first summit in Seoul", "sat down in Ankara, two years after the
  inaugural round in Istanbul": "after" with a counted span of time before it ("a year",
  "six months"; not "this year, after an August summit in Anchorage")
  or an ordinal of the first after it ("their first", "the previous"), in a sentence that has
  put a meeting before it, names an earlier meeting, even for a fact said held (for which
  a plain "after" is read as the meeting itself: "After their summit in Busan, Trump said").
  "Hours after their first summit in Busan, Trump said" has no meeting before it: the
  summit is the fact's own.
- *a plan's own day*: "Xi and Biden were supposed to meet in Lima last month", "talks that
  were due to take place in Doha last week": a past time after the place dates the plan that
  fell through, not an earlier meeting held there; a plan's "to" before the place ("supposed
  to", "due to", "was to") keeps the place the planned location.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_SPANS = word_set("year years month months week weeks decade decades")
_FIRSTS = word_set("first inaugural maiden previous earlier initial prior original")
_MEETINGS = word_set(
    """met meet meets meeting held hosted summit talks sat convened gathered round
    negotiations conference visit visited welcomed received greeted"""
)
_COUNTS = word_set(
    """a an one two three four five six seven eight nine ten eleven twelve half several few
    many some eighteen"""
)
_PLANS = word_set("supposed meant intended due scheduled set slated expected planned was were")


def after_earlier(tokens: Sequence[Token], index: int) -> bool:
    """ "after" at ``tokens[index]`` dates the sentence's meeting against an earlier one (see
    the module)."""
    spans = index >= 2 and tokens[index - 1].norm in _SPANS and _counted(tokens[index - 2])
    firsts = any(t.norm in _FIRSTS for t in tokens[index + 1 : index + 4])
    return (spans or firsts) and any(t.norm in _MEETINGS for t in tokens[:index])


def _counted(token: Token) -> bool:
    """A span's count ("a year", "two years", "several months"), not "this year, after"."""
    return token.is_number or token.norm in _COUNTS


def planned_frame(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A plan's "to" in ``tokens[start:end]`` ("were supposed to meet", "was due to be
    held"): a time after the place is the plan's, not an earlier meeting's."""
    return any(
        tokens[index].norm == "to" and tokens[index - 1].norm in _PLANS
        for index in range(max(start, 1), end)
    )


__all__ = ["after_earlier", "planned_frame"]
