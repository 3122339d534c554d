"""Roles worded other ways (an outside check, session 16):

- the owner of a measure is its sponsor: "U.S. President Donald Trump's tariffs on Canadian
  goods came into force", "the EU's new sanctions", "Ottawa's counter-tariffs" (a possessive
  right before the measure noun, over at most two words that qualify it); not the owner of
  something else ("Trump's critics", "Ford's reply to the tariffs", "Trump's tariff threat")
  nor of a named law ("a bill to repeal Trump's Tariff Act");
- "X ... was the one who announced the deal" (or "X chaired; he was the one who") makes X
  the announcer, when no other name stands between X and "the one who" (:mod:`announcers`).

A duty raised ("Trump raised the extra duty") names its sponsor through the measure verbs
(:func:`news_wordings.raised_duty`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set

_MEASURES = word_set(
    """tariff tariffs duty duties levy levies surcharge surcharges sanctions sanction embargo
    ban bans countermeasures measures package order decree bill"""
)
_JOINED_MEASURES = word_set("tariff tariffs duties levies measures sanctions")  # "counter-"
# Nouns after a measure noun that make it a modifier of something else ("tariff threat").
_NOT_MEASURE = word_set(
    """threat threats plan plans proposal proposals talk talks war dispute row policy policies
    regime critics demand demands list"""
)
_QUALIFYING = word_set(
    """new latest fresh extra additional sweeping punitive retaliatory steel aluminium
    aluminum import export counter own first second third 12th 13th 14th per cent percent"""
)


def owns_measure(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether the name ending at ``tokens[last]`` is a possessive of a measure noun (see the
    module)."""
    if not is_possessive(tokens[last], text):
        return False
    for index in range(last + 1, min(last + 6, len(tokens))):
        token = tokens[index]
        if token.norm in _MEASURES:
            if token.capitalised:
                return False  # "Trump's Tariff Act": a law's name, which a bill may act on
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return following not in _NOT_MEASURE
        if not (token.norm in _QUALIFYING or token.is_number or token.joined):
            return False
    return False


_ONE_WHO = ("the", "one", "who")
_ANNOUNCING = word_set(
    "announced declared proclaimed unveiled read revealed disclosed confirmed broke made"
)
_PRONOUNS = word_set("he she they it")
_PLACES_BEFORE = word_set("in at from to of on near")


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.replace(".", "").isupper()  # "the AU envoy"


def one_who_announced(tokens: Sequence[Token], last: int) -> bool:
    """ "Lavrov chaired the talks and was the one who announced the deal": "was the one who"
    and a verb of announcing after the name, with no other name between (a capitalised word
    after a preposition is a place: "the talks in Moscow"; an acronym is an office: "the AU
    envoy")."""
    norms = [t.norm for t in tokens]
    for index in range(last + 1, len(tokens) - 4):
        if tuple(norms[index + 1 : index + 4]) != _ONE_WHO or norms[index] not in ("was", "is"):
            continue
        if norms[index + 4] not in _ANNOUNCING:
            continue
        between = range(last + 1, index)
        return not any(
            (
                tokens[i].capitalised
                and norms[i - 1] not in _PLACES_BEFORE
                and not _acronym(tokens[i])
            )
            or (norms[i] in _PRONOUNS and i != index - 1)
            for i in between
        )
    return False


__all__ = ["one_who_announced", "owns_measure"]
