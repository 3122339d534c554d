"""The days-4 set (``tests/data/make_days4_cases.py``), written after outside check 21: an end
date ("until January 12", "runs to", "through") and a deadline ("by no later than 18:00 on
Monday", "a June 5 deadline") are no truce's start; a day in an after/following clause about
something else ("a day after the signing on Saturday") is that thing's; a dateline whose place
is glued to a caption ("Reuters picQUITO, Sept 4 -") is no day the story reports; a cancelled
or moved meeting's old day, when a new one is given, and another group's meeting ("their aides
meet on Wednesday") are not a summit's timing; a bare participle of a start ("have agreed to a
truce, starting next month") is no truce in effect, a headline's "truce begins" is, and "local
time" is no local truce. At least ten cases that must pass and ten that must fail per
category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

DAYS4_CASES = CASES.with_name("grounding_days4.jsonl")
CATEGORIES = {
    "end-date",
    "glued-dateline",
    "moved-meeting",
    "deadline-after",
    "other-group",
    "status-frames",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_days4_cases") == load_cases(DAYS4_CASES)


def test_every_days4_case_gets_its_verdict() -> None:
    assert_decided(load_cases(DAYS4_CASES), CATEGORIES)
