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
passed over ("in Doha. ... across the strip" looks further back).

Review rvF (session 25) closed three ways a wrong place got through: an epithet about its own
sentence's place ("a missile attack on Al Udeid Air Base in Qatar, the biggest U.S. base in
the region" gave Natanz of the sentence before) is not read (:func:`_own_place`); a place
listed after another ("struck Fordow, Natanz and Isfahan"), a possessive local name
("Kiryat Shmona's mayor") and an origin after "from" or a launch site are weighed so that
only the place truly named last passes; and a nearer sentence that opens on a name
("Kharkiv was shelled again") is not looked past (:func:`_maybe_place`). Known limit: places the
table does not know are not told apart by kind ("the enclave" after a sentence ending on a
town is taken for that town); a gazetteer would be needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, STOPWORDS, WEEKDAYS
from ..context import Context
from ..page.possessives import is_possessive
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_phrase
from ..people.party_names import named_at
from .launch_sites import launch_site

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
_AND = word_set("and or")
_SAYING = word_set("said says reported reports told added wrote claimed")
_REGIONS = word_set("oblast region province governorate county state district")
# What a place's own people, offices and buildings are called ("Kiryat Shmona's mayor").
_LOCALS = word_set(
    """mayor governor council residents hospital hospitals streets port airport outskirts
    centre center suburbs municipality police"""
)
# Verbs after a sentence's opening name that may make it a place's ("Kharkiv was shelled").
_STATES = word_set("was is became remains remained lies lay")
# A place the evidence sentence governs itself before its epithet ("a missile attack on Al
# Udeid Air Base in Qatar, the biggest U.S. base in the region"): "on" counts too.
_OWN_LOCATIVE = word_set("on against")
_ARTICLES = word_set("a an the")
_AREA = word_set("in across throughout of for near")
_NOT_VERBS = word_set("during morning evening including according citing quoting")
_ATTACKS = word_set(
    """attack attacks strike strikes raid raids assault bombing shelling barrage fire
    offensive advance march fell hit struck rained"""
)
_POSTING = word_set("posted reported announced confirmed stated wrote")
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


def _epithets(tokens: Sequence[Token]) -> list[tuple[int, str]]:
    """(index, noun) of each epithet noun the sentence writes as "the <epithet>", with no
    "of" after it."""
    return [
        (index, token.norm)
        for index, token in enumerate(tokens)
        if token.norm in _EPITHETS
        and index
        and tokens[index - 1].norm == "the"
        and not (index + 1 < len(tokens) and tokens[index + 1].norm == "of")
    ]


def _kind(tokens: Sequence[Token], index: int) -> str | None:
    party = named_at(tokens, index)
    return party[1] if party is not None and party[1] in _PLACE_KINDS else None


def _places(tokens: Sequence[Token], place: str, epithet: str, text: str) -> list[tuple[int, bool]]:
    """(index, is the value) of each place the sentence names that ``epithet`` may stand
    for, left to right: the value, a place of the parties table, a governed name
    (:func:`_governed`), a name listed after one of these ("struck Fordow, Natanz and
    Isfahan": Isfahan is named last), and a name whose local people or body follow it
    ("Kiryat Shmona's mayor"). A place after "from" once another was named ("flew back to
    Kyiv from Washington", "set out for Gaza from El Arish") is an origin, not counted."""
    size = len(tokenize(place))
    starts = find_phrase(place, tokens)
    own = {i for start in starts for i in range(start, start + size)}
    named = set(own)
    found = [
        (start, not launch_site(tokens, start, size))
        for start in starts
        if _fits(epithet, _kind(tokens, start))
    ]
    for index in range(len(tokens)):
        if index in own:
            continue
        kind = _kind(tokens, index)
        if kind is None and not (
            _governed(tokens, index)
            or _local(tokens, index, text)
            or _listed(tokens, index, named, text)
        ):
            continue
        named.update(_run(tokens, index, text))
        if _fits(epithet, kind):
            found.append((index, False))
    found.sort()
    first = found[0][0] if found else len(tokens)
    return [
        (index, value) for index, value in found if index == first or not _origin(tokens, index)
    ] or found[:1]


def _run(tokens: Sequence[Token], index: int, text: str) -> range:
    """The capitalised words of one name from ``index`` on ("El Fasher")."""
    end = index + 1
    while (
        end < len(tokens) and tokens[end].capitalised and not is_possessive(tokens[end - 1], text)
    ):
        end += 1
    return range(index, end)


