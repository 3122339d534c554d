"""The sentence readers that find their clause marks by one regex pass (session 55, sp55)
against the gap-by-gap walks they replaced: every gap's slice asked in turn."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.verification.occasions.value_scopes import (
    _dated_comma,
    clause,
    clause_walk,
    stretches,
)
from summarizer.verification.page.article import ArticleText
from summarizer.verification.page.tokens import CLAUSE_MARKS, Token, tokenize_uncached
from tests.conftest import examples

_TEXT = st.text(
    alphabet=st.sampled_from(
        list("ab Z 7 2023 Friday March ,;:()\u2014\u2013-\u2010.'\u20191,200%\n\t\"\u00a0?!")
    ),
    max_size=80,
)


def _stretches_walk(
    tokens: list[Token], text: str, low: int, high: int | None
) -> list[tuple[int, int]]:
    """``stretches`` as it was: every gap from ``low`` asked for a clause mark."""
    high = len(tokens) if high is None else high
    spans, first = [], low
    for at in range(low, high - 1):
        if CLAUSE_MARKS.isdisjoint(text[tokens[at].end : tokens[at + 1].start]):
            continue
        if _dated_comma(tokens, at, text):
            continue
        spans.append((first, at + 1))
        first = at + 1
    spans.append((first, high))
    return spans


@settings(max_examples=examples(200), deadline=None)
@given(_TEXT, st.integers(0, 30), st.integers(-1, 40), st.integers(0, 40))
def test_clause_and_stretches_read_the_gaps_the_walks_read(
    text: str, offset: int, first: int, size: int
) -> None:
    padded = " " * offset + text
    tokens = tokenize_uncached(text, offset)
    for page in (padded, ""):
        try:
            walked: tuple[int, int] | str = clause_walk(tokens, first, page)
        except IndexError:
            walked = "IndexError"
        try:
            read: tuple[int, int] | str = clause(tokens, first, page)
        except IndexError:
            read = "IndexError"
        assert read == walked
        low = min(max(first, 0), len(tokens))
        for high in (None, min(low + size, len(tokens))):
            assert stretches(tokens, page, low, high) == _stretches_walk(tokens, page, low, high)


def test_window_tokens_start_past_the_word_the_window_opens_in() -> None:
    """``window_tokens`` steps its start past a word it would open inside; a word running to
    the end of the page raises as the character walk did."""
    page = ArticleText("Alpha beta gamma, delta-epsilon zeta")
    assert [t.text for t in page.window_tokens(20, 36, 8)] == ["delta", "epsilon", "zeta"]
    assert [t.text for t in page.window_tokens(12, 16, 10)] == ["beta", "gamma"]
    assert [t.text for t in page.window_tokens(3, 10, 60)] == ["Alpha", "beta"]
    with pytest.raises(IndexError):
        ArticleText("abcdef").window_tokens(6, 6, 2)


def _segments_walk(tokens: list[Token], text: str) -> list[range]:
    """``occasion_units._segments`` as it was: every gap asked in turn."""
    from summarizer.verification.sentences import occasion_units as units

    starts = [0]
    for index in range(1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        hard = ";" in gap or "\n" in gap or any(dash in gap for dash in units._DASHES)
        if not (hard or tokens[index].norm in units._COORDINATORS):
            continue
        if units._new_subject(tokens, index) or (hard and not units._refers_back(tokens, index)):
            starts.append(index)
    found: list[range] = []
    for first, end in zip(starts, [*starts[1:], len(tokens)], strict=True):
        if found and not units.tells(tokens, range(first, end)):
            found[-1] = range(found[-1].start, end)
        else:
            found.append(range(first, end))
    return found


@settings(max_examples=examples(200), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["he", "they", "and", "but", "it", "said", "the", "talks", "Paris", "on", "Friday",
             "after", " ", " - ", " -- ", "; ", "\n", "\u2014", "\u2013", ",", "-", "co-host"]
        ),
        max_size=30,
    ).map(" ".join)
)  # fmt: skip
def test_segments_open_where_the_gap_walk_opened_them(text: str) -> None:
    from summarizer.verification.sentences import occasion_units as units

    tokens = tokenize_uncached(text, 0)
    for page in (text, ""):
        assert units._segments(tokens, page) == _segments_walk(tokens, page)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["or", "more", "so", "at", "the", "very", "most", "least", "and", "counting", "plus",
             "per", "cent", "10", "five", "people", "above", "under", "fewer", "than", "some"]
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
)  # fmt: skip
def test_after_phrases_by_first_word_read_as_every_phrase_tried(norms: list[str], at: int) -> None:
    """``number_qualifiers`` tries only the after-phrases opening with the word there (sp55):
    the same qualifiers as trying every phrase of ``_AFTER`` in turn."""
    from unittest import mock

    from summarizer.verification.figures import number_qualifiers

    first = min(at, len(norms) - 1)
    for last in range(first, len(norms)):
        with mock.patch.object(number_qualifiers, "_after_at", lambda *_: number_qualifiers._AFTER):
            plain = number_qualifiers.qualifiers_of(norms, first, last)
        assert number_qualifiers.qualifiers_of(norms, first, last) == plain
