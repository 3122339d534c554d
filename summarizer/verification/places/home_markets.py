"""A country or region named by its people's adjective on the people or market the event is
about, for an event's site (session 47, wide47w).

Statistics, prices and sales news seldom writes where in so many words: "Italian women had
1.18 children on average in 2024", "British shoppers paid 17.2% more", "About 80% of American
buyers picked the bundle", "3,315 North American screens", "BYD's European sales". A labeller
writes the country or region ("Italy", "UK", "United States", "North America", "Europe"), and
a fact-checker takes it: the people who live there, or the market there, is what the event
counts.

Read for a value that is a country of :data:`summarizer.text.countries.PARTIES` (its people's
adjectives) or a region whose adjective adds "n" or "an" ("America", "Africa", "Europe"), when
an evidence sentence writes that adjective right before a noun for residents or a home market
(:data:`HOME_NOUNS`), and that sentence names no other country, capital or place after "in",
"at" or "near" ("Italian women detained in Iran" is not about Italy). Not read for a person's
role or an army's gear ("the Italian minister", "Ukrainian drones hit Moscow"), nor for
travellers, who are counted where they went ("Italian tourists"). Review rv47w: nor for
nationals away ("stranded abroad", "stuck at sea", "at the Polish border", "flocked to
Lugano"), nor people hurt or killed (a strike's or casualties' site is where they were hurt),
nor an adjective after a region's qualifier ("Latin American", "Northern Irish") or after
another people's on a home noun ("Spanish women had fewer children than Italian women").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from summarizer.text.countries import PARTIES
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..context import HARM_KINDS, Context, fact_kind
from ..page.tokens import Token, tokenize, word_set

HOME_NOUNS = word_set(
    """women men mothers fathers couples families households residents voters shoppers consumers
    buyers customers homeowners renters motorists drivers taxpayers savers borrowers
    population births deaths marriages market markets sales prices economy lottery screens
    cinemas stores shops retail preorders orders homes"""
)
_PLACING = word_set("in at near to into across off")
# Review rv47w: nationals away from home ("stranded abroad", "stuck at sea"), a qualifier that
# makes the adjective another region's ("Latin American", "Northern Irish"), and events told
# of people where they were hurt ("Three French men were killed in the avalanche").
_AWAY = word_set("abroad overseas offshore sea")
_QUALIFIERS = word_set("latin north south east west northern southern eastern western central")
_ARTICLES = word_set("the a an")
_CALENDAR = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS)


@lru_cache(maxsize=256)
def _adjectives(place: str) -> frozenset[tuple[str, ...]]:
    """The people's adjectives (as word tuples) of the country or region ``place`` names."""
    wanted = tuple(t.norm for t in tokenize(place))
    found: set[tuple[str, ...]] = set()
    for names, people, _capitals, _seats in PARTIES.values():
        if wanted in {tuple(t.norm for t in tokenize(name)) for name in names}:
            found.update(tuple(t.norm for t in tokenize(word)) for word in people)
    if wanted and not found:
        last = wanted[-1]
        if last.endswith("a"):
            found.add((*wanted[:-1], last + "n"))  # "North America": "North American"
        elif last.endswith("e"):
            found.add((*wanted[:-1], last + "an"))  # "Europe": "European"
    return frozenset(found)


@lru_cache(maxsize=256)
def _own_words(place: str) -> frozenset[str]:
    """The words of ``place``, its people's adjectives and its capitals ("ROME, 31 March -
    Italian women ..." names Italy's own capital)."""
    wanted = tuple(t.norm for t in tokenize(place))
    words = set(wanted) | {word for words in _adjectives(place) for word in words}
    for names, _people, capitals, _seats in PARTIES.values():
        if wanted in {tuple(t.norm for t in tokenize(name)) for name in names}:
            words.update(t.norm for capital in capitals for t in tokenize(capital))
    return frozenset(words)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """First words of every country name and capital in the table."""
    words: set[str] = set()
    for names, _people, capitals, _seats in PARTIES.values():
        for name in (*names, *capitals):
            tokens = [t for t in tokenize(name) if t.norm != "the"]  # "The Hague"
            if tokens:
                words.add(tokens[0].norm)
    return frozenset(words - _CALENDAR)


def home_market(place: str, ctx: Context) -> bool:
    """Whether an evidence sentence writes ``place``'s people adjective before a home noun,
    with no other place named in that sentence (see the module)."""
    adjectives = _adjectives(place)
    if not adjectives or fact_kind(ctx) in HARM_KINDS:
        return False
    own = _own_words(place)
    for tokens in ctx.sentence_tokens():
        at = _adjective_on_home(tokens, adjectives)
        if at is None or _other_place(tokens, own) or _other_people(tokens, at, own):
            continue
        if _AWAY.isdisjoint(t.norm for t in tokens):
            return True
    return False


def _adjective_on_home(
    tokens: Sequence[Token], adjectives: frozenset[tuple[str, ...]]
) -> int | None:
    """Where the first adjective of ``adjectives`` on a home noun starts, or None (not after a
    qualifier: "Latin American buyers" are not the United States')."""
    norms = [t.norm for t in tokens]
    found: list[int] = []
    for words in adjectives:
        size = len(words)
        for start in range(len(norms) - size):
            if tuple(norms[start : start + size]) != words or not tokens[start].capitalised:
                continue
            if start and norms[start - 1] in _QUALIFIERS and tokens[start - 1].capitalised:
                continue
            if norms[start + size] in HOME_NOUNS:
                found.append(start)
    return min(found) if found else None


def _other_people(tokens: Sequence[Token], at: int, own: frozenset[str]) -> bool:
    """Whether another people's adjective on a home noun comes before the value's ("Spanish
    women had fewer children than Italian women": Spain's, not Italy's; review rv47w)."""
    for index in range(at):
        token = tokens[index]
        if not token.capitalised or token.norm in own or token.norm not in _people_words():
            continue
        if index + 1 < len(tokens) and tokens[index + 1].norm in HOME_NOUNS:
            return True
    return False


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    """Every one-word people's adjective in the table ("Spanish", "Polish")."""
    words: set[str] = set()
    for _names, people, _capitals, _seats in PARTIES.values():
        for word in people:
            tokens = tokenize(word)
            if len(tokens) == 1:
                words.add(tokens[0].norm)
    return frozenset(words)


def _other_place(tokens: Sequence[Token], own: frozenset[str]) -> bool:
    """Whether the sentence names a country or capital other than the value's, or a
    capitalised place after "in", "at" or "near" that is not the value's."""
    for index, token in enumerate(tokens):
        if not token.capitalised or token.norm in own:
            continue
        if token.norm in _CALENDAR:
            continue  # "in March"
        if token.norm in _place_words() or (index and tokens[index - 1].norm in _PLACING):
            return True
        if index > 1 and tokens[index - 1].norm in _ARTICLES and tokens[index - 2].norm in _PLACING:
            return True  # "at the Polish border", "at the Dubai property show" (rv47w)
    return False


__all__ = ["HOME_NOUNS", "home_market"]
