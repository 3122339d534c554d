"""The other-occasion reading (``occasions/other_occasions``) on numbers shaped like years.

A decimal of four characters ("19.9", "20.5") opening like a year crashed the reading with a
ValueError on an unseen outside check (session 29): the year test read any four-character
number token starting "19" or "20" as a year. Grounding must never raise on article text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground

PAGE = (
    "Relief Desk, 2 April 2025\n\nBy Ana Ruiz\n\n{sentence}\n\n"
    "Aid groups said more help was needed."
)


def _count(sentence: str, value: int, what: str = "people killed") -> ArticleFacts:
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    event = {"kind": "casualties", "description": "floods", "counts": [count]}
    article = {"outlet": "Relief Desk", "published": "2025-04-02"}  # the year the reading compares
    return ArticleFacts.model_validate(
        {"article": article, "events": [{**event, "evidence": [sentence]}]}
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Floods killed 40 people, up 19.9 per cent on the previous year's toll.",
        "In 20.5 hours of rain, the floods killed 40 people.",
        "The floods killed 40 people; the river rose 19.75 metres, a 2019 record.",
        "Last year 20.1 per cent more rain fell; the floods killed 40 people.",
    ],
)
def test_a_decimal_shaped_like_a_year_is_read_without_error(sentence: str) -> None:
    report = ground(_count(sentence, 40), PAGE.format(sentence=sentence))
    assert [c for c in report.support if c.path == "events[0].counts[0].value"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Even before the storm, 19.9 million people needed food aid, the agency said.",
            19_900_000,
        ),
        ("Before the war 20.4 million people lived in the region, officials say.", 20_400_000),
        ("In 2019, 19.5 million people needed help; this year 40 people died.", 19_500_000),
    ],
)
def test_a_count_written_as_a_decimal_of_millions_is_read(sentence: str, value: int) -> None:
    """The count is the decimal itself, read beside a marker of another time ("before")."""
    report = ground(
        _count(sentence, value, "people in need of aid"), PAGE.format(sentence=sentence)
    )
    assert [c for c in report.support if c.path == "events[0].counts[0].value"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["19.9", "20.5", "2019", "1999.5", "20,1", "last", "year", "in", "killed"]),
        min_size=1,
        max_size=6,
    )
)
def test_year_like_tokens_never_crash_the_reading(words: list[str]) -> None:
    sentence = f"In {' '.join(words)}, the floods killed 40 people."
    ground(_count(sentence, 40), PAGE.format(sentence=sentence))
