"""Masthead and credit lines that are not a plain "By X" (outside check 53, cause 2, session
25), read field by field for :mod:`summarizer.verification.credit_fields`.

Pages set their writer, desk, outlet and date on one line in many orders: "Priya Raman,
trade correspondent — The Midlands Ledger, 3 April 2025"; "By R. Castellanos, legal affairs —
The Prairie Review — Thursday, May 29, 2025"; "Washington bureau | Caucasus Today | 9 August
2025"; "Interview by Hanna Lys for Radio Podil"; "The Editorial Board, Harbour Times". A
careful fact-checker reads each field for one role:

- *A writer with a role*: a field "<names>, <role phrase>" whose role phrase (up to four
  words, lower case or an outlet's name before the role) ends in a writer's role noun
  (correspondent, reporter, editor, writer, columnist, ...; not a picture, video or copy
  editor) credits the names as authors; the role is no author ("trade correspondent" as the
  byline is refused). A desk after the comma ("Kharkiv Evening News, data desk") is no role.
- *A newsroom and its outlet*: "The Editorial Board, Harbour Times" (a newsroom, a comma, a
  name): the newsroom is the author, the name after the comma the outlet.
- *"for" an outlet*: a credit's names followed by "for <Outlet>" ("Interview by X for Radio
  Podil") give the outlet (:data:`FOR_OUTLET`, read by the credit's own reader).
- *The outlet field of a dated masthead*: in a head or foot line cut into fields (or a run of
  short adjacent lines, a field or more a line, :func:`stacked_lines`), with a
  date among them (a field, or a comma tail: "The Midlands Ledger, 3 April 2025"), the one
  field left that is a capitalised name, once the credited people, the dates, desks and
  sections, roles, places the party table knows, kinds of page and names the page uses
  elsewhere (a subject's tag: "| Donald Trump") are set aside, is the outlet. Two such
  fields left: neither is read (which one publishes is not said). The desk and section
  fields of such a line are neither author nor publisher.

Not read: an undated line of two capitalised fields ("Business | Caucasus Today"), where the
section and the outlet cannot be told apart by shape alone.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from summarizer.verification.article import ArticleText
from summarizer.verification.date_lines import dates_in
from summarizer.verification.page_labels import page_kind
from summarizer.verification.party_names import party_of
from summarizer.verification.tokens import tokenize, word_set

_ROLE_MOST = 4
# A person's role, not a desk's: "Kharkiv Evening News, data desk" is an outlet and its desk.
_WRITER_ROLES = word_set(
    """correspondent correspondents reporter reporters editor editors writer writers columnist
    columnists contributor analyst chief"""
)
# A role of the page's making other than its writing: "Linda Nylind, picture editor".
_MAKERS = word_set(
    """picture pictures photo photos photography video graphics design art copy production
    audio podcast social"""
)
# Words a masthead field that is a desk, a section or a tag ends with: never the outlet.
_NOT_OUTLETS = word_set(
    """desk bureau team staff newsroom section affairs correspondent correspondents
    reporter reporters editor editors writer columnist board latest live world politics
    business opinion analysis explainer comment economy markets sport sports culture science
    health technology tech national international local metro region europe asia africa
    americas district province county"""
)
_MONTH_WORDS = frozenset(MONTHS) | frozenset(month[:3] for month in MONTHS) | set(WEEKDAYS)
_CAPITALISED = re.compile(
    r"(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*"
    r"(?:[ \t]+(?:(?:of|the|de|du|des|la|le|&|and|on)[ \t]+)*[A-Z0-9][\w&'\u2019.-]*){0,5}"
)
_COMMA_TAIL = re.compile(r"(?P<head>[^,]+?)[ \t]*,[ \t]*(?P<tail>.+)")
_OPENERS = frozenset('\n.!?:;"\u201c\u2018(\u2014-\u2022')
#: After a credit's names: "for <Outlet>" names who the copy was made for, its publisher.
FOR_OUTLET = re.compile(rf"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<outlet>{_CAPITALISED.pattern})")
_STACKED_MOST = 8


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def roled_names(text: str, names: str) -> str | None:
    """The names of a field "<names>, <role phrase>" (``names`` the pattern of a list of
    people), when the role phrase ends in a writer's role noun, else None."""
    match = re.fullmatch(rf"(?P<names>{names})[ \t]*,[ \t]*(?P<role>[^,]+)", text)
    if match is None:
        return None
    role = [token.norm for token in tokenize(match.group("role"))]
    if not role or len(role) > _ROLE_MOST or role[-1] not in _WRITER_ROLES:
        return None
    if not _MAKERS.isdisjoint(role):
        return None  # "picture editor": no writer
    return match.group("names")


