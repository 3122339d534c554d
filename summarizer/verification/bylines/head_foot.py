"""The head's and the foot's short lines of a page and their fields, as :mod:`maker_credits`
reads them: a masthead is a few short lines above the body's first sentence (and a sign-off
below its last), each cut into fields at its separators (bars, middle dots, spaced dashes,
commas, a stop), each field one thing (a name, a role, a place, a date, a credit)."""

from __future__ import annotations

import re

from ..page.article import ArticleText

_HEAD_MOST = 8
_FOOT_MOST = 3
_LINE_MOST = 18
_BODY_WORDS = 20
_FIELD_MOST = 10
_CUT = re.compile(
    r"[ \t]*\|[ \t]*|[ \t]+[-\u2013\u2014/][ \t]+|^[ \t]*[-\u2013\u2014][ \t]*"
    r"|[ \t]*[\u00b7\u2022][ \t]*|[ \t]*,[ \t]+|[ \t]*[.;][ \t]+(?=[A-Z])|[ \t]*\.[ \t]*$"
)


def fields(line: str) -> list[str]:
    """A line's fields: cut at its separators, the marks around each stripped; a year cut off
    by its comma joins its day again ("June 11, 2025")."""
    found: list[str] = []
    for piece in _CUT.split(line):
        piece = piece.strip(" \t*_[]{}>:;\"'\u201c\u201d()")
        if re.fullmatch(r"(?:19|20)\d\d", piece) and found:
            found[-1] = f"{found[-1]}, {piece}"
        elif piece:
            found.append(piece)
    return found


def head_foot_lines(article: ArticleText) -> list[tuple[int, int, str]]:
    """(place, offset, line) of the head's and the foot's short lines: the headline (place 0;
    a note labelled "Correction:" above it passed over) and the lines under it down to the
    body's first long line or clause; the foot's places are negative, -1 the last line."""
    found: list[tuple[int, int, str]] | None = article.memo.get("maker-credit-lines")
    if found is None:
        found = []
        lines = [(at, line) for at, line in article.lines if line.strip()]
        for at, line in lines:
            if len(found) >= _HEAD_MOST:
                break
            long = len(line.split()) > _BODY_WORDS
            if long and not found and re.match(r"[ \t]*[A-Z][\w' ]{0,20}:[ \t]", line):
                continue  # "Correction: An earlier version ..." above the headline
            if long or (found and sentence(line)):  # a headline may be a clause
                break
            found.append((len(found), at, line))
        for back, (at, line) in enumerate(reversed(lines[-_FOOT_MOST:]), start=1):
            if len(line.split()) <= _LINE_MOST and all(at != a for _, a, _ in found):
                found.append((-back, at, line))
        article.memo["maker-credit-lines"] = found
    return found


def sentence(line: str) -> bool:
    """Whether a line is the body's: a field of more than ten words is a clause, no field of a
    masthead ("ABUJA - The two sides agreed a truce on Monday ...")."""
    return any(len(field.split()) > _FIELD_MOST for field in fields(line))


__all__ = ["fields", "head_foot_lines", "sentence"]
