"""A number written in words in free text is a number, not a name (outside check 43: the summary's
"Fifteen heads of State" was "'Fifteen' does not occur in the article" against the article's "15"),
for :func:`summarizer.verification.free_text.mentions.unstated`: a capitalised number word
("Fifteen", "Forty-two", "Twelve") is read by the number check, which takes the article's digits and
words alike ("15" for "Fifteen", "fifteen" for "15"), and is never asked for as a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
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


__all__ = ["worded_numbers"]
