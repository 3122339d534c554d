"""A number written in words in free text is a number, not a name (outside check 43: the summary's
"Fifteen heads of State" was "'Fifteen' does not occur in the article" against the article's "15"),
for :func:`summarizer.verification.free_text.mentions.unstated`: a capitalised number word
("Fifteen", "Forty-two", "Twelve") is read by the number check, which takes the article's digits and
words alike ("15" for "Fifteen", "fifteen" for "15"), and is never asked for as a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token


def worded_numbers(tokens: Sequence[Token], mentions: Sequence[NumberMention]) -> frozenset[int]:
    """Positions of the tokens of the numbers written in words in ``tokens`` (``mentions``:
    its numbers, as :func:`numbers.numbers_in` reads them)."""
    return frozenset(
        index
        for mention in mentions
        for index in range(mention.first, mention.last + 1)
        if not tokens[index].is_number
    )


# A tally's side of nought as the article writes it: "124 votes to none", "12-nil", "124 in
# favour and none against", or a nought word of its own ("zero", "nil"), not one that only
# qualifies a noun: "zero-tolerance policy", "zero-hours contracts", "net zero target", "zero
# sum" state no zero (review rvfw32).
_NOUGHT = re.compile(
    r"(?<!net )(?<!ground )\b(?:zero|nil|nought)\b(?!-[a-z])(?! (?:tolerance|sum)\b)|(?:\d|\b(?:"
    + "|".join(sorted(NUMBER_WORDS))
    + r"))\s+(?:votes?\s+)?to\s+(?:none|nothing)\b|\b(?:none|nobody|no one)\s+(?:against|opposed)\b"
)


def zero_stated(article: ArticleText) -> bool:
    """Whether the article states a zero (check 55, 64: the summary's "by 124 votes to none"
    read as 0 against the article's "124 votes to none" and "none against"): a tally's nought
    side or a nought word. "None of the 12 came", "reduced to nothing", "zero-tolerance", "net
    zero" state no zero."""
    known: bool | None = article.memo.get(("zero_stated",))
    if known is None:
        known = article.memo[("zero_stated",)] = bool(_NOUGHT.search(article.lowered))
    return known


__all__ = ["worded_numbers", "zero_stated"]
