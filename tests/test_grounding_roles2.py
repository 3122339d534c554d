"""The second days, roles and counts red-team set (``tests/data/make_roles2_cases.py``): for
each cause of misses an independent check on other outlets' articles found (check 19: a day
and a time checked apart, a day before its verb, another event's day, a party named in an aside
or a scene-setting phrase, a summit's host, a number read with another number's unit), at least
ten cases that must pass and ten that must fail, every one decided right."""

from __future__ import annotations

import pytest

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

ROLES2 = CASES.with_name("grounding_roles2.jsonl")

_CATEGORIES = (
    "day-clock", "day-verb", "day-event", "party-aside", "summit-host", "count-unit",
)  # fmt: skip


def test_the_roles2_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_roles2_cases") == load_cases(ROLES2)


@pytest.mark.parametrize("category", _CATEGORIES)
def test_each_category_gets_its_verdicts(category: str) -> None:
    cases = [case for case in load_cases(ROLES2) if case["category"] == category]
    assert_decided(cases, [category])


def test_the_set_has_only_these_categories() -> None:
    assert {case["category"] for case in load_cases(ROLES2)} == set(_CATEGORIES)
