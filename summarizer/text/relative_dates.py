"""One calendar day for a date expression, read against the article's own date.

The project's small interface over dateparser: :func:`resolve`. The common forms resolve by a
few exact rules first (ISO dates, "today", "yesterday", a weekday, "Oct. 16"); the rest go to
dateparser ("21 October", "tomorrow", "two days ago", "the day before yesterday", "next
Friday", "this morning"). Only an expression that names one day resolves: a week, month or
year ("last week", "in April", "next year"), a span or deadline ("within two weeks", "by
Friday", "since Monday") and the vague ("soon", "the future", "three days later", which counts
from some event rather than the article) stay None.

A date without a year, and a bare weekday, are the most recent one on or before the article's
date: news mostly reports what has happened ("on Tuesday" in Tuesday's paper is that day).

dateparser is imported on first use: it takes a quarter of a second to import, and the CLI's
``--help`` must not pay for it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.text.normalize import fold, normalise_short
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

# "monday", "on monday", "last monday" -> 0, ...
_WEEKDAY_FORMS = {
    form + day: index for index, day in enumerate(WEEKDAYS) for form in ("", "on ", "last ")
}
_MONTH_DAY = re.compile(r"(?:on )?([a-z]{3})[a-z]* (\d{1,2})(?: (\d{4}))?")
# Words that make an expression a span, a deadline, a position in a period or a count from
# some other event: dateparser would still pick a day for several of them ("by Friday").
_VAGUE = frozenset(
    {"by", "until", "till", "before", "after", "since", "within", "around", "about", "from",
     "later", "earlier", "following", "previous", "early", "late", "mid", "end",
     "beginning", "start", "between", "through", "during", "or", "and"}
)  # fmt: skip
_EXACT_PHRASES = ("the day before yesterday", "the day after tomorrow")
# What dateparser reports an expression to name: one day (or a time on it) resolves; a week
# only as an exact offset ("a week ago", "in two weeks"), never "last week" or "this week".
_DAY_PERIODS = frozenset({"day", "part_of_day", "time"})
# A week, month or year named as a whole ("this week", "last month", "in April", "April
# 2025"): dateparser reads each as a period, which names no day, so it is not asked. Its
# import and first parse cost about half a second of a cold run, and answers hold these
# forms more than any other (a test holds the rule to dateparser's own reading).
_PERIOD = re.compile(
    r"(?:(?:in )?the (?:coming |past )?|this (?:coming |past )?|last |next |in )?"
    r"(?:week|month|year|(?P<month>[a-z]+)(?: \d{4})?)"
)


def resolve(expression: str, published: dt.date | None) -> dt.date | None:
    """The day ``expression`` names, given the article's date ``published``; None when it names
    no single day or (unless it is an ISO date) the article's date is unknown."""
    try:
        return dt.date.fromisoformat(expression.strip())
    except ValueError:
        pass
    if published is None:
        return None
    text = normalise_short(expression)
    found = _by_rule(text, published)
    if found is not None or not _worth_parsing(text) or _names_a_period(text):
        return found
    return _by_dateparser(fold(expression).strip(), text, published)


def _by_rule(text: str, published: dt.date) -> dt.date | None:
    """The forms read before dateparser came in, kept exactly as they were."""
    if text in {"today", "on today"}:
        return published
    if text == "yesterday":
        return published - dt.timedelta(days=1)
    index = _WEEKDAY_FORMS.get(text)
    if index is not None:
        delta = (published.weekday() - index) % 7
        return published - dt.timedelta(days=delta or (7 if text.startswith("last") else 0))
    match = _MONTH_DAY.fullmatch(text)
    if match and match.group(1) in MONTH_NUMBER:
        year = int(match.group(3)) if match.group(3) else published.year
        try:
            found = dt.date(year, MONTH_NUMBER[match.group(1)], int(match.group(2)))
        except ValueError:
            return None
        if not match.group(3) and found > published:
            found = found.replace(year=year - 1)
        return found
    return None


def _worth_parsing(text: str) -> bool:
    """Words, not a bare number ("21" is no date), and nothing that makes it vague."""
    if not re.search(r"[a-z]", text) or len(text) > 60:
        return False
    joined = " ".join(re.findall(r"[a-z]+", text))
    for exact in _EXACT_PHRASES:
        joined = joined.replace(exact, "")
    return not any(t in _VAGUE for t in joined.split()) and "next day" not in joined


def _names_a_period(text: str) -> bool:
    """A whole week, month or year (see ``_PERIOD``): no single day."""
    match = _PERIOD.fullmatch(text)
    return match is not None and (match["month"] is None or match["month"] in MONTH_NUMBER)


@lru_cache(maxsize=4096)
def _by_dateparser(folded: str, text: str, published: dt.date) -> dt.date | None:
    """dateparser's reading of the folded expression (punctuation kept: "Oct. 21, 2025");
    ``text`` is its normalised form."""
    data = _parser(published).get_date_data(folded)
    when: dt.datetime | None = data.date_obj
    if when is None:
        return None
    exact_week = data.period == "week" and (text.startswith("in ") or text.endswith(" ago"))
    if data.period not in _DAY_PERIODS and not exact_week:
        return None
    return when.date()


@lru_cache(maxsize=64)
def _parser(published: dt.date) -> DateDataParser:
    from dateparser.date import DateDataParser

    # The end of the article's day, so that "Oct. 21 at 3pm" in Oct. 21's paper is that day
    # rather than a year before under the preference for the past.
    base = dt.datetime.combine(published, dt.time(23, 59, 59))
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


__all__ = ["resolve"]
