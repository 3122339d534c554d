"""A place in a short top line is no masthead (an outside check, 40), for
:func:`summarizer.verification.bylines.metadata.support_outlet`:

A line of eight words or fewer at the top or the bottom of a page is read as a masthead or a
navigation bar, so any name in it may be the publisher. A headline is short too, though, and
so is a dateline on a line of its own: "Talks resume in Vienna" and "VIENNA, March 4" name a
city, not who publishes the page. A name is refused as the outlet there when the line puts it
after a place preposition ("in Vienna", "at the Hofburg", "near Geneva": a publisher's name
is never governed so in a masthead) or when the name opens the line as a dateline: in capitals
or a place the party table knows, then a comma and a month or a weekday, or an agency in
brackets and a dash ("VIENNA, March 4 -", "Vienna (Wire) -"). A masthead that gives its own
date ("The Harbour Mail, March 3, 2024") keeps its reading: its name is neither in capitals
nor a known place.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..people.party_names import party_of

_GOVERNED = re.compile(r"(?:^|\s)(?:in|at|near|outside|inside)\s+(?:the\s+)?$")
_CALENDAR = "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
_DATED = re.compile(rf",\s*(?:{_CALENDAR})\b|\s*\([^)]*\)\s*[-\u2013\u2014]", re.IGNORECASE)


def placed_in_line(line: str, at: int, end: int) -> bool:
    """Whether the name at ``line[at:end]`` stands in its short line as a place, not as the
    page's publisher (see the module)."""
    if _GOVERNED.search(line[:at]):
        return True
    if line[:at].strip():
        return False
    name = line[at:end]
    known = name.isupper() or party_of(name) is not None
    return known and _DATED.match(line, end) is not None


__all__ = ["placed_in_line"]
