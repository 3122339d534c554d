"""The party-roles set of check 20's last causes (``tests/data/make_parties3_cases.py``): an
announcer of others' acceptance, a group others are urged to talk with, "ministers from X", a
meeting's place when its parties are a group noun, "persuaded X to sign" and "said it would",
and a naming aside ("as Hamas calls its fighters"); at least ten cases that must pass and ten
that must fail per category, every one decided right."""

from __future__ import annotations

from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PARTIES3_CASES = CASES.with_name("grounding_parties3.jsonl")
CATEGORIES = {
    "announcer",
    "urged-talks",
    "people-from",
    "group-place",
    "persuade-would",
    "naming-aside",
}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_parties3_cases") == load_cases(PARTIES3_CASES)


def test_every_party_role_case_gets_its_verdict() -> None:
    assert_decided(load_cases(PARTIES3_CASES), CATEGORIES)
