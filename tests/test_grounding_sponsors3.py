"""The third sponsors set: co-sponsors after "alongside" / "along with", and a person's
possessive before a law's name that only modifies what is theirs
(``tests/data/make_sponsors3_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

SPONSOR_CASES = CASES.with_name("grounding_sponsors3.jsonl")
CATEGORIES = {"sponsor-co-actors", "sponsor-law-names"}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_sponsors3_cases") == load_cases(SPONSOR_CASES)


def test_every_sponsors3_case_gets_its_verdict() -> None:
    assert_decided(load_cases(SPONSOR_CASES), CATEGORIES)
