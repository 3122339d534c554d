"""A byline on the page's date-stamp line, read for the article's ``byline`` and ``outlet``
(:mod:`summarizer.verification.metadata`; an outside check, 34).

Scraped pages often keep the header's date, authors and outlet on one line: "date 2025-04-19
By Maria Lopez and Tom Hale New York Times", "Published 12 March 2023 | By Ahmed Ali | Dawn",
"Updated: 04:15 GMT  By Jane Roe, Associated Press". The byline rule read "By" only where a
line opens with it, and the outlet rule only lines of eight words or fewer, so the authors of
such a line were refused and its outlet with them when the line ran longer.

A stamp line is a line among the page's first ones that opens with a date label ("date",
"dated", "published", "first published", "posted", "updated", "last updated", "modified"),
then only a date or a time (numbers, month and weekday names, "at", "on", a time zone, "am",
"pm", punctuation and bars) and then "By". What follows "By" is:

- the authors: names joined by "and", "&" or commas, up to a bar or dash, or to the end;
- the outlet: the part after a bar or dash ("| Dawn"), else, on a line with no bar or dash,
  the part after the last comma when the names before it are joined otherwise ("Jane Roe,
  Associated Press"), else the words after the last author's first two ("Tom Hale New York
  Times": "New York Times"; a last author of three words then reads as two and an outlet,
  which only a bar, dash or comma would settle).

A name elsewhere (a sentence of the body, "Photo by X" on the stamp line: a label, not "By"
after the stamp) credits no one.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from summarizer.verification.article import ArticleText
from summarizer.verification.tokens import Token, tokenize, word_set

_HEAD_LINES = 12  # non-empty lines: a page's header, navigation and all
_LONGEST = 200
_LABEL = re.compile(
    r"[^\w]*(?:first\s+published|last\s+updated|published|posted|updated|modified|dated|date)"
    r"\b\s*:?\s*",
    re.IGNORECASE,
)
_BY = re.compile(r"(?:^|(?<=[\s|]))by\s+", re.IGNORECASE)
# Words a date or time may hold besides its numbers.
_STAMP_WORDS = (
    frozenset(MONTH_NUMBER)
    | frozenset(WEEKDAYS)
    | word_set(
        """at on am pm a m p gmt utc bst cet cest est edt pst pdt ist pkt eat wat sast local time
    ago min mins minute minutes hr hrs hour hours day days"""
    )
)
_SEPARATORS = re.compile(r"\s+(?:\||\u2013|\u2014|-|\u2022)\s+")
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


class Stamp:
    """One stamp line's credits: the authors' tokens and the outlet as written."""

    def __init__(self, authors: list[Token], outlet: str) -> None:
        self.authors = authors
        self.outlet = outlet


def _stamped(line: str) -> int | None:
    """Where the authors start after "By" when ``line`` is a stamp line, else None."""
    label = _LABEL.match(line)
    if label is None:
        return None
    by = _BY.search(line, label.end())
    if by is None:
        return None
    stamp = line[label.end() : by.start()]
    words = tokenize(stamp)
    if not any(t.is_number for t in words):
        return None
    if not all(t.is_number or t.norm in _STAMP_WORDS for t in words):
        return None  # "Published 12 March 2023 | Photo by X": a label before "by"
    return by.end()


def _read(line: str, start: int, position: int) -> Stamp:
    """The authors and outlet after "By" at ``line[start]`` (``position``: the line's offset)."""
    rest = line[start:].strip()
    pieces = _SEPARATORS.split(rest)
    names, outlet = pieces[0], (pieces[1] if len(pieces) > 1 else "")
    parts = [part for part in _JOINED.split(names) if part]
    if not outlet and len(parts) > 1 and names.count(",") == 1 and " and " not in names:
        outlet = parts[-1]  # "Jane Roe, Associated Press"
        names = names[: names.rindex(",")]
    elif not outlet and parts:
        words = parts[-1].split()
        if len(words) > 2:  # "Tom Hale New York Times"
            outlet = " ".join(words[2:])
            names = names[: names.rindex(parts[-1])] + " ".join(words[:2])
    return Stamp(tokenize(names, position + start), outlet.strip(" .,"))


def stamps(article: ArticleText) -> list[Stamp]:
    """The credits of the page's stamp lines (see the module); read once per article."""
    found: list[Stamp] | None = article.memo.get("stamp-bylines")
    if found is None:
        found = []
        position = 0
        seen = 0
        for line in article.text.split("\n"):
            if line.strip():
                seen += 1
            if seen > _HEAD_LINES:
                break
            if len(line) <= _LONGEST and (start := _stamped(line)) is not None:
                found.append(_read(line, start, position))
            position += len(line) + 1
        article.memo["stamp-bylines"] = found
    return found


def stamp_authors(article: ArticleText) -> list[list[Token]]:
    """The authors' tokens of each stamp line, as credits for the byline rule."""
    return [stamp.authors for stamp in stamps(article)]


def stamp_outlet(value: str, article: ArticleText) -> bool:
    """Whether a stamp line names ``value`` as its outlet (its words, "the" aside)."""
    wanted = _words(value)
    return bool(wanted) and any(_words(stamp.outlet) == wanted for stamp in stamps(article))


def stamp_outlets(article: ArticleText) -> list[str]:
    """The outlets the stamp lines name, as written (the page's publisher)."""
    return [stamp.outlet for stamp in stamps(article) if stamp.outlet]


def _words(name: str) -> tuple[str, ...]:
    return tuple(token.norm for token in tokenize(name) if token.norm != "the")


__all__ = ["stamp_authors", "stamp_outlet", "stamp_outlets"]
