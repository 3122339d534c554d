"""The days, roles and counts red-team set (``tests/data/make_days_cases.py``): for each cause
of misses an independent check on other outlets' articles found (a day taken from another
thing in its sentence, a clock time read as a count, a party named in another role, a meeting
cue ahead of the meeting, a count's noun taken from another clause), at least ten cases that
must pass and ten that must fail, every one decided right."""

from __future__ import annotations

import pytest

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

DAYS = CASES.with_name("grounding_days.jsonl")

_CATEGORIES = (
    "day-start", "day-meeting", "day-introduced", "clock-count", "party-role",
    "party-spokesman", "held-ahead", "count-noun",
)  # fmt: skip


def test_the_days_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_days_cases") == load_cases(DAYS)


@pytest.mark.parametrize("category", _CATEGORIES)
def test_each_category_gets_its_verdicts(category: str) -> None:
    cases = [case for case in load_cases(DAYS) if case["category"] == category]
    assert_decided(cases, [category])


def test_the_set_has_only_these_categories() -> None:
    assert {case["category"] for case in load_cases(DAYS)} == set(_CATEGORIES)
