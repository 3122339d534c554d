"""A reporter's name signing the story off on its last line, read as a byline by
:mod:`summarizer.verification.bylines.metadata` (moved out of it in session 41, unchanged)."""

from __future__ import annotations

import re

from ..page.article import ArticleText
from .credit_places import quote_attribution

# A reporter's name alone on the story's last line ("Zainab Sa'id", "Jean-Paul Okafor", a
# newsletter's "\u2014 Julia Novak"): two to four capitalised words after an optional dash,
# nothing else, under a line that ends a sentence.
_SIGN_OFF = re.compile(
    r"(?:(?:[-\u2013\u2014]|--)[ \t]*)?(?P<name>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){1,3})"
)


def sign_off(article: ArticleText) -> list[tuple[int, str]]:
    """The last line, with its offset, when it is only a name signing the story off: some
    outlets credit their reporter so, under the text (an outside check's Nigerian page)."""
    text = article.text.rstrip()
    start = text.rfind("\n") + 1
    line = text[start:].strip()
    above = text[:start].rstrip()
    signed = None if quote_attribution(line, above) else _SIGN_OFF.fullmatch(line)
    if start == 0 or signed is None or not above.endswith((".", "!", "?", '"', "\u201d")):
        return []
    return [(start + text[start:].index(line) + signed.start("name"), signed.group("name"))]


__all__ = ["sign_off"]
