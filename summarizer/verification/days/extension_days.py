"""A truce's extension day is not its start (an outside check, session 19: "a humanitarian
truce ..., which it then stretched to April 30 on April 22" gave April 22 as the truce's
start). For a field with the "start" cue, a day whose clause's verb extends the truce
("extended to May 22 on May 11", "was prolonged on Friday until the end of the month", "had
been stretched on July 20", "lengthened the ceasefire on Dec. 30", "was renewed by both sides
on 23 March", "was rolled over on August 14") is the extension's: the verb stands before the
day in its clause, with only the new end, a length, the ones who extended it and prepositions
between them. A day of the truce's own start in the same sentence ("that began on Monday",
"first declared on 2 April", "in force since July 7") is read by the other rules as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import Token, word_set

EXTENDED = "an extension's day, not the truce's start"
_EXTEND = word_set(
    """extend extends extended extending prolong prolongs prolonged renew renews renewed
    stretch stretches stretched lengthen lengthens lengthened"""
)
_ROLLED = word_set("rolled rolls roll")
# What may stand between the verb and the day: a new end, a length, the extenders.
_BETWEEN = word_set(
    """to until till through by for on in at the a an another further more its their it
    both sides side parties warring week weeks fortnight days day month months again
    then once twice formally truce ceasefire pause lull calm cessation hostilities"""
)
# Words that give the day to the truce's own start instead ("that began on Monday").
_STARTED = word_set(
    """began begun started start starts begin begins effect force since declared hold took
    taken from"""
)


def extension_day(tokens: Sequence[Token], first: int, text: str) -> str | None:
    """``EXTENDED`` when an extension verb governs the day at ``tokens[first]`` (see the
    module); None otherwise."""
    start = tokens[first].start
    for index in range(first - 1, max(first - 10, -1), -1):
        if clause_break(tokens, index, text) or "," in text[tokens[index].end : start]:
            return None
        norm = tokens[index].norm
        if norm in _EXTEND:
            return EXTENDED
        if norm == "over" and index and tokens[index - 1].norm in _ROLLED:
            return EXTENDED
        if norm in _STARTED:
            return None
        named = tokens[index].capitalised or tokens[index].is_number or norm in DAY_WORDS
        if norm not in _BETWEEN and not named:
            return None
    return None


_OUTBREAK = "the day another thing broke out"
_FIGHTING = word_set("hostilities fighting firing hostility")
_HALTING = word_set("cessation suspension halt end stop")


def truce_outbreak(role: str | None, tokens: Sequence[Token], first: int) -> bool:
    """Whether the day at ``tokens[first]``, read as fighting's outbreak, is the truce's own:
    the fighting word is a truce's object ("the cessation of hostilities that began on
    Monday")."""
    if role is None or not role.startswith(_OUTBREAK):
        return False
    fight = next((i for i in range(first - 1, -1, -1) if tokens[i].norm in _FIGHTING), None)
    if fight is None or fight < 2:
        return False
    return tokens[fight - 1].norm in word_set("of to on") and tokens[fight - 2].norm in _HALTING


__all__ = ["EXTENDED", "extension_day", "truce_outbreak"]
