"""Whom the page gives the age of a quote's credit "the 29-year-old told the jury" (session
35, descspk35), read for :mod:`summarizer.verification.free_text.described_speakers`.

An age is a person's own: "Marcus Reid, 29," "Reid (29)", "29-year-old Marcus Reid" give the
age to Reid, so "the 29-year-old" is Reid even when another person is named after him (the
stand-in reader of :mod:`summarizer.verification.sides.standins` takes the last fitting name
and checks only that the value's own age does not clash). Here:

- "yes" when the page gives that age, before the credit, to the value alone;
- "unsure" when it gives it to the value and to someone else;
- "other" when it gives it to others only;
- None when it gives that age to no one (the stand-in reader decides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, tokenize
from ..people.names import norms
from ..sides.standins import Reading

_NAME = r"((?:[A-Z][\w'\u2019.-]*\s){0,3}[A-Z][\w'\u2019-]*)"


def age_reading(article: ArticleText, chunk: Sequence[Token], value: str) -> Reading | None:
    """The verdict on an aged description ``chunk`` ("the 74-year-old") for ``value``."""
    number = next((t.text for t in chunk if t.is_number), None)
    words = tuple(norms(tokenize(value)))
    if number is None or not words:
        return None
    text = article.text[: chunk[0].start]
    after = rf"{_NAME},?\s(?:aged\s)?{number}\b(?!-|\s*(?:%|per|years?\b))|{_NAME}\s\({number}\)"
    before = rf"\b{number}-year-old\s(?:[a-z]+\s){{0,3}}{_NAME}"
    holders: set[tuple[str, ...]] = set()
    for match in re.finditer(f"{after}|{before}", text):
        name = next(group for group in match.groups() if group)
        holders.add(tuple(norms(tokenize(name))))
    if not holders:
        return None
    if any(_same(held, words) for held in holders):
        return "yes" if len(holders) == 1 else "unsure"
    return "other"


def _same(held: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether a name the page gives the age is the value's: the same last name, and the same
    first name when both have one ("Ilse Ward, 58," is not Kurt Ward, her brother, 61)."""
    if not held or held[-1] != words[-1]:
        return False
    return len(held) < 2 or len(words) < 2 or held[-2] == words[-2] or held[0] == words[0]


__all__ = ["age_reading"]
