"""Whether an event's description names a plan or decision itself ("Nestlé will cut 16,000
jobs", "Stellantis to close its Luton plant", "Ferrero agreed to buy WK Kellogg"), not the
planned act told as done ("completes the sale") nor a change to a level ("returned to profit",
"loaf price rise to £2"): a telling day dates the first, never the others (session 47,
wide47w's own announcements; review rv47w moved it here for dated heads too and kept "to"
after a verb of change out).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

DECIDED = word_set(
    """will plans plan planned agreed agrees agree announces announced announcement unveils
    deal offer order orders decision decides decided cancelled cancels canceled
    scraps scrapped proposal proposes approves approved"""
)
_DETERMINERS = word_set("the a an its their his her this that")
# Verbs and nouns of a change to a level: their "to" names the level, not an infinitive
# ("returned to profit", "rise to £2", "cut to 4%"; review rv47w).
_CHANGES = word_set(
    """rise rises rising rose risen fall falls falling fell fallen return returns returned
    returning climb climbs climbed jump jumps jumped drop drops dropped slide slides slid
    increase increases increased cut cuts raise raises raised lift lifts lifted lower lowers
    lowered grow grows grew grown swing swings swung move moves moved slump slumps slumped
    soar soars soared surge surges surged boost boosts boosted"""
)


def decided(words: Sequence[Token]) -> bool:
    """Whether a description names a plan or decision: a word of deciding, or "to" before a
    verb ("Stellantis to close", not "sails to Gaza", "returned to profit" or "rise to £2")."""
    for index, token in enumerate(words):
        if token.norm == "to":
            following = words[index + 1] if index + 1 < len(words) else None
            change = any(w.norm in _CHANGES for w in words[max(index - 3, 0) : index])
            if (
                following
                and not following.capitalised
                and following.norm not in _DETERMINERS
                and not following.is_number
                and following.text[:1].isalpha()
                and not change
            ):
                return True
        elif token.norm in DECIDED:
            return True
    return False


__all__ = ["DECIDED", "decided"]
