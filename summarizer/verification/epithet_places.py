"""An event's place given by an epithet that points back to a place named just before (an
outside check, 53), for the ``site`` kind (:func:`sites.support_site`, through
:func:`scene_places.here_site`).

News names a place once and then calls it by what it is: "Israeli troops will pull back
from positions inside Gaza. Ninety-one hostages are still held in the enclave";
"Nagorno-Karabakh took the two neighbours to war twice. When Azerbaijan took the region back
in 2023, ...". The evidence sentence holds only the epithet, so the place was "not stated".
Here such a site is accepted when an evidence sentence writes "the" and an epithet noun of
a place ("enclave", "region", "strip", "capital", "city", ...), not followed by "of" ("the
region of Kherson" names its own place), and the nearest sentence before it (up to two
back) that names any place names the value *last*: the epithet points to the place named
most recently. A place named is the value itself, a country or capital of the parties table
(not a people's adjective: "Israeli troops"), or a capitalised word that is no month or
weekday after a preposition of place ("from Rafah", "inside Gaza", "in northern Gaza") or
right after a verb of taking or striking ("besieged El Fasher", "hit Kharkiv").

Deliberately not accepted: a value the sentences before do not name; a value named before
another place that comes later ("... from Gaza toward the border with Egypt. ... in the
enclave" does not give Gaza: the nearest place is Egypt); an epithet with a name of its own
("the Kherson region", "the region of Kherson"); a dateline before it ("LVIV, Ukraine -
Officials here said drones hit the city's outskirts"): where the story was filed, which the
dateline rules read. A place the parties table knows must fit
the epithet: a capital is "the capital", "the city" or "the town", a country "the country",
"the republic", "the kingdom", "the emirate", "the island" or "the peninsula"; a place it
does not know is anything but a country or "the capital". A place that does not fit is
passed over ("in Doha. ... across the strip" looks further back). Known limit: places the
table does not know are not told apart by kind ("the enclave" after a sentence ending on a
town is taken for that town); a gazetteer would be needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from summarizer.verification.context import Context
from summarizer.verification.names import find_phrase
from summarizer.verification.party_names import named_at
from summarizer.verification.tokens import Token, tokenize, word_set

_EPITHETS = word_set(
    """enclave strip territory region province capital city town village peninsula island
    country republic kingdom emirate"""
)
_LOCATIVE = word_set(
    """in inside into across from near at outside toward towards around through throughout
    to over"""
)
_DIRECTIONS = word_set("northern southern eastern western central north south east west")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Verbs whose object is a place taken or struck ("hit Kharkiv"); "-ed" verbs count too.
_TAKING = word_set("hit struck took seized overran captured shelled bombed left")
_PLACE_KINDS = frozenset({"name", "capital"})
_BACK = 2
# What each kind of place the parties table knows may be called: a capital is no enclave and
# a country no city ("Hamas accepted the terms in Doha. The truce took hold across the strip"
# does not point to Doha). A place the table does not know may be anything but these.
_NATIONS = word_set("country republic kingdom emirate")
_FITS = {
    "capital": word_set("capital city town"),
    "name": _NATIONS | word_set("island peninsula"),
}
_UNKNOWN = _EPITHETS - _NATIONS - word_set("capital")


def _epithets(tokens: Sequence[Token]) -> list[str]:
    """The epithet nouns the sentence writes as "the <epithet>", with no "of" after them."""
    return [
        token.norm
        for index, token in enumerate(tokens)
        if token.norm in _EPITHETS
        and index
        and tokens[index - 1].norm == "the"
        and not (index + 1 < len(tokens) and tokens[index + 1].norm == "of")
    ]


def _kind(tokens: Sequence[Token], index: int) -> str | None:
    party = named_at(tokens, index)
    return party[1] if party is not None and party[1] in _PLACE_KINDS else None


def _places(tokens: Sequence[Token], place: str, epithet: str) -> list[tuple[int, bool]]:
    """(index, is the value) of each place the sentence names that ``epithet`` may stand
    for, left to right."""
    size = len(tokenize(place))
    starts = find_phrase(place, tokens)
    own = {i for start in starts for i in range(start, start + size)}
    found = [(start, True) for start in starts if _fits(epithet, _kind(tokens, start))]
    for index in range(len(tokens)):
        if index in own:
            continue
        kind = _kind(tokens, index)
        if (kind is not None or _governed(tokens, index)) and _fits(epithet, kind):
            found.append((index, False))
    return sorted(found)


def _governed(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word that is no calendar word, after a preposition of place (over a
    direction: "in northern Gaza") or a verb of taking or striking ("besieged El Fasher")."""
    token = tokens[index]
    if not token.capitalised or token.norm in _CALENDAR or index == 0:
        return False
    before = index - 1
    if tokens[before].norm in _DIRECTIONS and before:
        before -= 1
    norm = tokens[before].norm
    return norm in _LOCATIVE or (
        before == index - 1 and (norm in _TAKING or (norm.endswith("ed") and len(norm) > 4))
    )


def _fits(epithet: str, kind: str | None) -> bool:
    return epithet in (_FITS[kind] if kind is not None else _UNKNOWN)


_DATELINE_MARKS = (",", "(", "-", "\u2013", "\u2014")


def _dateline(tokens: Sequence[Token], text: str) -> bool:
    """The sentence opens with a word in capitals and a comma, bracket or dash after it."""
    if len(tokens) < 2 or not tokens[0].text.isupper() or len(tokens[0].text) < 2:
        return False
    return text[tokens[0].end : tokens[1].start].strip().startswith(_DATELINE_MARKS)


def epithet_place(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence's epithet ("the enclave") points back to ``place`` (see
    the module)."""
    article = ctx.article
    for index in ctx.sentences:
        for epithet in _epithets(article.sentence_tokens(index)):
            for back in range(index - 1, max(index - 1 - _BACK, -1), -1):
                tokens = article.sentence_tokens(back)
                if _dateline(tokens, article.text):
                    break  # "LVIV, Ukraine (Wire) -": where the story was filed
                named = _places(tokens, place, epithet)
                if named:
                    if named[-1][1]:
                        return True
                    break
    return False


__all__ = ["epithet_place"]
