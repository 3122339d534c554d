"""The one walk over a person's mentions that both party readings take (session 58's
``duplicates`` reading): :func:`.party_names.ties` (the parties a surname is tied to) and
:func:`.portfolio_ties.portfolio_parties` (the countries a person holds an office of) differ
only in what they read before and after each mention and how far after it they look."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.article import ArticleText
from ..page.tokens import Token

#: Reads one side of a mention (the tokens and the page's text) and gives what it ties to.
SideReader = Callable[[Sequence[Token], str], str | None]


def mention_ties(
    article: ArticleText,
    surname: str,
    kind: str,
    readers: tuple[SideReader, SideReader],
    reach: int,
) -> frozenset[str]:
    """What ``readers`` (before, after) tie the surname to at any of its mentions: the title
    run ending in the surname (up to 100 characters back) and the words after it (``reach``
    characters on). Kept in the article's memo per ``kind`` and surname."""
    memo_key = (kind, surname)
    known: frozenset[str] | None = article.memo.get(memo_key)
    if known is not None:
        return known
    read_before, read_after = readers
    found: set[str] = set()
    text = article.text
    for start, end in article.phrase_spans((surname,)):
        before = article.window_tokens(start, end, before=100)
        if before and before[-1].norm == surname:
            tied = read_before(before, text)
            if tied is not None:
                found.add(tied)
        tied = read_after(article.tokens_between(start, start + reach), text)
        if tied is not None:
            found.add(tied)
    known = article.memo[memo_key] = frozenset(found)
    return known


__all__ = ["SideReader", "mention_ties"]
