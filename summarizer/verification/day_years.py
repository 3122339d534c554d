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
from summarizer.verification.context import Context

_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:,?\s+((?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|['\u2019]\d\d\b")
_ISO = re.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*")
_CLIPPED = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+['\u2019](\d\d)\b",
    re.IGNORECASE,
)


def _days(text: str) -> list[tuple[tuple[int, int], str | None]]:
    found = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day = match.group(1) or match.group(4)
        month = MONTH_NUMBER[(match.group(2) or match.group(3)).lower()]
        found.append(((month, int(day)), match.group(5)))
    return found


def _value_days(value: str) -> list[tuple[tuple[int, int], str | None]]:
    """The days a value writes with their years: as the evidence writes them, or in ISO or
    clipped form (see the module)."""
    if iso := _ISO.fullmatch(value):
        month, day = int(iso.group(2)), int(iso.group(3))
        return [((month, day), iso.group(1))] if 1 <= month <= 12 and 1 <= day <= 31 else []
    clipped: list[tuple[tuple[int, int], str | None]] = [
        (
            (
                MONTH_NUMBER[(match.group(2) or match.group(3)).lower()],
                int(match.group(1) or match.group(4)),
            ),
            f"20{match.group(5)}",
        )
        for match in _CLIPPED.finditer(value)
    ]
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
