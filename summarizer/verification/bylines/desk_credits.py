"""Credit lines that name the writer or the publisher through a desk or an office (an outside
check, session 23, check 48's cause 6), read for the article's ``byline`` and ``outlet`` by
:mod:`summarizer.verification.bylines.credit_forms`.

- A writer's desk, office, pen or notebook: "From the desk of Tom Abernathy", "From the office
  of Dr. Amara Obi", "From the notebook of Lise Aubert" credit the named person as the author;
  so do "Prepared by" and "Compiled by" before a person's name ("Compiled by Rafael Ortiz and
  Ana Lima"). Not read: "Edited by", "Photos by", a body sentence.
- An outlet's unit: "Prepared by the Trade Desk of Asia Markets Brief", "Produced by the data
  team at The Harbour Times", "Compiled by the research unit of Nordic Energy Wire" credit the
  copy to the outlet after "of"/"at" (the whole rest of the line, nothing after it).

A credit line is one of the page's first lines (``lines``: short, no sentence), as for the
other credit forms; the line must be the credit and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, tokenize

_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'\u2019.-]*"
_PERSON = rf"{_WORD}(?:[ \t]+(?:de|da|di|van|von|der|al|el|bin|la|le)?[ \t]*{_WORD}){{1,3}}"
_PEOPLE = rf"{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*(?:,?[ \t]+(?:and|&)[ \t]+{_PERSON})?"
_LEAD = r"[ \t*_>]*"
_AUTHOR = re.compile(
    _LEAD + r"(?i:from[ \t]+the[ \t]+(?:desk|office|pen|notebook|keyboard|study)[ \t]+of|"
    r"(?:prepared|compiled|researched[ \t]+and[ \t]+written|written[ \t]+and[ \t]+compiled)"
    r"[ \t]+by)[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?"
    rf"(?P<names>{_PEOPLE})[ \t*_]*"
)
_UNIT = re.compile(
    _LEAD + r"(?i:(?:prepared|compiled|produced|published|issued|written|researched|edited|"
    r"assembled|curated)[ \t]+by[ \t]+the[ \t]+(?:(?:[\w&'\u2019-]+[ \t]+){1,3}(?:desk|office)|"
    r"(?:[\w&'\u2019-]+[ \t]+){0,3}"
    r"(?:team|unit|bureau|staff|newsroom|department|division|service|section|room|"
    r"centre|center|studio|group)))"
    r"[ \t]+(?i:of|at)[ \t]+(?P<outlet>[A-Za-z0-9][^|;:,\n]*?)[ \t*_.]*"
)
_NOT_PERSON = frozenset({"the", "our", "staff", "team", "desk"})


def desk_authors(lines: Sequence[tuple[int, str]]) -> list[list[Token]]:
    """The people a "From the desk of X" / "Prepared by X" top line credits, as tokens at their
    offsets."""
    found: list[list[Token]] = []
    for start, line in lines:
        if " of " not in line and " by " not in line.lower():
            continue
        match = _AUTHOR.fullmatch(line)
        if match is None:
            continue
        names = tokenize(match.group("names"), start + match.start("names"))
        if names and names[0].norm not in _NOT_PERSON:
            found.append(names)
    return found


def unit_outlet(words: Sequence[str], lines: Sequence[tuple[int, str]]) -> bool:
    """Whether a top line credits the copy to a unit "of" or "at" the outlet whose lowercased
    ``words`` (no "the") are given ("Prepared by the Trade Desk of Asia Markets Brief")."""
    for _, line in lines:
        if " by " not in line.lower():
            continue
        match = _UNIT.fullmatch(line)
        if match is None:
            continue
        named = tuple(t.norm for t in tokenize(match.group("outlet")) if t.norm != "the")
        if named == tuple(words):
            return True
    return False


__all__ = ["desk_authors", "unit_outlet"]
