"""A number with its scale glued on, as British and financial copy writes money: "£37bn",
"$8.2bn", "€450m", "£12k", "$1.2tn" (outside check 75: every "£Nbn" of a page went unread, so
"cost increase since 2012, £bn" = 37 was "not stated" beside "more than £37bn").

:func:`summarizer.verification.figures.numbers.numbers_in` had read any letters glued to a
number as an ordinal's suffix ("84th") and skipped the number. A scale suffix is no ordinal:
"bn", "mn", "tn", "trn" are always a scale; "m" and "k" only after a currency sign ("£450m"),
since "100m" alone is as often a hundred metres and "5k" a race. The number is read as its
value times the scale, so a field naming no scale never meets it as the bare number ("37"
for "£37bn" means 37, which the page does not say).

A field whose ``what`` names its scale ("cost of the scheme, £bn", "revenue ($m)") counts in
that scale: :func:`field_scale` gives the factor, which
:func:`summarizer.verification.figures.spoken_decimals.scaled` applies to the wanted value.
A field in "£bn" is then not met by "£37m" (37 million is not 37 billion).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.mark_search import matches_from
from ..page.tokens import CURRENCY_SIGNS as _PAGE_SIGNS
from ..page.tokens import Token

# Suffixes that are a scale whatever stands before the number.
_ALWAYS = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12}
# Suffixes that are a scale only after a currency sign ("£450m"; not "100m", "5k").
_SIGNED = {"m": 1e6, "k": 1e3, "b": 1e9}
# The page's currency signs (page.tokens, the one table of the money readers) and the rupee
# and won signs, which only a glued scale reads so far ("₹450m").
_SIGNS = frozenset(_PAGE_SIGNS) | {"\u20b9", "\u20a9"}
_SIGN = "[" + "".join(sorted(_SIGNS)) + "]"

# A what's scale: a scale word or abbreviation standing alone ("£bn", "(bn)", "billion",
# "$m", "millions"): a bare "m" or "k" only with a currency sign.
_FIELD = re.compile(
    r"(?:^|[\s(,/])" + _SIGN + r"?(bn|mn|tn|trn|billions?|millions?|trillions?|thousands?)"
    r"(?=$|[\s),/.;:])|(?:^|[\s(,/])" + _SIGN + r"(m|k)(?=$|[\s),/.;:])",
    re.IGNORECASE,
)
_WORDS = {
    "bn": 1e9, "billion": 1e9, "mn": 1e6, "million": 1e6, "tn": 1e12, "trn": 1e12,
    "trillion": 1e12, "thousand": 1e3, "m": 1e6, "k": 1e3,
}  # fmt: skip


def glued_scale(tokens: Sequence[Token], index: int, text: str) -> float | None:
    """The factor of a scale suffix glued to the number at ``tokens[index]`` ("37bn": 1e9;
    "£450m": 1e6), or None when the next token is no glued scale. A scale one space after
    its number reads the same ("£54 bn", "$1.2 tn", "€450 m"): copy sets the abbreviation
    apart as often as it glues it, and it is the same amount."""
    if index + 1 >= len(tokens):
        return None
    suffix = tokens[index + 1].text.lower()
    if not tokens[index + 1].attached:  # "54 bn", "$1.2 tn", "£450 m": one space between
        spaced = text and text[tokens[index].end : tokens[index + 1].start] in _ONE_SPACE
        if not spaced or suffix.isdigit():
            return None
        if suffix in _ALWAYS and suffix not in _SIGNED_SPACED:
            return _ALWAYS[suffix]
        suffix = suffix if suffix in _SIGNED or suffix in _SIGNED_SPACED else ""
    elif suffix in _ALWAYS:
        return _ALWAYS[suffix]
    factor = _SIGNED.get(suffix) or _ALWAYS.get(suffix)
    if factor and text:
        start = tokens[index].start
        before = text[max(start - 2, 0) : start].strip()
        if before and before[-1] in _SIGNS:
            return factor
    return None


# The gaps a spaced scale may stand after its number ("54 bn"), and the scales that, spaced,
# are one only after a currency sign ("5 tn" may be tonnes; "$1.2 tn" is a trillion).
_ONE_SPACE = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
_SIGNED_SPACED = frozenset({"tn", "trn"})


_GLUED_TEXT = re.compile(
    r"(" + _SIGN + r"?)(\d[\d,]*(?:\.\d+)?)(bn|mn|tn|trn|m|k|b)\b", re.IGNORECASE
)
_SPACED_TEXT = re.compile(
    r"(" + _SIGN + r"?)(\d[\d,]*(?:\.\d+)?)[ \u00a0\u202f\u2009](bn|mn|tn|trn|m|k|b)\b",
    re.IGNORECASE,
)


def glued_values(text: str) -> set[float]:
    """The value of every glued-scale number of ``text`` ("£2.2bn": 2.2e9), as
    :func:`glued_scale` reads them, for readers that look a page's numbers up whole (a
    summary's "£2.2bn" is read as 2.2e9 and must be found in a page that writes "£2.2bn")."""
    found: set[float] = set()
    glued_at, spaced_at = _glued_starts(text)
    for match in matches_from(_GLUED_TEXT, text, glued_at):
        sign, digits, suffix = match.groups()
        suffix = suffix.lower()
        factor = _ALWAYS.get(suffix) or (_SIGNED.get(suffix) if sign else None)
        if factor:
            found.add(times(float(digits.replace(",", "")), factor))
    for match in matches_from(_SPACED_TEXT, text, spaced_at):  # "£54 bn"
        sign, digits, suffix = match.groups()
        suffix = suffix.lower()
        spaced = suffix in _ALWAYS and suffix not in _SIGNED_SPACED
        factor = _ALWAYS[suffix] if spaced else _SIGNED.get(suffix, _ALWAYS.get(suffix))
        factor = factor if spaced or sign else None
        if factor:
            found.add(times(float(digits.replace(",", "")), factor))
    return found


