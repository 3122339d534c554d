"""A count that names a bound of its measure ("speed limit, km/h", "weight limit, tonnes",
"tuition fee cap, pounds") is told by a sentence that says a bound (review rv42old: "Cyclists
can hit 70 km/h on the descent" is a speed reached, no limit; "The lorry was carrying 44 tonnes
of steel" no bridge's weight limit).

English says a bound by a family of words, not by the count's own word: "ministers allowed 72
tonnes of it as bycatch" is the bycatch limit, "capped the fee at £9,535" the fee cap, "a quota
of 300 tonnes" a catch limit. So any word of the family in the sentence says a bound, whichever
the count names. A number that says its bound by its own qualifier ("Lorries of up to 7.5
tonnes may cross") is read by the caller (:func:`counts.count_places.count_clash`), which knows
the number's qualifiers; :func:`figures.count_ties.field_unit` reads the same test for a number
tied by its unit alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_words import what_words

# Words of a count that name a bound of its measure. Not "quota": a share handed out is
# told with no word of bounds ("cod quota for the North Sea, tonnes" for "19,910 tonnes are
# earmarked for the North Sea"; check 76).
_BOUND_NOUNS = word_set("limit limits cap caps permitted allowed legal ceiling")
# Words of a sentence that say one: the family, in its verb and noun forms.
_BOUND_SAID = word_set(
    """limit limits limited limiting cap caps capped capping permit permits permitted
    permitting allow allows allowed allowing legal legally quota quotas ceiling ceilings
    maximum"""
)


def bound_unsaid(tokens: Sequence[Token], what: str) -> bool:
    """Whether the count (its words before a comma: "speed limit, km/h") names a bound that
    the sentence's ``tokens`` never say by any word of the family."""
    if not set(what_words(what.partition(",")[0])) & _BOUND_NOUNS:
        return False
    return not any(token.norm in _BOUND_SAID for token in tokens)


__all__ = ["bound_unsaid"]
