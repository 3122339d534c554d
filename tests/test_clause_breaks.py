"""The one clause-end reading that figures/earlier_ends, figures/compared_shares and
counts/count_occasions share (session 60 made their three copies one): what ends a clause
between two tokens, and what does not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.verification.page.clause_breaks import (
    CLAUSE_BREAKS,
    CLAUSE_JOINERS,
    CLAUSE_JOINERS_AND,
    clause_break,
)
from summarizer.verification.page.tokens import tokenize


def _break_before(text: str, word: str, joiners: frozenset[str] = CLAUSE_JOINERS) -> bool:
    """Whether the reading ends a clause right before the first token ``word`` of ``text``."""
    tokens = tokenize(text)
    at = next(i for i, token in enumerate(tokens) if token.text == word)
    return clause_break(tokens, at - 1, text, joiners)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sales fell to 400; the year before they were 520.", "the"),
        ("Two figures: 400 now and 520 then.", "400"),
        ("Sales fell to 400 \u2014 a year earlier 520.", "a"),
        ("Sales fell to 400 \u2013 a year earlier 520.", "a"),
        ("Ticket sales slumped, yet income was 9% above 2025.", "yet"),
        ("117 tankers are added, while the draft had named 118.", "while"),
        ("Members rose to 900, although 40 left.", "although"),
        ("Visits fell, but 300 schools came.", "but"),
    ],
)
def test_a_mark_or_a_comma_before_a_contrasting_word_ends_the_clause(text: str, word: str) -> None:
    assert _break_before(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sales fell to 400, the lowest in years.", "the"),
        ("It had 40 co-sponsors, when it was introduced.", "when"),
        ("Sales fell to 400 and then rose.", "and"),
        ("Sales fell to 400 yet rose again.", "yet"),  # no comma: one clause
        ("The bill had 84 co-sponsors, and more are expected.", "and"),  # "and" not by default
        ("A well-known 400-seat hall.", "400"),  # a hyphen is no dash
    ],
)
def test_a_plain_comma_a_hyphen_or_a_joiner_without_a_comma_does_not(text: str, word: str) -> None:
    assert not _break_before(text, word)


def test_the_change_readings_also_cut_at_comma_and() -> None:
    text = "Visitors rose to 5,200, and the shop sold 800 guides."
    assert _break_before(text, "and", CLAUSE_JOINERS_AND)
    assert not _break_before(text, "and")


@given(
    st.sampled_from(sorted(CLAUSE_JOINERS)),
    st.sampled_from(["", " "]),
    st.sampled_from(sorted(CLAUSE_BREAKS)),
)
def test_every_member_breaks_and_case_does_not_matter(joiner: str, space: str, mark: str) -> None:
    joined = f"Visits fell to 400,{space} {joiner.capitalize()} income rose."
    assert _break_before(joined, joiner.capitalize())
    marked = f"Visits fell to 400 {mark} income rose."
    assert _break_before(marked, "income")
