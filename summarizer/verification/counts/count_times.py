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

Two days of one month are two days (an outside check, session 21: "introduced on March 8 ...
co-sponsored by 23 other members" made "On March 9, 2022, the House considered the bill.
Record vote: yeas 414, nays 17." a count "at another time than March 9, 2022"): a month
written with its day ("March 9", "9 March", "2022-03-09") agrees only with the same day when
both are given. And a number whose clause names no time takes the time of the scene-setting
clause before it, when that clause holds no count of its own: the nearest dated clause before
it in its sentence ("On 12 April the Assembly voted: 54 in favour"), else the last dated
clause of the evidence sentence before it ("The Senate approved the package on January 18.
The vote was 77 to 18."). That time agreeing with the ``as_of`` supports the number; another
day refuses it when the ``as_of``'s day is written elsewhere in the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..figures.elided_conjuncts import elided_conjunct
from ..figures.number_qualifiers import qualifiers_of
from ..figures.numbers import NumberMention, in_clock
from ..page.tokens import Token, tokenize, widened, word_set

_CUTS = word_set("but while whereas then later and from against after compared versus")
_ASIDES = word_set("which who whom whose")
_ISO = re.compile(r"\b\d{4}-(\d{2})(?:-(\d{2}))?\b")
_WEEKDAY = {name: index for index, name in enumerate(WEEKDAYS)}


def _time_of(token: Token) -> tuple[str, int] | None:
    """("month", n) or ("weekday", n) for a month or weekday name, else None."""
    norm = token.norm
    if norm in _WEEKDAY:
        return "weekday", _WEEKDAY[norm]
    if norm in MONTH_NUMBER and (norm != "may" or token.text == "May"):
        return "month", MONTH_NUMBER[norm]
    return None


Time = tuple[str, int, int]  # ("month", 3, 9): March 9; ("weekday", 4, 0); day 0: not given


def _day_at(tokens: Sequence[Token], at: int) -> int:
    """The day of the month written next to the month name at ``at``, a space apart ("March
    9", "9 March"; not "on 1 March; 17 members")."""
    for index in (at + 1, at - 1):
        if not 0 <= index < len(tokens) or not tokens[index].is_number:
            continue
        first, second = sorted((tokens[index], tokens[at]))
        if len(tokens[index].text) <= 2 and second.start - first.end <= 1:
            day = int(tokens[index].text)
            return day if 1 <= day <= 31 else 0
    return 0


def _dated(tokens: Sequence[Token], at: int) -> Time | None:
    time = _time_of(tokens[at])
    if time is None:
        return None
    return time[0], time[1], _day_at(tokens, at) if time[0] == "month" else 0


def _agrees(time: Time, wanted: frozenset[Time]) -> bool:
    """Same month (or weekday), and the same day when both give one."""
    return any(w[:2] == time[:2] and (not w[2] or not time[2] or w[2] == time[2]) for w in wanted)


def as_of_times(fact: object) -> tuple[str, frozenset[Time]]:
    """A fact's ``as_of`` ("" when it has none) and the months (with their days) and weekdays
    it names."""
    as_of = str(getattr(fact, "as_of", None) or "")
    return (as_of, named_times(as_of)) if as_of else ("", frozenset())


def named_times(words: str) -> frozenset[Time]:
    """The months (with their days) and weekdays ``words`` name ("Saturday attendance")."""
    tokens = tokenize(words)
    found = {time for index in range(len(tokens)) if (time := _dated(tokens, index))}
    found.update(("month", int(m.group(1)), int(m.group(2) or 0)) for m in _ISO.finditer(words))
    return frozenset(found)


def ceiling_dated_otherwise(
    tokens: Sequence[Token], mention: NumberMention, qualifier: str, what: str,
    evidence: Sequence[Sequence[Token]], text: str,
) -> bool:  # fmt: skip
    """Whether ``qualifier`` agrees with ``mention`` only through its clause's ceiling (a
    negated bound, "seldom rose above 800"; a possible reach, "could reach $5 by the weekend":
    ``figures/qualifier_scope``) while the count names a weekday or month that clause dates
    otherwise (review rvr2countb: "Saturday attendance" from "the Tuesday market seldom rose
    above 800; on Saturday it drew 2,100"). That ceiling is its own clause's time's; the
    number keeps the qualifier its words give without it."""
    norms = [token.norm for token in tokens]
    if qualifier in qualifiers_of(norms, mention.first, mention.last, scoped=False):
        return False
    return dated_otherwise(tokens, mention, named_times(what), evidence, text)


def _clause(tokens: Sequence[Token], first: int, last: int, text: str) -> range:
    def cut(index: int) -> bool:
        gap = text[tokens[index - 1].end : tokens[index].start]
        return any(mark in gap for mark in ";:\u2014") or tokens[index].norm in _CUTS

    return widened(first, last, len(tokens), cut)


def _times_in(tokens: Sequence[Token], span: range, text: str) -> list[tuple[int, Time]]:
    """The dated time words of ``span`` with their positions, not those of an aside opened by
    ", which"/", who"."""
    times: list[tuple[int, Time]] = []
    aside = False
    for index in span:
        gap = text[tokens[index - 1].end : tokens[index].start] if index else ""
        if "," in gap:
            aside = tokens[index].norm in _ASIDES
        time = None if aside else _dated(tokens, index)
        if time:
            times.append((index, time))
    return times


def _scene(
    tokens: Sequence[Token], span: range, kinds: set[str],
    evidence: Sequence[Sequence[Token]], text: str,
) -> Time | None:  # fmt: skip
    """The time of the scene-setting clause before an undated number's clause: the nearest
    dated clause before it in its sentence, else the last of the evidence sentence before
    it; none when that clause holds a count of its own (see the module)."""
    before = [t for t in _times_in(tokens, range(span.start), text) if t[1][0] in kinds]
    sentence = tokens
    if not before:
        place = next((i for i, s in enumerate(evidence) if s is tokens), 0)
        sentence = evidence[place - 1] if place else ()
        before = [t for t in _times_in(sentence, range(len(sentence)), text) if t[1][0] in kinds]
    if not before:
        return None
    if sentence is tokens and elided_conjunct(tokens, span, text, before[-1][0]):
        return before[-1][1]  # "On June 18 it had $63.8m in assets and $53.8m in deposits"
    if _counted(sentence, before[-1][0], text):
        return None
    return before[-1][1]


def dated_otherwise(
    tokens: Sequence[Token], mention: NumberMention, wanted: frozenset[Time],
    evidence: Sequence[Sequence[Token]], text: str,
) -> bool:  # fmt: skip
    """Whether ``mention``'s clause dates it by another month, day or weekday than ``wanted``
    (the count's ``as_of`` times) while the evidence writes one of ``wanted`` elsewhere."""
    if not wanted:
        return False
    span = _clause(tokens, mention.first, mention.last, text)
    kinds = {kind for kind, _, _ in wanted}
    own = [time for _, time in _times_in(tokens, span, text) if time[0] in kinds]
    if any(_agrees(time, wanted) for time in own):
        return False
    scene = None if own else _scene(tokens, span, kinds, evidence, text)
    if scene is not None and _agrees(scene, wanted):
        return False  # "On March 9 the House took up the bill. Record vote: yeas 414"
    for sentence in evidence:
        for index in range(len(sentence)):
            time = _dated(sentence, index)
            if time is None or not _agrees(time, wanted) or (sentence is tokens and index in span):
                continue
            if own or scene is not None or _counted(sentence, index, text):
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


__all__ = ["as_of_times", "ceiling_dated_otherwise", "dated_otherwise", "named_times"]
