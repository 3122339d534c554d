"""Whether a number in a sentence is a year or a month's day (session 47, wide47c).

:func:`summarizer.verification.counts.amounts.any_count_of` reads an unqualified "toll" or
"total" as counting what the number before it counted ("killed 12 people, bringing the total
to 558"). A date's day or a year before the word counts nothing, and was taken for that number:
"By July 15 the toll had reached 54" was refused for deaths because no word of deaths stood by
the 15. A year ("in 2015") and a month's day ("on July 9", "9 July") are passed over.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import Token

_MONTHS = frozenset(MONTHS)


def dated_token(tokens: Sequence[Token], first: int, last: int | None = None) -> bool:
    """Whether the number written in ``tokens[first:last + 1]`` is a year (four digits from
    1800 to 2100) or a month's day (a month's name right before or after it)."""
    last = first if last is None else last
    text = tokens[first].text
    if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100:
        return True
    before = tokens[first - 1].norm if first else ""
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    return bool({before, after} & _MONTHS)


__all__ = ["dated_token"]
