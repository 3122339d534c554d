"""Bylines and outlets in credit forms other than "By X" (an outside check, 38), read for the
article's ``byline`` and ``outlet`` (:mod:`summarizer.verification.bylines.metadata`).

Pages credit their writers in more forms than a "By" line: an interview's "Interview by X"
(with "with Y" after it naming the one interviewed), a correspondent's "From X in Paris" or
"From our correspondent X in Marseille", a live page's "Live updates by A, B and C". State
media print their slug as "Source: Outlet | 2019-05-13 22:41:06 | Editor: Y": the part after
"Source:" up to the first bar is the outlet; the editor credits no one as the writer.

A credit line is one of the page's first twelve non-empty lines, short (sixteen words at
most) and no sentence (it ends in no stop). The names it credits end before "with" (the one
interviewed) or "in" before a capitalised place (the dateline of the credit).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from .credit_fields import field_authors, field_outlet
from .desk_authors import desk_names
from .desk_credits import desk_authors, unit_outlet
from .label_credits import label_authors
from .own_credits import desk_outlet, own_authors
from .phrase_credits import phrase_authors
from .writer_lines import writer_lines

_HEAD_LINES = 12
_LONGEST_WORDS = 16
_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+(?:de|da|van|von|al|el|bin)?[ \t]*[A-Z][\w'\u2019.-]+){1,3}"
_NAMES = rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:,?[ \t]+(?:and|&)[ \t]+{_NAME})?"
_FORM = re.compile(
    r"[ \t*_]*(?i:(?:(?:an?[ \t]+)?interview|live[ \t]+(?:updates|coverage|reporting|blog)|"
    r"analysis|commentary)[ \t]+by|from(?:[ \t]+our[ \t]+(?:own[ \t]+)?"
    r"(?:correspondent|reporter|special[ \t]+correspondent))?)"
    rf"[ \t]+(?P<names>{_NAMES})(?:[ \t]+(?:with|in)[ \t]+[A-Z].*)?[ \t]*"
)
# "From X in Paris": "from" credits only with a place after the names (not "From Monday").
_FROM = re.compile(r"[ \t*_]*from\b", re.IGNORECASE)
# A credit's place in brackets after a name ("Live blog by A (Helsinki) and B (London)"):
# blanked, offsets kept, so the names run on as one list and the place is no author.
_PLACE = re.compile(r"[ \t]*[(\[][A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}[)\]]")
_SLUG = re.compile(r"[ \t*_]*source[ \t]*:[ \t]*(?P<outlet>[^|\n]+?)[ \t]*\|", re.IGNORECASE)


def _head(article: ArticleText) -> list[tuple[int, str]]:
    """The page's first lines with their offsets: non-empty, short, no sentence."""
    found: list[tuple[int, str]] = []
    for position, line in article.lines:
        if len(found) >= _HEAD_LINES:
            break
        stripped = line.strip()
        short = len(stripped.split(None, _LONGEST_WORDS)) <= _LONGEST_WORDS  # a paragraph: cut
        if stripped and short and not stripped.endswith((".", "!", "?")):
            found.append((position, line))
    return found


def form_authors(article: ArticleText) -> list[list[Token]]:
    """The names credited by an interview's, a correspondent's or a live page's credit line,
    as tokens at their offsets (read once per article)."""
    found: list[list[Token]] | None = article.memo.get("credit-forms")
    if found is None:
        found = []
        lines = _head(article)
        for start, line in lines:
            if "(" in line or "[" in line:
                line = _PLACE.sub(lambda place: " " * len(place.group()), line)
            match = _FORM.fullmatch(line)
            if match is None:
                continue
            rest = line[match.end("names") :].lstrip()
            if _FROM.match(line) and not rest.lower().startswith("in "):
                continue  # "From Monday, ..." credits no one
            found.append(tokenize(match.group("names"), start + match.start("names")))
        found += own_authors(lines)  # "Our reporter X", "Our Moscow correspondent X"
        found += label_authors(lines)  # "Column by X", "Words: X", "X reports from Y"
        found += desk_names(lines)  # "Live coverage by the X desk; A and B" (desk_authors.py)
        found += desk_authors(lines)  # "From the desk of X", "Prepared by X" (desk_credits.py)
        found += phrase_authors(lines)  # "Outlet (written by X)", "From the desk of X | date"
        found += writer_lines(article, lines)  # "X in Kyiv"; "X is the paper's Y editor."
        found += field_authors(article)  # "Report by X", "Outlet | date | X" (credit_fields.py)
        article.memo["credit-forms"] = found
    return found


def slug_outlet(value: str, article: ArticleText) -> bool:
    """Whether a "Source: X | ..." slug at the page's top names ``value`` as its outlet, or a
    credit line gives the copy to its desk ("Live coverage by the X world desk", own_credits)."""
    wanted = _words(value)
    if not wanted:
        return False
    if desk_outlet(wanted, _head(article)) or unit_outlet(wanted, _head(article)):
        return True  # "... by the X desk", "Prepared by the Trade Desk of X" (desk_credits.py)
    if field_outlet(wanted, article):
        return True  # "A and B, Outlet staff", "From the archive desk of X" (credit_fields.py)
    if "source" not in article.lowered[:2000]:
        return False
    for _, line in _head(article):
        match = _SLUG.match(line)
        if match is not None and _words(match.group("outlet")) == wanted:
            return True
    return False


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


__all__ = ["form_authors", "slug_outlet"]
