"""A country's name in free text backed by the article naming its government another way.

Free text and the short fields held to the free-text check (a person's affiliation, who gave a
status) write a country by its name ("United States", "Russia") where the article may name it
only by its capital or seat ("Washington said", "the White House confirmed", "the Kremlin
said"). The party table (:mod:`summarizer.text.countries`) already treats those as the same
party when it reads a stance or a summit's side, so the name says what the article says. The
article's parties are read with :func:`sentence_parties`, which already leaves out a capital
inside a longer name ("the Washington Post") and a dateline's city; a capital or seat named only
as a place ("talks in Moscow", "a dinner at the White House") backs nothing either: the page
then names where something happened, not the government. One way only: a seat or capital in
the free text is not backed by the country's name ("the Kremlin" for an article's "Russia"
claims more than the article says).

Likewise a US party's word ("Republican", "Democratic Party") is what the page states when it
tags a legislator "(R-S.C.)" or ", D-Calif.,": the letter is the party, in every US outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.verification.article import ArticleText
from summarizer.verification.party_names import party_mentions, sentence_parties
from summarizer.verification.tokens import Token, word_set

__all__ = ["named_parties", "party_backed"]

# A US legislator's party as news tags it: "(R-S.C.)", "(D-N.Y.)", "(R., Texas)", ", R-Texas,".
_LETTERS = {"republican": "R", "republicans": "R", "gop": "R", "democrat": "D",
            "democrats": "D", "democratic": "D", "independent": "I"}  # fmt: skip
_TAGS = {
    letter: re.compile(rf"(?:\(\s*|,\s){letter}\s*(?:-|\u2013|\.,?)\s*[A-Z]")
    for letter in set(_LETTERS.values())
}

_NAMING = ("name", "people")
_PLACE_WORDS = word_set("in at to from near outside inside into toward towards around across via")


def named_parties(article: ArticleText) -> frozenset[str]:
    """Every party the article names as an actor, once per article: a sentence's acting
    parties (:func:`sentence_parties`), where a capital or seat counts only when it is not
    read as a place or a person's name (see :func:`_seat_acts`)."""
    known: frozenset[str] | None = article.memo.get("named parties")
    if known is None:
        found: set[str] = set()
        for index in range(len(article.sentences)):
            acting = sentence_parties(article, index)[0] - found
            if not acting:
                continue
            tokens = article.sentence_tokens(index)
            for start, key, kind, _ in party_mentions(tokens):
                if key in acting and (kind in _NAMING or _seat_acts(tokens, start)):
                    found.add(key)
        known = article.memo["named parties"] = frozenset(found)
    return known


def _seat_acts(tokens: Sequence[Token], start: int) -> bool:
    """A capital or seat that stands for its government here: not after a place word ("talks
    in Moscow", "a dinner at the White House", which the party table still reads as the
    government for a stance, but which name a place, not who acted) and not after another
    capitalised word ("George Washington")."""
    before = start - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 0:
        return True
    return tokens[before].norm not in _PLACE_WORDS and not tokens[start - 1].capitalised


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
