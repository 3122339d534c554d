"""Whether a fact's day (when a ceasefire starts, when an event happened) is the one its
evidence states, read the way a fact-checker reads it.

A day is a month and a day of the month ("July 28", "Oct. 12", "28 July", "2025-07-28") or a
relative day ("Monday", "today", "yesterday", "tomorrow", "tonight"). Each is read as a key:
the month and day, and for a relative day also its word and, when the article's date is known,
the month and day it resolves to (:func:`summarizer.text.relative_dates.resolve`, the same
resolution as ``GroundingReport.dates``). The value is supported when one of its keys is one of
its evidence sentences' keys: "July 29" is not "July 28", "Oct. 12" is not "Oct. 21", "July 28"
is "on Monday" in an article of Wednesday July 30; a dateline's date ("PHNOM PENH, July 30
(Wire) -") is when the story was filed, not a day it reports. A value that names no day ("over the
holiday", "in April", "a week ago", "within hours of the call") has nothing to check here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.relative_dates import resolve
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from summarizer.verification.context import Context, Result, no_evidence

_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NUMBER), key=len, reverse=True))
# Month names are matched capitalised: "may 5" is a modal verb before a number.
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*(\d{{1,2}}))?\b(?![\d:])"
)  # "July 28", "Oct. 12th", "July 28-29" (both days)
_DAY_MONTH = re.compile(rf"(?<![\d.,:])\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)

Key = tuple[str, int, int] | tuple[str, str]


def day_keys(text: str, published: dt.date | None) -> frozenset[Key]:
    """The days ``text`` states, as keys (see the module)."""
    keys: set[Key] = set()
    days = [
        (MONTH_NUMBER[match[1].lower()], int(day))
        for match in _MONTH_DAY.finditer(text)
        if not _dateline(text[: match.start()])
        for day in (match[2], match[3])
        if day
    ]
    days += [(MONTH_NUMBER[month.lower()], int(day)) for day, month in _DAY_MONTH.findall(text)]
    days += [(int(month), int(day)) for _, month, day in _ISO.findall(text)]
    keys.update(("day", month, day) for month, day in days if 1 <= day <= 31)
    for word in _RELATIVE.findall(text):
        word = word.lower()
        keys.add(("word", word))
        resolved = resolve(word, published)
        if resolved is not None:
            keys.add(("day", resolved.month, resolved.day))
    return frozenset(keys)


def _dateline(before: str) -> bool:
    """Whether a date follows a dateline's place ("PHNOM PENH, July 30 (Wire) - ..."): the
    day the story was filed, not a day it reports."""
    place = before.strip().rstrip(",").replace(" ", "").replace(".", "")
    return bool(place) and place.isalpha() and place.isupper()


def support_when(value: Any, rule: Supported, ctx: Context) -> Result:
    """A day (see the module) that one of the fact's evidence sentences states."""
    if not ctx.sentences:
        return no_evidence(ctx)
    wanted = day_keys(str(value), ctx.published)
    if not wanted:
        return True, ""  # names no single day: nothing to check
    for index in ctx.sentences:
        key = ("day keys", index, ctx.published)
        found: frozenset[Key] | None = ctx.article.memo.get(key)
        if found is None:
            start, end = ctx.article.sentences[index]
            found = ctx.article.memo[key] = day_keys(ctx.article.text[start:end], ctx.published)
        if wanted & found:
            return True, ""
    return False, f"{value!r} is not a day its evidence states"
