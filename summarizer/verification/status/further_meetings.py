"""A plan of a further meeting is not contradicted by the earlier meeting it follows (an
outside check, session 19: check 43 read four planned meetings as held).

The evidence of a planned meeting often cites the meeting before it, because that sentence
names the parties: "the two ministers would meet again in Luanda" beside "the foreign
ministers ..., met in Luanda"; "She expects a second meeting in Istanbul" beside "Russian and
Ukrainian delegations met in Istanbul"; "the next session will be held in Riyadh" beside the
session that was held. The plan's own sentence marks the meeting as a further one: "again",
"next", "second", "another", "follow-up", "a new round", an ordinal ("the 32nd"). Then the
"held" of a sentence that marks no further meeting is the earlier meeting's, and says
nothing against the plan (neither as a later stage nor as a contradicting group).

A held sentence that marks the further meeting by the plan's own word ("will meet again" and
"UPDATE: they met again on Friday"; "a second round is due" and "the second round took place")
is the plan's later stage and still counts; one marked by another word ("the 11th session,
held in Tallinn" beside "the 12th session will take place") is the earlier meeting's. Every
held sentence counts when no plan sentence marks a further meeting. Only the held group is
masked: a further meeting "called off" still contradicts "proposed".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import word_set
from .statuses import clause_norms, worded

_PLANS = frozenset({"proposed", "scheduled"})
_OFF = ("cancelled", "postponed", "on_hold")
_FURTHER = word_set("next second third fourth fifth sixth another further new fresh more")
# Verbs that are a further meeting by themselves ("Talks will resume", "plan to reconvene"),
# each read as one mark so "resumed" in a held sentence matches "resume" in the plan.
_AGAIN_VERBS = {
    word: stem
    for stem in ("resume", "reconvene")
    for word in (stem, f"{stem}s", f"{stem}d", f"{stem[:-1]}ing")
}
_MEETINGS = word_set(
    """meeting meetings summit summits session sessions round rounds talks conference
    encounter gathering visit edition"""
)
_MEET_VERBS = word_set(
    "meet meeting met convene convened gather gathered sit talk reconvene hold host visit see"
)
_AHEAD = word_set(
    """will would shall expects expect expected expecting plan plans planned due scheduled
    set hope hopes hoped intend intends intended agreed agree proposed propose proposes
    invited invite announced upcoming future"""
)
_ORDINAL_ENDS = ("nd", "rd", "th")


def _ordinal(norms: Sequence[str], at: int) -> bool:
    """ "32nd", "5th": a number with an ordinal ending (one norm, or two when split)."""
    norm = norms[at]
    if norm[:1].isdigit() and norm.endswith(_ORDINAL_ENDS):
        return True
    return norm in _ORDINAL_ENDS and at > 0 and norms[at - 1].isdigit()


def further_marks(norms: Sequence[str]) -> frozenset[str]:
    """The words by which a sentence marks a further meeting ("again" of "meet again" or "meet
    once more", "next", "second", "follow" of "a follow-up meeting", "12th" of "the 12th
    session", "resume" of "talks will resume"); empty when it marks none."""
    marks: set[str] = set()
    for at, norm in enumerate(norms):
        if norm in _AGAIN_VERBS:
            marks.add(_AGAIN_VERBS[norm])  # "Talks will resume in Kampala"
        elif norm in ("again", "more") and not _MEET_VERBS.isdisjoint(norms[max(at - 6, 0) : at]):
            marks.add("again")  # "will host Museveni again", "are to meet once more"
        elif norm in _MEETINGS:
            for before in range(max(at - 3, 0), at):
                word = norms[before]
                if word in _FURTHER or word == "follow":
                    marks.add(word)
                elif _ordinal(norms, before):
                    marks.add(word if word[:1].isdigit() else norms[before - 1] + word)
    return frozenset(marks)


def _put_off(family: str, ctx: Context, index: int) -> bool:
    """ "A second meeting ..., planned for Kampala in May, has been called off": no plan."""
    whole = {index: len(clause_norms(ctx, index))}
    return any(worded(family, value, ctx, whole) == "yes" for value in _OFF)


def held_heads(family: str, raw: str, ctx: Context) -> dict[int, int] | None:
    """Per evidence sentence, how many norms a "held" of this planned meeting is read in:
    none for a sentence that marks no further meeting, when another sentence words the plan
    of a further one; None when the rule does not apply (another value or family, or no
    sentence plans a further meeting)."""
    if family != "SummitStatus" or raw not in _PLANS or len(ctx.sentences) < 2:
        return None
    marked = {index: further_marks(clause_norms(ctx, index)) for index in ctx.sentences}
    plans = [
        index
        for index in ctx.sentences
        if marked[index]
        and not _AHEAD.isdisjoint(clause_norms(ctx, index))
        and worded(family, "held", ctx, {index: len(clause_norms(ctx, index))}) != "yes"
        and not _put_off(family, ctx, index)
    ]
    if not plans:
        return None
    planned = frozenset().union(*(marked[index] for index in plans))
    return {  # "met again", "the second round took place": the planned meeting, held
        index: len(clause_norms(ctx, index)) if index in plans or marked[index] & planned else 0
        for index in ctx.sentences
    }


__all__ = ["further_marks", "held_heads"]
