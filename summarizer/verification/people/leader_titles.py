"""Whom "the Maoist leader" stands for when the article never writes "Maoist leader X": the
one person it named with the same qualifier and another word for a leader ("the Maoist
supremo, Prachanda,", "Maoist chief Prachanda", "Prachanda, the Maoist chairman,"), read for
:func:`summarizer.verification.quotes.attribution.by_title` (check 27: a statement by "the Maoist
supremo, Prachanda" then "the Maoist leader said" in the next sentence was refused as
someone else's, because "Maoist" names a group the way "Kremlin" does)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

#: Words for whoever leads a group: "the X leader" may be the one named "X chief".
LEADER_WORDS = word_set("leader chief supremo chairman chairwoman chair head boss commander")
_LEADERS = "|".join(sorted(LEADER_WORDS))
_NAME = r"([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})"


@lru_cache(maxsize=128)
def _patterns(qualifiers: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Maoist supremo, Prachanda" / "Maoist chief Prachanda", and "Prachanda, the Maoist
    chairman": the qualifiers, a leader word, the name (either order)."""
    head = r"\s+".join(re.escape(word) for word in qualifiers)
    title = r"(?i:" + head + r"\s+(?:" + _LEADERS + r"))"
    forward = re.compile(r"\b" + title + r"(?:,[ \t]+|[ \t]+)" + _NAME)
    backward = re.compile(_NAME + r",[ \t]+(?:the[ \t]+)?" + title + r"\b")
    return forward, backward


def leader_named(
    article: ArticleText, titles: Sequence[str], qualifiers: Sequence[str], before: int
) -> list[Token]:
    """For a title that is a leader word ("leader", "chief"), the name the article gave a
    leader word with ``qualifiers`` before ``before``, outside quotation marks; empty for
    another title, or when it gave none, or two people (it settles nothing then)."""
    if not qualifiers or titles[-1] not in LEADER_WORDS:
        return []
    found: dict[str, list[Token]] = {}
    for pattern in _patterns(tuple(qualifiers)):
        for match in pattern.finditer(article.text, 0, before):
            if article.quoted_region_at(match.start()) is None:
                tokens = tokenize(match.group(1))
                found[tokens[-1].norm] = tokens
    return next(iter(found.values())) if len(found) == 1 else []
