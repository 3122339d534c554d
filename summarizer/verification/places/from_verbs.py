"""The word a place's "from" phrase belongs to, when that word is a leaving: then the place is
where the event left from, and so the event's own place (for :func:`site_roles.site_role`;
review rvpl33, session 33).

"from X" names where someone came from ("a man from Peterborough", "on his return from Hong
Kong") but also where an event that starts somewhere happened: a launch ("launched two
missiles from Sunan", "lifted off from Boca Chica", "blasted off from Kourou"), a take-off
("took off from Ushuaia"), a sailing ("set sail from Valletta"), a march or a convoy setting
out ("set out from Chartres", "left from Rafah"), fire ("fired rockets from Jabalia"), an
evacuation, a rescue or a theft out of a place ("evacuated 300 people from Kherson", "stole
four paintings from a gallery"). Which of the two the sentence says is in the verb (or the
verb's noun: "the theft of jewels from") the phrase belongs to, not in the event's
description: walking back from "from" over the verb's object (at most six words, no clause
mark and no other preposition than "of" between), the first word that is a leaving.

Not a leaving of the event: a leaving in a relative clause ("The jet, which took off from
Athens, crashed near Skopje", "a ferry that had sailed from Calais"): it tells of the subject's
earlier journey, not of the event; unless the event's description names the same leaving.
A journey word alone is no leaving ("flying from Amsterdam", "had driven down from Houston",
"after walking from Jarrow"): the phrase says where the traveller came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, clause_gap, word_set

# Verbs (and their nouns) of an event that starts where its "from" phrase says.
_LEAVINGS = word_set(
    """launched launch launches launching fired firing shot lobbed
    evacuated evacuate evacuates evacuating evacuation evacuations airlifted airlift
    airlifts airlifting withdrew withdrawn withdraw withdraws withdrawing withdrawal
    retreated retreat retreats retreating fled flee flees fleeing escaped
    escape escapes escaping departed depart departs departing departure departures left
    leaves leaving sailed sail sails sailing marched march marches marching expelled expel
    expels expelling expulsion removed remove removes removing removal rescued rescue
    rescues rescuing freed frees freeing recovered recover recovers recovering stole
    steal steals stealing stolen theft thefts seized seize seizes seizing seizure ousted
    oust evicted evict eviction crossed cross crosses crossing decamped exited pulled took
    take takes taking taken"""
)
# Verbs whose "off" / "out" / "away" / "sail" makes a leaving: "lifted off", "set out", "took
# off", "headed out", "set sail", "pulled out".
_PHRASAL = word_set(
    """lifted lift lifts lifting blasted blast blasts blasting took take takes taking taken
    set sets setting headed head heads heading pulled pull pulls pulling rolled roll rolls
    rolling moved move moves moving flew fly flies flying flown shipped ship steamed
    marched ran drove driven"""
)
_PARTICLES = word_set("off out away sail")
_OF = word_set("of")
# Any other preposition ends the verb's object: "launched an offensive on Monday with troops
# from Texas" is not a launch from Texas.
_PREPOSITIONS = word_set(
    """in at on to into onto with for by over under near after before during since until
    toward towards against about through across via than like as"""
)
_RELATIVES = word_set("which that who whom whose")
_AUXILIARIES = word_set("had has have having been being was were is are be would will")
_PAST_PERFECT = word_set("had")
_REACH = 6  # words of the verb's object between the leaving and "from" at most


def leaving_before(tokens: Sequence[Token], before: int, text: str) -> int | None:
    """The index of the leaving word the "from" at ``tokens[before]`` belongs to, or None
    (see the module)."""
    index = before - 1
    while index >= 0 and before - index <= _REACH + 2:
        if clause_gap(tokens, index, text):
            return None  # "..., watched by engineers": the clause before is not its verb
        token = tokens[index]
        if token.norm in _PARTICLES and index >= 1 and tokens[index - 1].norm in _PHRASAL:
            return index - 1  # "lifted off from", "set out from", "set sail from"
        if token.norm in _LEAVINGS:
            return index
        if token.norm in _PREPOSITIONS - _OF or token.norm in _RELATIVES:
            return None
        index -= 1
    return None


def in_relative(tokens: Sequence[Token], verb: int) -> bool:
    """The leaving at ``verb`` opens a relative clause ("which took off", "that had sailed",
    "who fled") or is in the past perfect ("It had set off from Cairo three hours
    earlier"): it tells of the subject's earlier journey."""
    index = verb - 1
    while index >= 0 and tokens[index].norm in _AUXILIARIES:
        if tokens[index].norm in _PAST_PERFECT:
            return True  # "It had set off from Cairo three hours earlier": before the event
        index -= 1
    return index >= 0 and tokens[index].norm in _RELATIVES


def _described(fact: Any, word: str) -> bool:
    """The event's description names the leaving ``word`` (by its first five letters: "took"
    is not read, "launched" for a "launch")."""
    text = str(getattr(fact, "description", "") or "").lower()
    stem = word[:5]
    return len(stem) >= 4 and any(part.startswith(stem) for part in text.split())


def own_leaving(tokens: Sequence[Token], before: int, fact: Any, text: str) -> bool:
    """The "from" at ``tokens[before]`` belongs to the event's own leaving: a leaving word,
    not in a relative clause unless the description names it; or the event is a leaving
    (its description names one) and its sentence names it before the "from" ("The launches
    were spotted at 7:50 a.m., coming from the area around Pyongyang")."""
    verb = leaving_before(tokens, before, text)
    if verb is not None:
        return not in_relative(tokens, verb) or _described(fact, tokens[verb].norm)
    leavings = [t.norm for t in tokens[:before] if t.norm in _LEAVINGS]
    described = str(getattr(fact, "description", "") or "").lower().split()
    return any(_described(fact, word) for word in leavings) and any(
        word in _LEAVINGS for word in described
    )


__all__ = ["leaving_before", "own_leaving"]
