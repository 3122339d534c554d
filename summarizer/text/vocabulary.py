"""The one table of English words that every layer reads numbers, dates and filler with.

Grounding checks that "eighty" in an article is evidence for 80; the eval reads "eighty-four"
in a gold value as 84; both resolve "Oct." and "Thurs". When each kept its own copy of these
words the copies drifted apart (a tens word known to one reader and not the other, "thur" a
weekday in one place only), so a verdict depended on which layer asked. Here each word is
written once with its value; readers build their lookups from these tables and add only what
is theirs alone (the eval's plural scales, a reader's own phrases).

Everything is lower case. Tuples keep calendar order, so ``MONTHS[m - 1]`` names month ``m``.
"""

from __future__ import annotations

from types import MappingProxyType

# --- number words --------------------------------------------------------------------------

ONES = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    }
)  # fmt: skip
"""The words for 0 to 19 ("ones" and "teens")."""

TENS = MappingProxyType(
    {
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    }
)  # fmt: skip
"""The words for the multiples of ten from 20 to 90."""

SCALES = MappingProxyType(
    {
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000,
        "crore": 10_000_000, "crores": 10_000_000,
    }
)  # fmt: skip
"""Words that multiply the number before them ("five hundred", "1.5 million"); with the Indian
scales South Asian copy counts in ("177.08 lakh tonnes" is 17,708,000 tonnes, "Rs 4,500 crore"
45,000,000,000 rupees), so a count stated in lakh is read at its value, never as the bare
number before the scale (outside check 76)."""
LARGE_SCALES = frozenset(word for word, factor in SCALES.items() if factor >= 1_000)
"""The scales a decimal may carry ("three point six billion"; never "point six hundred")."""

COLLECTIVES = MappingProxyType({"dozen": 12})
"""Nouns that stand for a count ("a dozen senators")."""

ORDINALS = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    }
)  # fmt: skip
"""Ordinal words with the number they stand for ("twenty-first" is read as 20 + 1)."""

NUMBER_WORDS = frozenset(ONES) | frozenset(TENS)
"""Every cardinal word below a hundred that a number can start with."""

# --- calendar ------------------------------------------------------------------------------

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
"""Month names in calendar order."""

MONTH_ABBREVIATIONS = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
"""Short forms of month names ("may" has none: it is already short)."""

MONTH_NUMBER = MappingProxyType(
    {name: number for number, name in enumerate(MONTHS, start=1)}
    | {short: next(n for n, m in enumerate(MONTHS, start=1) if m.startswith(short))
       for short in MONTH_ABBREVIATIONS}
)  # fmt: skip
"""Every month name and short form, with its number (1 to 12)."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names, Monday first (``datetime.date.weekday()`` order)."""

WEEKDAY_ABBREVIATIONS = (
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
"""Short forms of weekday names."""

WEEKDAY_NUMBER = MappingProxyType(
    {name: number for number, name in enumerate(WEEKDAYS)}
    | {short: next(n for n, day in enumerate(WEEKDAYS) if day.startswith(short))
       for short in WEEKDAY_ABBREVIATIONS}
)  # fmt: skip
"""Every weekday name and short form, with its ``date.weekday()`` number (Monday is 0)."""

# --- filler --------------------------------------------------------------------------------

STOPWORDS = frozenset(
    str.split(
        "a an the of in on at to for by from as is are was were be been being it its that this "
        "these those and or with into over about than then there their they them he she his "
        "her we our you your i me my do does did has have had will would can could should may "
        "might must s"
    )
)
"""Function words that carry no fact of their own ("s" is what is left of a possessive)."""

RANK_ABBREVIATIONS = ("brig", "maj", "capt", "engr", "cmdr", "supt", "cpl")
"""Short forms of ranks written with a stop before a name ("Brig. Omar Saeed", "Engr. Ada
Obi"): a sentence does not end there (an outside check, 34: long titles before a name)."""

__all__ = [
    "COLLECTIVES",
    "LARGE_SCALES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NUMBER",
    "NUMBER_WORDS",
    "ONES",
    "ORDINALS",
    "RANK_ABBREVIATIONS",
    "SCALES",
    "STOPWORDS",
    "TENS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NUMBER",
]

# --- truces --------------------------------------------------------------------------------

# The nouns that name a truce. Rules that match by prefix ("ceasefires", "paused") read the
# stems; rules that match whole words read TRUCE_NOUNS. A rule wider than this (one that also
# counts "hostilities" or "deal" as the truce's word) adds its own words to it.
TRUCE_STEMS = (
    "ceasefire",
    "truce",
    "armistice",
    "cessation",
    "pause",
    "halt",
    "moratorium",
    "lull",
)
TRUCE_NOUNS = frozenset(TRUCE_STEMS) | frozenset(f"{stem}s" for stem in TRUCE_STEMS)
