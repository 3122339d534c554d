"""Whether the year a date value names is a year its evidence states.

:mod:`summarizer.verification.days.dates` reads days, clock times and months; a value that named
only a year ("2016", "in 2015", "last year") had nothing to check there and passed, so a year
the article never gives (or the year of another event) went through as verified. Here a year
is a key: a four-digit year ("2016", "March 2019", the year of "2025-07-28"), or a relative
year ("last year", "next year", and in the evidence "this year"), which is also the year it
resolves to when the article's date is known. A value's every year must be one of its
evidence's years: "in 2015" is "last year" in a 2016 article, "2019" is not "2016".

Only years are read: a value that also names a day is checked on the day (an article rarely
repeats the year beside "on Monday"), and "this year" in a value is not checked (it is the
article's own year, which evidence seldom writes out).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from ..context import Context

# A year: 1800-2099, not inside a longer number, a price, a decimal or a percentage
# ("$2,016", "2016.5", "2016%"), and not the hour of a wire clock ("2015 GMT").
_YEAR = re.compile(
    r"(?<![\d$\u00a3\u20ac.,:])\b(1[89]\d\d|20\d\d)\b(?![\d%]|[.,]\d|\s*(?:GMT|UTC|hrs\b|local\b))"
)
_RELATIVE_YEAR = re.compile(r"\b(last|next|this)\s+year\b", re.IGNORECASE)
_SHIFT = {"last": -1, "next": 1, "this": 0}

YearKey = int | str
YearSkip = Callable[[int, int, int], bool]


def _relative(word: str, published: dt.date | None) -> set[YearKey]:
    keys: set[YearKey] = {f"{word} year"}
    if published is not None:
        keys.add(published.year + _SHIFT[word])
    return keys


def evidence_years(text: str, published: dt.date | None) -> frozenset[YearKey]:
    """Every year ``text`` states, as keys (see the module)."""
    keys: set[YearKey] = {int(match[1]) for match in _YEAR.finditer(text)}
    for match in _RELATIVE_YEAR.finditer(text):
        keys |= _relative(match[1].lower(), published)
    return frozenset(keys)


@lru_cache(maxsize=4096)
def wanted_years(value: str, published: dt.date | None) -> tuple[frozenset[YearKey], ...]:
    """What a value must find, one key set per year it names ("2015 or 2016" is two)."""
    wanted: list[frozenset[YearKey]] = [
        frozenset({int(match[1])}) for match in _YEAR.finditer(value)
    ]
    for match in _RELATIVE_YEAR.finditer(value):
        word = match[1].lower()
        if word != "this":
            wanted.append(frozenset(_relative(word, published)))
    return tuple(dict.fromkeys(wanted))


def missing_year(value: str, ctx: Context, skip: YearSkip | None = None) -> str:
    """The first year ``value`` names that no evidence sentence of ``ctx`` states, as
    written in the value; empty when every one is there (or it names none). ``skip``: a
    year written at (sentence, start, end) that is not the field's (another bill's)."""
    wanted = wanted_years(value, ctx.published)
    if not wanted:
        return ""
    stated: set[YearKey] = set()
    for index in ctx.sentences:
        for keys, low, high in _sentence_years(ctx, index):
            if skip is None or not skip(index, low, high):
                stated |= keys
    for keys in wanted:
        if not keys & stated:
            words = [key for key in keys if isinstance(key, str)]  # "last year", as written
            return words[0] if words else str(next(iter(keys)))
    return ""


def _sentence_years(ctx: Context, index: int) -> list[tuple[frozenset[YearKey], int, int]]:
    """A sentence's years with their spans (in the article's text), read once per article."""
    key = ("years", index, ctx.published)
    found: list[tuple[frozenset[YearKey], int, int]] | None = ctx.article.memo.get(key)
    if found is None:
        start, end = ctx.article.sentences[index]
        found = [
            (evidence_years(match[0], ctx.published), match.start(), match.end())
            for pattern in (_YEAR, _RELATIVE_YEAR)
            for match in pattern.finditer(ctx.article.text, start, end)
        ]
        ctx.article.memo[key] = found
    return found
