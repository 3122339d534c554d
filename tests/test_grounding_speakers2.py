"""The second speakers set: descriptions instead of names, pronouns reaching back over
sentences that open with the same pronoun, asides with no article before an office, "the
statement of X that", and byline credits that are not authors
(``tests/data/make_speakers2_cases.py``): at least ten cases that must pass and ten that must
fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    generated_cases,
    load_cases,
    per_category,
    wrong_verdicts,
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
    cases = load_cases(SPEAKER_CASES)
    per = per_category(cases)
    assert {category for category, _ in per} == CATEGORIES
    assert all(per[(category, expect)] >= 10 for category in CATEGORIES for expect in (1, 0)), per
    wrong = wrong_verdicts(cases)
    assert not wrong, "\n".join(wrong)
