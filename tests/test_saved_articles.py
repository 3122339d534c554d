"""A saved article's header, comment block, captions and cut-off ending, told apart from its
text. What must be recognised and what must be left alone, by category."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.articles import article_from_text, load_article
from summarizer.text.saved import is_cut_off, parse_date, read_saved

ROOT = Path(__file__).resolve().parents[1]
BODY = (
    "Trump calls off Budapest meeting\n\n"
    "WASHINGTON - The White House said on Friday that no meeting is planned.\n"
    "Officials said talks would continue."
)


def test_a_metadata_header_becomes_page_metadata() -> None:
    saved = read_saved(
        "Source: saved from email\nOutlet: The Test Brief\nDate: Friday, March 14, 2025\n"
        "By: Sam Rivera\nTags: Ukraine\n\n" + BODY
    )
    assert saved.body == BODY
    assert saved.metadata["og:site_name"] == "The Test Brief"
    assert saved.metadata["article:published_time"] == "2025-03-14"
    assert saved.metadata["author"] == "Sam Rivera"
    assert saved.metadata["header:tags"] == "Ukraine"


def test_a_comment_block_is_not_text() -> None:
    saved = read_saved("# TEST ARTICLE\n# Facts reported by: X, 2025-01-01, https://x\n\n" + BODY)
    assert saved.body == BODY


@pytest.mark.parametrize(
    "text",
    [
        "# Trump calls off Budapest meeting\n\nWASHINGTON - The White House said so.",  # H1
        "Washington: the White House said on Friday that no meeting is planned.\n\nMore.",
        "Date: a story about dates\nThe second line is prose, not a header.\n\nMore text.",
        "Note: only one header-like line\n\nThe text goes on.",
        "Outlet: X\nDate: 2025-01-01\nThe third line is prose with no blank line after.",
    ],
)
def test_text_that_only_looks_like_a_header_is_kept(text: str) -> None:
    saved = read_saved(text)
    assert saved.body == text and not {k for k in saved.metadata if k != "truncated"}


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo caption] Putin and Trump in Anchorage. Photo: Getty Images",
        "[Photo] Emergency workers in Kyiv. Credit: Anadolu",
        "Photo: Trump at the White House (AP)",
        "(Photo by Jane Doe/Reuters)",
        "Caption: the tarmac at Elmendorf-Richardson",
    ],
)
def test_captions_are_kept_apart(caption: str) -> None:
    saved = read_saved(f"First paragraph of the story.\n{caption}\nSecond paragraph here.")
    assert caption not in saved.body and saved.captions == (caption.strip(),)
    assert "Second paragraph here." in saved.body


@pytest.mark.parametrize(
    "line",
    [
        "The photo shows the two leaders shaking hands.",
        "Image rights are disputed, the lawyers said.",
        "[Reporting by Jane Doe; Editing by John Smith]",
    ],
)
def test_lines_about_photos_are_not_captions(line: str) -> None:
    assert read_saved(f"Story text.\n{line}").captions == ()


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        ("He said the licences allow transactions located outside", True),
        ("The measure covers exports, imports, and services provided by the firms,", True),
        ("Read more. Subscribe to continue reading", True),
        ("The talks ended without a deal.", False),
        ("\u201cWe will see,\u201d he said.\u201d", False),
        ("Reporting by Jane Doe; Editing by John Smith", False),
        ("Efforts to End the War in Ukraine", False),  # a heading
    ],
)
def test_a_cut_off_ending_is_flagged(body: str, cut: bool) -> None:
    assert is_cut_off(body) is cut


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2025-10-21", dt.date(2025, 10, 21)),
        ("October 21, 2025", dt.date(2025, 10, 21)),
        ("Tuesday, 21 Oct. 2025 09:12", dt.date(2025, 10, 21)),
        ("Sept. 3 2025", dt.date(2025, 9, 3)),
        ("last Friday", None),
        ("2025", None),
        ("February 30, 2025", None),
    ],
)
def test_header_dates(written: str, day: dt.date | None) -> None:
    assert parse_date(written) == day


def test_the_articles_date_resolves_relative_dates() -> None:
    """The header's date reaches grounding as the page date, which resolves "on Friday"."""
    from summarizer.schema import ArticleFacts
    from summarizer.verification.grounding import published_date

    article = article_from_text("Outlet: The Test Brief\nDate: March 14, 2025\n\n" + BODY)
    assert published_date(ArticleFacts(), article.metadata) == dt.date(2025, 3, 14)


def test_the_seeds_are_read_as_before() -> None:
    """No header, no captions: the seeds' ids (which gold files and cassettes name) hold."""
    ids = sorted(load_article(p).id for p in (ROOT / "seeds").glob("*.txt"))
    assert ids == ["a2b2248e483936df", "f9d800ded702b085", "fd6059d6d97c3021"]


@given(st.lists(st.text(alphabet="abcdefgh XYZ.,", min_size=1, max_size=40), max_size=8))
def test_plain_text_passes_through(lines: list[str]) -> None:
    """Text without a header, comment block or caption line comes back as it was."""
    text = "\n".join(lines).strip("\n")
    assert read_saved(text).body == text


def test_a_cut_off_article_is_flagged_in_the_grounding_report() -> None:
    from summarizer.schema import ArticleFacts
    from summarizer.verification.grounding import ground

    article = article_from_text(BODY + "\n\nThe licences allow transactions with the firms located")
    report = ground(ArticleFacts(), article.text, article.metadata)
    assert report.article_warnings and "cut off" in report.article_warnings[0]
    whole = article_from_text(BODY)
    assert ground(ArticleFacts(), whole.text, whole.metadata).article_warnings == []
