"""The third names set: a long full name's short form ("Lula said" for Luiz Inacio Lula da
Silva), transcript speaker labels and the turns they open, and new wordings of check 20's
speaker rules (office holders, statements issued by offices, descriptions after "said")
(``tests/data/make_names3_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

NAMES_CASES = CASES.with_name("grounding_names3.jsonl")
CATEGORIES = {
    "names-short-names",
    "names-transcript-labels",
    "names-office-holders",
    "names-office-statements",
    "names-said-description",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_names3_cases") == load_cases(NAMES_CASES)


def test_every_names3_case_gets_its_verdict() -> None:
    assert_decided(load_cases(NAMES_CASES), CATEGORIES)
