"""What a saved article carries besides its text: a header, captions, a cut-off ending.

People save articles with a few lines on top (``Source:``, ``Outlet:``, ``Date:``, ``By:``),
sometimes a comment block (``# ...`` lines), and photo captions and credits inside the body.
None of that is the article's text: a model would report a caption's "Getty Images" as the
outlet, and grounding would accept evidence quoted from a credit line. So the header becomes
page metadata (the same keys an HTML page's ``<meta>`` tags give, so the article's date
resolves "on Friday"), captions are kept apart, and an ending cut mid-sentence (a paywall, a
clipped copy) is flagged so that missing facts are not read as the article's silence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

#: Header keys (casefolded) and the metadata key each fills; the page-metadata names are the
#: ones an HTML page's ``<meta>`` tags use, so both kinds of input read the same downstream.
HEADER_KEYS = {
    "source": "source",
    "saved from": "source",
    "url": "url",
    "link": "url",
    "outlet": "og:site_name",
    "publication": "og:site_name",
    "publisher": "og:site_name",
    "site": "og:site_name",
    "date": "article:published_time",
    "published": "article:published_time",
    "publication date": "article:published_time",
    "dateline": "dateline",
    "by": "author",
    "byline": "author",
    "author": "author",
    "authors": "author",
    "title": "headline",
    "headline": "headline",
    "section": "section",
}
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(\S.*)$")
_CAPTION = re.compile(
    r"^\s*(?:\[\s*(?:photo|image|picture|caption|video|graphic)[^\]]{0,40}\]"
    r"|\(\s*(?:photo|image|picture)[^)]{0,40}\)"
    r"|(?:photo|image|picture|caption|photo caption)\s*:)",
    re.IGNORECASE,
)
_CUT_MARKERS = re.compile(
    r"(?:\[\s*(?:\.\.\.|…)\s*\]|subscribe to (?:continue|read)|to continue reading"
    r"|this (?:article|story) is (?:for|available to) subscribers)\s*$",
    re.IGNORECASE,
)
_ENDS_A_SENTENCE = tuple(".!?\"”’')]»…")  # noqa: RUF001
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


@dataclass(frozen=True)
class SavedArticle:
    body: str  # what a reader reads: header, comment block and captions taken out
    metadata: dict[str, str] = field(default_factory=dict)
    captions: tuple[str, ...] = ()
    truncated: bool = False


def read_saved(text: str) -> SavedArticle:
    """Split a plain-text article into its body, its header's metadata and its captions."""
    lines = text.split("\n")
    start = _skip_comment_block(lines)
    metadata, start = _read_header(lines, start)
    body_lines: list[str] = []
    captions: list[str] = []
    for line in lines[start:]:
        (captions if _CAPTION.match(line) else body_lines).append(line)
    body = "\n".join(body_lines).strip("\n")
    if captions:
        metadata["captions"] = " | ".join(c.strip() for c in captions)
    truncated = is_cut_off(body)
    if truncated:
        metadata["truncated"] = "true"
    return SavedArticle(body, metadata, tuple(c.strip() for c in captions), truncated)


def _skip_comment_block(lines: list[str]) -> int:
    """Past a leading block of two or more ``#`` lines ended by a blank line (a single ``#``
    line is a Markdown headline, which is article text)."""
    index = 0
    while index < len(lines) and lines[index].lstrip().startswith("#"):
        index += 1
    if index >= 2 and (index == len(lines) or not lines[index].strip()):
        return index
    return 0


def _read_header(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """A run of two or more known ``Key: value`` lines at the top, ended by a blank line, as
    metadata; otherwise nothing (a first line like "Washington: ..." is text)."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    found: dict[str, str] = {}
    known = 0
    while index < len(lines) and lines[index].strip():
        match = _HEADER_LINE.match(lines[index])
        if match is None:
            break
        name = match.group(1).strip().casefold()
        key = HEADER_KEYS.get(name)
        known += key is not None
        found.setdefault(key or f"header:{name}", match.group(2).strip())
        index += 1
    ended = index >= len(lines) or not lines[index].strip()
    if known < 2 or not ended:  # "Washington: ..." opening a story is not a header
        return {}, start
    if "article:published_time" in found:
        day = parse_date(found["article:published_time"])
        if day is None:
            found["date_as_written"] = found.pop("article:published_time")
        else:
            found["article:published_time"] = day.isoformat()
    return found, index


def parse_date(value: str) -> dt.date | None:
    """A calendar date written the usual ways: 2025-10-21, October 21, 2025, 21 Oct. 2025,
    Oct. 21 2025 (a trailing time or weekday is ignored). None when it is not one."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    words = re.findall(r"[A-Za-z]+|\d+", text)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTHS[w.casefold()] for w in words if w.casefold() in _MONTHS]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if 1 <= n <= 31]
    if len(months) != 1 or len(years) != 1 or not days:
        return None
    try:
        return dt.date(years[0], months[0], days[0])
    except ValueError:
        return None


def is_cut_off(body: str) -> bool:
    """The text stops mid-sentence, or with a paywall's "subscribe to continue". Mid-sentence
    means a last line long enough to be a sentence that ends on a lowercase word or a comma
    without closing punctuation: a credit line ("Reporting by Jane Doe") or a heading is not
    a cut."""
    last = body.rstrip()
    if not last:
        return False
    if _CUT_MARKERS.search(last):
        return True
    if last.endswith(_ENDS_A_SENTENCE):
        return False
    final_line = last.rsplit("\n", 1)[-1]
    words = final_line.split()
    return len(words) >= 6 and (final_line.endswith((",", ";", "-")) or words[-1][:1].islower())


__all__ = ["HEADER_KEYS", "SavedArticle", "is_cut_off", "parse_date", "read_saved"]
