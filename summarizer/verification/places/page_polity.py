"""An office written without its country, for the confirm-only mode's affiliation tie
(:mod:`summarizer.verification.confirm_only`): "President Donald Trump" on a page about the
United States, "Prime Minister Mikhail Mishustin" on a Russia page, "The Foreign Secretary, Liz
Truss" on a British one. A page leaves its own country's offices bare and writes another
country's with its name ("Treasury Secretary Scott Bessent ... China's Vice Premier He
Lifeng"). The holder readers tie a person to a country only where the two stand together, so
every bare office was unconfirmed (session 50's exp50: shape A4, 268 of 1,647 new flags).

The country a bare office belongs to is not written; it is read from the page, strictly, so
that the page's other country is never confirmed (a wrong value of this shape is the other side
of the same story: Trump given Russia on a page about Putin). The value's country must be the
one the page is about (named in twice as many sentences as any other), and one of:

- every other country the page names is one it writes with an office of someone else's
  ("Canada's prime minister, Mark Carney"): the page's own convention marks them foreign;
- the office's paragraph names that country and no other.

The office's own clause, when it names countries, must name this one ("On the American side
of the table were ... Secretary of State Marco Rubio" on a page about China). An office of that
country the page gives someone else ("Russian President Vladimir Putin") is not the person's:
a country has one president. A former office ties no one now; only a government's offices are
read ("FIFA president Gianni Infantino" is FIFA's, whatever country the page is about).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.fact_people import person_and_value
from ..people.its_holders import name_runs
from ..people.names import name_parts
from ..people.office_holders import QUALIFIERS, Office, fits, placed_holders
from ..people.party_names import party_mentions, party_of, sentence_parties

_PAST = frozenset({"former", "ex"})
# A government's offices: a company's, a union's or a court's ("FIFA president Gianni
# Infantino", "Chief executive Brian Armstrong") belong to that body, not to a country.
_GOVERNING = word_set("president premier minister chancellor king queen secretary envoy")
_CORPORATE = word_set("chief managing financial operating executive")
_CLAUSE_MARKS = (";", ":", "\u2014", " - ", "\u2013")


def _counts(article: ArticleText) -> Counter[str]:
    """How many sentences name each party as an actor (not as a place), read once a page."""
    memo_key = ("page polity counts",)
    known: Counter[str] | None = article.memo.get(memo_key)
    if known is None:
        known = Counter()
        for index in range(len(article.sentences)):
            known.update(sentence_parties(article, index)[0])
        article.memo[memo_key] = known
    return known


def _top(article: ArticleText) -> str | None:
    """The party the page is about: named in two sentences or more, and in twice as many as
    any other; None when no party stands out so."""
    ranked = _counts(article).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _clause_parties(article: ArticleText, at: int) -> frozenset[str]:
    """The parties the clause holding offset ``at`` names (between the sentence's ends and its
    semicolons, colons and dashes): "On the American side were Secretary of State Marco Rubio;
    the Chinese delegation included ..." names only the United States for Rubio."""
    index = article.sentence_at(at)
    start, end = article.sentences[index]
    text = article.text
    left = max(text.rfind(mark, start, at) for mark in _CLAUSE_MARKS)
    rights = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, at, end)) != -1]
    tokens = article.tokens_between(max(left + 1, start), min(rights, default=end))
    return frozenset(key for _, key, _, _ in party_mentions(tokens))


def _foreign(article: ArticleText, party: str, surname: str) -> bool:
    """Whether the page gives someone other than ``surname`` an office with ``party``'s name
    ("China's Vice Premier He Lifeng"): a country the page writes as another's."""
    return any(
        name != surname and office.country == party for name, office, _ in placed_holders(article)
    )


def _paragraph_parties(article: ArticleText, at: int) -> frozenset[str]:
    """The parties the paragraph holding offset ``at`` names as actors."""
    start, end = article.paragraphs[article.paragraph_at(at)]
    found: set[str] = set()
    for index in article.sentences_over(start, end):
        found |= sentence_parties(article, index)[0]
    return frozenset(found)


def _other_body(article: ArticleText, at: int, surname: str, party: str) -> bool:
    """Whether the office's sentence names a body other than ``party`` (the office's own
    words and holder left out): "President Joan Ferrer said CD Almara would not sell", "Premier
    Lena Marchand said Quebec would build", "General Secretary Joe Barr said the Rail and
    Maritime Union would strike": a bare title there may be that body's, not the country's."""
    tokens = article.sentence_tokens(article.sentence_at(at))
    skip: set[int] = set()
    for index, token in enumerate(tokens):
        if token.start >= at:
            skip.add(index)
            if token.norm == surname:
                break
    first = min(skip, default=0)
    while first and tokens[first - 1].capitalised:
        first -= 1  # the office's qualifiers ("Fisheries Minister", "Interior Minister")
        skip.add(first)
    others = {name for name, _, _ in placed_holders(article)} - {surname}
    for run in name_runs(tokens, article.text, skip):
        if not run[:1].isupper() or tokenize(run)[-1].norm in others:
            continue  # another office's holder ("welcomed Brazil's foreign minister, X")
        theirs = party_of(run.removesuffix("'s").removesuffix("\u2019s"))
        if theirs != party and not (theirs and _foreign(article, theirs, surname)):
            return True  # a country the page writes with another's office is theirs
    return False


def _governing(office: Office) -> bool:
    """Whether an office is a government's: its head one, each other word of its title an
    office's qualifier ("Treasury Secretary", "Secretary of State"), none a company's."""
    return (
        office.head in _GOVERNING
        and office.qualifiers <= QUALIFIERS
        and not office.qualifiers & _CORPORATE
        and not office.ranks & _PAST
    )


def _bare_offices(article: ArticleText, surname: str) -> list[tuple[Office, int]]:
    """The government offices the page gives ``surname`` with no country, written as a title
    ("President Donald Trump", "the Foreign Secretary, Liz Truss"; "its president, Judge X" or
    "the union's president" may be any body's), and where each stands."""
    return [
        (office, at)
        for name, office, at in placed_holders(article)
        if name == surname
        and office.country is None
        and _governing(office)
        and article.text[at : at + 1].isupper()
    ]


def polity_holder(article: ArticleText, surname: str, party: str) -> bool:
    """Whether a bare office the page gives ``surname`` is ``party``'s (see the module)."""
    offices = _bare_offices(article, surname)
    if not offices or _top(article) != party or _foreign(article, party, surname):
        return False
    held = placed_holders(article)
    others = set(_counts(article)) - {party}
    marked = all(_foreign(article, other, surname) for other in others)
    for office, at in offices:
        if any(
            name != surname and theirs.country == party and fits(office, theirs)
            for name, theirs, _ in held
        ):
            continue  # the country's office is someone else's
        if _other_body(article, at, surname, party):
            continue  # the office may be the body's the sentence names
        named = _clause_parties(article, at)
        if named and party not in named:
            continue  # "On the American side were Secretary of State Marco Rubio": not China
        if marked or _paragraph_parties(article, at) == {party}:
            return True
    return False


def polity_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """The confirm-only tie: the person holds an office the page leaves to its own country,
    and the value is that country."""
    pair = person_and_value(value, ctx)
    if pair is None:
        return False
    name, value = pair
    party = party_of(value)
    parts = name_parts(name)
    if party is None or not parts:
        return False
    return polity_holder(ctx.article, parts[-1], party)


__all__ = ["polity_holder", "polity_tie"]
