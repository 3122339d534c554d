"""An act cue used as an adjective names no act of anyone in its sentence (session 25).

"The adopted bill was sent to the President by Senate President Ana Ruiz": "adopted" after a
determiner and before a noun describes the bill; the "by" that follows belongs to "sent",
so Ruiz is not the one who adopted it. Only the participles check 53 added to the sponsor
cues ("adopted", "extended", "renewed") are read so; the older cues keep their readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import Token, word_set

_PARTICIPLES = word_set("adopted extended renewed")
_DETERMINERS = word_set("the a an these those its their his her our newly")


def attributive(tokens: Sequence[Token], cue: int) -> bool:
    """Whether the cue at ``tokens[cue]`` is a participle before a noun after a determiner
    ("the adopted bill", "an extended ban")."""
    return (
        tokens[cue].norm in _PARTICIPLES
        and cue > 0
        and tokens[cue - 1].norm in _DETERMINERS
        and cue + 1 < len(tokens)
        and not tokens[cue + 1].is_number
    )
