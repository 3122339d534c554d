"""held_bodies' readers try their pattern only where the surname is written (sd58): they
decide exactly what the page-wide ``re.search`` decided, on generated pages built from the
words the patterns read (names inside other words, overlaps, "for the", "who runs")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.verification.page.article import ArticleText
from summarizer.verification.people import held_bodies
from summarizer.verification.people.held_bodies import _RUNS, runs_holder, stands_for
from tests.conftest import examples

_NAMES = ("ana", "anana", "ban", "o'neil", "b.", "x-y", "li", "nana", "ana ban")
_BODIES = ("acme", "acme co", "the acme", "rovers", "niger", "co", "a")
_WORDS = (
    *_NAMES, *_BODIES, " ", "  ", "\n", ",", ", ", "for", " for ", " for the ", "the ", "its ",
    "who", " who runs ", ", who also heads ", ", the head of ", ", chief at ", "works for",
    " works in ", "division ", "Ana", "ACME", "\u00e1na", "-", "'", "\u2019s ", "x",
)  # fmt: skip
_pages = st.lists(st.sampled_from(_WORDS) | st.text(max_size=3), max_size=24).map("".join)


def _old_stands_for(article: ArticleText, surname: str, value: str) -> bool:
    lowered = article.lowered
    if surname.lower() not in lowered or value.lower() not in lowered:
        return False
    pattern = rf"\b{re.escape(surname.lower())}\s+for\s+(?:the\s+)?{re.escape(value.lower())}\b"
    return re.search(pattern, lowered) is not None


def _old_runs_holder(article: ArticleText, surname: str, holder: str) -> bool:
    lowered = article.lowered
    if surname.lower() not in lowered or holder.lower() not in lowered:
        return False
    pattern = (
        rf"\b{re.escape(surname.lower())}{_RUNS}\s+(?:the\s+|its\s+|a\s+)?"
        rf"(?:[\w'\u2019-]+\s+){{0,3}}?{re.escape(holder.lower())}\b"
    )
    return re.search(pattern, lowered) is not None


@settings(max_examples=examples(3000), deadline=None)
@given(_pages, st.sampled_from(_NAMES) | st.text(max_size=3), st.sampled_from(_BODIES))
def test_held_readers_decide_as_the_page_wide_search(page: str, surname: str, body: str) -> None:
    article = ArticleText(page)
    assert stands_for(article, surname, body) == _old_stands_for(article, surname, body)
    assert runs_holder(article, surname, body) == _old_runs_holder(article, surname, body)


@settings(max_examples=examples(3000), deadline=None)
@given(_pages, st.sampled_from(_NAMES) | st.text(max_size=3), st.text(max_size=6))
def test_search_where_the_opening_stands_is_the_whole_search(
    page: str, opening: str, rest: str
) -> None:
    pattern = rf"\b{re.escape(opening)}(?:\s+|{re.escape(rest)})\w"
    found = held_bodies._opens_at(pattern, page, opening)
    assert found == (re.search(pattern, page) is not None)


def test_the_readers_find_their_shapes() -> None:
    page = ArticleText("General Ana Ban for Niger spoke. Ban, who runs the Acme division, left.")
    assert stands_for(page, "Ban", "Niger") and not stands_for(page, "Ana", "Niger")
    assert runs_holder(page, "Ban", "Acme") and not runs_holder(page, "Ana", "Acme")
