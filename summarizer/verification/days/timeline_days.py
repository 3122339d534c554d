"""A day that opens a line of a timeline belongs to that line's entry (an outside check,
check 47: in "12 March - talks open in Doha / 19 March - ceasefire begins", the truce's start
was refused as "a meeting's day", read from the line before, while the talks' day passed as
the start).

A *timeline* is two or more lines in a row that each open with a day (a bullet before it
allowed) and a separator after it (a hyphen or dash, a colon): "19 March - ceasefire begins",
"Jan. 8 — ceasefire comes into force", "- 27 August: the ceasefire begins". For a field with
cues (a truce's start, a meeting's day, a measure's introduction), the day at the head of such
a line:

- is the field's own when the first role word of its line is one of the field's roles
  ("ceasefire begins", "truce takes effect", "comes into force" for a start; not "talks begin
  in Doha", whose first role word is the meeting's): whatever role the older rules read from
  the line before;
- is *the day of another timeline entry* when its line holds none of them and another line of
  the same timeline does ("12 March - talks open in Doha" is not the start when "19 March -
  ceasefire begins" is there);
- keeps the older reading otherwise (no line says it).

Runs only for a day whose sentence spans a line break (a string test first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, tokenize
from .day_roles import ROLES

ANOTHER_ENTRY = "the day of another timeline entry"

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_HEAD = re.compile(
    rf"[ \t]*(?:[-\u2022*\u2013\u2014][ \t]*)?(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})"
    r"(?:,?[ \t]+\d{4})?[ \t]*(?:-|\u2013|\u2014|:)[ \t]*(?P<entry>[^\n]*)",
    re.IGNORECASE,
)


def timeline_role(
    role: str | None, tokens: Sequence[Token], first: int, cues: Sequence[str], text: str
) -> str | None:  # fmt: skip
    """The role of the day at ``tokens[first]`` read from its timeline line (see the module);
    ``role`` (the older reading) when the day opens no timeline line."""
    if not tokens or "\n" not in text[tokens[0].start : tokens[-1].end]:
        return role
    begin = text.rfind("\n", 0, tokens[first].start) + 1
    lines = _timeline(text, begin)
    if lines is None:
        return role
    words = frozenset().union(*(ROLES.get(cue, frozenset()) for cue in cues))
    own = _entry_has(lines[begin], words)
    if own:
        return None
    if any(_entry_has(entry, words) for start, entry in lines.items() if start != begin):
        return ANOTHER_ENTRY
    return role


def _timeline(text: str, begin: int) -> dict[int, str] | None:
    """The entries (by line start) of the timeline whose line starts at ``begin``, when that
    line is one of two or more dated lines in a row; else None."""
    match = _HEAD.match(text, begin)
    if match is None or match.end() != _line_end(text, begin):
        return None
    entries = {begin: match.group("entry")}
    start = begin
    while start > 0:  # the lines before, in a row
        start = text.rfind("\n", 0, start - 1) + 1
        found = _HEAD.match(text, start)
        if found is None or found.end() != _line_end(text, start):
            break
        entries[start] = found.group("entry")
    start = _line_end(text, begin) + 1
    while start < len(text):  # the lines after
        found = _HEAD.match(text, start)
        if found is None or found.end() != _line_end(text, start):
            break
        entries[start] = found.group("entry")
        start = _line_end(text, start) + 1
    return entries if len(entries) > 1 else None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _entry_has(entry: str, words: frozenset[str]) -> bool:
    """Whether the entry's first role word is one of ``words`` ("ceasefire begins"; not
    "talks begin in Doha": the talks begin)."""
    return next((t.norm for t in tokenize(entry) if t.norm in _ROLE_WORDS), None) in words


_ROLE_WORDS = frozenset().union(*ROLES.values())


__all__ = ["ANOTHER_ENTRY", "timeline_role"]
