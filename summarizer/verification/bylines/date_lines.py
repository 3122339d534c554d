"""An article's date lines: the short lines near its top or at its end that give the page's
own date ("Tuesday, April 30, 2019", "Published: 12 March 2024 | Updated: 13 March 2024").

The published date was supported by any full date anywhere in the text, so a date the story
reports ("a ceasefire from 21 December 2018") passed as the article's own even under a line
dating the page months later (an outside check, 22, planted that). Where the page has date
lines, its published date is one of theirs; where it has none (a wire copy with only a
dateline, a body that opens with its date), any full date the text states still counts, as
before (:func:`summarizer.verification.bylines.metadata.support_date`).
"""

from __future__ import annotations

import datetime as dt
import re

from summarizer.text.vocabulary import MONTH_NUMBER
from ..page.article import ArticleText
from ..page.tokens import word_set
from .dotted_dates import dotted, page_order

_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# "April 30, 2019", "Apr. 30 2019", "30 April 2019", "30th of April, 2019", "2019-04-30",
# "4/30/2019"
_NAMED_FIRST = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:1[89]|20)\d\d)(?!\d)", re.IGNORECASE
)
_DAY_FIRST = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?,?\s+((?:1[89]|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# A year of the years the patterns read, as a quick test: the month-name patterns try each
# month at every word of a line, which cost most of the date check on a long page.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ISO = re.compile(r"\b((?:1[89]|20)\d\d)-(\d\d)-(\d\d)\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:1[89]|20)\d\d)\b")

# A label that dates the page: "Published:", "Posted on", "Date", "Last updated:"
_LABEL = re.compile(
    r"[^\w]*(?:(?:first\s+)?published|posted|dated?|(?:last\s+)?(?:updated|modified))"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
# The page's change, not its publication: "Updated: ...", "Last modified 3 May 2019"
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.IGNORECASE)

# A fact box's row that dates an event, not the page: "- Adopted: 23 October 2025",
# "• Signed on: 4 May 2024", "Entry into force: 1 July 2025". A label of one to four
# words and a colon before the date; a page's own label ("Published:", "Updated:") is read by
# ``_LABEL`` and never taken for one.
_EVENT_ROW = re.compile(
    r"[ \t]*(?P<bullet>[-*\u2022\u2013\u00b7>]|\d{1,2}[.)])?[ \t]*(?P<label>[A-Za-z][\w'-]*"
    r"(?:[ \t]+[\w'-]+){0,3})[ \t]*:"
)
_PAGE_LABELS = word_set(
    "published posted date dated updated modified edited revised filed created issued"
)
# Words a page's own label may add to its page word: "First published on:", "Last updated at:"
_PAGE_LABEL_WORDS = _PAGE_LABELS | word_set("first last originally on at")
# A timeline's row: a full date, then a colon and the event ("3 June 2025: coalition collapses")
_TIMELINE_ROW = re.compile(r"[ \t]*:[ \t]*[\w\"'\u2018\u201c]")
# Where a masthead's fields part: a bar, a bullet or middle dot, a spaced dash
_FIELD_MARKS = re.compile(r"[ \t]*[|\u2022\u00b7][ \t]*|[ \t]+(?:[-\u2013\u2014]|--)[ \t]+")
# What a masthead's date field may hold besides the date: a weekday, a time, a zone
_DATE_FIELD_EXTRA = re.compile(
    r"(?i:[ \t,]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ \t,]*(?:at[ \t]+)?\d{1,2}[:.]\d\d"
    r"(?:[ \t]*[ap]\.?m\.?)?|[ \t,]*(?:gmt|bst|cet|cest|utc|edt|est|pdt|pst)|[ \t,.]+)*"
)
# A row's label that names an event without a participle: "Entry into force:", "Deadline:"
_EVENT_WORDS = word_set(
    """entry deadline vote signing launch start end effective expiry expires due proposal
    adoption agreement ceasefire truce summit talks election ballot referendum announcement
    approval ratification hearing ruling verdict began begins starts ends opens closes effect"""
)
# A masthead's separators, not its words: "Explainer | Outlet | 24 October 2025 | Words: X"
# is ten words of fields, not thirteen.
_SEPARATORS = frozenset(("|", "-", "\u2013", "\u2014", "--", "\u2022", "\u00b7", "/", "::"))

_HEAD_LINES = 6  # the headline, a standfirst, a byline, the date: a page's header
_TAIL_LINES = 2  # some copies put the date under the text
_SHORT_LINE = 80  # characters: a date line, not a paragraph that mentions a date
_FIELDED_LINE = 120  # a masthead of fields parted by two separators or more
_MOST_WORDS = 12


def _date(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _dated(line: str, order: str | None = None) -> list[tuple[int, int, dt.date]]:
    """The full dates ``line`` writes, each with where it starts and ends; ``order``, the
    page's order of dotted dates, reads them (both readings of one it leaves ambiguous)."""
    if _YEAR.search(line) is None:
        return []  # every full date writes its year; most lines write none
    found: list[tuple[int, int, dt.date | None]] = [
        (start, end, day) for start, end, days in dotted(line, order) for day in days
    ]
    for match in _NAMED_FIRST.finditer(line):
        day = _date(match[3], MONTH_NUMBER[match[1].lower()], match[2])
        found.append((match.start(), match.end(), day))
    for match in _DAY_FIRST.finditer(line):
        day = _date(match[3], MONTH_NUMBER[match[2].lower()], match[1])
        found.append((match.start(), match.end(), day))
    for match in _ISO.finditer(line):
        found.append((match.start(), match.end(), _date(match[1], int(match[2]), match[3])))
    for match in _SLASHED.finditer(line):  # the US order, as the published-date rule reads it
        found.append((match.start(), match.end(), _date(match[3], int(match[1]), match[2])))
    return sorted((start, end, day) for start, end, day in found if day is not None)


def dates_in(line: str) -> set[dt.date]:
    """The full dates (day, month and year) ``line`` writes, dotted ones aside."""
    return {day for start, _, day in _dated(line) if start not in _dotted_starts(line)}


def _dotted_starts(line: str) -> set[int]:
    return {start for start, _, _ in dotted(line)}


def _line_dates(line: str, head: bool, order: str | None) -> list[tuple[bool, dt.date]]:
    """The page dates one edge line gives, each marked True when an "Updated" label stands
    before it (since the previous date): a date line of a headline's size, or, in the header,
    a labelled date the body runs on from (" date 2023-01-01 The president ...": the loader
    glued the page's date line to the lead)."""
    if _event_row(line) or _timeline_row(line):
        return []  # "- Adopted: 23 October 2025": a fact box's day of the story
    words = [word for word in line.split() if word not in _SEPARATORS]
    longest = _FIELDED_LINE if len(words) < len(line.split()) - 1 else _SHORT_LINE
    if (len(line) > longest or len(words) > _MOST_WORDS) and not _date_field(line, order):
        label = _LABEL.match(line) if head else None
        if label is None:
            return []  # a paragraph that mentions a date: not read at all
        dated = _dated(line, order)
        if not dated or dated[0][0] != label.end():
            return []
        dated = dated[:1]
    else:
        dated = _dated(line, order)
    marked: list[tuple[bool, dt.date]] = []
    since = 0
    for start, end, day in dated:
        marked.append((_UPDATED.search(line, since, start) is not None, day))
        since = end
    return marked


def _event_row(line: str) -> bool:
    """Whether ``line`` is a fact box's row dating an event: a label of other words than a
    page's own ("Adopted:", "Entry into force:") opens it, its date right after the colon."""
    if ":" not in line:
        return False
    row = _EVENT_ROW.match(line)
    if row is None or _YEAR.search(line, 0, row.end()):
        return False
    label = [word.lower() for word in row.group("label").split()]
    if set(label) <= _PAGE_LABEL_WORDS and set(label) & _PAGE_LABELS:
        return False  # "Published:", "Last updated on:": the page's own label
    if row.group("bullet") is None and not any(
        (word.endswith("ed") and word not in _PAGE_LABELS and word != "united")
        or word in _EVENT_WORDS
        for word in label
    ):
        return False  # "LONDON: 5 May 2024" is a dateline's place, not a fact box's row
    dated = _dated(line)
    return bool(dated) and not line[row.end() : dated[0][0]].strip(" \t,")


def _timeline_row(line: str) -> bool:
    """Whether ``line`` is a timeline's row: it opens with a full date, and a colon then the
    event follows ("3 June 2025: coalition collapses"), a day of the story, not the page's."""
    dated = _dated(line)
    if not dated or line[: dated[0][0]].strip(" \t-*\u2022"):
        return False
    return _TIMELINE_ROW.match(line, dated[0][1]) is not None


def _date_field(line: str, order: str | None) -> bool:
    """Whether ``line`` is a masthead of three fields or more ("Politics -- Outlet -- Friday 31
    October 2025 -- 6 min read -- Words: X") one of which is a date and nothing else (a
    weekday, a time): its length and words no matter then, a paragraph has no such field."""
    marks = list(_FIELD_MARKS.finditer(line))
    if len(marks) < 2:
        return False
    at = 0
    for mark in [*marks, None]:
        end = mark.start() if mark is not None else len(line)
        field = line[at:end]
        dated = _dated(field, order)
        if len(dated) == 1:
            start, stop, _ = dated[0]
            before = _DATE_FIELD_EXTRA.fullmatch(field, 0, start)
            after = _DATE_FIELD_EXTRA.fullmatch(field, stop)
            if before is not None and after is not None:
                return True
        at = mark.end() if mark is not None else end
    return False


def line_dates(article: ArticleText) -> frozenset[dt.date]:
    """The dates of the article's date lines (see the module): short lines among its first
    few and last ones that write a full date. A date an "Updated"/"Last modified" label gives
    is when the page changed, not when it was published: where the lines give another date,
    only those count; a page dated by its update alone keeps it. Read once per article."""
    key = ("date lines",)
    known: frozenset[dt.date] | None = article.memo.get(key)
    if known is None:
        lines = [line.strip() for line in article.text.splitlines() if line.strip()]
        head = lines[:_HEAD_LINES]
        tail = lines[max(len(lines) - _TAIL_LINES, _HEAD_LINES) :]
        order = page_order(article.text)
        marked = [item for line in head for item in _line_dates(line, True, order)]
        marked += [item for line in tail for item in _line_dates(line, False, order)]
        published = {day for updated, day in marked if not updated}
        known = frozenset(published or {day for _, day in marked})
        article.memo[key] = known
    return known


# A date whose year is glued to the next sentence's first word ("September 5, 2014The
# ceasefire ..."): a scraped page's dateline, the day the story was filed.
_GLUED_YEAR = re.compile(r"(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:1[89]|20)\d\d(?=[A-Z][a-z])")
# After a dateline's date: "(UPI) -", "(Wire) --", "/ Reuters /"
_AFTER_DATELINE = re.compile(r"\s*\([^)]{1,40}\)\s*(?:[-\u2013\u2014]|$)")

# A dateline's place in capitals glued to a caption's last word ("Reuters picQUITO, ", "AFP
# photoGAZA CITY, "), read only before a date followed by a dateline's dash.
_GLUED_PLACE = re.compile(r"(?<![A-Z])[A-Z][A-Z.'\-]{2,}(?:\s+[A-Z][A-Z.'\-]+)*,?\s*$")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:[-\u2013\u2014]|--)")

# A dateline's place with its country before the date ("CANBERRA, Australia (March 22, 1998 -
# PACNEWS)---", "LIMA, Peru, Oct. 2 (Wire) -"): the place in capitals opens the sentence.
_PLACE_COUNTRY = re.compile(
    r"\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},?\s*"
    r"(?P<paren>\(\s*)?"
)
# The rest of a dateline's parenthesis after its date: ", 1998 - PACNEWS/Ioane)---"
_PAREN_DATELINE_END = re.compile(r"[^()]{0,40}\)\s*(?:[-\u2013\u2014]|$)")


def is_dateline(text: str, match: re.Match[str]) -> bool:
    """Whether a date is a dateline's: after a dateline's place ("PHNOM PENH, July 30 (Wire)
    - ...", with its country before a wire's parenthesis or dash: "CANBERRA, Australia (March
    22, 1998 - PACNEWS)---") or opening the text before an agency's name and a dash ("Jan. 7
    (UPI) - ..."): the day the story was filed, not a day it reports."""
    if _GLUED_YEAR.match(text, match.end()):
        return True  # "September 5, 2014The ...", "Sept. 5, 2014The"
    before = text[: match.start()]
    place = before.strip().rstrip(",").replace(" ", "").replace(".", "")
    if place and place.isalpha() and place.isupper():
        return True
    if _DATELINE_DASH.match(text, match.end()) and _GLUED_PLACE.search(before[-60:]):
        return True  # "Reuters picQUITO, Sept 4 — ...": a caption glued to the place
    placed = _PLACE_COUNTRY.fullmatch(before)
    if placed:
        after = _PAREN_DATELINE_END if placed["paren"] else _AFTER_DATELINE
        return bool(after.match(text, match.end()))
    if before.strip():
        return False
    rest = text[match.end() :]
    rest = rest[rest.find("(") :] if re.match(r"[\s\d,.a-z]*\(", rest) else rest
    return bool(_AFTER_DATELINE.match(rest))


__all__ = ["dates_in", "is_dateline", "line_dates"]
