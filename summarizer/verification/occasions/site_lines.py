"""A dateline's place as an event's place, for :mod:`summarizer.verification.places.sites` (check
25).

"Phnom Penh (VNA) - Min Aung Hlaing met Hun Sen in Nay Pyi Taw" names Phnom Penh only as
where the story was filed: the meeting was in Nay Pyi Taw. A place that opens its sentence
before an agency in brackets, a dash, a comma and a date, or a comma and a country before a
bracket or a dash ("DA NANG, Vietnam - ...", check 50) is a dateline; it is the event's
place only when the sentence names no other place after "in", "at" or "near" (a story filed
in Kyiv about "missiles that hit the capital overnight" may well mean Kyiv). A place the
evidence also names outside the dateline is read as any place is.

A wire's shouted city before a colon ("CARACAS: Venezuela's opposition said ...") is a dateline
too, and the other place may stand in another sentence of the fact's evidence that says
where something was held ("took place", "held", "hosted"), also after "the (Caribbean)
island / city / town of" ("talks that had taken place on the Caribbean island of Barbados";
check 27).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set

_DASHES = ("-", "\u2013", "\u2014")
_AT = word_set("in at near")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {m[:3] for m in MONTHS}
_NOT_PLACES = word_set("the a an")
_HOLDING = word_set("held hosted venue")
_EARLIER = word_set("earlier previous previously prior last ago another other former past")
_TAKING = word_set("take takes took taken taking")
_PLACE_NOUNS = word_set("island city town village settlement capital port region province")


def dateline_only(
    tokens: Sequence[Token],
    start: int,
    size: int,
    text: str,
    others: Sequence[Sequence[Token]] = (),
) -> bool:
    """The place at ``tokens[start : start + size]`` is its sentence's dateline and the
    sentence, or one of ``others`` (the evidence's other sentences), puts the event at another
    place (see the module)."""
    after = start + size
    if start != 0 or after >= len(tokens):
        return False
    gap = text[tokens[after - 1].end : tokens[after].start]
    dated = gap.strip() == "," and tokens[after].norm in _CALENDAR
    shouted = gap.strip() == ":" and all(
        t.text.isupper() and len(t.text) > 1 for t in tokens[start:after]
    )
    country = gap.strip() == "," and _country_then_dash(tokens, after, text)
    if not (gap.strip().startswith("(") or gap.strip() in _DASHES or dated or shouted or country):
        return False
    return _elsewhere(tokens, after + 1) or any(
        _held(other) and _elsewhere(other, 1) for other in others
    )


def _country_then_dash(tokens: Sequence[Token], after: int, text: str) -> bool:
    """ "DA NANG, Vietnam (AP) -", "DOHA, Qatar -": after the city's comma, up to three
    capitalised words, then a bracket or a dash (check 50)."""
    for index in range(after, min(after + 3, len(tokens) - 1)):
        if not tokens[index].capitalised:
            return False
        gap = text[tokens[index].end : tokens[index + 1].start].strip()
        if gap.startswith("(") or gap in _DASHES:
            return True
        if gap:
            return False
    return False


def _held(tokens: Sequence[Token]) -> bool:
    """Whether a sentence says where something was held ("had taken place on", "were held
    in", "hosted"): another sentence's place counts only then, not any place it names ("The
    talks in Cairo were adjourned", "protests also spread to the city of X"), and not one
    of another occasion ("Earlier rounds were held in X")."""
    norms = [t.norm for t in tokens]
    if not _EARLIER.isdisjoint(norms):
        return False  # "Earlier rounds were held in Caracas": another occasion's place
    return not _HOLDING.isdisjoint(norms) or any(
        norm == "place" and index and norms[index - 1] in _TAKING
        for index, norm in enumerate(norms)
    )


def _elsewhere(tokens: Sequence[Token], begin: int) -> bool:
    """A capitalised place after "in", "at", "near", or "the ... island / city / town of",
    from ``tokens[begin]`` on."""
    return any(
        (
            tokens[index - 1].norm in _AT
            or (tokens[index - 1].norm == "of" and tokens[index - 2].norm in _PLACE_NOUNS)
        )
        and tokens[index].capitalised
        and tokens[index].norm not in _CALENDAR
        and tokens[index].norm not in _NOT_PLACES
        for index in range(max(begin, 2), len(tokens))
    )


__all__ = ["dateline_only"]
