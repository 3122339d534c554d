"""A day written with a year is not supported by the same day in another year (an outside
check, session 19: "4 October 2023" passed on "4 October 2024: Member States did not reach the
qualified majority", because a day's keys are its month and day). When the value writes a year
with its day ("4 October 2023", "March 5, 2025") and every evidence sentence that writes that
day writes it with another year, the value is refused; a day written without a year, or with
the value's, is left to the other rules.

The value may write its year another way (session 20, a reviewer's leftover): in ISO form
("2023-10-04", with or without a time after it) or clipped after an apostrophe ("Oct 4 '23",
read as 2000 to 2099). Only the value is read in these forms: in the evidence, "4/10/2024" has
no one order of day and month.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTH_NUMBER
from ..context import Context

_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# "4 October", "4th Oct.", "October 4": groups 1-2 or 3-4; the year's forms follow.
_DAY_MONTH = (
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?"
    rf"|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
)
_DAY_MONTH_YEAR = re.compile(_DAY_MONTH + r"(?:,?\s+((?:19|20)\d\d)\b)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|['\u2019]\d\d\b")
_ISO = re.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*")
_CLIPPED = re.compile(_DAY_MONTH + r",?\s+['\u2019](\d\d)\b", re.IGNORECASE)

Day = tuple[tuple[int, int], str | None]  # (month, day) and the year written, if any


def _day_of(match: re.Match[str], year: str | None) -> Day:
    month = MONTH_NUMBER[(match.group(2) or match.group(3)).lower()]
    return (month, int(match.group(1) or match.group(4))), year


def _days(text: str) -> list[Day]:
    return [_day_of(match, match.group(5)) for match in _DAY_MONTH_YEAR.finditer(text)]


def _value_days(value: str) -> list[Day]:
    """The days a value writes with their years: as the evidence writes them, or in ISO or
    clipped form (see the module)."""
    if iso := _ISO.fullmatch(value):
        month, day = int(iso.group(2)), int(iso.group(3))
        return [((month, day), iso.group(1))] if 1 <= month <= 12 and 1 <= day <= 31 else []
    clipped = [_day_of(match, f"20{match.group(5)}") for match in _CLIPPED.finditer(value)]
    return clipped or _days(value)


def other_year(value: str, ctx: Context) -> str | None:
    """Why the value's day is refused when its evidence writes that day only in another year
    (see the module); None otherwise."""
    if not _YEAR.search(value):
        return None
    wanted = [(day, year) for day, year in _value_days(value) if year]
    if len(wanted) != 1:
        return None
    (day, year), others = wanted[0], set()
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        for found, written in _days(ctx.article.text[start:end]):
            if found != day:
                continue
            if written is None or written == year:
                return None
            others.add(written)
    if not others:
        return None
    return f"{value!r} names {year}; its evidence gives that day in {', '.join(sorted(others))}"


__all__ = ["other_year"]
