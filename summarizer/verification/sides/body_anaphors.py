"""A country's body named by its bare noun ("signed for the government", "The army said yes")
standing for a party value that is that country's body ("Ethiopian government", "Sudanese
army"; outside check 59, session 27), for the ``party`` kind
(:mod:`summarizer.verification.sides.parties`, beside :mod:`group_nouns`).

The forms a party may be named by are the closed list of :mod:`party_names` (its name, its
people's word, its capital, its seat, a leader tied to it); a value that is one of those with
a body word after it ("the Ethiopian government") is also named by "the <body>" alone where
the article makes that body the country's:
- the nearest earlier mention of the same body word that a country qualifies ("Ethiopia's
  federal government", "the Sudanese army", "Kenya's government") is the value's country; or,
  when the article qualifies that body word by no country at all, the value's country is the
  one country its first line (the headline) names ("What the Quad is asking of Sudan's
  generals"); a headline naming two ("Egypt hosts talks on Sudan's war") names no story
  country.

Not read: a body another country qualifies nearer before ("Egypt's army ... the army" is
Egypt's), a noun with a possessive pronoun or another owner ("his government", "the army of
Egypt"), a body word in capitals or inside a name ("the Government of National Unity"), a
value that names no body ("Ethiopia": the country itself is read by its aliases). Whether
the noun stands as the one acting is read by the caller as for a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_mentions, party_of

# The body words a bare definite noun may name a country's body by.
_HEADS = word_set("government army military junta regime administration cabinet authorities forces")
_OWNED = word_set("of")
_MODIFIERS = 2


def body_anaphors(value: str, article: ArticleText, sentence: int) -> list[tuple[int, int]]:
    """(first, last) spans in the sentence where "the <body>" stands for the value (see the
    module)."""
    words = tokenize(value)
    key = party_of(value)
    if key is None or not words or words[-1].norm not in _HEADS:
        return []
    head = words[-1].norm
    tokens = article.sentence_tokens(sentence)
    found: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if token.norm != head or token.capitalised:
            continue
        first = _definite(tokens, index)
        if first is None or _owned_after(tokens, index):
            continue
        owner = _nearest_owner(article, head, token.start)
        if owner == key or (owner is None and _story_party(article) == key):
            found.append((first, index))
    return found


def _definite(tokens: Sequence[Token], index: int) -> int | None:
    """The start of "the <body>" or "the <one lower-case modifier> <body>" ("the federal
    government"), or None; a country's word as the modifier names that country instead."""
    if index >= 1 and tokens[index - 1].norm == "the":
        return index - 1
    if index >= 2 and tokens[index - 2].norm == "the":
        modifier = tokens[index - 1]
        if not modifier.capitalised and not modifier.is_number:
            return index - 2
    return None


def _owned_after(tokens: Sequence[Token], index: int) -> bool:
    """ "the army of Egypt": an owner after the noun names the body's country itself."""
    after = index + 1
    return (
        after + 1 < len(tokens)
        and tokens[after].norm in _OWNED
        and any(True for _ in party_mentions(tokens[after + 1 : after + 4]))
    )


def _qualified(article: ArticleText, head: str) -> list[tuple[int, str]]:
    """(offset, country) of each mention of the body word a country qualifies right before
    it, two lower-case modifiers allowed between ("Ethiopia's federal government"); memoised."""
    memo_key = ("qualified bodies", head)
    known: list[tuple[int, str]] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    known = []
    for index in range(len(article.sentences)):
        tokens = article.sentence_tokens(index)
        for start, key, _, size in party_mentions(tokens):
            end = start + size
            for _ in range(_MODIFIERS):  # "federal", "internationally recognised"
                if end < len(tokens) and not tokens[end].capitalised and tokens[end].norm != head:
                    end += 1
            if end < len(tokens) and tokens[end].norm == head:
                known.append((tokens[end].start, key))
    article.memo[memo_key] = known
    return known


def _nearest_owner(article: ArticleText, head: str, offset: int) -> str | None:
    """The country of the nearest qualified mention of the body word before ``offset``; the
    first one after it when none stands before (a headline-less page may qualify it later)."""
    mentions = _qualified(article, head)
    before = [key for start, key in mentions if start < offset]
    if before:
        return before[-1]
    return mentions[0][1] if mentions else None


def _story_party(article: ArticleText) -> str | None:
    """The one party the article's first line names, or None (none, or more than one)."""
    first_line = article.text.strip().split("\n", 1)[0]
    keys = {key for _, key, _, _ in party_mentions(tokenize(first_line))}
    return next(iter(keys)) if len(keys) == 1 else None


__all__ = ["body_anaphors"]
