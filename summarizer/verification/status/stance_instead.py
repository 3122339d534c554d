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
"""

from __future__ import annotations

from collections.abc import Sequence

_WANTING = (
    "call", "demand", "insist", "urg", "want", "favor", "favour", "needed", "necessary",
    "essential", "seek", "sought", "push", "pressed", "pressing",
)  # fmt: skip
_REFUSING = (
    "reject", "refus", "turn", "dismiss", "spurn", "rebuff", "declin", "ruled", "rules",
    "rule", "balk", "snub", "brush", "threw", "throw", "veto", "repudiat", "scorn", "shot",
    "shoot", "nix", "rubbish",
)  # fmt: skip


_GOING = frozenset({"go", "goes", "going", "went", "come", "came", "coming", "get", "turn"})


def wanted_instead(
    norms: Sequence[str], found: Sequence[tuple[int, int]], refusals: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``supports`` cues of ``found`` left once those that follow one of the party's
    ``refusals`` with a verb of wanting at or before them are dropped (see the module)."""
    first = min((s for s, _ in refusals if norms[s].startswith(_REFUSING)), default=None)
    if first is None:
        return list(found)
    return [
        (s, e)
        for s, e in found
        if s < first or not any(_wanting(norms, k) for k in range(first, s + 1))
    ]


def _wanting(norms: Sequence[str], start: int) -> bool:
    """A cue of wanting, or "back" after a verb of going ("urging them to go back to the
    January text"), which backs nothing."""
    if norms[start] == "back":
        return start > 0 and norms[start - 1] in _GOING
    return norms[start].startswith(_WANTING)


__all__ = ["wanted_instead"]
