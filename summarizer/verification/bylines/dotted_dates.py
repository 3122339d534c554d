"""Dates written with dots (an outside check, session 14: "Published 23.06.2016", "23.06.2016
14:05" and "2016.06.23" supported no published date 2016-06-23), read for the page's date
lines (:mod:`summarizer.verification.bylines.date_lines`) and its published date
(:func:`summarizer.verification.bylines.metadata.support_date`):

- "2016.06.23" is year, month, day;
- "23.06.2016" is day, month, year when the day cannot be a month (above 12), and so is
  every dotted date of a page whose other dotted dates are written day first; a page whose
  dotted dates put a number above 12 second is written month first, and is read so;
- an ambiguous one ("03.04.2016", both numbers 12 or below, on a page whose other dotted
  dates do not tell the order) is decided by the page's other full dates ("April 3, 2016"
  elsewhere: 3 April), else it is *unread*: either reading is unconfirmed, never guessed,
  and any other date is still refused where it is the page's date line.

Left out: two-digit years ("23.06.16") and dates with a dot after the day alone ("23.
Juni 2016"), which a German page writes and this project does not read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from .date_orders import day_first_prose

_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)(?![\d]|\.\d)")
_YEAR_FIRST = re.compile(r"(?<![\d.])((?:1[89]|20)\d\d)\.(\d{1,2})\.(\d{1,2})(?![\d]|\.\d)")
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"
# Every dotted date holds a dot, one or two digits and a dot: a literal first character the
# regex engine scans for fast, where the patterns above (opening with a look-behind and a
# digit) are tried at every position of the page; most pages have no dotted date at all.
_PROBE = re.compile(r"\.\d{1,2}\.")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dotted(line: str, order: str | None = None) -> list[tuple[int, int, tuple[dt.date, ...]]]:
    """The dotted dates ``line`` writes, each with where it starts and ends and its readings:
    one, or two for an ambiguous one when ``order`` (the page's, :func:`page_order`) does not
    decide it."""
    found: list[tuple[int, int, tuple[dt.date, ...]]] = []
    if _PROBE.search(line) is None:
        return found
    for match in _YEAR_FIRST.finditer(line):
        day = _date(int(match[1]), int(match[2]), int(match[3]))
        if day is not None:
            found.append((match.start(), match.end(), (day,)))
    for match in _DAY_FIRST.finditer(line):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day_first, month_first = _date(year, second, first), _date(year, first, second)
        readings: tuple[dt.date | None, ...]
        if order == DAY_FIRST or month_first is None or first == second:
            readings = (day_first,)
        elif order == MONTH_FIRST or day_first is None:
            readings = (month_first,)
        else:
            readings = (day_first, month_first)
        kept = tuple(day for day in readings if day is not None)
        if kept:
            found.append((match.start(), match.end(), kept))
    return found


def page_order(text: str) -> str | None:
    """The order the page's dotted dates are written in, from those a number above 12 tells:
    None when none tells, or they disagree."""
    orders = set()
    if _PROBE.search(text) is None:
        return None
    for match in _DAY_FIRST.finditer(text):
        first, second = int(match[1]), int(match[2])
        if first > 12 >= second:
            orders.add(DAY_FIRST)
        elif second > 12 >= first:
            orders.add(MONTH_FIRST)
    return next(iter(orders)) if len(orders) == 1 else None


def read_dotted(
    text: str, others: Callable[[], Iterable[dt.date]]
) -> tuple[set[dt.date], set[dt.date]]:
    """(the dates the page's dotted dates state, the readings of those it leaves unread): an
    ambiguous one is read as the reading the page's ``others()`` (its full dates written
    otherwise) give, when they give exactly one, else the order of the page's dates in words
    ("6 March": day first; :mod:`date_orders`). ``others`` is called only for an ambiguous
    date: reading every date of the page cost more than the rest of the date check."""
    known: set[dt.date] | None = None
    prose: tuple[bool | None] | None = None
    read: set[dt.date] = set()
    unread: set[dt.date] = set()
    for _, _, readings in dotted(text, page_order(text)):
        if len(readings) == 1:
            read.add(readings[0])
            continue
        known = set(others()) if known is None else known
        backed = [day for day in readings if day in known]
        if len(backed) != 1 and prose is None:
            prose = (day_first_prose(text),)  # "6 March" in the story: day first (date_orders)
        if len(backed) == 1:
            read.add(backed[0])
        elif prose is not None and prose[0] is not None:
            read.add(readings[0] if prose[0] else readings[1])  # (day first, month first)
        else:
            unread.update(readings)
    return read, unread - read


__all__ = ["dotted", "page_order", "read_dotted"]
