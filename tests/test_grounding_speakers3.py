"""The third speakers set: a description after "said" for the person just named, and office
holders (hyphenated given names, "an aide to President X", "adviser to the prime minister X")
(``tests/data/make_speakers3_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

SPEAKER_CASES = CASES.with_name("grounding_speakers3.jsonl")
CATEGORIES = {
    "speaker-said-description",
    "speaker-office-holders",
    "speaker-released-by",
    "speaker-under-headline",
    "speaker-unowned-paper",
    "speaker-transcript-labels",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_speakers3_cases") == load_cases(SPEAKER_CASES)


def test_every_speakers3_case_gets_its_verdict() -> None:
    assert_decided(load_cases(SPEAKER_CASES), CATEGORIES)
