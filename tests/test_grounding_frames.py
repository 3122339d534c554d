"""The future-frames set (``tests/data/make_frames_cases.py``): a truce's or a summit's
status word inside a frame of what is still to come ("is to come into force", "a summit
convened by Egypt opens tomorrow") does not support the present status; at least ten cases
that must pass and ten that must fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

FRAMES_CASES = CASES.with_name("grounding_frames.jsonl")
CATEGORIES = {
    "truce-future",
    "sign-truce",
    "clause-count",
    "vote-past",
    "modifier-party",
    "relative-proposer",
    "summit-future",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_frames_cases") == load_cases(FRAMES_CASES)


def test_every_future_frame_case_gets_its_verdict() -> None:
    assert_decided(load_cases(FRAMES_CASES), CATEGORIES)
