"""A go-between who hosts, or offers to host, others' talks is no side of them (session 24,
false accepts closed): "Qatar hosted talks between Israel and Hamas in Doha" gave Qatar as an
actor of the talks, "Turkey offered to host the two sides" as a party of the meeting.

The name (or the list it opens, "Egypt and Qatar") is the subject of a verb of hosting
("hosted", "hosts", "co-hosted"), or of an offer to host ("offered to host", "has offered to
host", "proposed hosting", "volunteered to host"), whose object is others' meeting: "between"
or "among" follows within a few words, or the sides themselves ("the two sides", "both
sides", "the parties", "the delegations"). A host who also takes part ("hosted and chaired
the talks between", "Xi hosted Putin") is not read here and keeps its verdict, and so is
one whose talks are "between its own trade minister and US officials" (a side). The host is
a stated role, so the refusal is unsupported."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .own_lists import list_end

_BODY = word_set("government authorities officials president leader prime minister emir")
_ADVERBS = word_set("has have had also again previously repeatedly already")
_HOSTED = word_set("hosted hosts co-hosted cohosted")
_OFFERS = word_set("offered offers proposed volunteered")
_HOST = word_set("host hosting co-host")
_TAKES_PART = word_set("chaired joined attended led co-chaired and")
_SIDES = word_set("sides parties delegations delegates negotiators")
_OWN = word_set("its his her own")  # not "their negotiators": whose is not told


def hosts_others(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ending at ``tokens[last]`` hosts, or offers to host, others' talks
    (see the module)."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _BODY:
        index += 1  # "the Qatari government hosted"
    if index < len(tokens) and tokens[index].norm == "and":
        index = list_end(tokens, index)  # "Egypt and Qatar hosted the talks between"
    while index < len(tokens) and tokens[index].norm in _ADVERBS:
        index += 1
    if index >= len(tokens):
        return False
    word = tokens[index].norm
    if word in _OFFERS:
        index += 2 if index + 1 < len(tokens) and tokens[index + 1].norm == "to" else 1
        if index >= len(tokens) or tokens[index].norm not in _HOST:
            return False
    elif word not in _HOSTED:
        return False
    words = [t.norm for t in tokens[index + 1 : index + 7]]
    if not words or words[0] in _TAKES_PART:
        return False  # "hosted and chaired the talks": one who takes part
    if any(w in _TAKES_PART - {"and"} for w in words[:3]):
        return False
    if any(
        words[at + 1 : at + 3] and words[at + 1] in _OWN
        for at, w in enumerate(words)
        if w in {"between", "among"}
    ):
        return False  # "hosted talks between its own trade minister and US officials": a side
    return any(w in {"between", "among"} for w in words) or not _SIDES.isdisjoint(words[:4])


__all__ = ["hosts_others"]
