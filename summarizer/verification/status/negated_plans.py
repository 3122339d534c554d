"""A meeting's schedule negated (an outside check, session 16): "will not take place as
scheduled", "will not go ahead as planned", "would not happen as scheduled", "will no longer
meet on Tuesday as planned", "is no longer set for Friday". The plan is said not to hold, so
a plan value (``scheduled``, ``proposed``) states another value than the page's
(*unsupported*); and since the sentence does not say whether the meeting was put off or
called off, ``postponed`` or ``cancelled`` read only from those words ("will not take place"
is a cancellation cue, "not go ahead as planned" a postponement one) is *unconfirmed*,
unless the text says which elsewhere ("and has been postponed to June", "was cancelled").

And one near miss the putting-off cues took for a delay: a plan said to stand ("remain
scheduled for Monday", "is still set for") beside a delay that is negated ("and neither side
has asked for a delay", "no postponement is planned"): the plan is what the page says.

Read only when the evidence holds "as" with a plan word, "no longer", or a standing word
(a token-set check first), so the cost falls on the few sentences that have them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in

_PLANS = frozenset({"scheduled", "proposed"})
_OFF = ("postponed", "cancelled", "on_hold")
_NOT = word_set("not n't never won't wouldn't isn't aren't wasn't weren't cannot can't")
_AS_PLANNED = word_set(
    """scheduled planned agreed intended expected announced foreseen arranged originally
    previously initially envisaged"""
)
# After "no longer": a plan or a meeting verb ("is no longer set for", "will no longer meet").
_NO_LONGER_PLAN = word_set(
    """set scheduled slated planned due expected on happening going taking meet meeting
    take go travel visit hold held"""
)
_STANDING = word_set("remain remains remained still stays stay")
_PLAN_WORDS = word_set("scheduled set slated planned on due expected")
_NEGATORS = _NOT | word_set("no neither nor without")
_REACH = 7  # words from a negation to its "as planned"
_CUED = _AS_PLANNED.union(("as", "longer"), _STANDING)


def _negated_spans(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each negated plan in one sentence: a negation with "as scheduled /
    planned" within a few words after it, or "no longer" with a plan or meeting word."""
    spans: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm == "no" and norms[index + 1 : index + 2] == ["longer"]:
            after = norms[index + 2 : index + 5]
            if not _NO_LONGER_PLAN.isdisjoint(after):
                spans.append((index, index + 5))
            continue
        if norm not in _NOT:
            continue
        for later in range(index + 1, min(index + _REACH, len(norms) - 1)):
            if norms[later] in {",", ";", "but", "and"}:
                break
            if norms[later] == "as" and norms[later + 1] in _AS_PLANNED:
                spans.append((index, later + 2))
                break
    return spans


def _cue_outside(family: str, raw: str, norms: Sequence[str], spans: list[tuple[int, int]]) -> bool:
    """Whether ``raw`` is worded in the sentence outside its negated plans."""
    return any(
        not any(lo <= start < hi or lo < end <= hi for lo, hi in spans)
        for start, end in cues_in(family, raw, norms)
    )


def _stands(norms: Sequence[str]) -> bool:
    """A plan said to stand ("remain scheduled for", "is still set for") whose sentence
    negates every putting-off word it holds ("neither side has asked for a delay")."""
    standing = any(
        norm in _STANDING and not _PLAN_WORDS.isdisjoint(norms[index + 1 : index + 3])
        for index, norm in enumerate(norms)
    )
    if not standing:
        return False
    for index, norm in enumerate(norms):
        if norm.startswith(("delay", "postpon", "cancel", "put")) and _NEGATORS.isdisjoint(
            norms[max(index - 6, 0) : index]
        ):
            return False
    return True


def _put_off_elsewhere(ctx: Context) -> bool:
    """Whether a sentence with no standing plan words a putting-off value."""
    return any(
        _STANDING.isdisjoint(norms) and any(cues_in("SummitStatus", off, norms) for off in _OFF)
        for norms in (clause_norms(ctx, index) for index in ctx.sentences)
    )


def negated_schedule(family: str, raw: str, ctx: Context) -> Result | None:
    """The verdict a negated schedule gives a meeting's status, or None when the evidence
    has none (the usual reading decides)."""
    if family != "SummitStatus":
        return None
    spans_of: dict[int, list[tuple[int, int]]] = {}
    standing = False
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if _CUED.isdisjoint(norms):
            continue
        spans = _negated_spans(norms)
        if spans:
            spans_of[index] = spans
        elif raw in _PLANS and _stands(norms):
            standing = True
    if not spans_of:
        return (True, "") if standing and not _put_off_elsewhere(ctx) else None
    if raw in _PLANS:
        return False, f"its evidence says the meeting will not go ahead as planned: not {raw!r}"
    if raw not in _OFF:
        return None
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if _cue_outside(family, raw, norms, spans_of.get(index, [])):
            return None  # "... and has been postponed to June": the text says which
    shown = raw.replace("_", " ")
    return unconfirmed(f"its evidence says the plan will not hold, not that it was {shown}")


__all__ = ["negated_schedule"]
