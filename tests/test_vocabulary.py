"""One vocabulary: the eval and grounding read number words, months and weekdays from
:mod:`summarizer.text.vocabulary`, so a word means the same wherever it is read ("eighty" is
80 as evidence in an article and in a gold value, just as "sixty" is 60)."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.evaluation.dates import date_parts, parse_date
from summarizer.evaluation.decisive import read
from summarizer.text.vocabulary import (
    MONTH_ABBREVIATIONS,
    MONTH_NUMBER,
    MONTHS,
    NUMBER_WORDS,
    ONES,
    SCALES,
    STOPWORDS,
    TENS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NUMBER,
    WEEKDAYS,
)
from summarizer.verification.figures import numbers
from summarizer.verification.figures.numbers import numbers_in
from summarizer.verification.grounding import resolve_date
from summarizer.verification.page.tokens import tokenize

WORDS = sorted({**ONES, **TENS}.items(), key=lambda item: item[1])


def grounding_reads(text: str) -> list[float]:
    return [mention.value for mention in numbers_in(tokenize(f"it has {text} co-sponsors"))]


@pytest.mark.parametrize(("word", "value"), WORDS)
def test_every_number_word_is_its_value_in_the_eval_and_in_grounding(word: str, value: int) -> None:
    assert read(word).numbers == (str(value),)
    assert grounding_reads(word) == [float(value)]


@pytest.mark.parametrize(("tens", "value"), sorted(TENS.items()))
def test_tens_and_ones_join_alike_in_both_readers(tens: str, value: int) -> None:
    for ones, digit in ONES.items():
        if 1 <= digit <= 9:
            assert read(f"{tens}-{ones}").numbers == (str(value + digit),)
            assert grounding_reads(f"{tens}-{ones}") == [float(value + digit)]


def test_the_issue_example() -> None:
    assert read("eighty senators").numbers == ("80",)
    assert read("sixty senators").numbers == ("60",)
    assert grounding_reads("eighty") == [80.0]
    assert grounding_reads("sixty") == [60.0]


def test_the_tables_hold_what_their_readers_need() -> None:
    """Everything grounding's number reader knows, the vocabulary knows with the same value
    (so that reader can switch to it without changing a verdict)."""
    assert frozenset(ONES) | frozenset(TENS) == NUMBER_WORDS == numbers.NUMBER_WORDS
    assert numbers.SCALES.items() <= SCALES.items()
    assert [MONTH_NUMBER[m] for m in MONTHS] == list(range(1, 13))
    assert all(MONTHS[MONTH_NUMBER[a] - 1].startswith(a) for a in MONTH_ABBREVIATIONS)
    assert all(WEEKDAYS[WEEKDAY_NUMBER[a]].startswith(a) for a in WEEKDAY_ABBREVIATIONS)
    assert {"the", "of", "and", "s"} <= STOPWORDS


@pytest.mark.parametrize("name", [*MONTHS, *MONTH_ABBREVIATIONS])
def test_every_month_form_is_its_month_in_the_eval_and_in_grounding(name: str) -> None:
    number = MONTH_NUMBER[name]
    assert parse_date(f"{name.title()} 3, 2025") == dt.date(2025, number, 3)
    assert date_parts(f"{name.title()} 3").month == number
    assert resolve_date(f"{name} 3 2025", dt.date(2025, 12, 31)) == dt.date(2025, number, 3)


@pytest.mark.parametrize("name", [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS])
def test_every_weekday_form_is_its_weekday_in_the_eval(name: str) -> None:
    assert date_parts(name.title()).weekday == WEEKDAY_NUMBER[name]
    assert parse_date(f"{name.title()}, Oct. 21, 2025") == dt.date(2025, 10, 21)
