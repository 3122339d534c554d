"""A length that times a detention belongs to the detention, not to the truce of its sentence
(an outside check, session 18: "prisoners held for 30 days" under a truce's terms was read as
the truce's length), for a ceasefire's ``duration_days``
(:func:`summarizer.verification.counts.number_rules.support_number`).

The length is the detention's when "for" (or "for more than", "for at least", "for up to")
stands right before it and a verb of holding someone stands right before that: "held",
"jailed", "detained", "imprisoned", "kept", "locked up", "interned", "in custody"
("all detainees held for 60 days without charge", "journalists jailed for 14 days"). A truce
that is "held for 30 days" is no person: the verb must follow a noun of people held
("prisoners", "detainees", "journalists", "hostages", "anyone", "those", "who").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_FOR_SKIP = word_set("more than at least up to over some nearly almost about")
_HOLDING = word_set("held jailed detained imprisoned kept locked interned custody captive")
_SKIP_TO_PEOPLE = word_set("been being were was are is up in all any")
_PEOPLE = word_set(
    """prisoners prisoner detainees detainee journalists journalist hostages hostage captives
    civilians soldiers activists anyone those who people men women children inmates
    suspects fighters"""
)


def held_span(tokens: Sequence[Token], mention: NumberMention) -> str:
    """ "detention" when ``mention`` times a detention (see the module), else ""."""
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _FOR_SKIP:
        index -= 1
    if index < 1 or tokens[index].norm != "for":
        return ""
    index -= 1
    if tokens[index].norm in {"up", "in"}:  # "locked up for", "in custody for"
        index -= 1
    if index < 0 or tokens[index].norm not in _HOLDING:
        return ""
    index -= 1
    while index >= 0 and tokens[index].norm in _SKIP_TO_PEOPLE:
        index -= 1
    return "detention" if index >= 0 and tokens[index].norm in _PEOPLE else ""


__all__ = ["held_span"]
