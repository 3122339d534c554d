"""An event's place written as "the <people> capital" (session 27, check 59), for the ``site``
kind (:func:`sites.support_site`, through :func:`scene_places.here_site`).

News names a capital by its country's people word as often as by its name: "The signing in
the South African capital came a week after talks ... opened there", "Thousands marched
through the Kenyan capital". The evidence then holds no "Pretoria" and the site was "not
stated", though the party table (:data:`dateline_epithets.CAPITALS_OF`) says which city the
phrase is. Here the site is accepted when an evidence sentence writes "the <people word>
capital" after a preposition of being in a place ("in", "at", "inside", "across", "into",
"through", "throughout", "over") and the value is that people's capital.

Deliberately not accepted: another country's capital ("in the Ukrainian capital" for
Moscow); a city that is no capital ("the Saudi capital" for Jeddah); "the capital" with no
people word (the table cannot say whose; :mod:`epithet_places` reads it back to a place named
before); an epithet that names its own place ("the Libyan capital, Tripoli" is read by the
name itself, "the Ukrainian capital of Kyiv" likewise); and a capital the event is only
measured from or bound for: "from", "to", "toward", "near", "outside", "of" ("launched from
the Russian capital", "40 km south of the Libyan capital", "flights to the Qatari capital",
"a village outside the Ukrainian capital").

Review rvpl27: the phrase binds the place to the event only when its clause tells the event
as it happened there: not when the clause is another occasion's, a step not taken or a
saying's (:data:`dated_venues.OTHER_OCCASION`: "Fighting that began in the Sudanese capital
has spread to El Fasher", "after stopping in the Rwandan capital"), and not when another
clause of the sentence (or what is said there) puts an act at another named place ("Talks in
the Turkish capital collapsed, and the delegations signed in Istanbul", "Officials in the
Iraqi capital said the attack near Erbil ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from .dated_venues import OTHER_OCCASION, SAYING_WORDS
from .dateline_epithets import CAPITALS_OF

_CAPITAL = "capital"
_IN = word_set("in at inside across into through throughout over around within")
_PEOPLE_WORDS = 3  # "the South African capital", "the Central African capital"
_PLACE_PREPS = word_set("in at near to into on outside")
_CLAUSE_WORDS = word_set("and so but while whereas")
_DATES = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))


def _norm(name: str) -> str:
    return " ".join(t.norm for t in tokenize(name))


# A country's name to its capitals ("kenya" -> {"nairobi"}), for "through Kenya's capital".
_CAPITALS_BY_NAME: dict[str, frozenset[str]] = {
    _norm(name): frozenset(_norm(city) for city in names[2])
    for names in PARTIES.values()
    for name in names[0]
    if names[2]
}


def people_capital(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence writes "<in> the <people word> capital" for the people
    whose capital ``place`` is (see the module)."""
    wanted = " ".join(t.norm for t in tokenize(place))
    if not wanted:
        return False
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens):
            if token.norm != _CAPITAL or index < 2:
                continue
            if index + 2 < len(tokens) and tokens[index + 1].norm == "of":
                continue  # "the Ukrainian capital of Kyiv": the name itself is read
            prep = _epithet(tokens, index, wanted, text)
            if prep is not None and _bound(tokens, prep, text):
                return True
    return False


def _epithet(tokens: Sequence[Token], index: int, wanted: str, text: str) -> int | None:
    """Where the preposition of "<in> the <people word> capital" or "<in> <Country>'s
    capital" at ``tokens[index]`` stands, when that people's capital is ``wanted``."""
    for size in range(1, _PEOPLE_WORDS + 1):
        first = index - size
        if first < 1 or not all(t.capitalised for t in tokens[first:index]):
            return None
        words = " ".join(t.norm for t in tokens[first:index])
        owner = text[tokens[index - 1].start : tokens[index - 1].end]
        if owner.endswith(SINGULAR_POSSESSIVES):  # "marched through Kenya's capital"
            found = tokens[first - 1].norm in _IN and wanted in _CAPITALS_BY_NAME.get(words, ())
            if found:
                return first - 1
            continue
        if first < 2 or tokens[first - 1].norm != "the" or tokens[first - 2].norm not in _IN:
            continue
        if wanted in CAPITALS_OF.get(words, frozenset()):
            return first - 2
    return None


def _bound(tokens: Sequence[Token], prep: int, text: str) -> bool:
    """The epithet at ``tokens[prep]`` ("in the ... capital") is told in a clause of its own
    event: the clause holds no other occasion's word, and no other clause of the sentence
    puts an act at another capitalised place ("..., and they signed in Istanbul")."""
    first = prep
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    if not OTHER_OCCASION.isdisjoint(t.norm for t in tokens[first:prep]):
        return False
    crossed = False
    for index in range(prep + 1, len(tokens) - 1):
        crossed = crossed or clause_gap(tokens, index - 1, text)
        crossed = crossed or tokens[index].norm in _CLAUSE_WORDS | SAYING_WORDS
        after = tokens[index + 1]
        placed = tokens[index].norm in _PLACE_PREPS and after.capitalised
        if crossed and placed and after.norm not in _DATES and after.norm != "the":
            return False
    return True


__all__ = ["people_capital"]
