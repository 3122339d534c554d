"""The adversarial set for the status, ordinal, site, accent and venue rules (written for
them; see ``tests/data/make_status_cases.py``): no false accept, no false reject in any
category, at least ten cases of each verdict per category. Cases marked ``known_gap`` are
documented limits (DECISIONS.md) and only reported."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    generated_cases,
    load_cases,
    per_category,
    wrong_verdicts,
)

STATUS_CASES = CASES.with_name("grounding_statuses.jsonl")


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_status_cases") == load_cases(STATUS_CASES)


def test_every_status_case_gets_its_verdict() -> None:
    cases = load_cases(STATUS_CASES)
    decided = [case for case in cases if not case.get("known_gap")]
    per = per_category(decided)
    categories = {category for category, _ in per}
    assert len(categories) == 10
    assert all(per[(category, expect)] >= 10 for category in categories for expect in (1, 0))
    wrong = wrong_verdicts(decided)
    assert not wrong, "\n".join(wrong)
