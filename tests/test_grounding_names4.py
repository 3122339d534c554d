"""The fourth names set: header lines that own the quotation after them ("Highlights from
Minister X's statements;"), first names checked against a whole compound surname ("Ahmed
Abdel-Salam" where the article has Mohammed Abdel-Salam), and possessives before a law the
measure changes ("a bill to repeal Trump's Tariff Act") (``tests/data/make_names4_cases.py``,
check 21's causes): at least ten cases that must pass and ten that must fail per category,
every one decided right."""

from __future__ import annotations

from tests.grounding_cases import (
    CASES,
    assert_decided,
    generated_cases,
    load_cases,
)

NAMES_CASES = CASES.with_name("grounding_names4.jsonl")
CATEGORIES = {"names-header-lines", "names-compound-surnames", "names-possessive-acts"}


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_names4_cases") == load_cases(NAMES_CASES)


def test_every_names4_case_gets_its_verdict() -> None:
    assert_decided(load_cases(NAMES_CASES), CATEGORIES)


def test_a_word_opening_a_clause_or_question_is_no_first_name() -> None:
    """Found while writing the set: "What Cavusoglu said:" and "When Putin met Xi" read the
    opening word as the surname's first name, so the person's real one was refused."""
    from summarizer.verification.page.article import ArticleText
    from summarizer.verification.people.names import first_name_conflict

    for opener in ("When", "What", "If", "Before", "Here", "Because", "Once"):
        article = ArticleText(f"Talks\n\n{opener} Putin met Xi in Kazan, trade resumed.\n")
        assert not first_name_conflict("Vladimir Putin", article), opener
    assert first_name_conflict("Vladimir Putin", ArticleText("Talks\n\nIvan Putin met Xi.\n"))
