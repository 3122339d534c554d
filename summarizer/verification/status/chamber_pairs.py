"""A measure both chambers approved is past ``passed_one_chamber`` (an outside check, session 23:
check 48's false accepts cause 2, "passed_one_chamber for a bill both chambers passed").

A sentence of the evidence words an approval in the past ("approved", "passed", "adopted",
"backed", "endorsed", "cleared", "voted", "gave its approval / consent / the green light"; not
under a modal, a negation or a condition in its clause: "is expected to approve", "did not
pass", "has to be approved by the Bundesrat": :mod:`unapplied_cues`) with a chamber in the
same clause; chambers are read as sides: the upper one ("Senate", "upper chamber / house",
"House of Lords", "Bundesrat", a "Council", "Rajya Sabha") and the
lower one ("House", "House of Representatives", "Chamber of Deputies", "lower chamber / house",
"House of Commons", "Bundestag", "Duma", "National Assembly", "Parliament", "Lok Sabha"). An
approval by each side (a chamber its subject, object or agent) refuses ``passed_one_chamber``:
"the Senate approved it 64-12; the Chamber of Deputies had earlier given its approval". One
side only, one side's rejection or a second approval still to come ("the Senate is expected to
vote on it next week") leave it to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..days.month_words import month_may
from ..page.tokens import word_set
from .statuses import clause_norms
from .unapplied_cues import still_required

_APPROVED = word_set(
    """approved passed adopted backed endorsed cleared ratified greenlit voted approval
    consent assent"""
)
_UPPER = word_set("senate lords bundesrat upper rajya senators council")
_LOWER = word_set(
    """deputies representatives commons bundestag duma lower lok congressmen assembly
    parliament"""
)
_HOUSES = word_set("house chamber")
_BLOCKS = word_set(
    """will would could may might must should shall can not never no if unless expected due
    yet still set likely rejected reject rejects failed needs need awaits awaiting
    against pending"""
)
_EDGES = word_set(", ; : but while whereas")
# A chamber word naming a member, an office or a body inside it ("the House Speaker", "Senate
# Republicans", "the Senate Finance Committee"): theirs is no vote of the chamber.
_MEMBERS = word_set(
    """speaker speakers leader leaders leadership republicans democrats conservatives liberals
    tories majority minority whip whips committee committees panel panels chairman chairwoman
    chair caucus members member aides staff candidates president"""
)
# Another body's chamber ("the Texas House", "the European Parliament", "a state senate").
_OTHER_BODIES = word_set("european state provincial regional county city municipal texas")
# Another measure approved ("passed a similar measure", "a rival version"): not THIS one.
_OTHER_MEASURES = word_set("similar rival separate another different competing alternative")
# "voted" not for it: "voted to block", "voted down", "voted against".
_VOTED_FOR = word_set("for approve pass adopt back endorse clear ratify favour favor")
_CUES = _UPPER | _LOWER | _HOUSES


def _own(norms: Sequence[str], index: int) -> bool:
    """The chamber word at ``index`` is the chamber itself: not a member or body in it
    ("House Speaker", "Senate Republicans", "Senate Finance Committee") nor another body's
    ("Texas House", "European Parliament")."""
    if norms[index - 1 : index] and norms[index - 1] in _OTHER_BODIES:
        return False
    return _MEMBERS.isdisjoint(norms[index + 1 : index + 3])


def _approval(clause: Sequence[str], k: int) -> bool:
    """The word at ``k`` words an approval: "voted" only for it ("voted 52-48", "voted for",
    "voted to approve"; not "voted to block", "voted down")."""
    word = clause[k]
    if word == "light":
        return clause[k - 1 : k] == ["green"]  # "the green light"
    if word not in _APPROVED:
        return False
    if word != "voted" or k + 1 >= len(clause):
        return True
    after = clause[k + 1]
    if after == "to":
        return clause[k + 2 : k + 3] != [] and clause[k + 2] in _VOTED_FOR
    return after in _VOTED_FOR or after not in ("down", "against", "no", "to")


def _side(norms: Sequence[str], index: int) -> str:
    if not _own(norms, index):
        return ""
    word = norms[index]
    if word in _UPPER:
        return "upper"
    if word in _LOWER:
        return "lower"
    if word not in _HOUSES:
        return ""
    after = norms[index + 1 : index + 3]
    if "lords" in after or "states" in after:
        return "upper"
    if word == "house" and norms[index - 1 : index] != ["upper"]:
        return "lower"  # "the House", "House of Representatives / Commons"
    return ""  # a bare "chamber": its side is told by the word before or after it


def _sides(norms: Sequence[str]) -> set[str]:
    """The sides whose approval a clause words: the chambers within six words before an
    approval word (its subject: "the Senate approved", "the Chamber of Deputies had given its
    approval") or three after it (its object or agent: "passed the Senate", "was passed by
    the Senate"); not a chamber after "to" ("now goes to the House")."""
    found: set[str] = set()
    start = 0
    for end in [*(k for k, n in enumerate(norms) if n in _EDGES), len(norms)]:
        clause = norms[start:end]
        blocked = any(n in _BLOCKS and not month_may(clause, k) for k, n in enumerate(clause))
        blocked = blocked or not _OTHER_MEASURES.isdisjoint(clause)
        for k in range(len(clause)):
            if blocked or not _approval(clause, k) or still_required(clause, k):
                continue
            near = [*range(max(k - 6, 0), k), *range(k + 1, min(k + 4, len(clause)))]
            for m in near:
                side = _side(clause, m)
                before = clause[max(m - 2, 0) : m]
                if side and "to" not in before:
                    found.add(side)
        start = end + 1
    return found


_ENACTED = word_set("signed enacted promulgated gazetted assent")
# "law" tells an enactment only as a state reached ("signed into law", "became law"), not in
# a name ("the General Import and Export Tax Law").
_INTO_LAW = word_set("into became become becomes")


# "if it became law", "would be signed", "before it is enacted": no enactment told.
_UNDONE = word_set(
    """if would will could may might must should yet not before until unless once awaits
    awaiting needs pending"""
)


def _enacted(norms: Sequence[str]) -> bool:
    """An enactment word with no condition, modal or negation in the four words before it."""
    return any(
        (norm in _ENACTED or (norm == "law" and i > 0 and norms[i - 1] in _INTO_LAW))
        and _UNDONE.isdisjoint(norms[max(i - 4, 0) : i])
        and not still_required(norms, i)  # "has to be approved ... and signed"
        for i, norm in enumerate(norms)
    )


def both_chambers(family: str, raw: str, ctx: Context) -> Result | None:
    """A refusal of ``passed_one_chamber`` where each side approved (see the module)."""
    if family != "MeasureStatus" or raw != "passed_one_chamber":
        return None
    sides: set[str] = set()
    for i in ctx.sentences:
        norms = clause_norms(ctx, i)
        if not _CUES.isdisjoint(norms):
            sides |= _sides(norms)
    if len(sides) != 2:
        return None
    if any(_enacted(clause_norms(ctx, i)) for i in ctx.sentences):
        return False, "its evidence words the approval of both chambers and the enactment"
    # Both chambers passed and nothing enacted yet: the schema has no stage between one
    # chamber's passage and enactment, so "passed_one_chamber" is the furthest stage it can
    # say; two outside checks read it both ways (38 accepted, 48 refused): unconfirmed.
    return unconfirmed("its evidence words the approval of both chambers")


__all__ = ["both_chambers"]
