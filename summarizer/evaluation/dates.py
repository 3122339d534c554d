"""Dates as the eval reads them: full dates parsed from the common written forms, partial
dates split into the parts they state, and relative phrases ("last week", "yesterday").

Gold keeps dates as the article writes them ("in April", "within two weeks", "Oct. 21"), and
models write the same date many ways. Comparing by parts lets a value that states fewer parts
match one that states more (a year present on one side only), while a part both state must
agree ("Oct. 21" is not "Oct. 12"). Numbers that are not calendar parts must agree too: a
quarter, half or ordinal week both sides state ("Q3" vs "Q4", "first" vs "second week of May"),
and every count ("within 30 days of"). Relative phrases compare by anchor (last / this / next)
and unit, or as calendar parts when the article's own date is known ("two days ago", "early
next year", a weekday against "October 21").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from summarizer.evaluation.decisive import read
from summarizer.text.normalize import fold, words
from summarizer.text.relative_dates import resolve
from summarizer.text.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[t ])", re.ASCII)
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)


def _date_tokens(text: str) -> list[str]:
    """Tokens with month abbreviations spelled out and ordinals stripped ("oct 21st" ->
    "october 21"), so that unparseable date phrases still compare sensibly as text."""
    out = []
    for token in words(text):
        day = _DAY.fullmatch(token)
        month = MONTH_NUMBER.get(token)
        out.append(day.group(1) if day else MONTHS[month - 1] if month else token)
    return out


def parse_date(text: str) -> dt.date | None:
    """A full calendar date from "2025-10-21", "Oct. 21, 2025", "October 21 2025",
    "21 October 2025" (optionally after a weekday); None for anything vaguer ("in April")."""
    iso = _ISO_DATE.match(fold(text).strip())
    parts: tuple[str, str, str] | None = None
    if iso:
        parts = (iso.group(1), iso.group(2), iso.group(3))
    else:
        tokens = _date_tokens(text)
        if tokens and tokens[0] in WEEKDAY_NUMBER:
            tokens = tokens[1:]
        if len(tokens) == 3 and _YEAR.fullmatch(tokens[2]):
            if tokens[0] in MONTH_NUMBER and _DAY.fullmatch(tokens[1]):
                parts = (tokens[2], str(MONTH_NUMBER[tokens[0]]), tokens[1])
            elif tokens[1] in MONTH_NUMBER and _DAY.fullmatch(tokens[0]):
                parts = (tokens[2], str(MONTH_NUMBER[tokens[1]]), tokens[0])
    if parts is None:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def normalise_date(text: str) -> str:
    """Canonical form of a date reference: ISO when it parses, else its date tokens."""
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else " ".join(_date_tokens(text))


_TIME_WORDS = frozenset(
    {"day", "week", "weekend", "month", "year", "spring", "summer", "autumn", "winter",
     "morning", "afternoon", "evening", "night", "hour", "decade", "quarter", "today",
     "yesterday", "tomorrow", "early", "mid", "late", "end", "beginning"}
)  # fmt: skip
_ANCHOR_WORDS = {
    "last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next",
    "upcoming": "next", "this": "this", "current": "this", "the": "this",
}  # fmt: skip


@dataclass(frozen=True)
class DateParts:
    """What a date reference states: calendar parts, a weekday, and its time words."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    anchor: str | None = None  # last / this / next
    time_words: tuple[str, ...] = ()
    # numbers that are not calendar parts: parts of a year or month ("Q3" = ("quarter", 3),
    # "the first week of May" = ("week", 1)), which one side may leave out like a day, and
    # counts ("within 30 days" = (30, "day")), which must agree whenever either side has one
    periods: tuple[tuple[str, int], ...] = ()
    counts: tuple[tuple[int, str], ...] = ()

    @property
    def absolute(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _TIME_WORDS else word


def date_parts(text: str, article_date: dt.date | None = None) -> DateParts:
    """The parts of a date reference; relative ones resolved when ``article_date`` is known
    ("yesterday", "last year", "next month"). A day is a 1-2 digit number next to a month."""
    full = parse_date(text)
    if full is not None:
        return DateParts(full.year, full.month, full.day, None)
    toks = list(read(text).words)
    year = month = day = weekday = None
    anchor: str | None = None
    time_words: list[str] = []
    periods: list[tuple[str, int]] = []
    counts: list[tuple[int, str]] = []
    shift = 0  # "two days ago" = -1, "in two days" = +1
    for index, token in enumerate(toks):
        token = _singular(token)
        previous = toks[index - 1] if index else ""
        following = _singular(toks[index + 1]) if index + 1 < len(toks) else ""
        if token.isdigit() and not _is_year(token) and not _is_day(toks, index):
            number = int(token)
            if following in _PERIODS:
                periods.append((following, number))
            else:
                counts.append((number, following if following in _TIME_WORDS else ""))
                if following in _SHIFT_UNITS:
                    after = toks[index + 2 : index + 4]
                    if "ago" in after or "earlier" in after or "before" in after:
                        shift = -1
                    elif previous == "in" or "later" in after or "now" in after:
                        shift = 1
        if (
            token in ("last", "final")
            and following in _PERIODS
            and toks[index + 2 : index + 3] == ["of"]
        ):
            periods.append((following, -1))  # "the last week of May"
            continue
        if token in MONTH_NUMBER:
            month = MONTH_NUMBER[token]
            before = toks[index - 2] if index >= 2 and toks[index - 1] == "of" else ""
            for near in (toks[index - 1] if index else "", following, before):
                if near.isdigit() and 1 <= int(near) <= 31 and len(near) <= 2:
                    day = int(near)
        elif token.isdigit() and len(token) == 4 and 1900 <= int(token) <= 2100:
            year = int(token)
        elif token in WEEKDAY_NUMBER:
            weekday = WEEKDAY_NUMBER[token]
        elif token in _ANCHOR_WORDS and token != "the":
            anchor = _ANCHOR_WORDS[token]
        elif token in ("the",) and (following in _TIME_WORDS or following in WEEKDAY_NUMBER):
            anchor = anchor or "this"
        elif token in _TIME_WORDS or token.isdigit():
            time_words.append(token)
    if anchor is None and (weekday is not None or time_words):
        anchor = "this"  # "by year's end" = "by the end of the year"
    parts = DateParts(
        year,
        month,
        day,
        weekday,
        anchor,
        tuple(sorted(time_words)),
        tuple(sorted(periods)),
        tuple(sorted(counts)),
    )
    if article_date is not None and not parts.absolute:
        if shift and len(counts) == 1 and counts[0][1] in _SHIFT_UNITS:
            return _shifted(shift * counts[0][0], counts[0][1], article_date)
        resolved = _resolve(parts, article_date)
        if resolved.absolute or resolved.weekday is not None:
            return resolved  # a weekday compares by its window (resolve_date_score)
        named = resolve(text, article_date)  # "the day before yesterday", "this morning"
        return DateParts(named.year, named.month, named.day) if named else resolved
    return parts


# Words after a number that make it part of a period rather than a count.
_PERIODS = frozenset({"quarter", "half", "week", "weekend"})
_SHIFT_UNITS = frozenset({"day", "week", "month", "year"})
# Where in a period: kept beside a resolved year or month ("early next year" = "early 2026").
_WITHIN_PERIOD = frozenset({"early", "mid", "late", "end", "beginning"})


def _is_year(token: str) -> bool:
    return len(token) == 4 and 1900 <= int(token) <= 2100


def _is_day(toks: list[str], index: int) -> bool:
    """A 1-2 digit number next to a month name is its day ("March 3", "3 March", "3rd of
    March")."""
    token = toks[index]
    near = [toks[i] for i in (index - 1, index + 1) if 0 <= i < len(toks)]
    if toks[index + 1 : index + 2] == ["of"]:
        near += toks[index + 2 : index + 3]
    return len(token) <= 2 and 1 <= int(token) <= 31 and any(n in MONTH_NUMBER for n in near)


def _shifted(amount: int, unit: str, today: dt.date) -> DateParts:
    """ "two days ago", "in three weeks", "two months ago" against the article's date."""
    if unit in ("day", "week"):
        day = today + dt.timedelta(days=amount * (7 if unit == "week" else 1))
        return DateParts(day.year, day.month, day.day)
    if unit == "year":
        return DateParts(year=today.year + amount)
    month_index = today.year * 12 + today.month - 1 + amount
    return DateParts(year=month_index // 12, month=month_index % 12 + 1)


_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_ANCHOR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _resolve(parts: DateParts, today: dt.date) -> DateParts:
    """A relative reference as calendar parts, against the article's date ("yesterday",
    "next month"; "early next year" keeps its "early")."""
    words = parts.time_words
    if len(words) == 1 and words[0] in _DAY_OFFSETS and parts.anchor in (None, "this"):
        day = today + dt.timedelta(days=_DAY_OFFSETS[words[0]])
        return DateParts(day.year, day.month, day.day)
    core = tuple(w for w in words if w not in _WITHIN_PERIOD)
    within = tuple(w for w in words if w in _WITHIN_PERIOD)
    if parts.anchor is not None and core in (("year",), ("month",)):
        offset = _ANCHOR_OFFSETS[parts.anchor]
        if core == ("year",):
            return DateParts(year=today.year + offset, time_words=within)
        month_index = today.year * 12 + today.month - 1 + offset
        return DateParts(year=month_index // 12, month=month_index % 12 + 1, time_words=within)
    return parts


def _nearest(month: int, day: int, today: dt.date) -> dt.date | None:
    """A month and day without a year, in the year that puts it nearest the article's date."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - today), default=None)


# How far from the article's date a weekday may be, by its anchor: "last Friday" is in the
# week before, "next Tuesday" within the two weeks after, a bare "Tuesday" within six days.
_WEEKDAY_WINDOW = {"last": (-7, -1), "next": (1, 13), "this": (-6, 6), None: (-6, 6)}


def resolve_date_score(gold: str, pred: str, article_date: dt.date | None) -> float | None:
    """1.0 or 0.0 when the date rule decides, None when neither side reads as a date."""
    left, right = date_parts(gold, article_date), date_parts(pred, article_date)
    if left.absolute and right.absolute:
        shared = [
            (a, b)
            for a, b in ((left.year, right.year), (left.month, right.month), (left.day, right.day))
            if a is not None and b is not None
        ]
        if not shared or any(a != b for a, b in shared):
            return 0.0
        if not _same_sub_parts(left, right):
            return 0.0
        if left.weekday is not None and right.weekday is not None:
            return float(left.weekday == right.weekday)
        return 1.0
    for absolute, relative in ((left, right), (right, left)):
        if absolute.absolute and relative.weekday is not None and not relative.time_words:
            if article_date is None or absolute.month is None or absolute.day is None:
                return 0.0
            if absolute.year is None:  # "October 21": the year is the article's
                when = _nearest(absolute.month, absolute.day, article_date)
            else:
                when = _full(absolute.year, absolute.month, absolute.day)
            if when is None:
                return 0.0
            low, high = _WEEKDAY_WINDOW.get(relative.anchor, (-6, 6))
            return float(
                when.weekday() == relative.weekday and low <= (when - article_date).days <= high
            )
    if left.absolute or right.absolute:
        return 0.0
    if (
        left.weekday is None
        and right.weekday is None
        and not left.time_words
        and not right.time_words
    ):
        return None
    same = (left.weekday, left.anchor, left.time_words) == (
        right.weekday,
        right.anchor,
        right.time_words,
    )
    return float(same)


def _full(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _same_sub_parts(left: DateParts, right: DateParts) -> bool:
    """Numbers that are not calendar parts agree: a period both state ("Q3" vs "Q4", "first"
    vs "second week") and every count ("within 30 days" vs "within 60 days")."""
    for kind in {k for k, _ in left.periods} & {k for k, _ in right.periods}:
        if {n for k, n in left.periods if k == kind} != {n for k, n in right.periods if k == kind}:
            return False
    return left.counts == right.counts


__all__ = ["DateParts", "date_parts", "normalise_date", "parse_date", "resolve_date_score"]
