"""A sentence's words as a set, read once per article, for rules to ask "is this cue word in
the evidence at all?" before their own reading (whole tokens' norms, never substrings)."""

from __future__ import annotations

from operator import attrgetter

from ..context import Context
from ..page.article import ArticleText

_NORM = attrgetter("norm")


def sentence_norms(article: ArticleText, index: int) -> frozenset[str]:
    """The norms of sentence ``index``'s tokens (:meth:`ArticleText.sentence_tokens`)."""
    key = ("sentence norms", index)
    found: frozenset[str] | None = article.memo.get(key)
    if found is None:
        found = frozenset(map(_NORM, article.sentence_tokens(index)))
        article.memo[key] = found
    return found


def evidence_uses(ctx: Context, words: frozenset[str]) -> bool:
    """Whether a sentence under the fact's evidence has a token whose norm is in ``words``."""
    return any(not words.isdisjoint(sentence_norms(ctx.article, i)) for i in ctx.sentences)


__all__ = ["evidence_uses", "sentence_norms"]
