"""A breach or a collapse that is only watched for, looked into or warded off (an outside
check, session 14): "we are monitoring ceasefire violations", "our teams will investigate
any breach", "a hotline to report truce violations", "our job is to prevent a collapse of
the truce", "we will not let this ceasefire collapse", "to keep it from falling apart". The
words of ``violated`` or ``collapsed`` are there, often inside a quotation about something
else (the monitors' work), but they do not say the truce was broken: the cue is no wording of
the value, which falls back to *unconfirmed* when nothing else words it.

What is read: a cue word of breaking or collapsing (violation, breach, infringement,
collapse, falling apart, unravelling) with, in the four words before it, a verb of watching
or warding off (monitor, watch, look out, check, investigate, probe, report, document,
prevent, avoid, deter, guard), "any", "not let" / "never let", or "from" right before it.
Left out: violations recorded, condemned or counted ("recorded 40 violations", "new
violations"), which say they happened.
"""

from __future__ import annotations

from collections.abc import Sequence

_BREAKING = ("violat", "breach", "infring", "collaps", "fall", "unravel", "flout")
_WATCHING = (
    "monitor", "watch", "look", "check", "investigat", "probe", "probing", "report", "document",
    "prevent", "avoid", "deter", "guard", "averting", "avert",
)  # fmt: skip
_NEGATIONS = frozenset({"not", "never"})


def watched(norms: Sequence[str], start: int) -> bool:
    """Whether the breaking cue at ``start`` is only watched for or warded off."""
    if not norms[start].startswith(_BREAKING):
        return False
    if start and norms[start - 1] == "from":
        return True  # "keep the ceasefire from falling apart"
    before = norms[max(start - 4, 0) : start]
    if "any" in before or any(
        word.startswith(_WATCHING) and not word.endswith(("ors", "ers")) for word in before
    ):  # "Monitors recorded 40 violations": the watchers, who saw them
        return True
    return "let" in before and not _NEGATIONS.isdisjoint(norms[max(start - 6, 0) : start])


__all__ = ["watched"]
