"""The speakers set: quotation marks as pages mix them, title runs after "said", first names
and pronouns for a person named in full, first names that are also words, names joined by
dashes, and bare surnames shared by two people (``tests/data/make_speakers_cases.py``): at
least ten cases that must pass and ten that must fail per category, every one decided
right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

SPEAKER_CASES = CASES.with_name("grounding_speakers.jsonl")
CATEGORIES = {
    "speaker-marks",
    "speaker-runs",
    "speaker-reference",
    "name-words",
    "speaker-surname",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_speakers_cases") == load_cases(SPEAKER_CASES)


def test_every_speakers_case_gets_its_verdict() -> None:
    assert_decided(load_cases(SPEAKER_CASES), CATEGORIES)
