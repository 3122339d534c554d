"""A count dated by its ``as_of`` is not supported by a number the article dates otherwise (an
outside check, session 18: a count of House votes "as_of: in April" was accepted from "The
House first passed it 424-8 in March; in April it passed the final version 420-3").

A count's ``as_of`` names when the count held ("in April", "on Thursday", "2022-04-07"). A
number whose own clause is dated by another time of the same kind (another month, another
weekday) is that other time's count, when the evidence writes the ``as_of``'s own time
elsewhere: the article then gives the count for both times, and the one for the other time
is not this entry's (unsupported). So:

- the times read are month names (and their short forms, "Sept."; "May" only capitalised)
  and weekday names, from the ``as_of`` (an ISO date gives its month) and from the clause;
- the number's clause runs between semicolons, colons, dashes, "and", the contrast words
  "but", "while", "whereas", "then", "later" and the words of a compared value "from",
  "against", "after", "compared", "versus" ("1,200 families, up from 800 on Sunday": 800 is
  Sunday's); a comma alone does not cut it ("In March, the House passed it 424-8"); a time
  inside an aside opened by ", which"/", who" is the aside's;
- the number's clause must name a time of the kind the ``as_of`` names and none that agrees
  with it, and the ``as_of``'s time must stand in another clause of the evidence; or the
  number's clause names no time, and the ``as_of``'s time stands in another clause that
  holds a number of its own (not the time's day or year): "The House first passed it on
  March 17 by a vote of 424-8. ... Hours later the House agreed to the Senate version,
  420-3" gives no 420 as of March 17; "On March 17 the House voted. The tally was 424-8."
  keeps 424.

A count with no ``as_of``, an ``as_of`` with no month or weekday ("Hours later"), a clause
with no time, or an ``as_of`` time written nowhere else keep the other rules' verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from summarizer.verification.numbers import NumberMention, in_clock
from summarizer.verification.tokens import Token, tokenize, word_set

_CUTS = word_set("but while whereas then later and from against after compared versus")
_ASIDES = word_set("which who whom whose")
_ISO = re.compile(r"\b\d{4}-(\d{2})(?:-\d{2})?\b")
_WEEKDAY = {name: index for index, name in enumerate(WEEKDAYS)}


def _time_of(token: Token) -> tuple[str, int] | None:
    """("month", n) or ("weekday", n) for a month or weekday name, else None."""
    norm = token.norm
    if norm in _WEEKDAY:
        return "weekday", _WEEKDAY[norm]
    if norm in MONTH_NUMBER and (norm != "may" or token.text == "May"):
        return "month", MONTH_NUMBER[norm]
    return None


def as_of_times(fact: object) -> tuple[str, frozenset[tuple[str, int]]]:
    """A fact's ``as_of`` ("" when it has none) and the months and weekdays it names."""
    as_of = str(getattr(fact, "as_of", None) or "")
    if not as_of:
        return "", frozenset()
    found = {time for token in tokenize(as_of) if (time := _time_of(token))}
    found.update(("month", int(m.group(1))) for m in _ISO.finditer(as_of))
    return as_of, frozenset(found)


def _clause(tokens: Sequence[Token], first: int, last: int, text: str) -> range:
    def cut(index: int) -> bool:
        gap = text[tokens[index - 1].end : tokens[index].start]
        return any(mark in gap for mark in ";:\u2014") or tokens[index].norm in _CUTS

    start = first
    while start > 0 and not cut(start):
        start -= 1
    end = last + 1
    while end < len(tokens) and not cut(end):
        end += 1
    return range(start, end)


def _times_in(tokens: Sequence[Token], span: range, text: str) -> set[tuple[str, int]]:
    times: set[tuple[str, int]] = set()
    aside = False
    for index in span:
        gap = text[tokens[index - 1].end : tokens[index].start] if index else ""
        if "," in gap:
            aside = tokens[index].norm in _ASIDES
        time = None if aside else _time_of(tokens[index])
        if time:
            times.add(time)
    return times


def dated_otherwise(
    tokens: Sequence[Token], mention: NumberMention, wanted: frozenset[tuple[str, int]],
    evidence: Sequence[Sequence[Token]], text: str,
) -> bool:  # fmt: skip
    """Whether ``mention``'s clause dates it by another month or weekday than ``wanted`` (the
    count's ``as_of`` times) while the evidence writes one of ``wanted`` elsewhere."""
    if not wanted:
        return False
    span = _clause(tokens, mention.first, mention.last, text)
    own = _times_in(tokens, span, text)
    kinds = {kind for kind, _ in wanted}
    own = {time for time in own if time[0] in kinds}
    if own & wanted:
        return False
    for sentence in evidence:
        for index, token in enumerate(sentence):
            if _time_of(token) not in wanted or (sentence is tokens and index in span):
                continue
            if own or _counted(sentence, index, text):
                return True  # another clause has the as_of's time (and, if undated, a count)
    return False


def _counted(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether the clause of the time word at ``at`` holds a number of its own: not the
    time's day ("March 17") or year ("March 17, 2022"), nor a clock time ("09:40 CET - ...
    in July", a live blog's stamp; "at 6 p.m. on Friday")."""
    span = _clause(tokens, at, at, text)
    times = [i for i in span if _time_of(tokens[i])]
    return any(
        tokens[i].is_number
        and not any(abs(i - t) <= 1 for t in times)
        and not (len(tokens[i].text) == 4 and tokens[i].text.startswith(("19", "20")))
        and not in_clock(tokens, i, text)
        for i in span
    )


__all__ = ["as_of_times", "dated_otherwise"]
