"""The people red-team set (``tests/data/make_people_cases.py``): for each of seven causes of
false alarms and misses an independent check on other outlets' pages found about speakers,
people, bylines and hard-wrapped copies, at least ten cases that must pass and ten that must
fail, every one decided right."""

from __future__ import annotations

import pytest

from summarizer.verification.page.article import ArticleText
from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PEOPLE = CASES.with_name("grounding_people.jsonl")

_CATEGORIES = (
    "pronoun-antecedent",
    "issuer-speaker",
    "sponsor-role",
    "first-name-date",
    "event-actor",
    "bare-byline",
    "hard-wrap",
)


def test_the_people_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_people_cases") == load_cases(PEOPLE)


def test_the_set_has_only_these_categories() -> None:
    assert {case["category"] for case in load_cases(PEOPLE)} == set(_CATEGORIES)


@pytest.mark.parametrize("category", _CATEGORIES)
def test_each_cause_gets_its_verdicts(category: str) -> None:
    cases = [case for case in load_cases(PEOPLE) if case["category"] == category]
    assert_decided(cases, [category])


def test_a_double_spaced_copy_reads_sentences_over_single_blank_lines() -> None:
    """One blank line after a filled line is a line break; a short line or three blank lines
    end a paragraph."""
    lines = ["The mission said on Sunday that the convoy had reached the eastern",
             "border town after two days on the road, and that the aid was being",
             "unloaded at the main depot by volunteers from the local council.",
             "Officials said the next convoy would leave on Wednesday morning from",
             "the capital, carrying food, medicine and tents for more than 2,000"]  # fmt: skip
    text = "Convoy reaches border\n\n" + "\n\n".join(lines) + "\n\n\n\nfamilies.\n"
    article = ArticleText(text)
    paragraphs = [text[start:end] for start, end in article.paragraphs]
    assert paragraphs[0] == "Convoy reaches border"
    assert paragraphs[1].startswith("The mission") and paragraphs[1].endswith("2,000")
    assert paragraphs[2] == "families."
    sentences = [text[start:end] for start, end in article.sentences]
    assert "eastern\n\nborder town" in sentences[1]


def test_short_paragraphs_set_apart_by_blank_lines_are_no_hard_wrap() -> None:
    """A story of short paragraphs, one blank line between each, some not ending in a stop (a
    headline, a byline, a photo credit), is no double-spaced wrap: every paragraph stays."""
    parts = ["Talks resume in Vienna", "By Ana Ruiz", "The talks resumed on Monday.",
             "Markets were calm.", "Officials met again.", "Mark LoweTest Images",
             "No date was set.", "Oil rose."]  # fmt: skip
    text = "\n\n".join(parts) + "\n"
    article = ArticleText(text)
    assert [text[start:end] for start, end in article.paragraphs] == parts
