"""Status wordings an outside check found missing (session 14), kept apart from
:mod:`status_cues` (at its size limit) and added to its vocabularies there: a truce's signing
told as a noun ("announced the signing of a ceasefire agreement", "a signing ceremony",
"put their signatures to") is ``agreed``; a truce torn in a figure ("shredded the truce",
"lay in tatters", "is in ruins", "tore up the truce", "went up in smoke", "disintegrated")
is ``collapsed``; a party that "would study the offer before answering" or "will examine the
proposal" has not answered yet (``awaiting_answer``).

The figures name the truce after the verb ("shredded the truce", not "shredded their old
draft and tabled a new truce proposal": a "…" skips at most a few words), and the cue rules
still read each as asserted: "could shred the truce" is a prospect; "tattered trust" is no
truce in tatters.
"""

from __future__ import annotations

_TRUCES = ("truce*", "ceasefire*", "cease*", "armistice")
_TEARING = ("shred*", "tore up", "torn up", "tear* up", "ripped up", "rip* up")
EXTRA: dict[tuple[str, str], str] = {
    ("CeasefireStatus", "agreed"): "signing of | signing ceremony | signatures to | "
    "signature to | signed off on",
    ("CeasefireStatus", "collapsed"): " | ".join(
        [f"{verb} … {truce}" for verb in _TEARING for truce in _TRUCES]
        + ["in tatters", "in ruins", "in shreds", "up in smoke", "disintegrat*", "dead letter"]
    ),
}
"""Extra cue phrases per (enum class name, value), in the vocabularies' own notation."""

__all__ = ["EXTRA"]
