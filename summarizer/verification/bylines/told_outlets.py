"""The outlet a quote was given to, and a slashed dateline credit, for the article's
``outlet`` (:func:`summarizer.verification.bylines.metadata.support_outlet`).

"told Reuters", "said in a comment to Al Jazeera", "in an interview with the BBC" name the
outlet that got the quote. On that outlet's own page it is the publisher (outlets write
"told Reuters" in their own copy, and the votes31 set keeps "told bdnews24.com" on a page
that names no other), but on a page another outlet publishes it is only where the quote was
given (an outside check, session 14: Al Jazeera accepted as the outlet of another paper's
page). So the quote's outlet is refused (unsupported) when the page names another publisher
(:func:`other_publisher`):

- its metadata's site or publisher name;
- a dateline's brackets ("AMMAN, May 3 (Levant Daily) -");
- a masthead: a short line at the top whose first part, before a bar or a dash, is a
  capitalised name of one to four words ("The Meridian Post | Middle East", "Harbour Ledger
  - World"), not a section's or a live page's words.

A slashed credit ("MOSCOW, March 3. /TASS/.") names the agency the way its own copy does, and
also the way a page reprinting it does: :func:`slashed_credit` makes it unconfirmed, never
supported (the same check).
"""

from __future__ import annotations

import re

from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from .origin_credits import credited_outlets
from .stamp_bylines import stamp_outlets

_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\u2019-]+(?:,[^()\n]{0,30})?\((?P<name>[A-Z][^()\n]{1,40})\)\s*[-\u2013\u2014]",
    re.MULTILINE,
)
_MASTHEAD = re.compile(r"^(?P<name>[A-Z][^|\n]{1,40}?)\s+(?:\||-|\u2013|\u2014)\s+\S")
_NAME_WORD = re.compile(r"(?:[A-Z][\w&'\u2019.]*|of|the|and)")
# Words that open a section's, a live page's or a time's line, never an outlet's name.
_NOT_OUTLETS = word_set(
    """live updates update updated breaking news world opinion analysis politics business
    latest home sport sports video watch posted"""
)
_META_KEYS = ("site", "publisher", "outlet")
_TOP = 3


def _head(article: ArticleText) -> str:
    top = article.paragraphs[:_TOP]
    return article.text[: top[-1][1]] if top else ""


def _masthead_names(article: ArticleText) -> list[str]:
    found: list[str] = []
    for start, end in article.paragraphs[:_TOP]:
        for line in article.text[start:end].split("\n"):
            match = _MASTHEAD.match(line.strip())
            if match is None or len(line.split()) > 8:
                continue
            name = match["name"].strip()
            words = name.split()
            if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
                continue
            if tokenize(name)[0].norm in _NOT_OUTLETS:
                continue
            found.append(name)
    return found


def other_publisher(words: tuple[str, ...], ctx: Context) -> str | None:
    """Another outlet the page names as its publisher (see the module), as written; None
    when it names none, or only the value (``words``, its normalised words)."""
    article = ctx.article
    names = [
        value for key, value in ctx.metadata.items() if any(k in key.lower() for k in _META_KEYS)
    ]
    head = _head(article)
    names += [match["name"] for match in _DATELINE.finditer(head)]
    names += _masthead_names(article)
    names += credited_outlets(article)  # "Originally published by X" (origin_credits.py)
    names += stamp_outlets(article)  # "Published 3 May 2024 | By Y | X" (stamp_bylines.py)
    own = " ".join(words)
    for name in names:
        norms = " ".join(t.norm for t in tokenize(name) if t.norm != "the")
        if norms and own not in norms and norms not in own:
            return name.strip()
    return None


def slashed_credit(words: tuple[str, ...], article: ArticleText) -> bool:
    """The value between slashes at the top of the page ("/TASS/")."""
    head = _head(article)
    for match in re.finditer(r"/\s*([^/\n]{2,40}?)\s*/", head):
        if tuple(t.norm for t in tokenize(match[1]) if t.norm != "the") == words:
            return True
    return False


__all__ = ["other_publisher", "slashed_credit"]
