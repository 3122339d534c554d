"""The status, stance, party, place, day and actor set of check 22's causes
(``tests/data/make_parties5_cases.py``): a truce's collapse whose subject is the talks, not
the truce, a place the meeting only discusses, a truce's cue inside a purpose clause ("to
ensure the cease-fire was honored"), another occasion cancelled beside a meeting, a name
only in a meeting's clause of time or reason, a day a meeting was first set for, a
measure's or attack's target as its actor, support or agreement in words read now
("rejoiced", "hammered out"), and a truce agreed by ordering fighters to observe it; at
least ten cases that must pass and ten that must fail per category, every one decided
right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PARTIES5_CASES = CASES.with_name("grounding_parties5.jsonl")
CATEGORIES = {
    "talks-collapsed",
    "discussed-place",
    "purpose",
    "other-occasion",
    "reason-clause",
    "first-set",
    "target",
    "stance-words",
    "ordered",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_parties5_cases") == load_cases(PARTIES5_CASES)


def test_every_status_case_gets_its_verdict() -> None:
    assert_decided(load_cases(PARTIES5_CASES), CATEGORIES)
