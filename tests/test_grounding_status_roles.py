"""The status-and-roles set (``tests/data/make_status_roles_cases.py``): for each cause outside
check 19 found in the status, place and proposer rules (a headline's "agree Gaza truce", a vote
for a truce, undoing words about other people, leaving a meeting, a clause still to come,
"resistance" as a name, a vote's place in what it is about, the proposer's role), at least ten
cases that must pass and ten that must fail, every one decided right."""

from __future__ import annotations

import pytest

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

ROLES = CASES.with_name("grounding_status_roles.jsonl")
CATEGORIES = (
    "agree-bare",
    "vote-for",
    "others-undo",
    "left-meeting",
    "later-clause",
    "resistance",
    "vote-place",
    "proposer",
)


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_status_roles_cases") == load_cases(ROLES)


def test_the_set_has_only_these_categories() -> None:
    assert {case["category"] for case in load_cases(ROLES)} == set(CATEGORIES)


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_category_gets_its_verdicts(category: str) -> None:
    cases = [case for case in load_cases(ROLES) if case["category"] == category]
    assert_decided(cases, [category])