# A digit (or a thousands comma) right before a scale's first letter, in any case the pattern
# folds ("K" is also the Kelvin sign), or before one spacing character and that letter: where a
# glued or a spaced number ends ("£2.2bn", "£54 bn"). Both full patterns open with an optional
# sign and were tried at every character of the page (sessions 35 and 36); "[\d,]" stops the
# search at every comma and digit, so both ends are found in one pass. Matches cannot hide one
# another: a gap or a letter is never a digit or a comma.
_GAPS = re.compile("[\\d,]([ \u00a0\u202f\u2009]?)[bmtkBMTK\u212a]")


def _glued_starts(text: str) -> tuple[list[int], list[int]]:
    """Where a match of :data:`_GLUED_TEXT`, and one of :data:`_SPACED_TEXT`, can open: in the
    run of digits, commas and points ending at such an end, or at the sign before that run."""
    glued: set[int] = set()
    spaced: set[int] = set()
    for glue in _GAPS.finditer(text):
        first = glue.start()
        while first and (text[first - 1].isdecimal() or text[first - 1] in ",."):
            first -= 1
        (spaced if glue.group(1) else glued).update(range(max(first - 1, 0), glue.start() + 1))
    return sorted(glued), sorted(spaced)


def times(value: float, factor: float) -> float:
    """``value`` times a scale, rounded to a whole number when the product is one up to
    float error ("8.2 billion" is 8,200,000,000, not 8,199,999,999.999999)."""
    product = value * factor
    whole = round(product)
    return float(whole) if abs(product - whole) < 1e-6 * max(1.0, factor) else product


def field_scale(what: str) -> float:
    """The scale a count's ``what`` names for its value ("cost increase since 2012, £bn":
    1e9; "revenue ($m)": 1e6), or 0 when it names none."""
    found = _FIELD.search(what)
    if found is None:
        return 0.0
    word = (found.group(1) or found.group(2)).lower()
    return _WORDS.get(word, _WORDS.get(word.rstrip("s"), 0.0))


__all__ = ["field_scale", "glued_scale", "glued_values", "times"]
