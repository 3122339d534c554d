"""Agreement worded through someone else's verb: "persuaded Congo and Rwanda to sign the
truce" (the persuaded agreed), "Kyiv said it would respect the truce" (a party's own word),
and the verbs of asking whose infinitive is only what was asked ("failed to convince Congo to
accept"). Split from :mod:`summarizer.verification.status.status_forms`, which reads them as extra
cues of the agreed stance."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.tokens import word_set

# "persuaded Congo and Rwanda to sign the truce": the ones persuaded agreed to it.
PERSUADED = word_set("persuaded convinced")
_KEEP_VERBS = word_set(
    """sign accept agree observe respect honour honor abide adhere comply uphold join
    implement"""
)
SAYING = word_set("said says announced confirmed replied indicated")
_WE = word_set("it they we")
_SOFT = word_set("also fully strictly now still")
_SAID_WHEN = word_set(
    "that on late early today yesterday monday tuesday wednesday thursday friday saturday sunday"
)
# Verbs of getting someone to act ("failed to convince Congo to accept the truce"): the
# infinitive after their object is what was asked, unless the persuading succeeded.
_ASKING = word_set(
    """convince persuade convincing persuading urge urged urges urging ask asked asks asking
    call called calls calling press pressed pressing push pushed pushing encourage encouraged
    appeal appealed get getting"""
)


def asked_to(norms: Sequence[str], back: int) -> bool:
    """The infinitive at ``norms[back]`` ("to") follows a verb of asking and its object
    ("failed to convince Congo to accept", "called on both sides to accept the truce"); not
    after "persuaded"/"convinced" (they did), nor across a clause mark."""
    for index in range(back - 1, max(back - 7, -1), -1):
        norm = norms[index]
        if norm in PERSUADED or norm == ",":
            return False
        if norm in _ASKING:
            return True
    return False


def persuaded_to(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "persuaded X and Y to sign the truce", "were convinced to accept it": the persuaded
    agreed (who persuaded them is a role: :mod:`summarizer.verification.sides.party_frames`)."""
    for position in range(index + 1, min(index + 9, len(norms) - 1)):
        if norms[position] == ",":
            return None
        if norms[position] == "to":
            verb = norms[position + 1]
            return (index, position + 2) if verb in _KEEP_VERBS else None
    return None


def said_it_would(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "Kyiv said it would respect the truce", "Moscow said that it will abide by it", and
    the short answer to an appeal to observe it ("..., and Kyiv said it would."): a party's
    own word that it keeps the truce."""
    position = index + 1
    while position < len(norms) and position <= index + 4 and norms[position] in _SAID_WHEN:
        position += 1  # "said on Thursday that it would", "said Thursday it would"
    pair = norms[position : position + 2]
    if len(pair) < 2 or pair[0] not in _WE or pair[1] not in ("would", "will"):
        return None
    position += 2
    while position < len(norms) and norms[position] in _SOFT:
        position += 1
    if position >= len(norms) or norms[position] == ",":  # "..., and Kyiv said it would."
        asked = any(  # "appealed to X to observe ...", "Asked whether it would join ..."
            a in ("to", "would", "will") and b in _KEEP_VERBS
            for a, b in pairwise(norms[max(index - 20, 0) : index])
        )
        return (index, position) if asked else None
    return (index, position + 1) if norms[position] in _KEEP_VERBS else None


__all__ = ["PERSUADED", "SAYING", "asked_to", "persuaded_to", "said_it_would"]
