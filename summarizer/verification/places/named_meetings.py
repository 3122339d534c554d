"""A meeting named by its place, for :func:`summarizer.verification.rules.support_place`
(outside checks 55 and 57, session 25).

News names a meeting by where it is held, the place standing before the meeting noun as its
modifier: "the Johannesburg G20 summit", "the Washington meeting of Armenia's and
Azerbaijan's leaders", "The Geneva talks on the U.S. peace plan". The older reading took only
"summit" right after the place ("the Budapest summit"); a group's name between or another
meeting noun left a correct place unconfirmed. A place is no modifier of where when it is a
country's name or people's word (what or whose the talks are: "the Iran nuclear
negotiations", "the Russian meeting"), a possessive ("the Kremlin's meeting"), or followed
by a lower-case word ("the Doha-brokered talks"); and a meeting named by one place in a
sentence that holds or plans a meeting in another is another occasion.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import POSSESSIVE_ENDINGS, Token, word_set
from ..people.party_names import named_at

_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)

# The meeting nouns a place may modify as the meeting's own name ("the Washington meeting").
_NAMED_MEETINGS = word_set("summit summits meeting meetings talks conference negotiations")
_NAMING = word_set("the this that")
_NAME_WORDS = 3


def modified_meeting(tokens: Sequence[Token], start: int, size: int) -> int | None:
    """The meeting noun a place modifies as its name, after a definite article, with up to
    ``_NAME_WORDS`` capitalised words or numbers of the group's name between ("the
    Johannesburg G20 summit", "the Washington meeting of the two leaders", "The Geneva talks
    on the plan"): a meeting called by its place is held there. Not a country's name or
    people's word ("the Ukraine talks", "the Iran nuclear negotiations", "the Russian
    meeting"): a country before a meeting noun is mostly what the talks are about or whose
    they are; nor a possessive ("the Kremlin's meeting"); nor a lower-case word between
    ("the Gaza peace summit", "the Doha-brokered talks"), nor a day or month ("the Geneva
    Monday meeting" is read by the day rules); nor in a sentence that holds or plans a
    meeting elsewhere (:func:`_meets_elsewhere`)."""
    if start < 1 or tokens[start - 1].norm not in _NAMING:
        return None
    if tokens[start + size - 1].text.endswith(POSSESSIVE_ENDINGS):
        return None  # "the Kremlin's meeting with the envoys": whose meeting, not where
    party = named_at(tokens, start)
    if party is not None and party[1] in ("name", "people") and party[2] >= size:
        return None
    index = start + size
    while (
        index < min(len(tokens), start + size + _NAME_WORDS)
        and tokens[index].norm not in _NAMED_MEETINGS
        and (tokens[index].capitalised or tokens[index].is_number)
        and tokens[index].norm not in _CALENDAR
    ):
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _NAMED_MEETINGS:
        return None
    return None if _meets_elsewhere(tokens, start, index) else index


_ELSEWHERE = word_set("in at for")
_SET_FOR = word_set(
    """summit summits talks meeting met held hosted gathered convened planned scheduled set due
    slated moved"""
)


def _meets_elsewhere(tokens: Sequence[Token], start: int, noun: int) -> bool:
    """The sentence holds or plans a meeting "in / at / for" another capitalised place than
    the named meeting's ("The summit was planned for Budapest, but the Alaska meeting went
    ahead"): the named meeting is then another occasion than the one the sentence places."""
    for at in range(1, len(tokens) - 1):
        if tokens[at].norm not in _ELSEWHERE or start - 1 <= at <= noun:
            continue
        name = at + 2 if tokens[at + 1].norm == "the" and at + 2 < len(tokens) else at + 1
        if not tokens[name].capitalised or tokens[name].norm in _CALENDAR:
            continue
        if any(t.norm in _SET_FOR for t in tokens[max(at - 2, 0) : at]):
            return True
    return False


__all__ = ["modified_meeting"]
