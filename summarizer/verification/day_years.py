"""A day written with a year is not supported by the same day in another year (an outside
check, session 19: "4 October 2023" passed on "4 October 2024: Member States did not reach the
qualified majority", because a day's keys are its month and day). When the value writes a year
with its day ("4 October 2023", "March 5, 2025") and every evidence sentence that writes that
day writes it with another year, the value is refused; a day written without a year, or with
the value's, is left to the other rules.
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _days(text: str) -> list[tuple[tuple[int, int], str | None]]:
    found = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day = match.group(1) or match.group(4)
        month = MONTH_NUMBER[(match.group(2) or match.group(3)).lower()]
        found.append(((month, int(day)), match.group(5)))
    return found


def other_year(value: str, ctx: Context) -> str | None:
    """Why the value's day is refused when its evidence writes that day only in another year
    (see the module); None otherwise."""
    if not _YEAR.search(value):
        return None
    wanted = [(day, year) for day, year in _days(value) if year]
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
