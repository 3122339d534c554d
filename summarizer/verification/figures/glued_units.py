"""A unit of measure glued to its number, as British, Australian and technical copy writes it:
"70mph", "5km", "10kg", "40C", "3GW", "12pc" (outside check 75: "a 70mph limit" left the
speed limit of 70 "not stated").

:func:`summarizer.verification.figures.numbers.numbers_in` reads letters glued to a number as
an ordinal's suffix ("84th") and skips the number. A unit's abbreviation is no ordinal: the
number is the quantity and the abbreviation its unit, as "70 mph" would be. Only
abbreviations that are a unit wherever they stand are read: not "m" or "k" (a scale after a
currency sign, a distance or a race otherwise: :mod:`.glued_scales`), not "g" ("5G" is a
network), not "x" ("10x" is a multiple); "C" and "F" only in capitals ("40C", "104F").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_UNITS = word_set(
    """mph kph kmh km kms cm mm nm kg kgs mg lb lbs oz ft yd mi ha sqm sqkm hrs hr mins min
    secs sec yrs yr gw mw kw gwh mwh kwh twh tw gb mb tb kb mbps gbps ghz mhz khz bps ml cl
    litres liters tonnes mt kt bpd psi db"""
)
# Units of length, mass and volume spelled out, which measure stuff after "of" ("18 tonnes
# of gravel") as the abbreviations do ("2kg of bamboo"): figures/measured_stuff.
_SPELLED = word_set(
    """metre metres meter meters kilometre kilometres kilometer kilometers mile miles feet
    foot yards inches tonne ton tons kilogram kilograms kilo kilos grams litre liter gallons
    barrels acres hectares"""
)
_TIMES = word_set("hrs hr mins min secs sec yrs yr gb mb tb kb mbps gbps ghz mhz khz bps db")
_CAPITAL_UNITS = frozenset({"C", "F"})  # degrees: "40C", "104F"


def glued_unit(tokens: Sequence[Token], index: int) -> str:
    """The unit glued to the number at ``tokens[index]`` ("70mph": "mph", "40C": "c"), or ""
    when the next token is no glued unit (an ordinal's suffix, a name's letters)."""
    if index + 1 >= len(tokens) or not tokens[index + 1].attached:
        return ""
    following = tokens[index + 1]
    if following.norm in _UNITS:
        return following.norm
    if following.text in _CAPITAL_UNITS and tokens[index].end == following.start:
        return following.norm  # "40C", not "grade 4/C"
    return ""


def measure_unit(word: str) -> bool:
    """Whether ``word`` (a token's norm) is a unit of length, mass, volume, area or energy
    ("kg", "tonnes", "miles"), not of time or data."""
    return (word in _UNITS or word in _SPELLED) and word not in _TIMES


__all__ = ["glued_unit", "measure_unit"]
