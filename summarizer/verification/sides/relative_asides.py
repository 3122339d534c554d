"""A relative clause set off by commas between a subject and its verb: "Anwar, who chairs
ASEAN this year, announced the agreement" (an outside check, 40). The clause describes the
name before it; the verb after its closing comma is still that name's, whether the clause is
a subject relative ("who chairs", "which mediated") or an object one ("Zannier, whom Rome
appointed in May, confirmed"). A name inside the clause ("Qatar, which brokered the talks
with Egypt, said"; "the minister, who flew to Moscow, announced") is never the subject of
the verb after it. Read for the roles whose subject is found by walking ahead from the name
(:mod:`announcers`).

The clause opens with "who", "whom", "whose" or "which" after a comma and must close with a
comma or a dash within :data:`_REACH` tokens; an unclosed one ("Anwar, who chairs ASEAN and
announced the deal") is no aside.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_RELATIVES = word_set("who whom whose which")
_CLOSING = frozenset(",\u2014\u2013")
_REACH = 20


def aside_end(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """When ``tokens[index]`` opens a relative clause closed by a comma, the index of the
    first token after it; None otherwise."""
    if tokens[index].norm not in _RELATIVES or index + 1 >= len(tokens):
        return None
    for at in range(index + 1, min(index + _REACH, len(tokens) - 1)):
        gap = text[tokens[at].end : tokens[at + 1].start]
        if not _CLOSING.isdisjoint(gap):
            return at + 1
        if '"' in gap or "\u201c" in gap:
            return None
    return None


def inside_aside(tokens: Sequence[Token], position: int, text: str) -> bool:
    """Whether ``tokens[position]`` stands inside a relative clause set off by commas."""
    for at in range(position, max(position - _REACH, 0), -1):
        if at < position and not _CLOSING.isdisjoint(text[tokens[at].end : tokens[at + 1].start]):
            return False  # a comma closes whatever opened before it
        if tokens[at].norm in _RELATIVES and "," in text[tokens[at - 1].end : tokens[at].start]:
            end = aside_end(tokens, at, text)
            return end is not None and end > position
    return False


__all__ = ["aside_end", "inside_aside"]
