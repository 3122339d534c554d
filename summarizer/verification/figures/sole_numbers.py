"""What stands beside the one number a count's evidence states (session 47, wide47c).

:func:`summarizer.verification.counts.other_readings.unread_number` reads a count whose whole
evidence states one number as that number's count when its sentence names the count by one
of its own words. These are the tests of the number it needs, kept apart from the reading:
which numbers are no rival of it (a year, a month's day), whether the sentence holds digits
the number reader skipped ("rose 5% to 12.4m": the "12.4m" is a rival the reading cannot
see), and whether the number is a change's amount ("rose 5%", "a 12% cut"), which says how
much a thing moved, not how many there are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import Token, word_set
from .numbers import NumberMention

# Words of a number's size between it and a word before it ("rose by about 5%").
_ROUGHLY = word_set(
    "about around roughly some nearly almost more than over just only least at up to by"
)
# Words of a change's amount next to its number ("rose 5%", "a 5% cut", "12 fewer").
_MOVES = word_set(
    "rose rise rises risen rising fell fall falls fallen falling up down grew growth gained "
    "gain jumped jump dropped drop climbed increased increase decreased decrease declined "
    "decline slid sank surged plunged soared lost cut cuts higher lower more fewer less "
    "above below"
)
_UNIT_WORDS = word_set("per cent percent point points percentage")
_MONTHS = frozenset(MONTHS)


def dated(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number is a year ("in 2015") or a month's day ("on July 9", "9 July"):
    a number that counts nothing a count could be."""
    return dated_token(tokens, mention.first, mention.last)


def dated_token(tokens: Sequence[Token], first: int, last: int | None = None) -> bool:
    """Whether the number written in ``tokens[first:last + 1]`` is a year or a month's day
    (:func:`dated`), for a reader that holds a token's index rather than a mention."""
    last = first if last is None else last
    text = tokens[first].text
    if text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100:
        return True
    before = tokens[first - 1].norm if first else ""
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    return bool({before, after} & _MONTHS)


def unread_digits(tokens: Sequence[Token], mentions: Sequence[NumberMention]) -> bool:
    """Whether a token with digits stands outside every number read ("12.4m", "F-16s")."""
    spans = [(m.first, m.last) for m in mentions]
    return any(
        any(ch.isdigit() for ch in t.text) and not any(a <= i <= b for a, b in spans)
        for i, t in enumerate(tokens)
    )


def change_amount(
    tokens: Sequence[Token], mention: NumberMention, own: Callable[[str], bool]
) -> bool:
    """Whether the number is a change's amount: after a word of movement ("rose 5%", "up
    12", "down by 3 per cent") or before one ("a 5% cut", "12 fewer"), that word being none
    of the count's own words (``own``): "cut 13% of its workforce" is a cut's count."""
    lead = mention.first - 1
    while lead >= 0 and tokens[lead].norm in _ROUGHLY:
        lead -= 1
    before = tokens[lead].norm if lead >= 0 else ""
    end = mention.last + 1
    while end < len(tokens) and tokens[end].norm in _UNIT_WORDS:
        end += 1
    after = tokens[end].norm if end < len(tokens) else ""
    return any(word in _MOVES and not own(word) for word in (before, after))


__all__ = ["change_amount", "dated", "dated_token", "unread_digits"]
