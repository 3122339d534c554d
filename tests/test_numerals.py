"""Numbers in grounding reports are written as a reader writes them (summarizer.text.numerals)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.schema import ArticleFacts
from summarizer.text.numerals import readable, shown
from summarizer.verification.grounding import ground

_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def _read_back(text: str) -> float:
    number, _, word = text.partition(" ")
    return float(number) * _WORDS.get(word, 1.0)


def test_large_sums_take_their_scale_word() -> None:
    assert shown(13_500_000_000) == "13.5 billion"
    assert shown(62.7e9) == "62.7 billion"
    assert shown(1_200_000) == "1.2 million"
    assert shown(18_303_400_000_000) == "18.3034 trillion"


def test_smaller_numbers_are_written_as_before() -> None:
    assert [shown(x) for x in (84, 500, 34500, 2.5, 0.14625)] == [
        "84", "500", "34500", "2.5", "0.14625",
    ]  # fmt: skip


@given(st.floats(min_value=-1e14, max_value=1e14, allow_nan=False))
def test_a_shown_number_reads_back_to_itself(number: float) -> None:
    text = shown(number)
    assert "e+" not in text or abs(number) < 1e6
    assert abs(_read_back(text) - number) <= max(0.5, abs(number) * 1e-9)


@given(st.floats(min_value=1e6, max_value=1e14, allow_nan=False))
def test_readable_rewrites_scientific_notation_in_a_reason(number: float) -> None:
    reason = f"{number:g} is in its evidence, but not as this field's number"
    assert not re.search(r"\de[+-]\d", readable(reason))


def test_readable_leaves_other_text_alone() -> None:
    text = "qualifier 'about' disagrees with the article: 'roughly 80 co-sponsors, the 2e2 team'"
    assert readable(text) == text


def test_a_report_shows_a_sum_in_words_not_in_scientific_notation() -> None:
    text = "Officials said the order was worth 12 billion dollars.\n\nIt was signed on Monday."
    facts = ArticleFacts.model_validate(
        {
            "events": [
                {
                    "kind": "other",
                    "description": "the order",
                    "counts": [{"what": "order value, dollars", "value": {"value": 13.5e9}}],
                    "evidence": ["Officials said the order was worth 12 billion dollars."],
                }
            ],
            "summary": "The order was worth 13.5 billion dollars.",
        }
    )
    report = ground(facts, text)
    flagged = [c for c in report.unsupported if c.path.startswith("events[0].counts")]
    assert flagged and flagged[0].value == "13.5 billion"
    assert "e+" not in flagged[0].reason
    assert [c.value for c in report.unstated] == ["13.5 billion"]
    assert "13.5 billion does not occur" in report.unstated[0].reason
