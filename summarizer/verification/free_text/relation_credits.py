"""A quote credited to a person by their relation to another, with a country's word: "His
Congolese counterpart said", "the Hungarian host told reporters", "her Polish rival replied"
(session 35, descspk35), read for :mod:`summarizer.verification.free_text.described_speakers`.

A counterpart, a host, a guest, a rival is a person by their place beside someone else; the
country word says which of the two it is. English writes "his Congolese counterpart" after
naming the Rwandan leader, so the speaker is the person the page ties to Congo, never the
owner of "his". The stand-in reader of :mod:`summarizer.verification.sides.standins` reads
no relation noun (it is no title and no class), so this reads it by the country alone:

- "yes" when the page ties the value to the description's country and names it before the
  credit, and names no other person tied to that country between;
- "other" when the page ties the value to another country only (the owner of "his", the
  host's guest);
- None when the description has no country word ("the host said": whose host is not read),
  or the page ties the value to no country.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.names import norms
from ..people.party_names import party_of, ties
from ..people.standin_words import NOT_NAMES
from ..sides.standins import Reading

# Nouns of a person's relation to another person named near them.
RELATIONS = word_set("counterpart counterparts host guest visitor rival opponent challenger")


def relation_reading(article: ArticleText, chunk: Sequence[Token], value: str) -> Reading | None:
    """The verdict on a relation's description ``chunk`` for the speaker ``value``."""
    countries = [party_of(t.text) for t in chunk if t.capitalised]
    country = next((c for c in countries if c is not None), None)
    words = tuple(norms(tokenize(value)))
    if country is None or not words:
        return None
    tied = ties(article, words[-1])
    if not tied:
        return None
    if country not in tied:
        return "other"  # "his Congolese counterpart" is not the Rwandan who owns "his"
    mentions = [end for _, end in article.phrase_spans(words[-1:]) if end <= chunk[0].start]
    if not mentions:
        return None
    for token in article.tokens_between(max(mentions), chunk[0].start):
        named = token.capitalised and token.norm not in {*words, *NOT_NAMES}
        if named and party_of(token.text) is None and country in ties(article, token.norm):
            return "unsure"  # another of that country's people named nearer
    return "yes"


__all__ = ["RELATIONS", "relation_reading"]
