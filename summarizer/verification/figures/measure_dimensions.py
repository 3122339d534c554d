"""The dimension English gives a measure by the word after its unit ("12m high" is a height, "3km
from the town" a distance, "50 feet up" a height, "640 metres across" a span), read by
:func:`.count_ties.field_unit` (a number tied to a count by its unit alone keeps no tie to a
count of another dimension) and by :func:`dimension_clash`, for a count of
:func:`summarizer.verification.counts.number_rules.support_number`.

A count that names a dimension of a thing ("runway length, km", "viaduct height, metres", "tower
length, metres") is not a measure the page gives in another dimension, whatever word of the
count stands near it (review rv41c, rv42old: "The planned runway will sit 3km from the edge of
the town" is no runway length, "The hotel's tower, 90m high" no tower length, "The crane's
driver was 50 feet up" no jib length, "The new viaduct spans 640 metres across the valley" no
viaduct height), nor a difference the page gives by a comparative ("stands 9m taller than the
mill" is no chimney's height). "From" is a distance unless a "to" ends the stretch ("runs 12km
from the port to the airport" is a length). A count naming no dimension ("runway cost, pounds";
an extension is a length), or a measure with no dimension word after its unit, keeps the other
rules' verdict. The refusal is *unsupported*: the page gives the number another dimension.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_words import count_unit, what_words
from .glued_units import measure_unit
from .numbers import NumberMention

# A word after a measure that gives it a dimension, and the words of a count of that dimension.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "high": ("height", "high", "tall", "altitude"),  # "the summit is 1,309 metres high"
    "tall": ("height", "tall"),
    "above": ("height", "high", "altitude"), "deep": ("depth", "deep"),
    "below": ("depth", "deep"), "wide": ("width", "wide", "breadth"),
    "across": ("width", "wide", "breadth", "span", "diameter"),
    "long": ("length", "long", "distance"),
    "thick": ("thick",), "away": ("distance", "away"),
    "from": ("distance", "away", "from"),  # "sits 3km from the town": no runway's length
    "up": ("height", "high", "altitude"),  # "50 feet up": no jib's length
    "north": ("distance", "away"), "south": ("distance", "away"),  # "3 miles north of"
    "east": ("distance", "away"), "west": ("distance", "away"),
    # a difference, no size: "stands 9m taller than the mill" is no chimney's height
    "taller": ("taller",), "higher": ("higher",), "longer": ("longer",),
    "deeper": ("deeper",), "wider": ("wider",), "shorter": ("shorter",),
}  # fmt: skip
# The dimensions a count may name (its words before the unit's comma); an extension is a
# length added ("runway extension, metres" is no "400 metres from the terminal").
_NAMED = word_set(
    """length long height high tall depth deep width wide breadth distance altitude extension
    extensions"""
)
# What a stretch "from ... to" also measures, and a span "across" a valley: its length.
_STRETCH = ("length", "long")
_TO_REACH = 8  # tokens after "from" its "to" may stand
# Verbs of extent: what runs a measure "from" a place is that long (review rv43b: "The new
# cycle path runs 14 miles from Keswick along the old railway line").
_EXTENDS = word_set("runs run ran running stretches stretch stretched extends extend extended")


def measure_dimension(
    tokens: Sequence[Token], mention: NumberMention, text: str = ""
) -> tuple[str, ...] | None:
    """The words of a count of the dimension the word after the number's unit gives it
    ("high": height), or None when no such word stands there or a mark parts it from the
    unit ("The runway will be 3.5km, longer than the one at Gatwick": review rv43b)."""
    at = mention.last + 2
    word = tokens[at].norm if at < len(tokens) else ""
    dimension = DIMENSIONS.get(word)
    gap = text[tokens[at - 1].end : tokens[at].start] if text and dimension is not None else ""
    if any(mark in gap for mark in ",;:("):
        return None  # "3.5km, longer than": the comparative is the phrase's, not the unit's
    if dimension is None or word not in {"from", "across"}:
        return dimension
    if word == "across":
        return (*dimension, *_STRETCH)  # "spans 640 metres across the valley": its length
    if mention.first and tokens[mention.first - 1].norm in _EXTENDS:
        return (*dimension, *_STRETCH)  # "runs 14 miles from Keswick"
    for token in tokens[at + 1 : at + 1 + _TO_REACH]:
        if token.norm == "to":
            return (*dimension, *_STRETCH)  # "runs 12km from the port to the airport"
        if not token.norm.isalnum():
            break
    return dimension


def dimension_clash(
    tokens: Sequence[Token], mention: NumberMention, what: str, text: str = ""
) -> str:
    """Why the number is no count of ``what``: a measure the page gives another dimension
    than the one the count names (see the module); or ""."""
    head = what.rpartition(",")[0].lower() if count_unit(what) else ""
    if not head or not set(what_words(head)) & _NAMED:
        return ""
    at = mention.last + 1
    if at >= len(tokens) or not (measure_unit(tokens[at].norm) or tokens[at].norm == "m"):
        return ""
    dimension = measure_dimension(tokens, mention, text)
    if dimension is None or any(word in head for word in dimension):
        return ""
    word = tokens[mention.last + 2].text
    return f"{mention.value:g} {tokens[at].text} {word} is another measure than {what!r}"


__all__ = ["DIMENSIONS", "dimension_clash", "measure_dimension"]
