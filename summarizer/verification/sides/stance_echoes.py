"""An elliptical repeat of a stance's verb for another party (session 18 review).

"Armenia endorsed the framework on Friday, a day after Azerbaijan did" gives Azerbaijan the
same stance: the auxiliary ("did", "had", "has", "would") with no verb of its own repeats
the clause's verb for its subject, as do "as did Azerbaijan", "so did Azerbaijan",
"Azerbaijan did so / did the same / did likewise / followed suit". A negated repeat ("but
Azerbaijan did not", "nor did Azerbaijan") and an auxiliary with a verb of its own ("a day
after Azerbaijan had rejected it") repeat nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_AUX = word_set("did does do had has have was were is are would will could")
_FILLERS = word_set("so too also likewise same the as well earlier before previously already")
_ENDS = word_set("on in at last this after before when while and but days day week weeks")
_INVERTING = word_set("as so")


def echoes(tokens: Sequence[Token], start: int, size: int) -> bool:
    """Whether the party mention at ``tokens[start:start + size]`` is the subject of an
    elliptical repeat of the clause's verb (see the module)."""
    before = [t.norm for t in tokens[max(start - 2, 0) : start]]
    if len(before) == 2 and before[0] in _INVERTING and before[1] in _AUX:
        return True  # "as did Azerbaijan", "so did Azerbaijan"
    after = [t.norm for t in tokens[start + size : start + size + 5]]
    if after[:2] == ["followed", "suit"]:
        return True
    if not after or after[0] not in _AUX:
        return False
    rest = after[1:]
    while rest and rest[0] in _FILLERS:
        rest = rest[1:]
    return not rest or rest[0] in _ENDS or not rest[0].isalpha()


__all__ = ["echoes"]
