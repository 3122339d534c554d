"""A measure one body approved while a later stage is still to come (an outside check,
session 23: check 47's cause 1, plant P017 and the a02 first reading).

A measure one body approved ("gave its green light", "approved", "backed",
"waved through", "gave the go-ahead"; not under a modal or a negation) while a later stage
is still to come ("must still be formally adopted by the Council", "has yet to vote", "still
needs the president's signature", "awaits a vote in the Senate", "now goes to the Council",
"in first reading"): ``passed_one_chamber``; and with that stage still to come and none
worded as done, ``enacted`` refused.

The refusal of ``enacted`` is strong only where the later stage is worded as still owed
("must still be formally adopted by the Council", "has yet to vote", "still needs the
president's signature"); a measure only sent on ("awaits a vote", "now goes to the Council",
"was sent to the Senate floor") is left to the older readers (the status-39 set refuses
``enacted`` for "cleared the House ... and now goes to the Senate", the days-29 set leaves
"sent to the Senate floor" unconfirmed).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in

_AWAITING = word_set("still yet must needs need awaits awaiting await pending")
_OWED = word_set("still yet must needs need")
_STAGES = word_set(
    """adopted approved ratified signed endorsed passed cleared adoption approval signature
    ratification assent vote sign approve adopt ratify consideration"""
)
_AHEAD = _AWAITING | word_set("before until ahead")  # "before its publication in the Journal"
_SENT_ON = word_set("goes go heads head sent sending moves passes forwarded")
_READINGS = word_set("first second")
_APPROVING = word_set(
    """approved passed adopted backed endorsed cleared voted given gave waved
    greenlit"""
)
_CHAMBERS = word_set(
    """council senate house chamber assembly parliament bundesrat bundestag duma lords
    commons congress upper lower"""
)
_MODALS = word_set(
    """will would could may might must should need needs needed require requires required
    expected due if unless hopes hope plans"""
)
_NEGATED = word_set("no not longer never")
# A committee's approval is no chamber's ("which the banking committee approved", "cleared
# committee", "approved by the foreign affairs panel").
_COMMITTEES = word_set("committee committees subcommittee panel panels commission")
_IN_FORCE = word_set("took taken takes take came come comes entered enters")
"""Verbs of a measure in force ("took effect", "came into force", "entered into force")."""


def _clause_before(norms: Sequence[str], index: int) -> Sequence[str]:
    back = index - 1
    while back >= 0 and norms[back] != ",":
        back -= 1
    return norms[back + 1 : index]


def _awaited(norms: Sequence[str], strong: bool = False) -> bool:
    """A later stage still to come in one sentence (the module); with ``strong``, only one
    worded as still owed ("must still be adopted", "has yet to vote", "still needs")."""
    for index, norm in enumerate(norms):
        if strong and norm not in _OWED:
            continue
        if norm in _AWAITING:
            after = norms[index + 1 : index + 6]
            if "," in after:
                after = after[: after.index(",")]
            if not _STAGES.isdisjoint(after):
                return True
        elif norm in _SENT_ON and norms[index + 1 : index + 2] == ["to"]:
            if not _CHAMBERS.isdisjoint(norms[index + 2 : index + 5]):
                return True  # "now goes to the Council", "sending it to the House"
        elif norm == "reading" and index and norms[index - 1] in _READINGS:
            return True  # "in first reading"
    return False


def _approved(norms: Sequence[str]) -> bool:
    """A body's approval told in the past, not under a modal or a negation."""
    for index, norm in enumerate(norms):
        if norm not in _APPROVING:
            continue
        if not _MODALS.isdisjoint(_clause_before(norms, index)[-3:]):
            continue
        if not _NEGATED.isdisjoint(norms[max(index - 2, 0) : index]):
            continue
        if norm in ("given", "gave"):  # "given its green light", "gave the go-ahead"
            after = norms[index + 1 : index + 5]
            if not (
                {"light", "nod", "approval", "blessing", "backing"} & set(after) or "ahead" in after
            ):
                continue
        if norm == "waved" and "through" not in norms[index + 1 : index + 7]:
            continue
        if _by_committee(norms, index):
            continue
        return True
    return False


def _by_committee(norms: Sequence[str], index: int) -> bool:
    """The approval at ``index`` is a committee's: one in the three words before it (its
    subject), right after it ("cleared committee") or after a "by" that follows it."""
    if not _COMMITTEES.isdisjoint(_clause_before(norms, index)[-3:]):
        return True
    after = norms[index + 1 : index + 6]
    if "," in after:
        after = after[: after.index(",")]
    if not _COMMITTEES.isdisjoint(after[:2]):
        return True
    return "by" in after and not _COMMITTEES.isdisjoint(after[after.index("by") :])


def _in_force(norms: Sequence[str]) -> bool:
    """The measure worded as in force ("took effect", "came into force"): enacted, whatever
    implementing step is still owed."""
    for index, norm in enumerate(norms):
        if norm not in _IN_FORCE or not _NEGATED.isdisjoint(norms[max(index - 2, 0) : index]):
            continue
        if norms[index + 1 : index + 2] == ["effect"] or norms[index + 1 : index + 3] == [
            "into",
            "force",
        ]:
            return True
    return False


def one_chamber(raw: str, ctx: Context) -> Result | None:
    norms_of = [clause_norms(ctx, i) for i in ctx.sentences]
    if not any(_awaited(norms) for norms in norms_of):
        return None
    if raw == "passed_one_chamber":
        if any(_approved(norms) for norms in norms_of):
            return True, ""
        return unconfirmed("its evidence words the approval only as still to come")
    for norms in norms_of:  # "had still to be signed ..., was signed into law on 2 June"
        for start, _end in cues_in("MeasureStatus", "enacted", norms):
            if _AHEAD.isdisjoint(norms[max(start - 6, 0) : start]):
                return None
    if any(_in_force(norms) for norms in norms_of):
        return None  # "took effect on Monday; implementing rules must still be adopted"
    if any(_awaited(norms, strong=True) for norms in norms_of):
        return False, "its evidence says a later stage is still to come: not enacted"
    return None  # sent on only ("now goes to the Senate"): the older readers decide


__all__ = ["one_chamber"]
