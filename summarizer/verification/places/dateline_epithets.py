"""A dateline and the epithet its lead clause gives the meeting's place (session 26,
places26; mended in review rvP), for :mod:`summarizer.verification.places.place_clauses` and the
dateline refusal (:func:`summarizer.verification.places.replaced_places.place_reading`).

"DOHA, Qatar - Negotiators resumed talks in the Qatari capital on Sunday": the lead clause's
meeting is "in / at the" epithet, which fits the dateline: a country's capital for "the
<people> capital", a city of the dateline's own country for "the <people> city / resort",
any city for "the city", "the town", "the port", "the city's", a place that is no country's
capital for "the resort", and a region the dateline itself names ("KANANASKIS, Alberta - ...
in the Alberta mountains"). Not (review rvP): an epithet that names its place after "of"
("BERLIN - ... in the Ukrainian city of Lviv", "the Black Sea resort of Sochi"), a people's
city of another country ("JERUSALEM - ... in the Egyptian city"), a region's resort under a
dateline that names no region ("ZURICH - ... at the Alpine resort", "CAIRO - ... at the Red
Sea resort": a capital is no resort). Known limit: a region the dateline names fits any of
its cities ("CALGARY, Alberta - ... in the Alberta mountains" is read as Calgary).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..occasions.occasion_places import clauses
from ..page.tokens import Token, tokenize, word_set
from .place_words import MAKING, MEETING_NOUNS, MET, PLACE_AT

# Epithets of a city ("the city", "the resort"), and of a capital ("the Qatari capital").
_CITY_EPITHETS = word_set("city resort town port")
_RESORT = "resort"
_CAPITAL = "capital"
_DASHES = ("-", "\u2013", "\u2014")


def _norm(name: str) -> str:
    return " ".join(t.norm for t in tokenize(name))


def _people_table(column: int) -> dict[str, frozenset[str]]:
    """A people's word ("qatari") to its country's names (column 0) or capitals (column 2),
    each as normalised words ("qatar", "doha")."""
    found: dict[str, set[str]] = {}
    for names in PARTIES.values():
        for word in names[1]:
            found.setdefault(word.lower(), set()).update(_norm(name) for name in names[column])
    return {word: frozenset(values) for word, values in found.items()}


#: A people's word to its country's capitals ("qatari" -> {"doha"}).
CAPITALS_OF = _people_table(2)
_COUNTRY_OF = _people_table(0)
_ANY_CAPITAL = frozenset().union(*CAPITALS_OF.values())


def dateline_epithet(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The index of the epithet noun when the place is the sentence's dateline and the lead
    clause puts its meeting "in / at the" epithet that fits it (see the module)."""
    after = start + size
    if after >= len(tokens) or not _line_start(tokens, start, text):
        return None
    body = next(
        (i for i in range(after, min(after + 8, len(tokens))) if dash_before(tokens, i, text)),
        None,
    )
    if body is None:
        return None
    spans = clauses(tokens, text)
    lead = next((span for span in spans if span[0] <= body < span[1]), None)
    if lead is None:
        return None
    place = " ".join(t.norm for t in tokens[start:after])
    rest = text[tokens[after - 1].end : tokens[body].start].split("(")[0].strip(" -\u2013\u2014")
    part = rest.startswith(",") and any(c.isalpha() for c in rest)  # "SHARM EL-SHEIKH, Egypt"
    met = False
    for index in range(body, lead[1]):
        norm = tokens[index].norm
        met = met or norm in MET or norm in MEETING_NOUNS or norm in MAKING
        if norm not in PLACE_AT or index + 2 >= lead[1] or tokens[index + 1].norm != "the":
            if norm in PLACE_AT and index + 1 < lead[1] and tokens[index + 1].capitalised:
                return None  # the lead clause names its own place
            continue
        dateline = {t.norm for t in tokens[start:body]}
        epithet = _fitting_epithet(tokens, index + 2, lead[1], place, dateline, part)
        if epithet is not None and (met or _met_after(tokens, epithet, lead[1])):
            return epithet
    return None


def _fitting_epithet(
    tokens: Sequence[Token], first: int, end: int, place: str, dateline: set[str], part: bool
) -> int | None:
    """The epithet noun of "the [region words] [people word] capital / city / resort / town /
    port" from ``tokens[first]``, when it fits the dateline's ``place`` (see the module); or
    of "the <words of the dateline> <noun>" ("KANANASKIS, Alberta - ... in the Alberta
    mountains"). ``dateline`` holds the dateline's words, ``part`` says it names a country
    or region after the place ("SHARM EL-SHEIKH, Egypt")."""
    named = first
    while named < end and tokens[named].capitalised and tokens[named].norm in dateline:
        named += 1
    regional = first < named < end and not tokens[named].capitalised
    if regional and tokens[named].norm != _CAPITAL:  # "the Alberta capital" is another city
        return named  # the region the dateline itself names
    noun = first
    while noun < end and tokens[noun].capitalised and tokens[noun].norm.lower() not in CAPITALS_OF:
        noun += 1  # "the Red Sea resort": the region's words
    region = noun > first
    people = tokens[noun].norm.lower() if noun < end else ""
    noun += people in CAPITALS_OF
    if noun >= end or not (tokens[noun].norm in _CITY_EPITHETS or tokens[noun].norm == _CAPITAL):
        return None
    if noun + 2 < end and tokens[noun + 1].norm == "of" and tokens[noun + 2].capitalised:
        return None  # "the Ukrainian city of Lviv": the place it names
    if tokens[noun].norm == _CAPITAL:
        return noun if place in CAPITALS_OF.get(people, _ANY_CAPITAL) else None
    if tokens[noun].norm == _RESORT and place in _ANY_CAPITAL:
        return None  # "CAIRO - ... at the Red Sea resort": a capital is no resort
    if people in CAPITALS_OF and place not in CAPITALS_OF[people]:
        countries = _COUNTRY_OF[people]
        if not any(set(country.split()) <= dateline for country in countries):
            return None  # "JERUSALEM - ... in the Egyptian city": another country's city
    return None if region and not part and people not in CAPITALS_OF else noun


def _met_after(tokens: Sequence[Token], epithet: int, end: int) -> bool:
    """A meeting word after the epithet in the lead clause ("in the Qatari capital for
    talks")."""
    return any(t.norm in MET | MEETING_NOUNS | MAKING for t in tokens[epithet:end])


def dash_before(tokens: Sequence[Token], index: int, text: str) -> bool:
    gap = text[tokens[index - 1].end : tokens[index].start]
    return any(f" {dash} " in gap or gap.strip() == dash for dash in _DASHES)


def _line_start(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The token opens a line of the article (a dateline after a headline the sentence took
    in)."""
    return tokens[start].start == 0 or text[tokens[start].start - 1] == "\n"


__all__ = ["CAPITALS_OF", "dash_before", "dateline_epithet"]