def _listed(tokens: Sequence[Token], index: int, named: set[int], text: str) -> bool:
    """A capitalised word listed after a place already named: after "and" / "or" or a comma
    right behind it ("Fordow, Natanz and Isfahan"). Not a title, a party the table knows, a
    source before its verb of saying ("Kherson, Reuters reported") or a region after a comma
    ("Kramatorsk, Donetsk Oblast")."""
    token = tokens[index]
    if not token.capitalised or token.norm in _CALENDAR or index < 2:
        return False
    if token.norm in TITLES or named_at(tokens, index) is not None:
        return False  # "struck Odesa, Governor Oleh Kiper said"; "hit Sderot and Hamas ..."
    run = _run(tokens, index, text)
    if run.stop < len(tokens) and tokens[run.stop].norm in _SAYING:
        return False  # "hit Kherson, Reuters reported": a source, not a place
    previous = index - 2 if tokens[index - 1].norm == "then" else index - 1
    if tokens[previous].norm in _AND:  # "Kingston and then Montego Bay"
        return previous - 1 in named
    gap = text[tokens[index - 1].end : token.start]
    if tokens[run.stop - 1].norm in _REGIONS:
        return False  # "Kramatorsk, Donetsk Oblast": where the place lies
    return index - 1 in named and "," in gap


def _local(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A possessive name whose local office, people or building follows ("Kiryat Shmona's
    mayor", "Rafah's main hospital"): a place the preposition test misses."""
    token = tokens[index]
    if not token.capitalised or token.norm in _CALENDAR:
        return False
    if is_possessive(token, text):
        rest = [t.norm for t in tokens[index + 1 : index + 3]]
        return any(word in _LOCALS for word in rest)
    return False


def _origin(tokens: Sequence[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].norm == "from"


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


def _own_place(tokens: Sequence[Token], epithet: int, place: str, text: str) -> bool:
    """The evidence sentence names a place of its own before its epithet, which is then
    about that place or a wider area around it ("missiles fired at Al Udeid Air Base in
    Qatar, the biggest U.S. base in the region"; "hit Eilat, the southernmost city in the
    country"; "Al Udeid, the largest base in the region, was targeted"): the event's place is
    that one, and the epithet no pointer back to the sentences before. A place of its own is
    a capitalised word (no calendar word, none of the value's) governed as the module says,
    after "on" or "against" or a verb in "-ing" ("targeting Al Udeid"), or set before an
    apposition (a comma and "a / an / the") when the epithet is a place within ("in the
    region"): not "Zelensky, the country's president, said"."""
    own = {t.norm for t in tokenize(place)}
    in_area = epithet >= 2 and tokens[epithet - 2].norm in _AREA  # "... in the region"
    for index in range(epithet):
        token = tokens[index]
        if not token.capitalised or token.norm in own or token.norm in _CALENDAR:
            continue
        if _governed(tokens, index):
            return True
        before = tokens[index - 1].norm if index else ""
        if before in _OWN_LOCATIVE and _struck_on(tokens, index - 1):
            return True  # "a missile attack on Al Udeid", "retaliated against Al Udeid"
        if before.endswith("ing") and len(before) > 5 and before not in _NOT_VERBS:
            return True
        after = index + 1
        apposition = after < epithet and tokens[after].norm in _ARTICLES and in_area
        comma = apposition and "," in text[token.end : tokens[after].start]
        if comma and _kind(tokens, index) != "people":
            return True
    return False


def _struck_on(tokens: Sequence[Token], at: int) -> bool:
    """The "on / against" at ``at`` follows a word of attack or a verb in "-ed" that is no
    word of saying: "a missile attack on Al Udeid", "fell on Kramatorsk", "retaliated against
    Al Udeid"; not "said on Telegram", "protests against Putin"."""
    if at < 1:
        return False
    norm = tokens[at - 1].norm
    return norm in _ATTACKS or (norm.endswith("ed") and norm not in _POSTING)


def _maybe_place(tokens: Sequence[Token]) -> bool:
    """A sentence with no place found may still name one the tests miss, and is then no
    sentence to look past: a name it opens with before another capitalised word ("Kiryat
    Shmona's mayor"; not a title: "Mayor Vitali Klitschko said") or before a singular "was",
    "became" or such ("Kharkiv was shelled again", "Rafah became the last refuge"). Such an
    opener may be a common word ("Damage was extensive"): the cost is a flag, not a wrong
    place let through."""
    if len(tokens) < 2 or not tokens[0].capitalised:
        return False
    first, second = tokens[0], tokens[1]
    if first.norm in STOPWORDS or first.norm in TITLES or first.norm in _LOCALS:
        return False
    if named_at(tokens, 0) is not None:
        return False  # "Ukrainian Railways said": a party's word, a body of it
    if second.norm in _STATES:
        return True
    return second.capitalised and second.norm not in _CALENDAR and not second.joined


def epithet_place(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence's epithet ("the enclave") points back to ``place`` (see
    the module)."""
    article = ctx.article
    for index in ctx.sentences:
        tokens = article.sentence_tokens(index)
        for at, epithet in _epithets(tokens):
            if _own_place(tokens, at, place, article.text):
                continue  # "in Qatar, the biggest U.S. base in the region"
            for back in range(index - 1, max(index - 1 - _BACK, -1), -1):
                before = article.sentence_tokens(back)
                if _dateline(before, article.text):
                    break  # "LVIV, Ukraine (Wire) -": where the story was filed
                named = _places(before, place, epithet, article.text)
                if named:
                    if named[-1][1]:
                        return True
                    break
                if _maybe_place(before):
                    break
    return False


__all__ = ["epithet_place"]
