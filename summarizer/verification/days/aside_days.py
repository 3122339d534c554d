"""A day inside an aside about an earlier occasion (an outside check, check 41): "Their last
conversation, a video call on 15 November 2021 that lasted ...", "Their previous summit, held
in Lima on 12 April 2023, ended ...". The aside's head, before its comma, marks the occasion
as an earlier one ("last", "previous", "most recent"), so the day is that occasion's, not the
meeting's the fact is about.

:func:`earlier_aside` reads back from the day to the aside's comma in its clause, then up to
four words before that comma; it runs only for a meeting's day that another rule left open.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..occasions.occasion_days import EARLIER_WORDS
from ..page.tokens import Token, word_set

_EARLIER = EARLIER_WORDS | {"recent"}
_OCCASIONS = word_set(
    """meeting meetings summit summits talks call calls conversation conversations encounter
    contact contacts visit session round exchange"""
)
# A head opened by a preposition is a fronted phrase, not an aside's noun ("Following last
# week's Cairo talks, negotiators return to Doha on Monday").
_FRONTED = word_set("following after before since ahead at in during from despite unlike")
_REACH = 12


def earlier_aside(tokens: Sequence[Token], first: int, text: str) -> bool:
    """True when the day at ``tokens[first]`` stands in an aside whose head, just before the
    aside's comma, is an earlier occasion ("Their last summit, held in Lima on ...")."""
    for index in range(first - 1, max(first - _REACH, 0), -1):
        if tokens[index].norm in DAY_WORDS or clause_break(tokens, index, text):
            return False
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            head = [t.norm for t in tokens[max(index - 4, 0) : index]]
            return (
                not _EARLIER.isdisjoint(head)
                and not _OCCASIONS.isdisjoint(head)
                and not _fronted(tokens, index, text)
            )
    return False


def _fronted(tokens: Sequence[Token], comma: int, text: str) -> bool:
    """The words before the comma at ``tokens[comma]`` open with a preposition (back to the
    sentence's start or an earlier comma, within eight words)."""
    opening = max(comma - 8, 0)
    for index in range(comma - 1, opening, -1):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            opening = index
            break
    return tokens[opening].norm in _FRONTED
