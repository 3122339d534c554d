"""A time that dates the number a value is compared with, not the value (session 53, fc53n).

"Completions rose 4 per cent to 4,605, against 4,445 a year earlier", "its share eased to
12.1% from 13% a year ago", "23,034 homes, 4% more than a year earlier", "up 132.1 percent on
the same quarter last year": the earlier time after the value is the baseline's. Read on the
outside checks 50-100, such a time made a correct count another occasion's ("4605 is another
occasion's count", "12.1 is told of another occasion ('a year ago')").

A time at ``at`` after the value is a baseline's when a word of comparison ("from", "against",
"than", "on", ...) stands between the value and the time, within a few words of the time,
and a number other than the value stands between them too: the compared number after the
word ("from 13% a year ago", "against 4,445 a year earlier") or a change's size before it
("4% more than a year earlier", "up 132.1 percent on the same quarter last year"). Without
such a number the time may be the value's own ("40 people were killed more than a year
ago"); before the value, or with the word before the value ("down from $4.4 billion a year
earlier" for 4.4 billion), it stays the value's.

The number must read as the compared figure or the change (review rv53n): a compared number is
bare or has the value's own unit after it ("412,000 tonnes from 377,000 tonnes the year
before"), never a noun of its own or a month ("killed 310 people on 6 February 2023", "75
sailors from 4 ships were rescued last month", "65 men with 3 rifles last year": the time is
the count's own); a change is followed by a comparative or the word ("6% more than", "up 8.2
per cent on"; not "40 people in 3 villages more than a year ago"); a time right after "up
from" or "down on" is the baseline's ("$1.3 billion this quarter, up from the previous
quarter").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, SCALES, STOPWORDS
from ..page.tokens import Token, word_set

# Words that set a value against a baseline ("from 13%", "against 4,445", "than a year ago").
COMPARING = word_set("on from than with over versus vs against compared")
_REACH = 7  # words from the comparing word to the time
_BREAKS = (";", ":", "\u2014", "(", ")")
# What follows a change's size ("6% more than", "up 8.2 per cent on", "58 fewer than"), and the
# words that open a past time after a compared figure ("from £2.80 last year").
_PER_CENT = word_set("per cent percent percentage point points")
_COMPARATIVES = word_set("more fewer less higher lower above below")
_TIME_OPENERS = word_set("last previous prior")
_DIRECTIONS = word_set("up down")  # "up from the previous quarter": the time is the baseline
# A scale after a number is part of it ("$4.4 billion", "£350.2m").
_SCALE_WORDS = frozenset(SCALES) | word_set("m mn bn b k tn trn")


def _alpha(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.norm)


def _units(tokens: Sequence[Token], last: int) -> set[str]:
    """The value's own unit words: the words right after it, up to two, before a filler word
    ("4,605 homes", "1.9 billion euros", "71 per cent")."""
    units: set[str] = set()
    for token in tokens[last + 1 : last + 4]:
        if token.is_number or token.norm in STOPWORDS or token.norm in COMPARING:
            break
        if _alpha(token) and token.norm not in _SCALE_WORDS:
            units.add(token.norm)
        if len(units) == 2:
            break
    return units


def _figure(tokens: Sequence[Token], number: int, units: set[str]) -> bool:
    """Whether the number at ``number`` reads as a figure of the value's kind: not a date's day,
    and its first word after is filler, the value's unit, or the opening of a past time."""
    for token in tokens[number + 1 : number + 4]:
        if token.norm in MONTH_NUMBER:
            return False
        if not _alpha(token) or token.norm in _SCALE_WORDS:
            continue
        return token.norm in STOPWORDS or token.norm in units or token.norm in _TIME_OPENERS
    return True


def _change(tokens: Sequence[Token], number: int, word: int) -> bool:
    """Whether the number at ``number`` reads as the size of a change: its first word after
    (past a sign, a scale or per cent) is a comparative or the comparing word at ``word``
    ("6% more than", "up 8.2 per cent on", "20% above its average over"; not "3 villages")."""
    for at in range(number + 1, word + 1):
        token = tokens[at]
        if at == word:
            return True
        if not _alpha(token) or token.norm in _SCALE_WORDS or token.norm in _PER_CENT:
            continue
        return token.norm in _COMPARATIVES
    return False


def compared_time(tokens: Sequence[Token], at: int, value: tuple[int, int], text: str = "") -> bool:
    """Whether the time at ``at`` dates the baseline a value at ``value`` (first, last) is
    compared with (see the module); ``text`` (the article's) to see marks that end a clause
    between them, when the caller's stretch is not cut at them already."""
    last = value[1]
    if at <= last:
        return False
    gaps = (text[tokens[k].end : tokens[k + 1].start] for k in range(last, at))
    if text and any(mark in gap for gap in gaps for mark in _BREAKS):
        return False
    for word in range(at - 1, max(last, at - _REACH - 1), -1):
        if tokens[word].norm not in COMPARING:
            continue
        figures = [k for k in range(word + 1, at) if tokens[k].is_number]
        changes = [k for k in range(last + 1, word) if tokens[k].is_number]
        after = bool(figures) and _figure(tokens, figures[0], _units(tokens, last))
        turn = tokens[word - 1].norm in _DIRECTIONS and not figures
        return after or turn or any(_change(tokens, k, word) for k in changes)
    return False


__all__ = ["COMPARING", "compared_time"]
