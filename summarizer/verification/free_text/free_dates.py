"""A date in free text (a summary, a key point) that the article never writes (an outside
check, session 18: a summary's "taking effect on March 19, 2018" passed, since "March" and
"19" each occur in the article, "19" only in "January 19").

A month and a day written together are one value, a date: the free text states it only when
the article writes that month with that day. The unstated rule flags it otherwise (as it
flags a number or a name the article never writes), with these forms counted as the same
date, in the article as in the free text:

- either order, a short month, an ordinal, "of": "March 19", "19 March", "Mar. 19", "March
  19th", "the 19th of March";
- a day inside a span: "March 18-20", "18 to 20 March", "March 18 and 20" write the 20th;
- an ISO or numeric day in the page's metadata or text ("2018-03-19");
- a month name the article writes only short ("Mar. 19") is written: the name rule no longer
  flags the summary's "March" (:func:`month_written`);
- a weekday or "today"/"yesterday"/"tomorrow" that the page's own date resolves to that
  month and day ("on Monday" on a page dated Thursday March 22, 2018, writes March 19): the
  summary then resolves what the article says, as a reader with the date line does.

Not flagged here (the older rules already flag them, once): a date whose month name or day
number the article never writes at all. A page with no date of its own resolves no weekday,
so a date the article gives only as "on Monday" is flagged.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from summarizer.text.relative_dates import resolve
from summarizer.text.vocabulary import MONTH_ABBREVIATIONS, MONTH_NUMBER, MONTHS, WEEKDAYS
from ..page.mark_search import folded, folded_matches, matches_from, places
from .mentions import ArticleVocabulary

_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_JOIN = r"\s*(?:-|\u2013|\u2014|to|and|through|or)\s*"
# A span's second day. After a dash it is a day whatever word follows ("July 21-23 was
# postponed", check 47); after another join, not a count ("Mar. 9 and 19 witnesses"): no noun
# follows.
_NOUN_NEXT = (
    r"(?!\s+(?!(?:in|at|on|and|or|to|for|when|the|with|by|after|before|as|while|but|of)\b)"
    r"[a-z])"
)
_SECOND = rf"(?:(?:\s*[-\u2013]\s*|{_JOIN}(?=\d{{1,2}}(?:st|nd|rd|th)?(?!\d){_NOUN_NEXT})){_DAY})?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+{_DAY}{_SECOND}\b(?!\d|:\d)", re.IGNORECASE)
_DAY_MONTH = re.compile(
    rf"\b{_DAY}(?:{_JOIN}(?:the\s+)?{_DAY})?\s+(?:of\s+)?{_MONTH}\b", re.IGNORECASE
)
_ISO = re.compile(r"\b\d{4}-(\d{1,2})-(\d{1,2})\b")
_DIGIT = re.compile(r"\d")  # no date without a digit: most free text is read no further
_MONTH_WORD = re.compile(rf"\b{_MONTH}\b", re.IGNORECASE)
_MONTH_HEADS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _month(word: str) -> int | None:
    return MONTH_NUMBER.get(word.lower().rstrip("."))


def _pairs(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs written in ``text`` (see the module)."""
    found: set[tuple[int, int]] = set()
    for match in _MONTH_DAY.finditer(text):
        if match.group(1) == "may":
            continue  # "may 3": the verb, in lower case
        month = _month(match.group(1))
        days = [day for day in match.group(2, 3) if day]
        found.update((month, int(day)) for day in days if month and 1 <= int(day) <= 31)
    for match in _DAY_MONTH.finditer(text):
        month = _month(match.group(3))
        if match.group(3) == "may":
            continue
        days = [day for day in match.group(1, 2) if day]
        found.update((month, int(day)) for day in days if month and 1 <= int(day) <= 31)
    for match in _ISO.finditer(text):
        found.add((int(match.group(1)), int(match.group(2))))
    return found


