"""Date expressions resolved against the article's date (summarizer.text.relative_dates, over
dateparser): what names one day resolves to it, what names a week, a month, a span or nothing
stays None. The article here is Tuesday 21 October 2025."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from summarizer.evaluation.dates import date_parts, resolve_date_score
from summarizer.text.relative_dates import resolve
from summarizer.verification.grounding import resolve_date

TUESDAY = dt.date(2025, 10, 21)
D = dt.date

RESOLVES = [
    # what worked before dateparser, unchanged
    ("today", D(2025, 10, 21)),
    ("yesterday", D(2025, 10, 20)),
    ("on Tuesday", D(2025, 10, 21)),  # the article's own weekday is that day
    ("last Tuesday", D(2025, 10, 14)),
    ("Thursday", D(2025, 10, 16)),  # a bare weekday is the most recent one
    ("Oct. 16", D(2025, 10, 16)),
    ("Dec. 30", D(2024, 12, 30)),  # a date without a year is the most recent one
    ("2025-04-01", D(2025, 4, 1)),
    # what returned None before
    ("21 October", D(2025, 10, 21)),
    ("21st October", D(2025, 10, 21)),
    ("30 December", D(2024, 12, 30)),
    ("tomorrow", D(2025, 10, 22)),
    ("the day after tomorrow", D(2025, 10, 23)),
    ("the day before yesterday", D(2025, 10, 19)),
    ("two days ago", D(2025, 10, 19)),
    ("in 3 days", D(2025, 10, 24)),
    ("a week ago", D(2025, 10, 14)),
    ("in two weeks", D(2025, 11, 4)),
    ("next Tuesday", D(2025, 10, 28)),
    ("Tuesday, October 21", D(2025, 10, 21)),
    ("Oct. 21, 2025", D(2025, 10, 21)),
    ("Oct 21 at 3pm", D(2025, 10, 21)),  # a time later in the day keeps the day
    ("this morning", D(2025, 10, 21)),
    ("Sunday evening", D(2025, 10, 19)),
    ("last night", D(2025, 10, 20)),
]

STAYS_NONE = [
    "the future",
    "soon",
    "recently",
    "last week",
    "this week",
    "next month",
    "next year",
    "in April",
    "within two weeks",
    "by Friday",  # a deadline, not the day
    "since Monday",
    "three days later",  # counts from an event, not from the article
    "the next day",
    "early next year",
    "21",  # a bare number
    "Feb. 30",
    "",
]


@pytest.mark.parametrize(("expression", "expected"), RESOLVES)
def test_resolves_to_the_day(expression: str, expected: dt.date) -> None:
    assert resolve(expression, TUESDAY) == expected
    assert resolve_date(expression, TUESDAY) == expected


@pytest.mark.parametrize("expression", STAYS_NONE)
def test_stays_none(expression: str) -> None:
    assert resolve(expression, TUESDAY) is None


def test_unknown_article_date_resolves_only_iso() -> None:
    assert resolve("tomorrow", None) is None
    assert resolve("2025-04-01", None) == D(2025, 4, 1)


def test_the_eval_reads_what_dateparser_resolves() -> None:
    """The eval's dates compare the day a phrase names with a written date; a phrase it read
    before keeps its parts ("last week" stays relative, a weekday keeps its window)."""
    assert date_parts("the day before yesterday", TUESDAY).day == 19
    assert resolve_date_score("this morning", "October 21", TUESDAY) == 1.0
    assert resolve_date_score("this morning", "October 20", TUESDAY) == 0.0
    assert date_parts("last week", TUESDAY).absolute is False
    assert date_parts("next Tuesday", TUESDAY).weekday == 1


@pytest.mark.slow
def test_dateparser_is_imported_only_when_used() -> None:
    """dateparser is slow to import: loading the grounding and eval modules must not load it."""
    code = (
        "import sys, summarizer.verification.grounding, summarizer.evaluation.dates, "
        "summarizer.cli.app; print('dateparser' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


_PERIOD_HEADS = ["", "in ", "this ", "last ", "next ", "the ", "in the coming ", "this past "]
_PERIOD_NOUNS = ["week", "month", "year", "April", "Sept", "may", "December 2024"]


@pytest.mark.parametrize("published", [TUESDAY, D(2024, 2, 29), D(2025, 1, 3)])
def test_a_whole_period_is_not_asked_of_dateparser_and_dateparser_agrees(
    published: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "this week", "last month", "in April", "April 2025" name no day, so dateparser (half a
    second to import and warm up in a cold run) is not asked; what it says of each is held to
    that, so a dateparser that started naming a day for them would fail here."""
    from summarizer.text import relative_dates

    phrases = [head + noun for head in _PERIOD_HEADS for noun in _PERIOD_NOUNS]
    asked = [relative_dates._by_dateparser(p.lower(), p.lower(), published) for p in phrases]
    assert asked == [None] * len(phrases)

    def refuse(*_: object) -> None:
        raise AssertionError("dateparser asked about a whole period")

    monkeypatch.setattr(relative_dates, "_parser", refuse)
    relative_dates._by_dateparser.cache_clear()  # earlier tests' answers must not stand in
    assert [resolve(p, published) for p in phrases] == [None] * len(phrases)
    # still asked: what names a day, or a week as an exact offset
    with pytest.raises(AssertionError):
        resolve("in two weeks", published)
    with pytest.raises(AssertionError):
        resolve("Mayday", published)
