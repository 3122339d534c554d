"""A breach or a collapse that is only watched for, looked into or warded off (an outside
check, session 14): "we are monitoring ceasefire violations", "our teams will investigate
any breach", "a hotline to report truce violations", "our job is to prevent a collapse of
the truce", "we will not let this ceasefire collapse", "to keep it from falling apart". The
words of ``violated`` or ``collapsed`` are there, often inside a quotation about something
else (the monitors' work), but they do not say the truce was broken: the cue is no wording of
the value, which falls back to *unconfirmed* when nothing else words it.

What is read: a cue word of breaking or collapsing (violation, breach, infringement,
collapse, falling apart, unravelling) with, in the four words before it, a verb of watching
or warding off (monitor, watch, look out, check, investigate, probe, prevent, avoid, deter,
guard), a verb of recording in any form but its past ("to flag breaches", "to spot
violations", "tasked with documenting breaches", "will report violations"), "any", "not
let" / "never let", or "from" right before it. Left out: violations recorded, reported,
documented, logged, condemned or counted ("recorded 40 violations", "monitors reported 40
violations", "new violations"), which say they happened (an outside check, session 15:
:mod:`summarizer.verification.status.breach_records`), and "are recording violations", which says
they go on.
"""

from __future__ import annotations

from collections.abc import Sequence

from .breach_records import RECORDED, RECORDING

_BREAKING = ("violat", "breach", "infring", "collaps", "fall", "unravel", "flout")
_WATCHING = (
    "monitor", "watch", "look", "check", "investigat", "probe", "probing", "prevent", "avoid",
    "deter", "guard", "averting", "avert",
)  # fmt: skip
_NEGATIONS = frozenset({"not", "never"})
_GOING_ON = frozenset({"is", "are", "was", "were", "been"})


def _watching(before: Sequence[str], index: int) -> bool:
    """The word is a verb of watching, or of recording in a form that is no record made
    ("to flag", "documenting", "reports"; not "recorded", nor "are recording")."""
    word = before[index]
    if word.endswith(("ors", "ers")):  # "Monitors recorded 40 violations": the watchers
        return False
    if word.startswith(_WATCHING):
        return True
    if word not in RECORDING:
        return False
    return not (word.endswith("ing") and index and before[index - 1] in _GOING_ON)


def watched(norms: Sequence[str], start: int) -> bool:
    """Whether the breaking cue at ``start`` is only watched for or warded off."""
    if not norms[start].startswith(_BREAKING):
        return False
    if start and norms[start - 1] == "from":
        return True  # "keep the ceasefire from falling apart"
    before = norms[max(start - 4, 0) : start]
    made = max((i + 1 for i, word in enumerate(before) if word in RECORDED), default=0)
    if "any" in before or any(_watching(before, index) for index in range(made, len(before))):
        return True  # "the monitoring team logged 31 breaches": recorded after the watching
    return "let" in before and not _NEGATIONS.isdisjoint(norms[max(start - 6, 0) : start])


__all__ = ["watched"]
