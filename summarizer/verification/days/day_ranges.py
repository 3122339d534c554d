"""A range of days is a start and an end (an outside check, session 14: "from 14-18 July"
gave the truce's start as 18 July, and its 14 was read as no day at all), for
:mod:`summarizer.verification.days.dates`:

- the first day of a day-first range is a day ("from 14-18 July", "14 to 18 July", "between
  14 and 18 July", "14th-18th of July": 14 July), read by :func:`first_days` beside the
  days :mod:`dates` reads ("18 July", and "July 14-18" as both days);
- the last day of a range ("14-18 July", "12 to 16 July", "between 14 and 18 July", "July
  14-18", "August 1 to August 4", "from 1 through 4 August") is the range's end, which no
  start is (:func:`range_end`): a truce's start given as the range's last day is refused
  as *unsupported*, the page states that day as the end. A meeting's days are all its days
  (a summit "on 22-24 July" is held on the 24th too), so only a start reads the end. A value
  that writes a range itself ("14-18 July") is the range, not its end.

"and" makes a range only after "between" ("on 3 and 4 July" names two days); a day after a
range keeps its own role ("14-18 July, a spokesman told AFP on Monday": Monday is the
telling's, read by :mod:`day_roles` as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER
from ..page.tokens import Token, word_set

_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NUMBER), key=len, reverse=True))
_DIGIT = re.compile(r"\d")
_FIRST_OF_RANGE = re.compile(
    rf"(?<![\d.,:])\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-\u2013]|\bto\b|\band\b|\bthrough\b|"
    rf"\buntil\b)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b"
)
# A written range in a value ("14-18 July", "July 14-18", "14 to 18 July").
RANGE_VALUE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s*(?:[-\u2013]|\bto\b|\band\b|\bthrough\b)\s*\d{1,2}\b"
)
_LINKS = word_set("to through until till")
_BETWEEN = word_set("between")

Key = tuple[str, int, int]


def first_days(text: str) -> list[tuple[frozenset[Key], int, int]]:
    """The first days of the day-first ranges ``text`` writes, each as a key with the span
    of its number ("14" of "from 14-18 July")."""
    found: list[tuple[frozenset[Key], int, int]] = []
    if _DIGIT.search(text) is None:  # the pattern needs two: one fast scan skips most sentences
        return found
    for match in _FIRST_OF_RANGE.finditer(text):
        day = int(match[1])
        if 1 <= day <= 31:
            key = ("day", MONTH_NUMBER[match[2].lower()], day)
            found.append((frozenset({key}), *match.span(1)))
    return found


def range_end(tokens: Sequence[Token], first: int, last: int, days: frozenset[int]) -> bool:
    """Whether the date at ``tokens[first : last + 1]``, matched on the days ``days``, is
    only the last day of a range (see the module)."""
    numbers = [index for index in range(first, last + 1) if tokens[index].is_number]
    if len(numbers) == 2:  # "July 14-18", one mention of both days
        low, high = (int(tokens[i].text) for i in numbers)
        return high in days and low not in days
    if not numbers:
        return False
    day = numbers[0]
    if tokens[day].joined and day and tokens[day - 1].is_number:
        return True  # "14-18 July"
    link = first - 1
    if link < 1:
        return False
    word, before = tokens[link].norm, tokens[link - 1]
    ranged = before.is_number or before.norm in _MONTHS
    if word in _LINKS and ranged:
        return True  # "12 to 16 July", "August 1 to August 4"
    return word == "and" and before.is_number and link > 1 and tokens[link - 2].norm in _BETWEEN


_MONTHS = frozenset(MONTH_NUMBER)

__all__ = ["RANGE_VALUE", "first_days", "range_end"]
