"""A meeting told in a relative aside about an earlier time is not the meeting the sentence
is about (session 24, false accepts closed): "Trump, who dined with Abe in February, said no
summit was planned" gave the (planned) summit as held, by the February dinner.

A held cue is an aside's when it stands in a relative clause set off by commas (", who" or ",
which" at most six words before it, the clause running to the next comma), the aside carries
a time of its own (a month, "last", "earlier", "previously", "ago", a year), and the sentence
outside the aside names a meeting of its own that is denied or still planned ("no summit",
"not meet", "a summit was planned", "will meet"). A sentence whose main clause tells no other
meeting ("Putin, who met Trump in August, praised the talks") is not read here."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import Token, word_set

_RELATIVES = word_set("who which")
_TIMES = frozenset(MONTHS) | word_set("last earlier previously ago before")
_MEETINGS = word_set("summit meeting talks visit meet meets")
_DENIED_OR_PLANNED = word_set(
    "no not never planned plan plans will would next upcoming proposed expected scheduled"
)
_REACH = 6


def aside_meeting(norms: Sequence[str], start: int) -> bool:
    """Whether the held cue at ``norms[start]`` is an earlier meeting's aside (see the
    module)."""
    opener = next(
        (at for at in range(start - 1, max(start - 1 - _REACH, 0), -1)
         if norms[at] in _RELATIVES and norms[at - 1] == ","),
        None,
    )  # fmt: skip
    if opener is None or any(norm == "," for norm in norms[opener + 1 : start]):
        return False
    end = next((at for at in range(start + 1, len(norms)) if norms[at] == ","), len(norms))
    aside = norms[opener:end]
    if _TIMES.isdisjoint(aside) and not any(n.isdigit() and len(n) == 4 for n in aside):
        return False
    outside = list(norms[: opener - 1]) + list(norms[end:])
    for at, norm in enumerate(outside):
        if norm in _MEETINGS:
            near = outside[max(at - 3, 0) : at + 6]
            if not _DENIED_OR_PLANNED.isdisjoint(near):
                return True
    return False


def aside_act(tokens: Sequence[Token], index: int, text: str) -> bool:
    """:func:`aside_meeting` for an act of meeting at ``tokens[index]`` (the words with the
    commas of ``text`` between them)."""
    norms: list[str] = []
    at = 0
    for position, token in enumerate(tokens):
        if position and "," in text[tokens[position - 1].end : token.start]:
            norms.append(",")
        if position == index:
            at = len(norms)
        norms.append(token.norm)
    return aside_meeting(norms, at)


__all__ = ["aside_act", "aside_meeting"]
