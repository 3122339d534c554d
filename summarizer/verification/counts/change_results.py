"""A rate that a later sentence of the evidence gives as the result of a change to the measure
("4 March: the additional duty was doubled to 20 per cent", after "an additional 10 per cent
tariff on all imports from China") is the measure's rate on its goods (an outside check,
session 23: check 48 refused 20 as "the evidence gives 10% on the measure's goods"), for
:func:`summarizer.verification.counts.target_rates.other_target_rate`.

The shape: a verb of changing a level (past, present, perfect or participle: "raised",
"increased", "hiked", "doubled", "tripled", "cut", "lowered", "reduced", "rose", "climbed",
"went up", "rising") within a few words before "to" and the rate; the rate names no goods of
its own (no "on", "for" or "against" and goods after it) and no such preposition stands in
its clause before it ("raised the duty on Vietnamese bikes to 25%" is another measure's
change), so the change is the measure's own, told without repeating its goods.

It stands aside (review s23d cr04, cr05, cr07, cr10) when the sentence before the rate tells
another party's change or one not made: a possessive of the changed level ("its own duty",
"increased its tariff", "their levy"), a reply ("retaliated", "in response", "followed suit",
"matched"), or a modal or a condition ("could be raised to", "may rise to", "if", "unless",
"threatened").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .rate_owners import goods_of

_CHANGES = word_set(
    """raised raise raises raising increased increase increases increasing hiked hike hikes
    hiking lifted lift lifts lifting doubled double doubles doubling tripled triple triples
    tripling quadrupled cut cuts cutting lowered lower lowers lowering reduced reduce reduces
    reducing trimmed halved slashed eased brought pushed bumped boosted rose rise rises rising
    risen climbed climb climbs climbing jumped jumps jumping went go goes going up grew grow
    grows growing increasing stepped moved fell falls falling dropped drops dropping adjusted
    revised"""
)
_GOODS_WORDS = word_set("on for against")
# Another party's change, or a change not made (see the module).
_ASIDE = word_set(
    """its their own retaliated retaliate retaliates retaliating retaliation retaliatory
    response reply responded suit matched mirrored reciprocated could would may might should
    can shall must if unless threatened threatens threaten warned proposed proposes plans"""
)
_BREAKS = ";:\u2013\u2014"
_REACH = 5
_DAYS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)


def _break(text: str, tokens: Sequence[Token], at: int) -> bool:
    return any(mark in text[tokens[at - 1].end : tokens[at].start] for mark in _BREAKS)


def changed_to(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether ``mention`` is the rate a change of the measure's own rate leads to (see the
    module)."""
    at = mention.first - 1
    if at < 1 or tokens[at].norm != "to":
        return False
    if not any(tokens[i].norm in _CHANGES for i in range(max(at - _REACH, 0), at)):
        return False
    if goods_of(tokens, mention, text):
        return False
    if _aside(tokens, mention, text):
        return False
    start = at
    while start > 0 and not any(
        b in text[tokens[start - 1].end : tokens[start].start] for b in _BREAKS
    ):
        start -= 1
    return not any(
        tokens[i].norm in _GOODS_WORDS and not _dated(tokens, i + 1) for i in range(start, at)
    )  # "On 4 March the duty was doubled to 20%": a day, no goods


def _aside(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether the rate's sentence, before it or in the few words after it, holds a word of
    another party's change or of a change not made (see the module)."""
    start = mention.first
    while start > 0 and not _sentence_break(text, tokens, start):
        start -= 1
    stop = mention.first
    while (
        stop + 1 < len(tokens)
        and stop < mention.first + 8
        and not _sentence_break(text, tokens, stop + 1)
    ):
        stop += 1
    return any(
        tokens[i].norm in _ASIDE
        and not (tokens[i].norm == "may" and text[tokens[i].start].isupper())
        for i in range(start, stop + 1)
    )  # "In May": the month, not the modal


def _sentence_break(text: str, tokens: Sequence[Token], at: int) -> bool:
    gap = text[tokens[at - 1].end : tokens[at].start]
    return "\n" in gap or (any(mark + " " in gap + " " for mark in ".!?") and gap.strip() != "")


def _dated(tokens: Sequence[Token], at: int) -> bool:
    return at < len(tokens) and (tokens[at].is_number or tokens[at].norm in _DAYS)


__all__ = ["changed_to"]
