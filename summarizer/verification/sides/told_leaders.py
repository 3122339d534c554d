"""A people's word in the object of a verb of telling names the ones told, not the ones
meeting (an outside check, session 16: "Macron confirmed to the French and German presidents
that ..." gave France and Germany as parties of the summit the sentence was about).

For a summit's party (:func:`summarizer.verification.sides.side_roles.other_role`, modes "summit"
and "proposal"), a country named in a noun phrase of leaders ("the French and German
leaders", "the Polish and Danish prime ministers", "the American and Saudi envoys") is
refused where that phrase is

- the object of a verb of telling: "briefed", "informed", "told", "updated", "phoned",
  "thanked", "assured", "reassured", "congratulated", "warned";
- or the object of "to" after a verb or noun of telling within four words: "confirmed to",
  "wrote to", "said to", "spoke to", "explained to", "sent a letter to", "a message to";
  "called" and "rang" name a call, no meeting (as :mod:`party_roles` reads "talking by
  phone with").

The same phrase as a subject ("the French and German presidents met / joined the talks") or
as the object of a verb of meeting ("met", "hosted", "received", "sat down with", "held talks
with") keeps the countries as parties, and so does a phrase told "at the summit" or
"during talks" or at a named place ("spoke to the Ukrainian and European leaders at the
White House": they may have been there), or a leader told by name ("told Indian Prime
Minister Modi"); the subject of the telling verb keeps its verdict. A stated role (the ones
told), so the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

_TELLING = word_set(
    """briefed briefs brief briefing informed informs inform informing told tells tell
    telling updated updates update updating phoned phones phone phoning thanked thanks thank
    assured assures assure reassured reassures reassure congratulated congratulates warned
    warns called rang"""
)
_TO_TELLING = word_set(
    """confirmed confirms confirm wrote writes write said says explained explains sent sends
    send letter letters message messages note notes complained complains announced
    announces reported reports spoke speaks talked congratulations"""
)
_PHRASE = word_set(
    "the and or his her their its both foreign prime defence defense finance trade deputy"
)
_LEADERS = TITLES | word_set(
    """leaders leader presidents ministers envoys heads premiers chancellors counterparts
    governments delegations officials monarchs advisers adviser advisors advisor diplomats
    negotiators"""
)
_REACH = 6  # words of the phrase on each side of the name
_AT = word_set("at during in on")
_MEETINGS = word_set("summit talks meeting meetings conference sidelines")


def _at_meeting(tokens: Sequence[Token], end: int) -> bool:
    """ "at the summit", "during talks", "on the sidelines" a few words after the phrase."""
    for index in range(end + 1, min(end + 6, len(tokens) - 1)):
        if tokens[index].norm in _AT:
            following = tokens[index + 1 : index + 3]
            placed = tokens[index].norm in ("at", "in")  # not "on the Geneva talks": a topic
            return any(t.norm in _MEETINGS or (placed and t.capitalised) for t in following)
    return False


def told_leaders(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the name at ``tokens[first..last]`` stands in a phrase of leaders that a verb
    of telling has as its object (see the module)."""
    end = last + 1
    while end < len(tokens) and end <= last + _REACH and tokens[end].norm not in _LEADERS:
        if tokens[end].is_number:
            return False
        end += 1  # "the French and German national security advisers"
    if end >= len(tokens) or tokens[end].norm not in _LEADERS or tokens[end].capitalised:
        return False  # "told Indian Prime Minister Modi": a leader by name, maybe the one met
    if _at_meeting(tokens, end):
        return False  # "told the French and German leaders at the summit": they were there
    start = first - 1
    while start >= 0 and first - start <= _REACH and (
        (tokens[start].capitalised and tokens[start].norm not in _TELLING)
        or tokens[start].norm in _PHRASE
    ):  # fmt: skip
        start -= 1
    if start < 0:
        return False
    norm = tokens[start].norm
    if norm in _TELLING:
        return True
    if norm != "to":
        return False
    return any(t.norm in _TO_TELLING for t in tokens[max(start - 4, 0) : start])


__all__ = ["told_leaders"]
