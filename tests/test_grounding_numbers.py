"""The numbers-and-actors red-team set (``tests/data/make_numbers_cases.py``): for each of
five causes of false alarms and misses an independent check on other outlets' articles found
(who acts in a measure, vote scores, qualifiers, previous values, days), at least ten cases that
must pass and ten that must fail, every one decided right."""

from __future__ import annotations

import pytest

from summarizer.schema.vocabulary import Qualifier
from summarizer.verification.figures.currency_signs import _WORDS as SIGN_WORDS
from summarizer.verification.figures.number_qualifiers import _AFTER, _BEFORE
from summarizer.verification.page.tokens import CURRENCY_SIGNS
from tests.grounding_cases import CASES, generated_cases, load_cases, wrong_verdicts

NUMBERS = CASES.with_name("grounding_numbers.jsonl")

_CAUSES = {
    "who acts": ("sponsor-cosponsor", "sponsor-aside", "sponsor-joined", "sponsor-object"),
    "vote scores": ("vote-score",),
    "qualifiers": ("qualifier",),
    "previous values": ("previous-value",),
    "days": ("date-day",),
}


def test_the_numbers_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_numbers_cases") == load_cases(NUMBERS)


@pytest.mark.parametrize("cause", sorted(_CAUSES))
def test_each_cause_gets_its_verdicts(cause: str) -> None:
    cases = [case for case in load_cases(NUMBERS) if case["category"] in _CAUSES[cause]]
    passes = sum(case["expect"] for case in cases)
    assert passes >= 10 and len(cases) - passes >= 10, cause
    wrong = wrong_verdicts(cases)
    assert not wrong, "\n".join(wrong)


def test_the_set_has_only_these_categories() -> None:
    assert {case["category"] for case in load_cases(NUMBERS)} == {
        category for categories in _CAUSES.values() for category in categories
    }


def test_every_qualifier_the_schema_allows_has_words() -> None:
    """A qualifier no phrase agrees with could never be supported ("nearly" was refused)."""
    stated = {q for _, qualifiers in (*_BEFORE, *_AFTER) for q in qualifiers}
    assert {q.value for q in Qualifier} - {"exact"} <= stated


def test_every_currency_sign_has_its_words() -> None:
    """The sign table the number readers share and the sign words the count readers use are
    one list: a sign added to one and not the other would be money to one rule and a bare
    number to the next."""
    assert set(SIGN_WORDS) == set(CURRENCY_SIGNS)
    assert len(CURRENCY_SIGNS) == len(set(CURRENCY_SIGNS))
