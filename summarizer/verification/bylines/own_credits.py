"""Credits an outlet gives its own staff at the top of a page (an outside check, 39), read for the
article's ``byline`` and ``outlet`` through :mod:`summarizer.verification.bylines.credit_forms`:

- *its own reporter*: "Our reporter Elif Aksoy", "Our Moscow correspondent Ana Petrova
  reports", "Our special correspondent, Karim Haddad, in Beirut", "By our staff reporter X",
  "Reported by our Delhi correspondent, Priya Raman", "MOSCOW - 05.03.2020 | Our reporter X":
  "our", up to two words ("special", "Moscow", "political"), a role noun, then the name (two to
  four capitalised words), with nothing after it but a place ("in Beirut", ", Sao Paulo"),
  "reports" or "writes";
- *its own desk*: "Live coverage by the Harbour Post world desk", "Compiled by the Andean
  Ledger foreign desk", "Coverage by The Lakeside Herald's Washington bureau", "Updates from
  the Baltic Courier politics team": "by" or "from", "the" or "our", the outlet's name, up to
  two words more ("world", "Washington"), then a desk noun: the outlet is the publisher.

Each is read in one part of a short line at the page's top (parts split at a bar or a spaced
dash: "KYIV | Our correspondent X"), never in a sentence: "X told our correspondent" or "our
reporter met X" in the story credits no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, tokenize

_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+(?:de|da|van|von|al|el|bin)?[ \t]*[A-Z][\w'\u2019.-]+){1,3}"
_ROLE = r"(?:reporter|correspondent|editor|writer|journalist|columnist|staffer)"
_OUR = re.compile(
    r"[ \t*_]*(?i:(?:(?:by|from|reported[ \t]+by|written[ \t]+by|dispatch[ \t]+from)[ \t]+)?"
    rf"our[ \t]+(?:[\w-]+[ \t]+){{0,2}}{_ROLE}(?:[ \t]+in[ \t]+[A-Z][\w-]+)?)[ \t]*,?[ \t]*"
    rf"(?P<names>{_NAME})(?:[ \t]*,)?[ \t]*(?:(?:in[ \t]+)?[A-Z][\w -]*|"
    r"(?i:reports|writes)[ \t]*:?)?[ \t]*:?[ \t]*"
)
_PARTS = re.compile(r"[ \t]+[|\u2013\u2014-][ \t]+|[ \t]*\|[ \t]*")
_DESK = re.compile(
    r"(?P<lead>(?i:.*?))(?i:\b(?:by|from))[ \t]+(?i:the[ \t]+|our[ \t]+)?"
    r"(?P<rest>[A-Z][^|]*?)[ \t]*"
    r"(?i:\b(?:news[ \t]+)?(?:desk|team|newsroom|staff|bureau))\b.*"
)
_MORE_WORDS = 2
# A credit for help, pictures or data names a contributor, not the publisher.
_HELPED = re.compile(
    r"(?i:\b(?:additional|contributed|contributing|contributions?|with|also|images?|photos?|"
    r"photographs?|pictures?|graphics?|video|data|charts?|maps?|research)\b)"
)


def _parts(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The parts of the top lines (at their offsets), split at bars and spaced dashes."""
    found: list[tuple[int, str]] = []
    for start, line in lines:
        position = 0
        for match in _PARTS.finditer(line):
            found.append((start + position, line[position : match.start()]))
            position = match.end()
        found.append((start + position, line[position:]))
    return found


def own_authors(lines: Sequence[tuple[int, str]]) -> list[list[Token]]:
    """The names an "Our reporter X" credit in ``lines`` (the page's top lines at their
    offsets) gives, as tokens at their offsets."""
    found: list[list[Token]] = []
    for start, part in _parts(lines):
        if "our" not in part.lower():
            continue
        match = _OUR.fullmatch(part)
        if match is not None:
            found.append(tokenize(match.group("names"), start + match.start("names")))
    return found


def desk_outlet(words: Sequence[str], lines: Sequence[tuple[int, str]]) -> bool:
    """Whether a top line credits the copy to the desk of the outlet whose lowercased
    ``words`` (no "the") are given: the name, at most two words more, a desk noun."""
    for _, part in _parts(lines):
        match = _DESK.fullmatch(part)
        if match is None or _HELPED.search(match.group("lead")):
            continue  # "Additional reporting by the Reuters bureau", "Photos from the AP desk"
        named = [t.norm for t in tokenize(match.group("rest")) if t.norm != "the"]
        size = len(words)
        if tuple(named[:size]) == tuple(words) and len(named) - size <= _MORE_WORDS:
            return True
    return False


__all__ = ["desk_outlet", "own_authors"]
