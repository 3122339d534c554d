"""A country named only as a place by the noun it qualifies, for
:func:`party_names.sentence_parties` (an outside check, session 14).

"Clashes broke out along the Saudi border" names no Saudi act: the adjective only says which
border. Nor does "on the Russian side of the frontier", "in Jordanian territory", "the
Iraqi Kurdish region", "the Sudanese-Chadian border" or "in Nigeria's Borno state". A
country's name or people's word is such a place when a place noun follows it (past other
capitalised or hyphen-joined words of the same place: "the Iraqi Kurdish region"), when a
place preposition and a word of direction stand before it ("in northern Nigeria"), or when it
is possessive after a place preposition and a place noun or a capitalised place name and
its noun follow ("in Nigeria's Borno state"), or after "of" and a noun of a place or a part
of a country ("the Idlib de-escalation zone of Syria", "the north of Syria": check 39), or
after a preposition and before "capital" or a compass noun ("exploded in the Syrian
capital", "fighting in the Ukrainian east"). An event's actor, a truce's announcer or
proposer, a stance's party named only so is refused as a place (:func:`parties.support_party`).

Left out, keeping the country as the one acting: a place noun followed by the people who act
there ("Saudi border guards", "the Turkish border police"), "side" not followed by "of" ("the
Ukrainian side said": the party itself), a capital standing for its government, and "the
Syrian capital" with no preposition before it ("shook the Libyan capital", "the Syrian
capital hosted the talks": a subject or object may stand for the government there).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

PLACE_NOUNS = word_set(
    """border borders frontier frontiers boundary territory territories region regions
    province provinces state district districts town towns city cities village villages
    port coast coastline waters airspace soil crossing enclave mainland side hinterland
    countryside heartland"""
)
"""Nouns a country's name or people's word only places ("the Saudi border")."""
# People acting at a place noun: "Saudi border guards", "Turkish border police".
_AGENTS = word_set(
    """guard guards police policemen troops forces force patrol patrols officials officers
    authorities agents agency service units army soldiers"""
)
_PLACE_PREPOSITIONS = word_set("in inside into near across along at within throughout around")
# Nouns that place a country's word only after a preposition ("in the Syrian capital", "on
# the outskirts of the Iraqi capital", "shelling in the Ukrainian east"; review of session
# 14): said of the place, never of the ones acting there, yet "the Syrian capital" alone may
# stand for its government as a capital's name does.
_PREPOSED_NOUNS = word_set(
    """capital north south east west northeast northwest southeast southwest interior
    outskirts"""
)
_PREPOSED_PREPOSITIONS = _PLACE_PREPOSITIONS | word_set("of on to from over toward towards")
_REACH = 2
_DIRECTIONS = word_set(
    """northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern far rural coastal"""
)


def names_place(tokens: Sequence[Token], index: int, size: int, text: str) -> bool:
    """Whether the name at ``tokens[index:index + size]`` only says which place: before a
    place noun, or possessive after a place preposition and before a place's name (see the
    module)."""
    last = index + size - 1
    possessive = is_possessive(tokens[last], text)
    if not possessive and _of_place(tokens, index):
        return True  # "the Idlib de-escalation zone of Syria": which zone (check 39)
    if not possessive and _directed(tokens, index):
        return True  # "in northern Nigeria", "across eastern Ukraine"
    if possessive and not _after_place_preposition(tokens, index):
        return False  # "Russia's army"; a possessive reads as a place only after "in", "near"
    noun = last + 1
    if noun < len(tokens) and tokens[noun].norm in _PREPOSED_NOUNS:
        return _after_place_preposition(tokens, index, _PREPOSED_PREPOSITIONS)
    while noun < len(tokens) and noun - last <= _REACH and tokens[noun].norm not in PLACE_NOUNS:
        token = tokens[noun]
        if not (token.capitalised or token.joined) or text[
            tokens[noun - 1].end : token.start
        ] not in (
            " ",
            "-",
        ):
            return False  # "Saudi officials", "the Syrian army's positions"
        noun += 1
    if noun >= len(tokens) or tokens[noun].norm not in PLACE_NOUNS:
        return False
    following = tokens[noun + 1].norm if noun + 1 < len(tokens) else ""
    if tokens[noun].norm == "side":
        return following == "of"  # "the Russian side of the border"; "the Russian side said"
    return following not in _AGENTS


def _directed(tokens: Sequence[Token], index: int) -> bool:
    """A place preposition, then a word of direction, before the name."""
    before = index - 1
    while before >= 0 and tokens[before].norm in _DIRECTIONS:
        before -= 1
    return before < index - 1 and _after_place_preposition(tokens, before + 1)


# Nouns of a part of a country, before "of" and the country ("the zone of Syria").
_PART_NOUNS = PLACE_NOUNS | word_set(
    """zone zones area areas part parts north south east west northeast northwest southeast
    southwest interior"""
)


def _of_place(tokens: Sequence[Token], index: int) -> bool:
    """ "of" and a place noun before the name ("the de-escalation zone of Syria", "the north
    of Syria", "the border regions of Sudan"): the country only says where."""
    before = index - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    return before >= 1 and tokens[before].norm == "of" and tokens[before - 1].norm in _PART_NOUNS


def _after_place_preposition(
    tokens: Sequence[Token], index: int, prepositions: frozenset[str] = _PLACE_PREPOSITIONS
) -> bool:
    before = index - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    return before >= 0 and tokens[before].norm in prepositions


__all__ = ["PLACE_NOUNS", "names_place"]
