"""HTML articles: with the ``html`` extra (trafilatura) the article's text is kept and the
cookie banner and reader comments are dropped; without it the built-in parser keeps them. The
page (tests/data/page_with_banner_and_comments.html) is hand-written for this test.

The trafilatura test is skipped without the extra, unless SUMMARIZER_REQUIRE_HTML=1 (CI, which
installs it), where a missing extra fails instead."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.articles import load_article
from summarizer.text import html_extract

PAGE = Path(__file__).with_name("data") / "page_with_banner_and_comments.html"
REQUIRED = os.environ.get("SUMMARIZER_REQUIRE_HTML") == "1"

ARTICLE = [
    "Harbour town votes to rebuild its flooded ferry pier",
    "The council of Saltmere voted seven to two on Monday",
    '"The ferry is how our children get to school',
    "The two councillors who voted against it",
    "a strong easterly wind.",
]
BANNER = ["We use cookies", "Accept all cookies"]
COMMENTS = ["Reader comments", "harbourwatcher", "My grandmother remembers", "I doubt it."]
METADATA = {
    "article:published_time": "2025-10-21T08:30:00Z",
    "og:site_name": "The Coastal Ledger",
    "author": "Mara Quill",
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _needs_extra() -> None:
    if not html_extract.available():
        why = "the html extra (trafilatura) is not installed"
        if REQUIRED:
            pytest.fail(f"{why}, and SUMMARIZER_REQUIRE_HTML=1")
        pytest.skip(why)


def test_trafilatura_keeps_the_article_and_drops_banner_and_comments() -> None:
    _needs_extra()
    article = load_article(PAGE)
    text = _flat(article.text)
    for passage in ARTICLE:
        assert passage in text
    for passage in BANNER + COMMENTS:
        assert passage not in text, passage
    assert article.metadata == METADATA
    assert article.text.startswith(ARTICLE[0] + "\n\nThe council")  # one paragraph a block


def test_trafilatura_keeps_the_page_meta_tags_values() -> None:
    """The page's own <meta> values win over what trafilatura normalises (its date is a day)."""
    _needs_extra()
    page = (
        '<html><head><meta property="article:published_time" content="2025-10-22T10:00:00Z">'
        "<title>Ferry pier reopens</title></head><body><article><h1>Ferry pier reopens</h1>"
        "<p>The rebuilt ferry pier at Saltmere reopened to foot passengers on Wednesday.</p>"
        "</article></body></html>"
    )
    from summarizer.articles import article_from_text

    article = article_from_text(page)
    assert article.metadata["article:published_time"] == "2025-10-22T10:00:00Z"
    assert "reopened to foot passengers" in article.text


def test_without_the_extra_the_built_in_parser_keeps_everything_visible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback, and why the extra exists: banner and comments are read as article text."""
    monkeypatch.setattr(html_extract, "available", lambda: False)
    article = load_article(PAGE)
    text = _flat(article.text)
    for passage in ARTICLE + BANNER + COMMENTS:
        assert passage in text, passage
    assert article.metadata == METADATA


def test_a_page_trafilatura_finds_no_text_in_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_extract, "extract", lambda markup: None)
    from summarizer.articles import article_from_text

    assert article_from_text("<p>a</p><p>b</p>").text.split() == ["a", "b"]
