"""The words an office is read by, for :mod:`summarizer.verification.quotes.page_offices` and
:mod:`summarizer.verification.quotes.office_shapes`: its nouns, ranks and roles, the
:class:`Office` they make, and the small token tests both read with.

An office is its noun (chief, head and leader are one), its ranks ("vice", "prime", "top",
"former", "shadow") and its places (a country by the party table's key: "China's", "Chinese";
"U.S." as "us"; or a body's word: "Commission")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import TITLES
from ..people.party_names import party_of

# The nouns an office is named by ("the president", "the Commission chief", "the top diplomat").
HEADS = (
    TITLES
    - word_set(
        """mr mrs ms dr vice deputy prime foreign defense defence state treasury majority
        minority former acting special member principal lt col gen adm pres sen rep gov
        senators sens reps representatives"""
    )
) | word_set("head diplomat mayor commissioner negotiator commander")
SAME_HEAD = {
    "chief": "head", "leader": "head", "chair": "chairman", "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
}  # fmt: skip
# Rank words that change the office ("the vice premier" is not "the premier").
RANKS = word_set(
    "vice deputy prime top senior chief foreign interior defence defense finance former ex shadow"
)
# Ranks that make another office ("the vice premier" is not the premier, nor the former
# prime minister the prime minister, nor the shadow chancellor the chancellor).
STRICT_RANKS = word_set("vice deputy former ex shadow")
# Nouns of a role that is no office ("The economist Paul Krugman", "Reporter Tim Hale", "The
# president's wife, Melania Trump,"): a person the page gives one is not the one a quote's
# office subject stands for (review rvR).
ROLES = (
    word_set(
        """economist analyst reporter journalist correspondent columnist commentator critic lawyer
    attorney barrister teacher farmer survivor witness resident student activist campaigner
    professor scholar historian researcher scientist doctor nurse worker businessman
    businesswoman tycoon entrepreneur investor banker trader shopkeeper driver pilot soldier
    veteran wife husband daughter mother father brother sister widow widower figure writer
    novelist actor actress singer artist coach athlete voter protester pastor"""
    )
    - HEADS
)
OPENERS = word_set("the his her its their")
_PEOPLE_ENDS = (
    "ian", "ean", "ese", "sh", "ch", "ni", "si", "ki", "ri", "li", "ti", "qi", "di", "ist",
)  # fmt: skip


@dataclass(frozen=True)
class Office:
    """An office: its noun ("president"; chief, head and leader as "head"), its ranks and its
    places (a country's table key or a body's word)."""

    head: str
    ranks: frozenset[str]
    places: frozenset[str]
    # the places that are a country or a people's word ("U.S.", "Comorian", "Welsh")
    peoples: frozenset[str] = frozenset()


# "the prime minister", "the premier", "the chancellor": the offices a government's owner holds
HEADS_OF_GOVERNMENT = (
    Office("minister", frozenset({"prime"}), frozenset()),
    Office("premier", frozenset(), frozenset()),
    Office("chancellor", frozenset(), frozenset()),
)


def office_from(tokens: Sequence[Token], head: int) -> Office:
    """An office from its words, the noun at index ``head``."""
    norms = [t.norm for t in tokens]
    noun = norms[head]
    rest = [n for n in norms if n != noun and n not in OPENERS and n not in ("a", "an", "of")]
    if "u" in rest and "s" in rest:  # "U.S." is written as two tokens
        rest = [n for n in rest if n not in ("u", "s")] + ["us"]
    places = frozenset(_place(n) for n in rest if n not in RANKS and n not in HEADS)
    peoples = {_place(t.norm) for t in tokens if t.capitalised and _people_word(t.norm)}
    if "us" in places:
        peoples.add("us")
    ranks = frozenset(r for r in rest if r in RANKS)
    return Office(SAME_HEAD.get(noun, noun), ranks, places, frozenset(peoples & places))


def _people_word(norm: str) -> bool:
    """A country's or a people's word: in the party table, or of a people's word's shape."""
    return party_of(norm) is not None or norm.endswith(_PEOPLE_ENDS)


def _place(norm: str) -> str:
    """A place word as the party table's key ("chinese" -> "china"), else as written."""
    found = party_of(norm)
    return found.lower() if found else norm


def possessive(chunk: Sequence[Token], text: str) -> bool:
    """Whether the chunk opens with a possessive ("China's", "the EU's")."""
    return bool(chunk) and text[: chunk[0].end].endswith(SINGULAR_POSSESSIVES)


def office_in(chunk: Sequence[Token]) -> list[Office]:
    """The office a chunk names: the noun before "of" ("head of the European Commission"), else
    its last word, when that is an office noun; or a description with a country's word ("his
    French counterpart"), which gives the person that place."""
    norms = [t.norm for t in chunk]
    if "of" in norms and norms.index("of") and norms[norms.index("of") - 1] in HEADS:
        return [office_from(chunk, norms.index("of") - 1)]
    if norms and (norms[-1] in HEADS | ROLES or any(party_of(n) for n in norms[:-1])):
        return [office_from(chunk, len(chunk) - 1)]
    return []


def breaks(text: str, start: int, end: int, marks: str) -> bool:
    """Whether one of ``marks`` stands in the text between two offsets."""
    return any(mark in text[start:end] for mark in marks)


__all__ = [
    "HEADS",
    "HEADS_OF_GOVERNMENT",
    "OPENERS",
    "RANKS",
    "ROLES",
    "SAME_HEAD",
    "STRICT_RANKS",
    "Office",
    "breaks",
    "office_from",
    "office_in",
    "possessive",
]
