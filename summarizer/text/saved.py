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

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from summarizer.text.vocabulary import MONTH_NUMBER

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
# A caption or credit line: a label in front ("Photo:", "[Photo]", "Image caption,", "File
# photo:", "Credit:"), a credit at its end ("(Photo by Sam Lee/Getty Images)", "(AP Photo/Sam
# Lee)", "Photograph: Sam Lee/Reuters"), or a bare credit ("Sam Lee/Getty Images", "© Sam Lee").
_CAPTION = re.compile(
    r"^\s*(?:\[\s*(?:photo|image|picture|caption|video|graphic)[^\]]{0,40}\]"
    r"|\(\s*(?:photo|image|picture)[^)]{0,40}\)"
    r"|(?:photo caption|file photo|photos?|photograph|picture|pictured|image|caption|credit)"
    r"\s*:"
    r"|image (?:caption|source),)"
    r"|(?:\((?:[^()]{0,40}\bphoto\b[^()]{0,60})\)"
    r"|\b(?-i:Photo|Photograph|Credit)\s*:\s*[^.!?]{2,80})\s*$",
    re.IGNORECASE,
)
_AGENCIES = r"(?:getty images|reuters|ap|afp|epa|anadolu|shutterstock|alamy|tass|ria novosti)"
_BARE_CREDIT = re.compile(
    rf"^\s*(?:©\s*[^\n]{{2,60}}|[A-Z][\w.' -]{{1,40}}\s*/\s*{_AGENCIES}[\w ]{{0,20}})\s*$",
    re.IGNORECASE,
)
#: What every branch of ``_CAPTION`` contains. Under ``re.IGNORECASE`` their letters match
#: their other case and, beyond ASCII, only the Turkish dotted and dotless i (a test checks
#: every code point), which :func:`_is_caption` turns into "i" before lowercasing.
CAPTION_WORDS = ("photo", "image", "picture", "caption", "video", "graphic", "credit")
_CUT_MARKERS = re.compile(
    r"(?:\[\s*(?:\.\.\.|…)\s*\]|subscribe to (?:continue|read)|to continue reading"
    r"|this (?:article|story) is (?:for|available to) subscribers)\s*$",
    re.IGNORECASE,
)
_NOT_PROSE_END = re.compile(
    r"(?:https?://\S+|\S+@\S+\.\w+|^(?:[-*\u2022]|\d+[.)])\s|©|\ball rights reserved)\S*$"
    r"|^(?:[-*\u2022]|\d+[.)])\s|©",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(  # a sentence never ends on one of these
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "that",
        "which",
        "who",
        "as",
        "than",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "between",
        "including",
        "such",
        "per",
        "outside",
        "inside",
        "within",
        "without",
        "towards",
        "toward",
        "against",
        "during",
        "via",
    ]
)
_ENDS_A_SENTENCE = tuple(".!?\"”’')]»…")  # noqa: RUF001


@dataclass(frozen=True)
class SavedArticle:
    body: str  # what a reader reads: header, comment block and captions taken out
    metadata: dict[str, str] = field(default_factory=dict)
    captions: tuple[str, ...] = ()
    truncated: bool = False


def read_saved(text: str) -> SavedArticle:
    """Split a plain-text article into its body, its header's metadata and its captions.
    Nothing is dropped: a comment block is kept as ``metadata["comment"]``, captions as
    :attr:`SavedArticle.captions` (not in the metadata, which grounding reads as the page's own
    statements: a photo credit must not vouch for an outlet)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    start, comment = _skip_comment_block(lines)
    metadata, start = _read_header(lines, start)
    if comment:
        metadata["comment"] = comment
    body_lines: list[str] = []
    captions: list[str] = []
    candidates = _caption_candidates(lines, start)
    for index in range(start, len(lines)):
        line = lines[index]
        is_caption = index in candidates and _is_caption(line)
        (captions if is_caption and line.strip() else body_lines).append(line)
    body = "\n".join(body_lines).strip("\n")
    truncated = is_cut_off(body)
    if truncated:
        metadata["truncated"] = "true"
    return SavedArticle(body, metadata, tuple(c.strip() for c in captions), truncated)


_COMMENT_LINE = re.compile(r"^\s*#(?:\s|$)")  # "# text" or "#"; not "#hashtag", not "##"


# Whatever :func:`_is_caption` needs in a line: a caption word (folded as it folds them) or a
# "/" or "\u00a9" for a bare credit.
_CAPTION_NEEDS = (*CAPTION_WORDS, "/", "\u00a9")


def _caption_candidates(lines: list[str], start: int) -> set[int]:
    """The indices (from ``start``) of the lines that hold what :func:`_is_caption` needs,
    found by one ``str.find`` per needle over the folded text instead of a fold and nine
    membership tests per line (most lines of an article hold none; ~0.1 ms an article).
    Folding keeps each line's length and the line breaks (only U+0130 changes length when
    lowercased, and it is replaced first), so a hit's line is found from the line starts."""
    rest = "\n".join(lines[start:])
    if "\u0130" in rest or "\u0131" in rest:
        rest = rest.replace("\u0130", "i").replace("\u0131", "i")
    folded = rest.lower()
    found: set[int] = set()
    starts: list[int] = []
    for need in _CAPTION_NEEDS:
        at = folded.find(need)
        if at < 0:
            continue
        if not starts:
            starts = list(
                itertools.accumulate((len(line) + 1 for line in lines[start:]), initial=0)
            )
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found.add(start + index)
            at = folded.find(need, starts[index + 1])  # the next line
    return found


