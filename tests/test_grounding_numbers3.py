"""The third numbers set: scaled number words in free text, ranges, a pronoun or "the deal"
standing for a truce, capitalised common words opening free text, and event actors
(``tests/data/make_numbers3_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

NUMBERS3_CASES = CASES.with_name("grounding_numbers3.jsonl")
CATEGORIES = {
    "scaled-number-words",
    "ranges",
    "stand-in-subjects",
    "capitalised-openers",
    "event-actors",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_numbers3_cases") == load_cases(NUMBERS3_CASES)


def test_every_numbers3_case_gets_its_verdict() -> None:
    assert_decided(load_cases(NUMBERS3_CASES), CATEGORIES)
