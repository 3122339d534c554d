"""The second speakers set: descriptions instead of names, pronouns reaching back over
sentences that open with the same pronoun, asides with no article before an office, "the
statement of X that", and byline credits that are not authors
(``tests/data/make_speakers2_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

SPEAKER_CASES = CASES.with_name("grounding_speakers2.jsonl")
CATEGORIES = {
    "speaker-descriptions",
    "speaker-pronoun-reach",
    "speaker-office-asides",
    "speaker-statement-of",
    "byline-credits",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_speakers2_cases") == load_cases(SPEAKER_CASES)


def test_every_speakers2_case_gets_its_verdict() -> None:
    assert_decided(load_cases(SPEAKER_CASES), CATEGORIES)