def newsroom_outlet(text: str, newsroom: str) -> tuple[str, str] | None:
    """(newsroom, outlet) of a field "<newsroom>, <Outlet>" ("The Editorial Board, Harbour
    Times"), else None."""
    pattern = rf"(?P<room>{newsroom})[ \t]*,[ \t]*(?P<outlet>{_CAPITALISED.pattern})"
    match = re.fullmatch(pattern, text)
    if match is None:
        return None
    return match.group("room"), match.group("outlet")


def _dated(text: str) -> bool:
    """Whether a field is a date (or a weekday, a month and a day)."""
    words = [token.norm for token in tokenize(text)]
    if not words:
        return False
    return bool(dates_in(text)) or all(w in _MONTH_WORDS or w.isdigit() for w in words)


def _used_elsewhere(name: str, start: int, article: ArticleText) -> bool:
    """Whether the field's last word is written capitalised inside a sentence of the page's
    other lines (not opening one: "Today, ..."): a subject's tag, not the outlet."""
    last = name.split()[-1]
    line_start = article.text.rfind("\n", 0, start) + 1
    line_end = article.text.find("\n", start)
    other = article.text[:line_start] + (article.text[line_end:] if line_end != -1 else "")
    for hit in re.finditer(rf"\b{re.escape(last)}\b", other):
        before = other[max(hit.start() - 3, 0) : hit.start()].rstrip(" \t")
        if before and before[-1] not in _OPENERS:
            return True
    return False


def masthead_outlet(
    fields: list[tuple[int, str]], credited: set[tuple[str, ...]], authored: set[int],
    article: ArticleText,
) -> tuple[str | None, list[str]]:  # fmt: skip
    """The outlet field of a dated masthead line (see the module), or None, with the line's
    desk and section fields when it names its outlet (neither author nor publisher: "The
    Straits Desk | Updated 28 July 2025" names no other outlet, and may be the outlet).
    ``credited``: the people the page credits; ``authored``: the offsets of credited
    authors' words (a newsroom field, "Staff Reporter", is left alone)."""
    pieces: list[tuple[int, str]] = []
    desks: list[str] = []
    dated, parts = False, len(fields)
    for at, text in fields:
        offset = at
        for part in text.split(","):  # "By X, political desk": the desk, no author
            words = _words(part)
            offset = text.find(part.strip(), offset - at) + at if part.strip() else offset
            if words and words[-1] in _NOT_OUTLETS and offset not in authored:
                desks.append(part.strip())
        tail = _COMMA_TAIL.fullmatch(text)
        if tail is not None and _dated(tail.group("tail")):
            dated, parts = True, parts + 1  # "The Midlands Ledger, 3 April 2025"
            text = tail.group("head")
        if _dated(text):
            dated = True
            continue
        pieces.append((at, text))
    if not dated or parts < 2:
        return None, []
    candidates: list[str] = []
    for at, text in pieces:
        words = _words(text)
        if not words or words in credited or words[-1] in _NOT_OUTLETS:
            continue
        if not _CAPITALISED.fullmatch(text) or any(at <= o < at + len(text) for o in authored):
            continue
        if re.search(r"(?i)\bby\b", text) or (text.isupper() and len(words) == 1):
            continue
        if party_of(text) is not None or page_kind(words) or _used_elsewhere(text, at, article):
            continue
        candidates.append(text)
    if len(candidates) != 1:
        return None, []
    return candidates[0], desks


def stacked_lines(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Runs of two or more adjacent short lines (eight words at most, no sentence's stop) of
    ``lines`` (offset, line), the page's first line (its headline) aside: a masthead written
    a field a line ("Jane Doe, Staff Writer" / "The Valley Sentinel" / "May 5, 2024")."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    end = -2
    for start, line in lines:
        short = len(line.split()) <= _STACKED_MOST and not line.rstrip().endswith((".", "!", "?"))
        if short and run and start == end + 1:
            run.append((start, line))
        else:
            runs.append(run)
            run = [(start, line)] if short and start > 0 else []
        end = start + len(line)
    runs.append(run)
    return [run for run in runs if len(run) >= 2]


__all__ = ["FOR_OUTLET", "masthead_outlet", "newsroom_outlet", "roled_names", "stacked_lines"]
