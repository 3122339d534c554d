"""A rate's goods written before it (an outside check, session 16: "raised tariffs on cars to
120% and on alcohol to 140%" gave the cars' tariff as 140): the goods after "on" or "for"
that a rise, a cut or a level brings "to" or keeps "at" the rate, for
:func:`summarizer.verification.counts.rate_owners.goods_of`.

Read back from the rate: "to" or "at" right before it (over "up": "go up to"), then, in its
clause (no comma, number or clause word crossed), up to six words back to "on" or "for"; the
goods are the words after that "on" up to the first verb or function word ("tariffs on cars
rose to 120%", "that on wheat rose to 150 percent", "the one on onions to 135%", "and on
alcohol to 140%", "the levy on garlic at 360%"). A day or a month after "on" ("on Monday")
is no goods. :mod:`rate_owners` reads the goods written after a rate ("25% for steel") and
stops that reading at "and", "while" or "but", whose next "on" is the next rate's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, clause_gap, word_set

_LEVELS = word_set("to at reached reach reaches hit hits")
_UPS = word_set("up down")
_LEADS = word_set("on for")
_CLAUSE_WORDS = word_set("and while whereas but although")
# Words that end the goods: a verb of change or level, an auxiliary, a function word.
_ENDS = word_set(
    """rose rise rises rising raised raise raises go goes going went gone climb climbs climbed
    jump jumps jumped increase increased increases fell fall falls cut cuts lowered lower
    lowers reduced reduce reduces kept keep keeps stay stays stayed remain remains remained
    stand stands stood set sets will would be is are was were has have had from to at by
    in of the a an"""
)
_CALENDAR = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
_BACK = 6  # words between the goods' "on" and the rate's "to"


def leading_goods(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[Token]:
    """The goods written before the rate (see the module), or none."""
    index = mention.first - 1
    if index < 1 or tokens[index].norm not in _LEVELS:
        return []
    if tokens[index - 1].norm in _UPS:
        index -= 1
    for position in range(index - 1, max(index - 1 - _BACK, -1), -1):
        token = tokens[position]
        if token.is_number or clause_gap(tokens, position, text):
            return []
        if token.norm in _CLAUSE_WORDS:
            return []
        if token.norm in _LEADS:
            goods: list[Token] = []
            for following in tokens[position + 1 : index]:
                if following.norm in _ENDS or following.is_number:
                    break
                goods.append(following)
            if any(t.norm in _CALENDAR for t in goods):
                return []
            return goods
    return []


__all__ = ["leading_goods"]
