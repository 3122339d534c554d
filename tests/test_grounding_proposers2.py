"""The second proposer set: announcing, extending or renewing one's own truce is proposing it
(``tests/data/make_proposers2_cases.py``): at least ten cases that must pass and ten that must
fail, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PROPOSER_CASES = CASES.with_name("grounding_proposers2.jsonl")


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_proposers2_cases") == load_cases(PROPOSER_CASES)


def test_every_proposers2_case_gets_its_verdict() -> None:
    assert_decided(load_cases(PROPOSER_CASES), {"own-truce-proposer"})
