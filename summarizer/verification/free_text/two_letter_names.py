"""Two-letter names in free text (an outside check, session 23, check 48's false accept 5): "Kim and
Xi met at the cosmodrome" passed over an article that names Kim and Putin only, because the
free-text reading of names (:mod:`summarizer.verification.free_text.mentions`) skips every token of
two letters or fewer (so that "US", "UN", "It" and "He" are no names).

A two-letter word written as a name - a capital then a lower-case letter ("Xi", "Li", "Wu",
"Ma", "Hu", "Yu", "Ng"), not opening a sentence, not a function word, an abbreviated title
("Mr", "Dr", "St", "Mt", "Jr") or a name particle ("de", "La", "Al") - is a name the article
must use somewhere, in any case. Acronyms ("US", "EU") are all capitals and stay skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.names import PARTICLES

_NOT_NAMES = word_set(
    """mr dr ms st mt jr sr co lt ft no ok oh vs pm am ad bc eg ie et al ex go do be so up
    we us he me my an as at by if in is it of on or to hi ah uh ya yo rd ln ct pl sq av pt"""
)
# AP-style state abbreviations, read as such after "City, " and before a full stop ("Pa.").
_STATES = word_set("ga ky la md mo pa va vt")
_SENTENCE_MARKS = frozenset('.!?:;\n"\u201c\u201d')


def two_letter_names(
    tokens: Sequence[Token], text: str, article: ArticleText
) -> list[tuple[str, str]]:
    """(value, reason) for each two-letter name of free text the article never uses."""
    problems: list[tuple[str, str]] = []
    seen: set[str] = set()
    for index, token in enumerate(tokens):
        if len(token.norm) != 2 or index == 0:
            continue  # most words: tested first, before the word is sliced
        word = token.text[:2]
        if not (word[:1].isupper() and word[1:2].islower()) or token.norm in seen:
            continue
        seen.add(token.norm)
        if token.norm in STOPWORDS or token.norm in _NOT_NAMES or token.norm in PARTICLES:
            continue
        if (
            token.norm in _STATES
            and text[token.end : token.end + 1] == "."
            and (text[tokens[index - 1].end : token.start].strip() == ",")
        ):
            continue  # "Pittsburgh, Pa.": a state, not a name
        if not _SENTENCE_MARKS.isdisjoint(text[tokens[index - 1].end : token.start]):
            continue  # a sentence's first word: its capital is the sentence's
        if not article.uses(token.norm):
            problems.append((word, f"{word!r} does not occur in the article"))
    return problems


__all__ = ["two_letter_names"]
