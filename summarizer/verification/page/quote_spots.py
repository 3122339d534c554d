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
    no quotation marks hold it) and the index of the sentence its opening mark stands in."""
    region = article.quoted_region_at(start) or (start, end)
    return region, article.sentence_at(max(region[0] - 1, 0))


def lead_of(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    """The words outside quotes from sentence ``index``'s start to the quote: its lead-in."""
    return article.outside_quotes(article.sentences[index][0], region[0])


def tail_of(article: ArticleText, region: tuple[int, int], index: int) -> list[Token]:
    """The words outside quotes after the quote to the end of sentence ``index``."""
    return article.outside_quotes(region[1] + 1, max(article.sentences[index][1], region[1] + 1))


__all__ = ["lead_of", "quote_spot", "tail_of"]
