"""A party that refuses a proposal and asks for something else in the same sentence (an outside
check, session 14): "Hamas rejected the proposal outright, demanding a full withdrawal",
"Moscow turned down the truce and called for a lasting settlement instead", "Hamas spurned
the plan, urging mediators to go back to the January text". The words of wanting ("demand",
"call for", "insist on", "urge", "want", "favour", "needed") are cues of ``supports`` when
they are about the proposal ("Kyiv called for the truce"); after a refusal by the same party
in the same sentence they say what it wants *instead*, so they do not support the proposal,
and the refusal, now the only reading, states the other stance (*unsupported*, by
:mod:`status_support`).

Read: a ``supports`` cue that begins with a verb of wanting, or stands in what a verb of
wanting asks ("urging Kyiv to accept ..."), after a refusal cue that begins
with a verb of refusing (reject, turn down, dismiss, spurn, rebuff, decline, rule out, balk,
snub, veto, ...) which the party owns (:func:`stance_owners.not_owned`, applied by the
caller). Left out, keeping their verdict: a cue of backing or welcoming ("rejected the
annex but backed the truce" still supports), a want before the refusal ("called for talks
but rejected the plan": which it wants is not settled), and another party's refusal
("Israel rejected it, while Hamas called for it").

Review rvt30 (session 30) drops, with no refusal needed, a cue of wanting whose truce is wanted
undone or is not what is wanted: "pressed for the truce to be scrapped" (the truce, then "to",
"be" and a verb of ending, delaying or calling off), "pressed for guarantees before any truce",
"pressed for a response on the truce" (a preposition of topic or time between the want and the
truce; "of", "to", "in" and "with" are left, since "called for the extension of the truce"
wants it), and a party that is pressed: "Ukraine was pressed for a truce by Washington" (a form
of "be" before the want, the truce right after it; "a truce was called for by Qatar" keeps).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.occasion_markers import CALLED_OFF
from ..page.tokens import word_set

_WANTING = (
    "call", "demand", "insist", "urg", "want", "favor", "favour", "needed", "necessary",
    "essential", "seek", "sought", "push", "pressed", "pressing",
)  # fmt: skip
_REFUSING = (
    "reject", "refus", "turn", "dismiss", "spurn", "rebuff", "declin", "ruled", "rules",
    "rule", "balk", "snub", "brush", "threw", "throw", "veto", "repudiat", "scorn", "shot",
    "shoot", "nix", "rubbish",
)  # fmt: skip


_TRUCES = ("ceasefire", "truce", "armistice", "cessation")
# Verbs that undo or put off a truce wanted "to be ..." ("to be scrapped", "to end").
_UNDOING = CALLED_OFF | word_set(
    "end ended ends scrap suspend suspended delay delayed postpone postponed halt halted "
    "lifted lapse dropped pause paused collapse"
)
# Prepositions that make the thing wanted something else than the truce after it.
_OTHER_TOPIC = word_set("on about before over into during after from until without")
_BE = word_set("is are was were be been being")
_REACH = 6

_GOING = frozenset({"go", "goes", "going", "went", "come", "came", "coming", "get", "turn"})


def wanted_instead(
    norms: Sequence[str], found: Sequence[tuple[int, int]], refusals: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``supports`` cues of ``found`` left once those that follow one of the party's
    ``refusals`` with a verb of wanting at or before them are dropped (see the module)."""
    found = [(s, e) for s, e in found if not _wants_other(norms, s, e)]
    first = min((s for s, _ in refusals if norms[s].startswith(_REFUSING)), default=None)
    if first is None:
        return found
    return [
        (s, e)
        for s, e in found
        if s < first or not any(_wanting(norms, k) for k in range(first, s + 1))
    ]


def _wants_other(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the cue of wanting at ``start:end`` wants its truce undone, wants something
    else about it, or is said of a party that is pressed (see the module)."""
    if not norms[start].startswith(_WANTING):
        return False
    asks_for = "for" in norms[start + 1 : start + 2]  # the thing wanted comes after "for"
    for step in range(start + 1, min(start + 2 + _REACH, len(norms))):
        norm = norms[step]
        if norm == "," or (asks_for and norm in _OTHER_TOPIC):
            return norm != ","  # "pressed for guarantees before any truce"
        if norm.startswith(_TRUCES):
            pressed = start > 0 and norms[start - 1] in _BE and norms[start].endswith("ed")
            if pressed and asks_for and step <= start + 3:
                return True  # "Ukraine was pressed for a truce by Washington"
            return _undone(norms[step + 1 : step + 5])
    return False


def _undone(after: Sequence[str]) -> bool:
    """Whether the words after a truce noun want it undone: "to be scrapped", "to end", "to
    be put off"."""
    if after[:1] != ["to"]:
        return False
    verbs = list(after[2:] if after[1:2] == ["be"] else after[1:])
    if verbs[:1] == ["put"]:
        return verbs[1:2] == ["off"]
    return bool(verbs) and verbs[0] in _UNDOING


def _wanting(norms: Sequence[str], start: int) -> bool:
    """A cue of wanting, or "back" after a verb of going ("urging them to go back to the
    January text"), which backs nothing."""
    if norms[start] == "back":
        return start > 0 and norms[start - 1] in _GOING
    return norms[start].startswith(_WANTING)


__all__ = ["wanted_instead"]
