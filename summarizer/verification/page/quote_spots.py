"""Where a located quote stands: its quoted region, the sentence its opening mark stands in,
and the words outside quotation marks that lead into it and follow it.

Every reader of a quote's attribution starts from these; they were written out in each of
them (the lead-in readers of stances, continued speakers, relative antecedents and
expressed quotes), each with the same ``max(region[0] - 1, 0)`` so that a quote opening a
sentence is read in that sentence and not the one before.
"""

from __future__ import annotations

from .article import ArticleText
from .tokens import Token


def quote_spot(article: ArticleText, start: int, end: int) -> tuple[tuple[int, int], int]:
    """The quoted region holding the quote located at ``start..end`` (that span itself when
    no quotation marks hold it) and the index of the sentence its opening mark stands in.
    Once per quote and article: each of a speaker's readers asks (session 30)."""
    key = ("quote spot", start, end)
    spot: tuple[tuple[int, int], int] | None = article.memo.get(key)
    if spot is None:
        region = article.quoted_region_at(start) or (start, end)
        spot = article.memo[key] = region, article.sentence_at(max(region[0] - 1, 0))
    return spot


def lead_of(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    """The words outside quotes from sentence ``index``'s start to the quote: its lead-in
    (read once per quote; each caller gets its own list)."""
    key = ("quote lead", region, index)
    lead: list[Token] | None = article.memo.get(key)
    if lead is None:
        lead = article.memo[key] = article.outside_quotes(article.sentences[index][0], region[0])
    return lead.copy()


def tail_of(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    """The words outside quotes after the quote to the end of sentence ``index`` (read once
    per quote; each caller gets its own list)."""
    key = ("quote tail", region, index)
    tail: list[Token] | None = article.memo.get(key)
    if tail is None:
        sentence_end = article.sentences[index][1]
        tail = article.memo[key] = article.outside_quotes(
            region[1] + 1, max(sentence_end, region[1] + 1)
        )
    return tail.copy()


__all__ = ["lead_of", "quote_spot", "tail_of"]
