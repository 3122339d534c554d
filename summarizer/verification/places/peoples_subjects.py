"""A meeting verb whose subject is the parties' people (session 26, places26), for
:func:`summarizer.verification.places.sites.about_parties`.

A country party is often named by its people's word before a noun of its people: "The Thai
and Cambodian leaders met in Putrajaya", "Ukrainian and American officials met in Geneva".
The sentence is then about the parties Thailand and Cambodia, Ukraine and the United States,
as much as if it named them. Only the meeting word's own subject counts: a people's word
elsewhere in the sentence ("British officials said", "the American meeting with Iranian
envoys") says nothing of who met where.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.party_names import named_at, party_keys


def peoples_met(tokens: Sequence[Token], meeting: int, parties: Sequence[str]) -> bool:
    """The meeting word's subject is the parties' people ("The Thai and Cambodian leaders
    met", "Ukrainian and American officials met"): a country party's people's word, then
    only such words, "and" and a noun of their people up to the meeting word."""
    keys = party_keys(parties)
    noun = meeting - 1
    while noun > 0 and meeting - noun <= 2 and tokens[noun].norm in _HOLDING:
        noun -= 1  # "Russian and Ukrainian delegations held talks in ..."
    if not keys or noun < 1 or tokens[noun].norm not in _PEOPLES_NOUNS:
        return False
    index = noun - 1
    found = False
    while index >= 0 and meeting - index <= 7:
        hit = named_at(tokens, index)
        if hit is not None and hit[0] in keys:
            found = True
        elif tokens[index].norm not in _PEOPLES_JOINS and not tokens[index].capitalised:
            break
        index -= 1
    return found


_PEOPLES_NOUNS = word_set(
    """leaders officials negotiators delegations delegates ministers envoys diplomats
    presidents premiers teams sides officers commanders chiefs generals"""
)
_HOLDING = word_set("held hold holds began opened resumed started")
_PEOPLES_JOINS = word_set("and top senior foreign defence defense military army trade")


__all__ = ["peoples_met"]
