"""The published-date set: where a page has date lines its published date is one of theirs
(``tests/data/make_published_cases.py``): at least ten cases that must pass and ten that must
fail, every one decided right."""

from __future__ import annotations

import datetime as dt

from summarizer.verification.bylines.date_lines import dates_in, line_dates
from summarizer.verification.page.article import ArticleText
from tests.grounding_cases import CASES, assert_decided, generated_cases, load_cases

PUBLISHED_CASES = CASES.with_name("grounding_published.jsonl")


def test_the_committed_set_is_what_the_generator_builds() -> None:
    assert generated_cases("make_published_cases") == load_cases(PUBLISHED_CASES)


def test_every_published_case_gets_its_verdict() -> None:
    assert_decided(
        load_cases(PUBLISHED_CASES),
        {"published-date-lines", "outlet-title-lines", "byline-sign-off"},
    )


def test_date_spellings_and_impossible_days() -> None:
    day = dt.date(2019, 4, 30)
    for line in (
        "April 30, 2019",
        "Apr. 30 2019",
        "30th of April, 2019",
        "2019-04-30",
        "4/30/2019",
    ):
        assert dates_in(line) == {day}, line
    assert dates_in("February 30, 2019") == set()


def test_only_short_lines_at_the_edges_are_date_lines() -> None:
    body = "\n".join(
        f"Paragraph {n} of the story, with nothing dated in it at all." for n in range(9)
    )
    text = f"Headline\n{body}\nMay 2, 2021\n" + body + "\n"
    assert line_dates(ArticleText(text)) == frozenset()  # in the middle: a body line
    assert line_dates(ArticleText("Headline\nMay 2, 2021\n" + body)) == {dt.date(2021, 5, 2)}