class PageDates:
    """The month-and-day dates an article writes or resolves, asked one date at a time: the
    text is searched only around the day's digits (a scan of the whole page for every date
    form cost a tenth of a grounding), and each answer is kept for the article."""

    def __init__(self, text: str, metadata: dict[str, str], published: dt.date | None) -> None:
        self.text = text
        self.metadata = metadata
        self.published = published
        self._known: dict[tuple[int, int], bool] = {}

    def writes(self, month: int, day: int) -> bool:
        """Whether the article writes (or resolves to) that month and day (see the module)."""
        known = self._known.get((month, day))
        if known is None:
            known = self._known[(month, day)] = self._read(month, day)
        return known

    def _read(self, month: int, day: int) -> bool:
        text = self.text
        # Each match opens at the day's digits or at a "0" before them: tried only where those
        # are written (page.mark_search; the search tried every character of the page).
        starts = places(text, (f"{day}", f"0{day}"))
        for found in matches_from(re.compile(rf"(?<!\d)0?{day}(?!\d)"), text, starts):
            window = text[max(found.start() - _AROUND, 0) : found.end() + _AROUND]
            if (month, day) in _pairs(window):
                return True
        if (month, day) in _pairs(" ".join(self.metadata.values())):
            return True
        return (month, day) in self._resolved

    @cached_property
    def _resolved(self) -> frozenset[tuple[int, int]]:
        """The page's own date and the days its weekdays and "today"-words resolve to."""
        if self.published is None:
            return frozenset()
        found = {(self.published.month, self.published.day)}
        lowered = self.text.lower()
        for word in (*WEEKDAYS, "today", "yesterday", "tomorrow", "tonight"):
            if word in lowered:
                day = resolve(word, self.published)
                if day is not None:
                    found.add((day.month, day.day))
        return frozenset(found)


_AROUND = 40  # characters either side of a day's digits: "the 19th of September", a span


def unstated_dates(
    piece: str, dates: PageDates, vocabulary: ArticleVocabulary
) -> list[tuple[str, str]]:  # fmt: skip
    """(value, reason) for each month-and-day date in ``piece`` the article never writes,
    whose month word and day number it does write elsewhere (see the module)."""
    if not _DIGIT.search(piece):
        return []
    months = folded_matches(_MONTH_WORD, piece, folded(piece), _MONTH_HEADS)
    if next(months, None) is None:  # tried only where a month's first letters stand
        return []
    problems: list[tuple[str, str]] = []
    spans = [(m, 1, (2, 3)) for m in _MONTH_DAY.finditer(piece)]
    spans += [(m, 3, (1, 2)) for m in _DAY_MONTH.finditer(piece)]
    for match, month_group, day_groups in spans:
        month_word = match.group(month_group)
        month = _month(month_word)
        if month is None or month_word == "may":
            continue  # "may 3": the verb
        shown = match.group(0)
        for day in (int(d) for d in match.group(*day_groups) if d):
            if not 1 <= day <= 31 or not vocabulary.states_number(float(day)):
                continue  # the number rule flags a day never written
            if not month_written(MONTHS[month - 1], vocabulary) or dates.writes(month, day):
                continue  # the name rule flags a month never written
            problems.append((shown, f"the date {shown!r} does not occur in the article"))
    return problems


def month_written(word: str, vocabulary: ArticleVocabulary) -> bool:
    """Whether the article writes the month ``word`` names, in full or short ("Mar. 19" for
    a summary's "March"); False for a word that is no month name."""
    norm = word.lower()
    number = MONTH_NUMBER.get(norm)
    if number is None or norm in _SHORT:
        return False
    return vocabulary.has(norm) or any(
        vocabulary.has(short)
        for short, n in MONTH_NUMBER.items()
        if n == number and short in _SHORT
    )


_SHORT = frozenset(MONTH_ABBREVIATIONS)


__all__ = ["PageDates", "month_written", "unstated_dates"]
