"""A country's name in free text backed by the article naming its government another way.

Free text and the short fields held to the free-text check (a person's affiliation, who gave a
status) write a country by its name ("United States", "Russia") where the article may name it
only by its capital or seat ("Washington said", "the White House confirmed", "the Kremlin
said"). The party table (:mod:`summarizer.text.countries`) already treats those as the same
party when it reads a stance or a summit's side, so the name says what the article says. The
article's parties are read with :func:`sentence_parties`, which already leaves out a capital
inside a longer name ("the Washington Post") and a dateline's city; a capital after another
capitalised word is a person's name ("George Washington") and backs nothing. A capital or seat
named as a place ("talks in Moscow", "since Trump returned to the White House") does back its
country: this check reads whether a name is invented, not what role it plays (a first version
refused places, and flagged "United States" for Trump on a page that names only his return to
the White House). One way only: a seat or capital in the free text is not backed by the
country's name ("the Kremlin" for an article's "Russia" claims more than the article says).

Likewise a US party's word ("Republican", "Democratic Party") is what the page states when it
tags a legislator "(R-S.C.)" or ", D-Calif.,": the letter is the party, in every US outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token
from ..people.party_names import party_mentions, sentence_parties

__all__ = ["named_parties", "party_backed"]

# A US legislator's party as news tags it: "(R-S.C.)", "(D-N.Y.)", "(R., Texas)", ", R-Texas,".
_LETTERS = {"republican": "R", "republicans": "R", "gop": "R", "democrat": "D",
            "democrats": "D", "democratic": "D", "independent": "I"}  # fmt: skip
_TAGS = {
    letter: re.compile(rf"(?:\(\s*|,\s){letter}\s*(?:-|\u2013|\.,?)\s*[A-Z]")
    for letter in set(_LETTERS.values())
}

_NAMING = ("name", "people")


def named_parties(article: ArticleText) -> frozenset[str]:
    """Every party the article names, as an actor or as a place, once per article
    (:func:`sentence_parties`), where a capital or seat counts only when it is not a person's
    name (see :func:`_seat_named`)."""
    known: frozenset[str] | None = article.memo.get("named parties")
    if known is None:
        found: set[str] = set()
        for index in range(len(article.sentences)):
            acting, placed = sentence_parties(article, index)
            acting = (acting | placed) - found
            if not acting:
                continue
            tokens = article.sentence_tokens(index)
            for start, key, kind, _ in party_mentions(tokens):
                if key in acting and (kind in _NAMING or _seat_named(tokens, start)):
                    found.add(key)
        known = article.memo["named parties"] = frozenset(found)
    return known


def _seat_named(tokens: Sequence[Token], start: int) -> bool:
    """A capital or seat that names its place or government here, not a person: not right
    after another capitalised word ("George Washington", "Jack London"), a sentence's opening
    "The" aside."""
    if start == 0:
        return True
    before = tokens[start - 1]
    return not before.capitalised or (before.norm == "the" and start == 1)


def party_backed(tokens: Sequence[Token], index: int, article: ArticleText) -> bool:
    """Whether ``tokens[index]`` is inside a country's name or people's word that the article
    names in some form of the party table (its capital or seat included), or is a US political
    party's word the article gives by its letter tag (:func:`_tagged_party`)."""
    if _tagged_party(tokens, index, article):
        return True
    for start, key, kind, size in party_mentions(tokens):
        if start > index:
            return False
        if index < start + size:
            return kind in _NAMING and key in named_parties(article)
    return False


def _tagged_party(tokens: Sequence[Token], index: int, article: ArticleText) -> bool:
    """ "Republican" (or "GOP", "Democrat", "Democratic", "Independent") where the article tags
    a legislator "(R-S.C.)": the page states the party by its letter. "Party" right after such
    a word goes with it ("Republican Party")."""
    norm = tokens[index].norm
    if norm == "party" and index >= 1:
        norm = tokens[index - 1].norm
    letter = _LETTERS.get(norm)
    return letter is not None and _TAGS[letter].search(article.text) is not None
