"""Writers credited by a phrase set inside a head line's field (checks 68-69, session 31),
read for the article's ``byline`` through :mod:`summarizer.verification.bylines.credit_forms`.

Newsletters and small outlets put the writer's credit in one field of a longer head line:
"Brussels, 26 November 2025 - Eurobriefs (written by our correspondent K. Nowak)", "From
the desk of Sofia Marchetti | 5 September 2025", "THE WEEK IN TRADE | Curated by Ines Moreau
| Issue 41", "Your host: Daniel Okoye \u2014 Monday edition". The other credit readings take
a line that is the credit and nothing else, so such a line credited no one.

Here a head line (one of :func:`credit_forms._head`'s: short, no sentence) is split into its
fields at bars, spaced dashes, bullets and brackets, and a field that is a writer's credit
and nothing else credits its names: a writing verb and "by" ("written by", "filed by",
"reported by", "curated by", "words by"), a writer's desk or pen ("from the desk of"), a
newsletter's host ("your host:", "hosted by"), with "our correspondent" or "our Rome
reporter" allowed before the name. Deliberately not read: "as told to X" (the one who took
the story down, not its voice), "edited by", "photos by", "thanks to", a name in a field
with anything else ("written by X with help from Y"), a sentence of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.tokens import Token, tokenize

_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'\u2019.-]*"
_PERSON = rf"{_WORD}(?:[ \t]+(?:de|da|di|van|von|der|al|el|bin|la|le)?[ \t]*{_WORD}){{1,3}}"
_PEOPLE = rf"{_PERSON}(?:[ \t]*,[ \t]*{_PERSON})*(?:,?[ \t]+(?:and|&)[ \t]+{_PERSON})?"
_ROLE = r"(?:correspondent|reporter|writer|journalist|columnist|editor|staffer)"
_WRITING = r"(?:written|filed|reported|curated|penned|words|text|story|reporting)"
_CREDIT = re.compile(
    r"[ \t*_]*(?i:(?:an?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+)?"  # "(a newsletter hosted by X)"
    rf"(?:{_WRITING}(?:[ \t]+and[ \t]+{_WRITING})?"
    r"[ \t]+by|from[ \t]+the[ \t]+(?:desk|pen|notebook|keyboard)[ \t]+of|your[ \t]+host"
    r"(?:[ \t]+[a-z]+){0,3}[ \t]*:|hosted[ \t]+by|(?:written|curated)[ \t]*:)"
    rf"(?:[ \t]+(?:our|your)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{_ROLE}[ \t]*,?)?)[ \t]+"
    rf"(?P<names>{_PEOPLE})[ \t*_.,]*"
)
# A field that is a writer's name and a verb of reporting: "Oil majors squeezed | Nia Okafor
# reports" (review rvlf31)
_REPORTS = re.compile(rf"[ \t*_]*(?P<names>{_PEOPLE})[ \t]+(?:reports|writes)[ \t*_.]*")
# Where a head line's fields part: a bar, a bullet or middle dot, a spaced dash, a bracket.
_FIELDS = re.compile(r"[ \t]*[|\u2022\u00b7()\[\]][ \t]*|[ \t]+(?:[-\u2013\u2014]|--)[ \t]+")
_CUES = ("by", "desk of", "pen of", "notebook of", "keyboard of", "host", ":", "reports", "writes")
_NOT_PERSON = frozenset({"the", "our", "your", "staff", "team", "desk"})


def phrase_authors(lines: Sequence[tuple[int, str]]) -> list[list[Token]]:
    """The names a credit phrase in one field of a head line credits (see the module), as
    tokens at their offsets; ``lines`` are the page's first lines with their offsets."""
    found: list[list[Token]] = []
    for start, line in lines:
        lowered = line.lower()
        if not any(cue in lowered for cue in _CUES):
            continue  # cheap: no credit phrase at all
        at = 0
        for part in [*_FIELDS.finditer(line), None]:
            end = part.start() if part is not None else len(line)
            match = _CREDIT.fullmatch(line, at, end) or _REPORTS.fullmatch(line, at, end)
            if match is not None:
                names = tokenize(match.group("names"), start + match.start("names"))
                if names and names[0].norm not in _NOT_PERSON:
                    found.append(names)
            at = part.end() if part is not None else end
    return found


__all__ = ["phrase_authors"]
