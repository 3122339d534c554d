"""Masthead and credit lines that are not a plain "By X" (outside check 53, cause 2, session
25), read field by field for :mod:`summarizer.verification.bylines.credit_fields`.

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
from dataclasses import dataclass, field

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.party_names import party_of
from .date_lines import dates_in
from .page_labels import page_kind

_ROLE_MOST = 4
# A person's role, not a desk's: "Kharkiv Evening News, data desk" is an outlet and its desk.
_WRITER_ROLES = word_set(
    """correspondent correspondents reporter reporters editor editors writer writers columnist
    columnists contributor chief"""
)
# "chief" is a newsroom's role only after one of these ("bureau chief", "editor-in-chief"):
# "Japheth Koome, police chief" is a caption's person, no writer (review rvD).
_CHIEF_OF = word_set("bureau bureaus desk news editor in")
# A "for" name ending so funds or hosts the work, no publisher: "for the Pulitzer Center".
_FUNDERS = word_set(
    """center centre centers foundation fund trust institute initiative fellowship programme
    program project council"""
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
    americas america east district province county"""
)
# Words a section or story tag ends with, never an outlet's, outlet or none (review rvD):
# "General Election | 5 July 2024", "Cross-Strait Relations | 14 January 2024".
_TOPIC_ENDS = word_set(
    "election elections war crisis conflict relations talks summit protests referendum"
)
# A year inside a field that is no date: a section's or a tag's ("Election 2024", "Paris 2024").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_WORDS = frozenset(MONTHS) | frozenset(month[:3] for month in MONTHS) | set(WEEKDAYS)
_CAPITALISED = re.compile(
    r"(?:The[ \t]+)?[A-Z][\w&'\u2019.-]*"
    r"(?:[ \t]+(?:(?:of|the|de|del|della|di|da|do|dos|du|des|la|le|&|and|on)[ \t]+)*"
    r"[A-Z0-9][\w&'\u2019.-]*){0,5}"
)
_COMMA_TAIL = re.compile(r"(?P<head>[^,]+?)[ \t]*,[ \t]*(?P<tail>.+)")
_OPENERS = frozenset('\n.!?:;"\u201c\u2018(\u2014-\u2022')
#: After a credit's names: "for <Outlet>" names who the copy was made for, its publisher.
FOR_OUTLET = re.compile(rf"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<outlet>{_CAPITALISED.pattern})")
_STACKED_MOST = 8
_BY_WORD = re.compile(r"(?i)\bby\b")
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
_PERSON = re.compile(r"(?!The\b)[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}")


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


def roled_names(text: str, names: str) -> str | None:
    """The names of a field "<names>, <role phrase>" (``names`` the pattern of a list of
    people), when the role phrase ends in a writer's role noun, else None."""
    match = re.fullmatch(rf"(?P<names>{names})[ \t]*,[ \t]*(?P<role>[^,]+)", text)
    if match is None:
        return None
    return match.group("names") if _role(match.group("role")) else None


def newsroom_outlet(text: str, newsroom: str) -> tuple[str, str] | None:
    """(newsroom, name) of a field "<newsroom>, <Name>" ("The Editorial Board, Harbour
    Times"), else None. The caller reads a lone word after the newsroom as its place unless
    it is a known outlet: "Staff Reporter, Kisumu", "Our Correspondent, Lahore" (review rvD)."""
    pattern = rf"(?P<room>{newsroom})[ \t]*,[ \t]*(?P<outlet>{_CAPITALISED.pattern})"
    match = re.fullmatch(pattern, text)
    if match is None:
        return None
    return match.group("room"), match.group("outlet")


def made_for(rest: str) -> tuple[str | None, str | None]:
    """(outlet, funder) of a credit's tail "for <Outlet>" ("Interview by X for Radio Podil"):
    a name ending in a funder's noun ("for the Pulitzer Center") is the funder, no outlet."""
    match = FOR_OUTLET.match(rest)
    if match is None:
        return None, None
    name = match.group("outlet")
    if _words(name)[-1:] and _words(name)[-1] in _FUNDERS:
        return None, name
    return name, None


def _dated(text: str) -> bool:
    """Whether a field is a date (or a weekday, a month and a day; "05.09.2022")."""
    words = [token.norm for token in tokenize(text)]
    if not words:
        return False
    if _NUMERIC_DATE.fullmatch(text.strip()):
        return True
    return bool(dates_in(text)) or all(w in _MONTH_WORDS or w.isdigit() for w in words)


def _used_elsewhere(name: str, start: int, article: ArticleText) -> bool:
    """Whether the field's last word is written capitalised inside a sentence of the page's
    body (its lines of more than eight words but this one, not opening a sentence: "Today,
    ..."): a subject's tag, not the outlet. A photo credit's "/Valley Sentinel" is no use."""
    last = name.split()[-1]
    line_start = article.text.rfind("\n", 0, start) + 1
    for at, line in _body_lines(article):
        if at == line_start:
            continue
        for hit in re.finditer(rf"\b{re.escape(last)}\b", line):
            before = line[max(hit.start() - 3, 0) : hit.start()].rstrip(" \t")
            if before and before[-1] not in _OPENERS:
                return True
    return False


