"""A meeting's place that is where the parties' stand-ins met (an outside check, session 23:
"Putin and Erdogan met in Sochi on Monday, four days after their foreign ministers had met in
Ankara" gave Ankara as the leaders' meeting place).

The shape: the place's own stretch of the sentence (back to a comma, a semicolon, a colon, a
dash or a word opening a clause of time or place: "after", "before", "since", "when", "where",
"while") tells of a meeting (a meeting word: met, talks, held, hosted, sat down, a round) whose
subject is the parties' stand-ins (the family of :data:`possessed_parties.STAND_INS`:
ministers, envoys, aides, deputies, advisers, negotiators, delegations, officials), names none
of the fact's parties and does not name them together ("the leaders and their ministers",
"they"; "both governments" owns the stand-ins); and another part of the sentence names one of
the parties, or the leaders together. That place is the stand-ins' meeting's, and the value is
refused outright. A place where a party met someone's stand-in ("Putin met Erdogan's foreign
minister in Ankara"), or a party and stand-ins together, keeps the other rules' reading.

A sentence that, after the place, puts the leaders' meeting at that same place ("a day before
Biden and Putin sat down there", "ahead of the summit there", "in the same city") ties the
place to them too: no refusal (fix23b).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..acts.possessed_parties import STAND_INS
from ..page.tokens import Token, word_set
from ..people.names import find_named
from ..people.party_names import names_party

_OPENERS = word_set("after before since following when where while whereas as until")
_MEETING = word_set(
    """met meet meets meeting talks held hold holds hosted sat conferred negotiated round
    gathered convened"""
)
_TOGETHER = word_set("they leaders pair heads presidents")
_SAME = word_set("city town capital venue place palace hotel building resort")
_BREAKS = (",", ";", ":", " - ", "\u2014", "\u2013", "\n")
STAND_IN_PLACE = "the place where the parties' ministers, envoys or aides met"


def _stretch(tokens: Sequence[Token], start: int, text: str) -> int:
    """The first token of the place's stretch (see the module)."""
    index = start
    while index > 0:
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in _BREAKS) or tokens[index].norm in _OPENERS:
            return index
        index -= 1
    return 0


def _names_party(
    tokens: Sequence[Token], first: int, end: int, parties: list[str], text: str
) -> bool:
    """A party named within ``tokens[first:end]``."""
    return any(
        first <= at < end for party in parties for at, _last in find_named(party, tokens, text)
    )


def _same_place_after(tokens: Sequence[Token], start: int) -> bool:
    """After the place: "there", or "the same city" (the leaders met at that place too)."""
    for index in range(start + 1, len(tokens)):
        norm = tokens[index].norm
        if norm == "there" or (
            norm == "same" and index + 1 < len(tokens) and tokens[index + 1].norm in _SAME
        ):
            return True
    return False


def _country_people(own: Sequence[Token], parties: list[str]) -> bool:
    """The stand-ins' stretch names a country party by any of its names, its people's word
    included ("Ukrainian ... officials" for the party Ukraine): a country's officials are
    the country at the table, not stand-ins for leaders."""
    return names_party(own, parties)


def stand_in_place(tokens: Sequence[Token], start: int, fact: Any, text: str) -> str | None:
    """``STAND_IN_PLACE`` when the place at ``tokens[start]`` is the stand-ins' meeting's (see
    the module); None otherwise. Cheap first: no stand-in noun in the sentence, no reading."""
    if not any(token.norm in STAND_INS for token in tokens):
        return None
    parties = [str(p) for p in getattr(fact, "parties", None) or [] if p]
    if not parties:
        return None
    first = _stretch(tokens, start, text)
    own = tokens[first:start]
    if not any(t.norm in STAND_INS for t in own) or not any(t.norm in _MEETING for t in own):
        return None
    if any(t.norm in _TOGETHER for t in own) or _names_party(tokens, first, start, parties, text):
        return None
    if _country_people(own, parties):
        return None  # "Ukrainian and American officials met in Geneva": the countries met
    rest_named = _names_party(tokens, 0, first, parties, text) or _names_party(
        tokens, start + 1, len(tokens), parties, text
    )
    together = any(t.norm in _TOGETHER for t in (*tokens[:first], *tokens[start + 1 :]))
    if not (rest_named or together) or _same_place_after(tokens, start):
        return None
    return STAND_IN_PLACE


__all__ = ["STAND_IN_PLACE", "stand_in_place"]
