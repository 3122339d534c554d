"""The status-wording set (``tests/data/make_status_wording_cases.py``): for each cause an
independent check on real articles found (a value's common news wording missing; a status
word of another noun, another time, a future or modal clause, or negated), at least ten cases
that must pass and ten that must fail, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

WORDING_CASES = CASES.with_name("grounding_status_wording.jsonl")
CATEGORIES = {
    "in-effect",
    "agreed",
    "talks",
    "announced",
    "supports",
    "other-noun",
    "other-time",
    "value-forms",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_status_wording_cases") == load_cases(WORDING_CASES)


def test_every_status_wording_case_gets_its_verdict() -> None:
    assert_decided(load_cases(WORDING_CASES), CATEGORIES)
