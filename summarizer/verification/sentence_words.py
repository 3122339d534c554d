"""Each sentence's set of token norms, computed once per article: a rule that reads a sentence
only where one of its cue words stands asks this set first (a set lookup) instead of walking
the sentence's tokens for every value it checks."""

from __future__ import annotations

from summarizer.verification.article import ArticleText


def sentence_words(article: ArticleText, index: int) -> frozenset[str]:
    """The norms of sentence ``index``'s tokens (:meth:`ArticleText.sentence_tokens`)."""
    key = ("sentence words", index)
    known: frozenset[str] | None = article.memo.get(key)
    if known is None:
        known = frozenset(token.norm for token in article.sentence_tokens(index))
        article.memo[key] = known
    return known


__all__ = ["sentence_words"]
