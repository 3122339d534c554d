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


# --- cases an independent tester found (round 1): each class, not only the instance --------


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Published 12:05 GMT, 5 March 2024", dt.date(2024, 3, 5)),  # the hour is not the day
        ("10:30 AM, March 5, 2024", dt.date(2024, 3, 5)),
        ("2024/03/05", dt.date(2024, 3, 5)),
        ("2024-03-05T14:30:00Z", dt.date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 14:30:00 +0000", dt.date(2024, 3, 5)),
        ("5th March 2024", dt.date(2024, 3, 5)),
        ("5 March to 7 March 2024", None),  # a span, not a day: no guess
    ],
)
def test_header_dates_with_times_and_other_forms(written: str, day: dt.date | None) -> None:
    assert parse_date(written) == day


def test_line_endings_and_a_byte_order_mark_do_not_hide_a_header() -> None:
    saved = read_saved("\ufeffOutlet: The Test Brief\r\nBy: Sam Rivera\r\n\r\n" + BODY)
    assert saved.metadata["og:site_name"] == "The Test Brief" and "\r" not in saved.body


def test_a_repeated_header_key_keeps_every_value() -> None:
    saved = read_saved("Outlet: X\nBy: Jane Doe\nBy: John Roe\n\n" + BODY)
    assert saved.metadata["author"] == "Jane Doe; John Roe"


def test_a_comment_block_is_kept_as_metadata_and_may_follow_blank_lines() -> None:
    saved = read_saved("\n\n# saved 2024-03-06\n# from browser\n" + BODY)
    assert saved.body == BODY and saved.metadata["comment"] == "saved 2024-03-06 | from browser"


@pytest.mark.parametrize(
    "text",
    [
        "# Council extends bus lane\n## Riders welcome it\n\nThe text.",
        "#council\n#transit\n\nText.",
    ],
)
def test_markdown_headings_and_hashtags_are_text(text: str) -> None:
    assert read_saved(text).body == text


@pytest.mark.parametrize(
    "caption",
    [
        "Commuters wait at the stop on Monday. (Photo by Sam Lee/Getty Images)",
        "(AP Photo/Sam Lee)",
        "Buses on the river road. Photograph: Sam Lee/Reuters",
        "The new lane runs beside the river. Credit: Sam Lee for the Gazette",
        "Image caption, The lane will run along the river",
        "File photo: a bus on the river road in 2019.",
        "Sam Lee/Getty Images",
        "\u00a9 Sam Lee / Riverside Gazette",
    ],
)
def test_caption_and_credit_forms_are_kept_apart(caption: str) -> None:
    saved = read_saved(f"First paragraph.\n{caption}\nSecond paragraph here.")
    assert saved.captions == (caption,) and caption not in saved.body


def test_captions_never_become_page_metadata() -> None:
    """Grounding reads metadata as the page's own statements: a credit must not vouch for an
    outlet."""
    article = article_from_text("Story text here.\n[Photo] A bus. Photo: Getty Images\nMore.")
    assert article.captions and "Getty" not in " ".join(article.metadata.values())


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        ("Read the full council report at https://example.gov/report", False),
        ("Contact the reporter by email at jane.doe@example.com", False),
        ("\u00a9 2024 Riverside Gazette. All rights reserved", False),
        ("- new stops at the bridge and the old market hall", False),
        ("Two councillors opposed the plan \u2014", True),
        ("The mayor said the", True),
    ],
)
def test_cut_off_endings_more_forms(body: str, cut: bool) -> None:
    assert is_cut_off(body) is cut
