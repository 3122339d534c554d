"""Reporters named after a desk's credit (check 45, cause 8): "Live coverage by the Northern
Post foreign desk; Tomas Brenner and Ilona Varga", "Compiled by our Africa bureau: Amina
Okafor and Tunde Bello", "Live blog by the Courier politics desk | Sam Hughes, Ella Price",
"Updates by the newsroom \u2014 Kenji Sato". A top line that credits the copy to a desk, team,
bureau, staff or newsroom ("by" or "from" before it) and then, after a semicolon, a colon, a
bar or a dash, lists names and nothing else, credits those names as its authors. Not read:
names after another role ("; edited by Jonas Berg"), a credit of pictures ("Photos by the
AP desk; Ana Ruiz"), or words that are
no list of names ("; updated hourly").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, tokenize

_PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|al|el|bin|ibn|dos|das|ter|zu)"
_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'\u2019.-]+"  # "Okafor", "al-Sayed"
_PERSON = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{1,3}}"
_DESK = re.compile(
    r"(?!(?i:[ \t]*(?:photo|picture|image|graphic|video|illustration|map|chart)))"
    r"(?i:.{0,60}?\b(?:by|from)[ \t]+(?:the[ \t]+|our[ \t]+|an?[ \t]+)?[^;:|\u2014\u2013]{0,50}?"
    r"\b(?:desk|team|bureau|staff|newsroom|correspondents|reporters))[ \t]*"
    r"(?:;|:|\||\u2014|\u2013|[ \t]-)[ \t]*"
    rf"(?P<names>{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*(?:,?[ \t]+(?:and|&)[ \t]+{_PERSON})?)"
    r"[ \t]*"
)


def desk_names(lines: Sequence[tuple[int, str]]) -> list[list[Token]]:
    """The names a desk's credit line lists after it (see the module), as tokens at their
    offsets; ``lines`` are the page's first lines with their offsets."""
    found: list[list[Token]] = []
    for start, line in lines:
        if not any(mark in line for mark in ";:|\u2014\u2013-"):
            continue
        match = _DESK.fullmatch(line)
        if match is not None:
            found.append(tokenize(match.group("names"), start + match.start("names")))
    return found


__all__ = ["desk_names"]