def _is_caption(line: str) -> bool:
    """``_CAPTION`` or ``_BARE_CREDIT`` matches ``line``. Each branch of ``_CAPTION`` needs one
    of :data:`CAPTION_WORDS` and ``_BARE_CREDIT`` a "©" or "/", so those cheap checks go first:
    ``_CAPTION`` alone, tried at every position of every line, cost ~0.2 ms per article
    (``tests/test_saved_fast_paths.py`` holds the two equal)."""
    folded = line.lower()
    if "\u0130" in line or "\u0131" in line:
        folded = line.replace("\u0130", "i").replace("\u0131", "i").lower()
    if any(word in folded for word in CAPTION_WORDS) and _CAPTION.search(line):
        return True
    return ("/" in line or "\u00a9" in line) and _BARE_CREDIT.match(line) is not None


def _skip_comment_block(lines: list[str]) -> tuple[int, str]:
    """Past a leading block (after blank lines) of two or more ``# `` lines, and its text. A
    single ``#`` line, or a ``#`` line followed by ``##`` lines, is a Markdown headline, and
    ``#word`` a hashtag: both are article text."""
    first = 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    index = first
    while index < len(lines) and _COMMENT_LINE.match(lines[index]):
        index += 1
    if index - first >= 2:
        comment = " | ".join(line.strip().lstrip("#").strip() for line in lines[first:index])
        return index, comment
    return 0, ""


def _read_header(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """A run of known ``Key: value`` lines at the top, ended by a blank line, as metadata;
    otherwise nothing (a first line like "Washington: ..." is text)."""
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    first = index
    found: dict[str, str] = {}
    known = 0
    while index < len(lines) and lines[index].strip():
        match = _HEADER_LINE.match(lines[index])
        if match is None:
            break
        name = match.group(1).strip().casefold()
        key = HEADER_KEYS.get(name)
        known += key is not None
        slot, value = key or f"header:{name}", match.group(2).strip()
        found[slot] = f"{found[slot]}; {value}" if slot in found else value  # By: A / By: B
        index += 1
    ended = index >= len(lines) or not lines[index].strip()
    # "Washington: ..." opening a story is not a header: two known keys make one, or a single
    # line whose value is plainly what its key names (a date that parses, a short outlet name).
    if not ended or not (known >= 2 or (index - first == 1 and _plain_single(found))):
        return {}, start
    if "article:published_time" in found:
        day = parse_date(found["article:published_time"])
        if day is None:
            found["date_as_written"] = found.pop("article:published_time")
        else:
            found["article:published_time"] = day.isoformat()
    return found, index


def _plain_single(found: dict[str, str]) -> bool:
    ((key, value),) = found.items()
    if key == "article:published_time":
        return parse_date(value) is not None
    if key == "og:site_name":
        return len(value.split()) <= 6 and not value.rstrip().endswith((".", "!", "?"))
    return False


def parse_date(value: str) -> dt.date | None:
    """A calendar date written the usual ways: 2025-10-21, October 21, 2025, 21 Oct. 2025,
    Oct. 21 2025 (a trailing time or weekday is ignored). None when it is not one."""
    text = value.strip()
    numeric = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", text)  # year first only
    if numeric:
        try:
            return dt.date(*(int(part) for part in numeric.groups()))
        except ValueError:
            return None
    # Times ("10:30 AM", "12:05 GMT") go first: their hour is not the day.
    text = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", " ", text, flags=re.I)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text, flags=re.I)  # "5th March"
    words = re.findall(r"[A-Za-z]+|\d+", text)
    months = [
        (i, MONTH_NUMBER[w.casefold()]) for i, w in enumerate(words) if w.casefold() in MONTH_NUMBER
    ]
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1800 <= int(w) <= 2199]
    if len(months) != 1 or len(years) != 1:
        return None
    at, month = months[0]
    # The day is the number right before or after the month name ("5 March", "March 5").
    days = [
        int(words[i])
        for i in (at - 1, at + 1)
        if 0 <= i < len(words) and words[i].isdigit() and 1 <= int(words[i]) <= 31
    ]
    if len(days) != 1:
        return None
    try:
        return dt.date(years[0], month, days[0])
    except ValueError:
        return None


def _marker_start(last: str) -> int:
    """Where a match of ``_CUT_MARKERS`` can start in ``last`` (which ends without spaces):
    its worded markers are at most 64 characters long, and a bracketed "[...]" ends it and
    starts at its last "[". Searching the whole article for a marker that can only end it
    cost ~0.3 ms."""
    start = max(0, len(last) - 64)
    if last.endswith("]"):
        start = min(start, max(0, last.rfind("[")))
    return start


def is_cut_off(body: str) -> bool:
    """The text stops mid-sentence, or with a paywall's "subscribe to continue". Mid-sentence
    means a last line long enough to be a sentence that ends on a lowercase word or a comma
    without closing punctuation: a credit line ("Reporting by Jane Doe") or a heading is not
    a cut."""
    last = body.rstrip()
    if not last:
        return False
    if _CUT_MARKERS.search(last, _marker_start(last)):
        return True
    if last.endswith(_ENDS_A_SENTENCE):
        return False
    final_line = last.rsplit("\n", 1)[-1].strip()
    words = final_line.split()
    if words and words[-1].casefold() in _FUNCTION_WORDS:
        return True  # "The mayor said the", "- licences for operations located outside"
    if _NOT_PROSE_END.search(final_line):  # a URL, an address, a list item, a footer
        return False
    if final_line.endswith(("\u2014", "\u2013", ",", ";", " -")):
        return True
    return len(words) >= 6 and words[-1][:1].islower()


__all__ = ["HEADER_KEYS", "SavedArticle", "is_cut_off", "parse_date", "read_saved"]
