"""The relay reading of ``quotes/quoted_objects``: a name given the quoted words by "quoting" is
their speaker only when it owns nothing, whatever possessive mark the outlet writes."""

from __future__ import annotations

import pytest

from summarizer.verification.page.article import ArticleText
from summarizer.verification.quotes.quoted_objects import relay_owner

_QUOTE = '"Solidarity forever," Jo Marr wrote, quoting '


@pytest.mark.parametrize(
    "rest",
    [
        "Ed Harris's biographer, Tess Lyle.",
        "Ed Harris\u2019s biographer, Tess Lyle.",
        "Ed Harris' biographer, Tess Lyle.",
        "Ed Harris\u2019 biographer, Tess Lyle.",
        "Ed Harris' old union song.",
        "Ed Harris, named in the union's history.",
    ],
)
def test_a_name_that_owns_what_is_quoted_is_not_its_speaker(rest: str) -> None:
    text = _QUOTE + rest
    assert not relay_owner(ArticleText(text), [(1, 18)], "Ed Harris")


@pytest.mark.parametrize(
    "rest",
    [
        "Ed Harris.",
        "Ed Harris, who founded the union.",
        "Ed Harris, the union founder.",
        "the late Ed Harris.",
        "Ed Harris, said to be its author.",
    ],
)
def test_a_name_given_the_words_is_their_speaker(rest: str) -> None:
    text = _QUOTE + rest
    assert relay_owner(ArticleText(text), [(1, 18)], "Ed Harris")
