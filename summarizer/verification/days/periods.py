"""Relative periods ("last week", "earlier this month", "in recent days", "next week") read as
keys, like the days of :mod:`summarizer.verification.days.dates`.

A value such as "last week" names no day, time, month or year, so nothing checked it and any
period passed (outside check 23 planted "last week" and "last few days" for events the
evidence dates otherwise). A period is a unit ("days", "week", "weeks", "weekend", "month",
"months") and a direction: the past ("last", "past", "previous", "preceding", "recent", "in
recent"), the current one ("this") or the next ("next", "coming", "upcoming", "following").
"last week", "the past week" and "the previous week" are one period; a count before the unit
("the past few days", "the last two weeks", "several months") keeps it plural and drops the
count. A part ("earlier / early", "later / late") narrows it: the value's "earlier this week"
needs the evidence's "earlier this week" or a plain "this week", never "later this week"; the
evidence's plain "this week" backs either part. "over / at / during the weekend" is the weekend
just past or this one. "the last week of March", "the past months of the war" name no
relative period (the month or the year is checked). "a week ago" and "a month ago" are last
week and last month, "(a few / two) days / weeks ago" the past days or weeks.

The keys go through the same role reading as days ("last week's summit" is a meeting's
period), so another occasion's period is refused as its day would be.
"""

from __future__ import annotations

import re

from ..page.mark_search import folded

PeriodKey = tuple[str, str, str, str]

_DIRECTION = {
    "last": "past",
    "past": "past",
    "previous": "past",
    "preceding": "past",
    "recent": "past",
    "next": "next",
    "coming": "next",
    "upcoming": "next",
    "following": "next",
    "this": "this",
}
_COUNT = r"(?:few|several|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_UNITS = {
    "day": "",
    "days": "days",
    "week": "week",
    "weeks": "weeks",
    "weekend": "weekend",
    "weekends": "",
    "month": "month",
    "months": "months",
}
PERIOD = re.compile(
    r"\b(?:(?P<part>earlier|later|early|late)\s+(?:(?:in|on)\s+)?)?(?:the\s+)?"
    r"(?P<dir>last|past|previous|preceding|recent|next|coming|upcoming|following|this)\s+"
    rf"(?:(?P<count>{_COUNT})\s+)?(?P<unit>days?|weeks?|weekends?|months?)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "a week ago", "a few days ago", "two weeks ago": the past period ("a week ago" is "last week").
_AGO = re.compile(
    rf"\b(?:(?P<one>a|one)|(?:a\s+)?{_COUNT})\s+(?P<unit>days?|weeks?|months?)\s+ago\b",
    re.IGNORECASE,
)
_THE_WEEKEND = re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b", re.IGNORECASE)
_UNIT_WORD = re.compile(r"week|month|days", re.IGNORECASE)
_PARTS = {"earlier": "early", "later": "late", "early": "early", "late": "late"}


def period_mentions(text: str, generous: bool) -> list[tuple[frozenset[PeriodKey], int, int]]:
    """The periods ``text`` states, each as its keys and span (see the module). ``generous``:
    read as evidence, where a period without a part backs any part of it."""
    found: list[tuple[frozenset[PeriodKey], int, int]] = []
    if not _UNIT_WORD.search(text):
        return found  # most sentences name no period: one cheap scan instead of three
    for match in PERIOD.finditer(text):
        unit = _UNITS[match["unit"].lower()]
        if match["count"] and unit in {"week", "month"}:
            unit += "s"  # "the past two week" is no English; a count makes it plural
        direction = _DIRECTION[match["dir"].lower()]
        if not unit or (unit in {"days", "weeks", "months"} and direction == "this"):
            continue  # "the next day", "this days": another reading
        part = _PARTS.get((match["part"] or "").lower(), "")
        found.append((_keys(unit, direction, part, generous), match.start(), match.end()))
    lowered = folded(text)  # a pattern's word missing from it: the pattern cannot match
    for match in _AGO.finditer(text) if lowered is None or "ago" in lowered else ():
        unit = match["unit"].lower()
        unit = unit.rstrip("s") if match["one"] else unit.rstrip("s") + "s"
        if unit != "day":  # "a day ago" is yesterday, no period
            found.append((_keys(unit, "past", "", generous), match.start(), match.end()))
    for match in _THE_WEEKEND.finditer(text) if lowered is None or "weekend" in lowered else ():
        keys = _keys("weekend", "past", "", generous) | _keys("weekend", "this", "", generous)
        found.append((keys, match.start(), match.end()))
    return found


def _keys(unit: str, direction: str, part: str, generous: bool) -> frozenset[PeriodKey]:
    if not generous:
        return frozenset({("period", unit, direction, part)})
    parts = {part, ""} if part else {"", "early", "late"}
    return frozenset(("period", unit, direction, each) for each in parts)


__all__ = ["PERIOD", "PeriodKey", "period_mentions"]
