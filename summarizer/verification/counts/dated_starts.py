"""A rate that a sentence dates as the one in force now, before a change still to come ("a
10 per cent tariff now, rising to 25 per cent on 1 January"; "duties of 8% initially and 20%
from July"), is the measure's rate for its time (an outside check, session 23: check 48 read
10 as "the value a change starts from"), for a measure's tariff rate
(:func:`summarizer.verification.counts.number_rules.support_number`).

:mod:`number_occasions` refuses the number a change starts from ("the 10 percent rate was
raised to 25 percent"), and :mod:`pending_rates` keeps it for a current measure when the
change is foreseen. This module reads the time the sentence gives the starting rate itself:
the rate, its unit and rate noun, then a word or phrase of the present or of a start ("now",
"currently", "initially", "immediately", "today", "at first", "for now", "to begin with", "at
the outset", "this year", "in the first year") closed by a comma, a dash, a semicolon or a
joining word ("and", "then", "but", "before"), and no verb of a change already made ("was
raised", "rose", "has climbed") before the new rate. A marker that opens a verb ("now rises
to", "now stands at") or dates an end ("until now", "so far") is no such time.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .pending_rates import foreseen_change

_UNITS = frozenset({"%", *word_set("percent per cent pct pc percentage point points")})
_NOUNS = word_set(
    """rate rates tariff tariffs duty duties levy levies tax taxes surcharge surcharges surtax
    surtaxes charge charges fee fees"""
)
_SINGLE = word_set("now currently initially immediately today presently first")
# Two- and three-word markers, as the tokens' norms.
_PHRASES = (
    ("at", "first"), ("for", "now"), ("to", "begin", "with"), ("to", "start", "with"),
    ("at", "the", "outset"), ("at", "the", "start"), ("this", "year"),
    ("for", "the", "time", "being"),
    ("in", "the", "first", "year"), ("for", "the", "first", "year"), ("at", "present"),
    ("for", "the", "moment"),
)  # fmt: skip
_JOINS = word_set("and then but before rising climbing increasing going moving stepping")
_MADE = word_set(
    """was were has have had been raised increased hiked lifted doubled tripled lowered reduced
    rose climbed jumped soared slashed halved cut went grew"""
)
_REACH = 8


def _marker(tokens: Sequence[Token], at: int) -> int:
    """The index after a time marker starting at ``at``, or -1."""
    if at < len(tokens) and tokens[at].norm in _SINGLE:
        return at + 1
    for phrase in _PHRASES:
        words = tuple(t.norm for t in tokens[at : at + len(phrase)])
        if words == phrase:
            return at + len(phrase)
    return -1


def dated_start(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether ``mention`` is a rate the sentence dates as now or as the start (see the
    module), before a change still to come."""
    at = mention.last + 1
    while at < len(tokens) and tokens[at].norm in _UNITS:
        at += 1
    if at < len(tokens) and tokens[at].norm in _NOUNS:
        at += 1
    end = _marker(tokens, at)
    if end < 0 or end >= len(tokens):
        return False
    gap = text[tokens[end - 1].end : tokens[end].start]
    if not any(mark in gap for mark in ",;\u2013\u2014") and tokens[end].norm not in _JOINS:
        return False  # "now rises to 25%": "now" is the change's
    return not any(t.norm in _MADE for t in tokens[end : end + _REACH])


def kept_start(
    tokens: Sequence[Token], mention: NumberMention, text: str, fact: object
) -> bool:  # fmt: skip
    """Whether a rate a change starts from is still the measure's rate: the change is
    foreseen (:func:`pending_rates.foreseen_change`) or the rate is dated now (see the
    module)."""
    return foreseen_change(tokens, mention, fact) or dated_start(tokens, mention, text)


__all__ = ["dated_start", "kept_start"]
