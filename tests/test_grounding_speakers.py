"""The speakers set: quotation marks as pages mix them, title runs after "said", first names
and pronouns for a person named in full, first names that are also words, names joined by
dashes, and bare surnames shared by two people (``tests/data/make_speakers_cases.py``): at
least ten cases that must pass and ten that must fail per category, every one decided
right."""

from __future__ import annotations

import collections

from tests.grounding_cases import CASES, generated_cases, load_cases, verdict

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
    cases = load_cases(SPEAKER_CASES)
    per: collections.Counter[tuple[str, bool]] = collections.Counter(
        (case["category"], case["expect"]) for case in cases
    )
    assert {category for category, _ in per} == CATEGORIES
    assert all(per[(category, expect)] >= 10 for category in CATEGORIES for expect in (1, 0)), per
    wrong = [
        f"{case['id']} ({'false reject' if case['expect'] else 'false accept'}): {case['why']}"
        for case in cases
        if verdict(case) != case["expect"]
    ]
    assert not wrong, "\n".join(wrong)
