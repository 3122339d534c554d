"""A byline on the page's date-stamp line, read for the article's ``byline`` and ``outlet``
(:mod:`summarizer.verification.bylines.metadata`; an outside check, 34).

Scraped pages often keep the header's date, authors and outlet on one line: "date 2025-04-19
By Maria Lopez and Tom Hale New York Times", "Published 12 March 2023 | By Ahmed Ali | Dawn",
"Updated: 04:15 GMT  By Jane Roe, Associated Press". The byline rule read "By" only where a
line opens with it, and the outlet rule only lines of eight words or fewer, so the authors of
such a line were refused and its outlet with them when the line ran longer.

A stamp line is one of the page's first twelve lines that opens with a date label ("date",
"dated", "(first) published", "posted", "(last) updated", "modified", "edited"), or with the
date itself ("12 March 2023", "Tue 4 Jun 2024"), then holds only a date or a time (numbers,
month and weekday names, "at", "on", "ago", a time zone, "am", "pm", punctuation and bars)
and then "By" before a capitalised name. What follows "By" is:

- the authors: names joined by "and", "&" or commas, up to a bar or dash, or to the end;
- the outlet: the part after a bar or dash ("| Dawn"); on a line with neither, the part
  after the last comma when no "and" stands in it ("Jane Roe, Associated Press", "A and B,
  Reuters"; "A, B and C" are three authors, and "A, B" reads as an author and an outlet), else
  the words after the last author's first two ("Tom Hale New York Times": "New York Times"; a
  last author of three words then reads as two and an outlet, which only a bar, a dash or a
  comma would settle).

A name elsewhere (a sentence of the body, "Photo by X" or "Edited by X" on the stamp line: a
role, not the stamp, before "by") credits no one.
"""

from __future__ import annotations

import re

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set

_HEAD_LINES = 12  # non-empty lines: a page's header, navigation and all
_LONGEST = 200
_LABEL = re.compile(
    r"[^\w]*(?:(?:first\s+)?(?:published|posted)|(?:last\s+)?(?:updated|modified|edited)|dated?)"
    r"\b\s*:?\s*",
    re.IGNORECASE,
)
_BY = re.compile(r"(?:^|(?<=[\s|]))by\s+", re.IGNORECASE)
# Words that open a date: "Tue 4 Jun 2024", "March 12, 2023".
_DATE_WORDS = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)
# Words a date or time may hold besides its numbers.
_STAMP_WORDS = _DATE_WORDS | word_set(
    """at on am pm a m p gmt utc bst cet cest est edt pst pdt ist pkt eat wat sast local time
    ago min mins minute minutes hr hrs hour hours day days"""
)
_SEPARATORS = re.compile(r"\s+(?:\||\u2013|\u2014|-|\u2022)\s+")
_AND = re.compile(r"\s(?:and|&)\s|,")
_MARKUP = " \t*_|\u2022"


class Stamp:
    """One stamp line's credits: the authors' tokens and the outlet as written."""

    def __init__(self, authors: list[Token], outlet: str) -> None:
        self.authors = authors
        self.outlet = outlet


def _stamped(line: str) -> int | None:
    """Where the authors start after "By" when ``line`` is a stamp line, else None."""
    label = _LABEL.match(line)
    at = label.end() if label is not None else len(line) - len(line.lstrip(_MARKUP))
    by = _BY.search(line, at)
    if by is None or not line[by.end() : by.end() + 1].isupper():
        return None
    words = tokenize(line[at : by.start()])
    if not words or not any(t.is_number for t in words):
        return None
    if not all(t.is_number or t.norm in _STAMP_WORDS for t in words):
        return None  # "Published 12 March 2023 | Photo by X": a label before "by"
    if label is None and not (words[0].is_number or words[0].norm in _DATE_WORDS):
        return None  # no label: the line opens with its date ("12 March 2023 | By A")
    return by.end()


def _read(line: str, start: int, position: int) -> Stamp:
    """The authors and outlet after "By" at ``line[start]`` (``position``: the line's offset)."""
    rest = line[start:].strip()
    pieces = _SEPARATORS.split(rest)
    names, outlet = pieces[0], (pieces[1] if len(pieces) > 1 else "")
    last = names.rsplit(",", 1)[-1] if "," in names else ""
    if not outlet and last and not _AND.search(last):
        outlet = last  # "Jane Roe, Associated Press", "A and B, Reuters"; not "A, B and C"
        names = names[: names.rindex(",")]
    elif not outlet:
        words = _AND.split(names)[-1].split()
        if len(words) > 2:  # "Tom Hale New York Times"
            outlet = " ".join(words[2:])
            names = names[: names.rindex(words[2])]
    return Stamp(tokenize(names, position + start), outlet.strip(" .,"))


def stamps(article: ArticleText) -> list[Stamp]:
    """The credits of the page's stamp lines (see the module); read once per article."""
    found: list[Stamp] | None = article.memo.get("stamp-bylines")
    if found is None:
        found = []
        seen = 0
        for position, line in article.lines:
            if line.strip():
                seen += 1
            if seen > _HEAD_LINES:
                break
            if len(line) <= _LONGEST and (start := _stamped(line)) is not None:
                found.append(_read(line, start, position))
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
