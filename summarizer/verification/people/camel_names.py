"""Camel-cased names ("TikTok", "ByteDance", "PetroChina", "YouTube") read as one word.

The tokenizer splits a capitalised word where a capital follows three lower-case letters or
more (:func:`summarizer.verification.page.glue.name_glues`), since scraping glues link texts
together ("McConnellAddison"). A camel-cased name is split the same way ("Tik" "Tok"), and a
whole-word search of the article finds neither half, so free text naming "TikTok" was
"unstated" and a reaction's ``who = "TikTok"`` "not named" although the article writes it (an
outside check, 46). Here such a name is read whole: free text's camel-cased word is stated
when the article (or its page metadata or captions) writes that word, or its parts as
separate words in a row ("Tik Tok"); otherwise it is flagged once, whole, even where the
article writes each half as a word of its own ("JetBlue" beside "jet" and "blue"). A name
searched among an article's tokens matches a glued run whose letters are the name's own word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..page.article import ArticleText
from ..page.tokens import SINGULAR_POSSESSIVES, Token, has_whole_word

_CAMEL = re.compile(r"[a-z][A-Z]")  # where a camel-cased word may be: found at C speed


def _glued(token: Token) -> bool:
    return token.attached and token.capitalised


def camel_runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) of each run of tokens glued into one camel-cased word."""
    runs: list[tuple[int, int]] = []
    index = 1
    while index < len(tokens):
        if not _glued(tokens[index]) or not tokens[index - 1].text[:1].isupper():
            index += 1
            continue
        first = index - 1
        while index + 1 < len(tokens) and _glued(tokens[index + 1]):
            index += 1
        runs.append((first, index))
        index += 1
    return runs


def camel_word(tokens: Sequence[Token], first: int, last: int) -> str:
    """The letters of a glued run as one word ("TikTok"), a possessive's "'s" dropped
    ("ThyssenKrupp's" is the name "ThyssenKrupp"; session 37)."""
    word = "".join(token.text for token in tokens[first : last + 1])
    return word[:-2] if word.endswith(SINGULAR_POSSESSIVES) else word


class _Vocabulary(Protocol):
    """What :func:`camel_unstated` reads of the free-text vocabulary (mentions.py)."""

    article: ArticleText
    metadata: dict[str, str]
    captions: tuple[str, ...]


def camel_unstated(
    tokens: Sequence[Token], text: str, vocabulary: _Vocabulary, problems: list[tuple[str, str]]
) -> set[int]:
    """The indexes of free text's camel-cased words, each read whole against ``texts`` (the
    article's lowered text, then its metadata and captions): a word none of them writes, as
    one word or as its parts in a row, is added to ``problems`` once. The caller skips the
    indexes when it reads names word by word."""
    done: set[int] = set()
    seen: set[str] = set()
    runs = camel_runs(tokens) if _CAMEL.search(text) else []
    texts: tuple[str, ...] = ()
    if runs:
        rest = (*vocabulary.metadata.values(), *vocabulary.captions)
        texts = (vocabulary.article.lowered, *(text.lower() for text in rest))
    for first, last in runs:
        done.update(range(first, last + 1))
        word = camel_word(tokens, first, last)
        if word in seen:
            continue
        seen.add(word)
        spaced = " ".join(token.norm for token in tokens[first : last + 1])
        lowered = word.lower()
        if any(has_whole_word(t, lowered) or has_whole_word(t, spaced) for t in texts):
            continue
        problems.append((word, f"{word!r} does not occur in the article"))
    return done


def camel_match(tokens: Sequence[Token], first: int, last: int, value: str) -> bool:
    """Whether the tokens ``first``..``last``, glued into one camel-cased word, are a word of
    ``value`` ("TikTok" for the value "TikTok"): a name found there though its words stand
    with no space between them. The run must be the whole glued word."""
    if not all(_glued(tokens[index]) for index in range(first + 1, last + 1)):
        return False
    if _glued(tokens[first]) or (last + 1 < len(tokens) and _glued(tokens[last + 1])):
        return False
    word = camel_word(tokens, first, last).lower()
    return any(part.strip(".,;:'\u2019()\"").lower() == word for part in value.split())
