"""An unnamed source a report cites is no side of a truce, no party of a meeting and no actor
(check 36: "..., Radio Okapi reported, citing a UN diplomat" had "UN diplomat" accepted as a
truce's side): a value whose head noun is a source's ("diplomat", "source", "official",
"insider", "witness") that every place of its evidence names after a word citing it ("citing
a UN diplomat", "according to a diplomat", "quoting an official") or with the words that
mark a source after it ("a diplomat briefed on the talks", "a source familiar with", "an
official who asked not to be named"). The refusal is unsupported: the page names it, as the
report's source. "US officials met Chinese officials" names sides, and stays theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

_SOURCE_NOUNS = word_set(
    """diplomat diplomats source sources official officials insider insiders witness
    witnesses person people aide aides"""
)
_CITING = word_set("citing quoting cited quoted according")
_MARKS = word_set("briefed familiar close knowledgeable involved speaking who")
_REACH = 5  # words between the citing word and the noun ("citing a senior UN diplomat")


def _cited(tokens: Sequence[Token], at: int) -> bool:
    """Whether the source noun at ``tokens[at]`` is one a report cites."""
    for back in range(at - 1, max(at - _REACH - 1, -1), -1):
        if tokens[back].norm in _CITING:
            return True
        if tokens[back].norm == "to" and back and tokens[back - 1].norm == "according":
            return True
    return at + 1 < len(tokens) and tokens[at + 1].norm in _MARKS


def cited_only(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether ``value`` names an unnamed source that every place of these sentences cites
    (see the module); False for any other value or one not named there."""
    words = tokenize(value)[:9]  # "people briefed on the operation": "people" heads it
    head = next((at for at, word in enumerate(words) if word.norm in _SOURCE_NOUNS), None)
    if head is None or head > 3 or (head < len(words) - 1 and words[head + 1].norm not in _MARKS):
        return False
    noun = words[head].norm
    found = False
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for at, token in enumerate(tokens):
            if token.norm != noun:
                continue
            found = True
            if not _cited(tokens, at):
                return False
    return found


__all__ = ["cited_only"]
