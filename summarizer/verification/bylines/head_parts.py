"""The parts of a page's head line (:mod:`head_segments`, session 32): the line cut into
segments at its separators, and what each segment is by its shape: a date, a person's name,
an outlet's name, a kind of piece, a writer's role, a writing credit. Kept apart from the rules
that read them so each module stays one concern (review rvhd32 split it off)."""

from __future__ import annotations

import re

from ..page.tokens import word_set
from .date_lines import dates_in
from .masthead_segments import labelled_credit, newsroom, norms

_YEAR = re.compile(r"(?:19|20)\d\d")
_CUT = re.compile(
    r"[ \t]*\|[ \t]*|[ \t]+[-\u2013\u2014/\u00b7\u2022][ \t]+|[ \t]*[\u00b7\u2022][ \t]*"
    r"|[ \t]*,[ \t]+|(?<=[a-z]{3})(?<!Prof)\.[ \t]+(?=[A-Z])|[ \t]*\.[ \t]*$"
)
# The last word of an outlet's name: a segment ending so is no person ("Orient Weekly").
_OUTLET_NOUNS = word_set(
    """times herald observer ledger monitor review weekly chronicle quarterly post journal news
    gazette tribune telegraph standard express daily mail star sun guardian independent mirror
    record courier dispatch bulletin briefing letter report wire press radio tv television
    network agency magazine digest register recorder inquirer examiner sentinel globe
    messenger echo advertiser argus international online today world insider notes newsletter
    newswire service services media times post review voice nation leader focus week"""
)
# A kind of piece or a section's last word: "Analysis", "Guest column", "Media Watch".
KINDS = word_set(
    """analysis briefing brief column feature explainer sidebar comment commentary opinion
    roundup bulletin newsletter interview profile report dispatch live factbox obituary
    editorial watch notebook diary letter essay review digest memo backgrounder wrap
    q&a qa"""
)
WRITER_ROLES = word_set(
    """correspondent correspondents reporter reporters editor writer writers columnist
    contributor"""
)
STAFF = word_set("staff reporters correspondents team desk newsroom")
_CREDIT_OPENER = re.compile(
    r"(?i:(?:(?:words|text|story|reporting|report|interview|compiled|written|reported"
    r"|filed)[ \t]+)?(?:and[ \t]+\w+[ \t]+)?by[ \t]+|(?:von|par|por)[ \t]+"
    r"|as[ \t]+reported[ \t]+by[ \t]+|from[ \t]+)"
)
NAME_WORD = r"[A-Z][\w'\u2019.-]*"
PERSON = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?(?!The[ \t]){NAME_WORD}"
    rf"(?:[ \t]+(?:(?:de|da|van|von|der|den|al|el|bin|la|del|dos)[ \t]+)?{NAME_WORD}){{1,3}}"
)
REPORTING = re.compile(
    rf"(?P<name>{PERSON.pattern})[ \t]+(?i:reporting|reports)(?:[ \t]+(?:from|in)[ \t]+.+)?"
)
ROLED = re.compile(
    rf"(?P<role>(?:[A-Z][\w-]*[ \t]+){{0,2}}(?i:correspondent|editor|reporter|writer|"
    rf"columnist))[ \t]+(?P<name>{PERSON.pattern})"
)
BY_NAME = re.compile(
    rf"(?i:(?:as[ \t]+)?(?:reported|written|reporting|words|story|text)[ \t]+by"
    rf"|by|von|par|por)[ \t]+"
    rf"(?P<name>{PERSON.pattern})(?:[ \t]+(?i:for|in)[ \t]+.+)?"
)


def bare(words: list[str]) -> tuple[str, ...]:
    return tuple(word for word in words if word != "the")


def segments(line: str) -> list[str]:
    """A line's segments, stripped of the marks around them ("| Orient Weekly |"); a year cut
    off by its comma joins its day again ("June 11, 2025")."""
    found: list[str] = []
    for piece in _CUT.split(line):
        piece = piece.strip(" \t*_[]{}>:;\"'\u201c\u201d")
        if _YEAR.fullmatch(piece) and found:
            found[-1] = f"{found[-1]}, {piece}"
        elif piece:
            found.append(piece)
    return found


def is_date(segment: str) -> bool:
    words = norms(segment)
    return bool(words) and bool(dates_in(segment)) and len(words) <= 6


def outlet_shaped(words: list[str]) -> bool:
    return bool(words) and (words[0] == "the" or words[-1] in _OUTLET_NOUNS)


def outlet_word(words: list[str]) -> bool:
    """Whether any word is an outlet's noun ("Radio Meridian", "News Agency of X")."""
    return bool(set(words) & _OUTLET_NOUNS)


def is_person(segment: str) -> bool:
    """A person's name: two to four capitalised words, no outlet's word, no kind's."""
    words = norms(segment)
    return (
        PERSON.fullmatch(segment) is not None
        and not outlet_shaped(words)
        and words[-1] not in KINDS | WRITER_ROLES | STAFF
    )


def is_kind(segment: str) -> bool:
    """A kind of piece or a section: up to three words ending in a kind's noun, not "The"."""
    words = norms(segment)
    return 0 < len(words) <= 3 and words[-1] in KINDS and words[0] != "the"


def is_role(segment: str) -> bool:
    """A writer's role or a desk: "legal affairs desk", "Senior Correspondent"."""
    words = norms(segment)
    if not 0 < len(words) <= 5:
        return False
    return words[-1] in WRITER_ROLES or newsroom(segment) is not None


def is_credit(segment: str) -> bool:
    """A writing credit: "by X", "compiled by the Rome bureau", "Words: X", "X reporting",
    a writer's role or desk, "Diplomatic Editor X", or a person's name."""
    if (opener := _CREDIT_OPENER.match(segment)) is not None and segment[opener.end() :].strip():
        return True
    labelled = labelled_credit(segment)
    if labelled is not None:
        return labelled[2]
    return bool(
        REPORTING.fullmatch(segment)
        or ROLED.fullmatch(segment)
        or is_role(segment)
        or is_person(segment)
    )


__all__ = [
    "BY_NAME",
    "KINDS",
    "NAME_WORD",
    "PERSON",
    "REPORTING",
    "ROLED",
    "STAFF",
    "WRITER_ROLES",
    "bare",
    "is_credit",
    "is_date",
    "is_kind",
    "is_person",
    "is_role",
    "outlet_shaped",
    "outlet_word",
    "segments",
]
