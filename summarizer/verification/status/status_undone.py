"""A meeting's plan undone later (an outside check, session 14): a summit said ``scheduled``,
``proposed`` or ``under_way`` whose evidence says it was since put off, called off or shelved
("the vote scheduled for Sunday evening has been postponed"; "The summit has been cancelled.
It was scheduled for May"). The plan is what the meeting was, the putting off what it is as
of the article, so the plan value states another value than the page's: *unsupported*, not
unconfirmed. Before this, a plan and its undoing in one sentence drew only the unconfirmed
flag (no main clause named the parties), and a plan in a sentence of its own after the
undoing one was supported.

What is read: a cue of putting off (``on_hold``, ``postponed``, ``cancelled``) that the cue
rules assert (:func:`statuses.worded`: not negated, denied, a prospect, a call to put it off)
in a sentence's main part, cut at a background clause ("..., after talks last month were
called off") and skipping a sentence about another occasion ("an earlier stop", "last
month"), with no turn after it ("was cancelled, but the summit will go ahead"). The plan
stands when it is worded anew: a plan cue right after "now", "again" or "new", a
rescheduling ("has been rescheduled for June 2"), or, in a sentence with no putting off, a
plan cue with no past frame before it ("is set for May", not "was / had been / originally
set for"). Left out: a plan cue past-framed but still standing ("was scheduled for May and
remains on track"), which the later sentence then undoes.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..context import Context
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in, worded

PLANS = frozenset({"proposed", "scheduled", "under_way"})
OFF = ("on_hold", "postponed", "cancelled")
_BACKGROUND = word_set(
    "after since following because despite although though when while whereas as until"
)
_TURNS = word_set("but however yet still instead")
_OTHER = word_set("earlier previous previously prior last ago another other separate second")
_ANEW = word_set("now again new newly")
_OPENING_REACH = 12  # words an opening background clause may run to its comma
_PAST = word_set("was were had originally initially previously first once")


def _main_part(norms: Sequence[str]) -> tuple[int, int]:
    """Where a sentence's main part starts and ends: after an opening background clause, up
    to its comma ("After being delayed twice, the summit will take place": the delays are
    background), and before a later one ("..., after talks were called off")."""
    start = 0
    if norms and norms[0] in _BACKGROUND and "," in norms[1:_OPENING_REACH]:
        start = norms.index(",", 1) + 1
    for index in range(start + 1, len(norms)):
        if norms[index] in _BACKGROUND:
            return start, index
    return start, len(norms)


def _put_off(ctx: Context, index: int, norms: Sequence[str]) -> str | None:
    """The putting-off value this sentence asserts of the meeting, if any."""
    if not _OTHER.isdisjoint(norms) or any(n.startswith("reschedul") for n in norms):
        return None
    start, cut = _main_part(norms)
    for value in OFF:
        if worded("SummitStatus", value, ctx, {index: cut}) != "yes":
            continue
        spans = [span for span in cues_in("SummitStatus", value, norms[:cut]) if span[0] >= start]
        if not spans:
            continue  # worded only in the opening background clause
        last = max(end for _, end in spans)
        if _TURNS.isdisjoint(norms[last:cut]):
            return value
    return None


def _anew(norms: Sequence[str], start: int) -> bool:
    return not _ANEW.isdisjoint(norms[max(start - 3, 0) : start])


def _past(norms: Sequence[str], start: int) -> bool:
    return not _PAST.isdisjoint(norms[max(start - 3, 0) : start])


def undone_plan(family: str, raw: str, ctx: Context) -> str | None:
    """For a meeting's plan value: the putting-off value that undoes it, "" when the plan
    stands beside a putting-off word the cue rules would read as undoing it (worded anew, or
    a call to put it off), None when neither is read (the usual reading decides)."""
    if family != "SummitStatus" or raw not in PLANS:
        return None
    undoing: str | None = None
    standing = anew = beside = False
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if any(n.startswith("reschedul") for n in norms):
            anew = True
            continue
        off = _put_off(ctx, index, norms)
        if off == "on_hold" and raw == "proposed" and not _DATES.isdisjoint(norms):
            off = None  # "has invited him, but no date has been set": floated, with no date
        spans = cues_in(family, raw, norms)
        if any(_anew(norms, start) for start, _ in spans):
            anew = True  # "was cancelled last year; they will now meet": a plan set anew
            beside = beside or any(cues_in(family, other, norms) for other in OFF)
        elif off is None and any(not _past(norms, start) for start, _ in spans):
            standing = True
            beside = beside or any(cues_in(family, other, norms) for other in OFF)
        undoing = undoing or off
    if anew and (undoing or beside):
        return ""
    if undoing is None:
        return "" if standing and beside else None
    return None if standing else undoing


_DATES = word_set("date dates time times day days week month")
_FRESH = word_set("new fresh later another different alternative")
_INSTEAD = word_set("instead alternative")


def replanned(norms: Sequence[str]) -> bool:
    """A sentence that plans a meeting put off anew ("proposed holding it on October 2-4
    instead", "floated new dates", "pushing the meeting to next month"): its plan words fit
    a meeting ``postponed`` or ``cancelled`` and say no other value against it (session 14)."""
    if not _INSTEAD.isdisjoint(norms):
        return True
    if any(a in _FRESH and b in _DATES for a, b in pairwise(norms)):
        return True
    return any(n.startswith(("push", "mov", "shift")) for n in norms) and "to" in norms


__all__ = ["OFF", "PLANS", "replanned", "undone_plan"]
