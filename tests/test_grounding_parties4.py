"""The status, party and place set of check 21's causes (``tests/data/make_parties4_cases.py``):
"the talks" as the meeting, a deal between the parties, a place in a sentence whose time is
the saying's or that the parties travel to, a truce called for as a need, a meeting someone
pulled out of, backers and coalition leaders, hosts who meet and call partners, and parties
only urged; at least ten cases that must pass and ten that must fail per category, every one
decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PARTIES4_CASES = CASES.with_name("grounding_parties4.jsonl")
CATEGORIES = {
    "talks",
    "deal-between",
    "place-time",
    "proposed",
    "pulled-out",
    "backers",
    "hosts-calls",
    "urged",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_parties4_cases") == load_cases(PARTIES4_CASES)


def test_every_status_party_and_place_case_gets_its_verdict() -> None:
    assert_decided(load_cases(PARTIES4_CASES), CATEGORIES)
