"""A dateline's place as an event's place, for :mod:`summarizer.verification.sites` (check 25).

"Phnom Penh (VNA) - Min Aung Hlaing met Hun Sen in Nay Pyi Taw" names Phnom Penh only as
where the story was filed: the meeting was in Nay Pyi Taw. A place that opens its sentence
before an agency in brackets, a dash, or a comma and a date is a dateline; it is the event's
place only when the sentence names no other place after "in", "at" or "near" (a story filed
in Kyiv about "missiles that hit the capital overnight" may well mean Kyiv). A place the
evidence also names outside the dateline is read as any place is.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from summarizer.verification.tokens import Token, word_set

_DASHES = ("-", "\u2013", "\u2014")
_AT = word_set("in at near")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {m[:3] for m in MONTHS}
_NOT_PLACES = word_set("the a an")


def dateline_only(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """The place at ``tokens[start : start + size]`` is its sentence's dateline and the
    sentence puts the event at another place (see the module)."""
    after = start + size
    if start != 0 or after >= len(tokens):
        return False
    gap = text[tokens[after - 1].end : tokens[after].start]
    dated = gap.strip() == "," and tokens[after].norm in _CALENDAR
    if not (gap.strip().startswith("(") or gap.strip() in _DASHES or dated):
        return False
    return any(
        tokens[index - 1].norm in _AT
        and tokens[index].capitalised
        and tokens[index].norm not in _CALENDAR
        and tokens[index].norm not in _NOT_PLACES
        for index in range(after + 1, len(tokens))
    )


__all__ = ["dateline_only"]
