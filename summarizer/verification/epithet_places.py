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
(not a people's adjective: "Israeli troops"), or a capitalised word after a preposition of
place ("from Rafah", "inside Gaza").

Deliberately not accepted: a value the sentences before do not name; a value named before
another place that comes later ("... from Gaza toward the border with Egypt. ... in the
enclave" does not give Gaza: the nearest place is Egypt); an epithet with a name of its own
("the Kherson region", "the region of Kherson"). A place the parties table knows must fit
the epithet: a capital is "the capital", "the city" or "the town", a country "the country",
"the republic", "the kingdom", "the emirate", "the island" or "the peninsula"; a place it
does not know is anything but a country or "the capital". A place that does not fit is
passed over ("in Doha. ... across the strip" looks further back). Known limit: places the
table does not know are not told apart by kind ("the enclave" after a sentence ending on a
town is taken for that town); a gazetteer would be needed.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    for index, token in enumerate(tokens):
        if index in own:
            continue
        kind = _kind(tokens, index)
        governed = token.capitalised and index and tokens[index - 1].norm in _LOCATIVE
        if (kind is not None or governed) and _fits(epithet, kind):
            found.append((index, False))
    return sorted(found)


def _fits(epithet: str, kind: str | None) -> bool:
    return epithet in (_FITS[kind] if kind is not None else _UNKNOWN)


def epithet_place(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence's epithet ("the enclave") points back to ``place`` (see
    the module)."""
    article = ctx.article
    for index in ctx.sentences:
        for epithet in _epithets(article.sentence_tokens(index)):
            for back in range(index - 1, max(index - 1 - _BACK, -1), -1):
                named = _places(article.sentence_tokens(back), place, epithet)
                if named:
                    if named[-1][1]:
                        return True
                    break
    return False


__all__ = ["epithet_place"]