def _body_lines(article: ArticleText) -> list[tuple[int, str]]:
    """The page's lines of more than eight words, with their offsets (read once)."""
    found: list[tuple[int, str]] | None = article.memo.get("masthead-body-lines")
    if found is None:
        found = [(at, line) for at, line in article.lines if len(line.split()) > _STACKED_MOST]
        article.memo["masthead-body-lines"] = found
    return found


def _parts(fields: list[tuple[int, str]]) -> list[tuple[int, str, bool]]:
    """The comma parts of a line's fields, with their offsets and whether their field is a
    by-credit ("The Midlands Ledger, 3 April 2025" is an outlet and a date; "Latin America
    desk, The Valley Sentinel" a desk and an outlet; in "With reporting by X, Associated
    Press" the agency is the contributor's, read by the credit's own reader)."""
    found: list[tuple[int, str, bool]] = []
    for at, text in fields:
        offset = 0
        credit = _BY_WORD.search(text) is not None
        for part in text.split(","):
            stripped = part.strip()
            if stripped:
                found.append((at + text.index(stripped, offset), stripped, credit))
            offset += len(part) + 1
    return found


def _role(text: str) -> bool:
    """Whether a part is only a writer's role ("Senior Correspondent", "chief correspondent")."""
    role = [token.norm for token in tokenize(text)]
    if not 0 < len(role) <= _ROLE_MOST or role[-1] not in _WRITER_ROLES:
        return False
    if role[-1] == "chief" and (len(role) < 2 or role[-2] not in _CHIEF_OF):
        return False  # "police chief", "army chief": a caption's person
    return _MAKERS.isdisjoint(role)  # "picture editor": no writer


@dataclass
class Masthead:
    """What a dated masthead line gives: its outlet, its desk and section parts (neither
    author nor publisher), and the writers a role part follows ("Jane Doe | Senior
    Correspondent"), the role parts after them, and (with an outlet) its subject and place
    tags: no publisher; its story tags ("General Election") are no publisher with an outlet
    or without one. A desk without another outlet may be the outlet ("The Straits Desk")."""

    outlet: str | None = None
    desks: list[str] = field(default_factory=list)
    writers: list[tuple[int, str]] = field(default_factory=list)
    roles: list[tuple[int, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


def masthead_outlet(
    fields: list[tuple[int, str]], credited: set[tuple[str, ...]], authored: set[int],
    article: ArticleText,
) -> Masthead:  # fmt: skip
    """What a dated masthead line gives (see the module); nothing unless it names exactly one
    outlet ("The Straits Desk | Updated 28 July 2025" names no other outlet, and may be the
    outlet). ``credited``: the people the page credits; ``authored``: the offsets of credited
    authors' words (a newsroom part, "Staff Reporter", is left alone)."""
    parts = _parts(fields)
    undated = [part for part in parts if not _dated(part[1])]
    if len(undated) == len(parts) or len(parts) < 2:
        return Masthead()
    found = Masthead()
    candidates: list[str] = []
    for index, (at, text, credit) in enumerate(undated):
        words = _words(text)
        if not words or at in authored:
            continue
        if words[-1] in _TOPIC_ENDS or _YEAR.search(text):
            found.sections.append(text)  # "General Election", "Election 2024": a tag
            continue
        if words[-1] in _NOT_OUTLETS:
            found.desks.append(text)
            continue
        if words in credited or any(at <= o < at + len(text) for o in authored):
            continue
        following = undated[index + 1][1] if index + 1 < len(undated) else ""
        if _PERSON.fullmatch(text) and _role(following):
            found.writers.append((at, text))  # "Jane Doe | Senior Correspondent"
            found.roles.append(undated[index + 1][:2])  # the role: no author (review rvD)
            continue
        if credit or not _CAPITALISED.fullmatch(text):
            continue
        if text.isupper() and len(words) == 1:
            continue
        if party_of(text) is not None or _used_elsewhere(text, at, article):
            found.tags.append(text)  # "| Cyril Ramaphosa": the story's subject, a country
            continue
        if page_kind(words):
            continue
        candidates.append(text)
    if len(candidates) != 1:
        return Masthead(sections=found.sections)  # still no outlet ("General Election")
    found.outlet = candidates[0]
    return found


_PHOTO = re.compile(
    r"[ \t]*(?i:photo(?:graph)?s?|pictures?|images?)(?:[ \t]+(?i:by))?[ \t]*:?[ \t]*"
    r"(?P<name>(?!The\b)[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})"
)


def photographer(line: str) -> str | None:
    """The person a photo credit line names ("Photograph: Lars Berg/Outlet", "Photo by X"):
    neither author nor publisher."""
    match = _PHOTO.match(line)
    return match.group("name") if match is not None else None


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


__all__ = [
    "FOR_OUTLET",
    "Masthead",
    "made_for",
    "masthead_outlet",
    "newsroom_outlet",
    "photographer",
    "roled_names",
    "stacked_lines",
]
