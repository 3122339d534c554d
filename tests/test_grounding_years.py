"""The years set: a date value that names a year and no day must find that year in its
evidence (``tests/data/make_years_cases.py``): at least ten cases that must pass and ten that
must fail per category, every one decided right."""

from __future__ import annotations

import datetime as dt

from summarizer.verification.days.years import evidence_years, wanted_years
from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

YEAR_CASES = CASES.with_name("grounding_years.jsonl")
CATEGORIES = {"year-explicit", "year-relative", "year-with-month"}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_years_cases") == load_cases(YEAR_CASES)


def test_every_years_case_gets_its_verdict() -> None:
    assert_decided(load_cases(YEAR_CASES), CATEGORIES)


def test_a_relative_year_resolves_only_with_the_article_date() -> None:
    assert wanted_years("last year", None) == (frozenset({"last year"}),)
    assert wanted_years("last year", dt.date(2016, 4, 2)) == (frozenset({"last year", 2015}),)
    assert evidence_years("next year", dt.date(2020, 1, 1)) == {"next year", 2021}
    assert wanted_years("this year", dt.date(2020, 1, 1)) == ()


def test_digits_inside_other_numbers_are_no_year() -> None:
    for text in ("$2,016", "2016.5 points", "at 2015 GMT", "12018 refugees", "FY2025"):
        assert evidence_years(text, None) == frozenset(), text
