"""The words an epithet is made of, shared by its readers: the classes of words that are one office,
party or standing ("leader" for a president, "lawmaker" for a senator), the heads an epithet ends
in, its modifiers, and the test of a word it may hold. Apart from
:mod:`summarizer.verification.quotes.epithets` so that
:mod:`summarizer.verification.quotes.office_ties` (a name's descriptions beyond its own phrase)
shares them without importing that module."""

from __future__ import annotations

from ..page.tokens import Token, word_set
from .names import TITLES

# Words that are one office, party or standing for this reading.
CLASSES = (
    word_set("leader president premier chancellor prime chief head king queen ruler"),
    word_set("lawmaker legislator senator sen representative rep congressman congresswoman mp"),
    word_set("democrat democratic d dem"),
    word_set("republican gop r"),
    word_set("diplomat envoy ambassador"),
    word_set("general gen"),
    word_set("former ex retired"),
)
HEADS = TITLES | word_set(
    """leader diplomat lawmaker legislator politician official officer negotiator general
    colonel commander activist economist lawyer judge mayor governor democrat republican
    conservative liberal socialist centrist nationalist veteran striker coach captain
    candidate incumbent challenger opposition mp host"""
)
MODIFIERS = word_set("former retired veteran longtime senior junior acting ex outgoing incoming")
_AGE = word_set("year old")


def class_of(word: str) -> frozenset[str]:
    """The words that are one office, party or standing with ``word`` (itself alone if none)."""
    return next((c for c in CLASSES if word in c), frozenset({word}))


def epithet_word(token: Token) -> bool:
    """A word an epithet may hold: a capitalised place or people, an office, a modifier,
    an age's pieces."""
    norm = token.norm
    return (
        token.capitalised
        or norm in HEADS
        or norm in MODIFIERS
        or norm in _AGE
        or token.is_number
        or any(norm in c for c in CLASSES)
    )


# What follows an opening epithet that is its sentence's subject ("The Serbian leader was").
OPENER_VERBS = word_set("was is were had has seemed sounded appeared remained looked struck")


__all__ = ["CLASSES", "HEADS", "MODIFIERS", "OPENER_VERBS", "class_of", "epithet_word"]
