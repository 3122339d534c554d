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
"""

from __future__ import annotations

from summarizer.verification.context import Context
from summarizer.verification.dateline_epithets import CAPITALS_OF
from summarizer.verification.tokens import tokenize, word_set

_CAPITAL = "capital"
_IN = word_set("in at inside across into through throughout over")
_PEOPLE_WORDS = 3  # "the South African capital", "the Central African capital"


def people_capital(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence writes "<in> the <people word> capital" for the people
    whose capital ``place`` is (see the module)."""
    wanted = " ".join(t.norm for t in tokenize(place))
    if not wanted:
        return False
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens):
            if token.norm != _CAPITAL or index < 3:
                continue
            if index + 2 < len(tokens) and tokens[index + 1].norm == "of":
                continue  # "the Ukrainian capital of Kyiv": the name itself is read
            for size in range(1, _PEOPLE_WORDS + 1):
                first = index - size
                if first < 2 or not all(t.capitalised for t in tokens[first:index]):
                    break
                people = " ".join(t.norm for t in tokens[first:index])
                if tokens[first - 1].norm != "the" or tokens[first - 2].norm not in _IN:
                    continue
                if wanted in CAPITALS_OF.get(people, frozenset()):
                    return True
    return False


__all__ = ["people_capital"]
