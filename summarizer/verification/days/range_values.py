"""A value that is a whole written range of days, for an event's day (session 61, wh61).

:mod:`summarizer.verification.occasions.occasion_clauses` reads a day after "until", "till",
"through" or an end verb ("runs", "lasts", "expires") as the end of another thing when the
clause before it does not name the event ("The stoppage is timed to run from 7am on 25 July
until 7am on 30 July" for a strike by resident doctors; "His suspension runs from February 9
to May 4" for a settled doping case; checks 86 and 93). That is right for a value naming one
day: "30 July" is the stoppage's end, not the walkout's day. But a value that writes the range
itself ("from 7am on 25 July until 7am on 30 July", "February 9 to May 4") gives the end as
the range's own end, and the start after "from" is no end at all ("runs from 4 June": the
end verb before "from" was read for the start too).

So such a refusal is lifted when the value is a range (two days joined by "to", "until",
"till", "through" or a dash) and one evidence sentence writes the value's words as they
stand, in that order (case and spacing aside): the page states that very range; and no other
part of the evidence (its sentences cut at commas, semicolons, "while", "whereas", "but" and
"and", the range itself left out) both names the event (its description's words,
:func:`..occasions.occasion_clauses.event_words`) and states a day: "The hosepipe ban runs
from 4 June to 19 August, while a car-wash ban lasts from 1 July until 31 July" keeps the
car-wash range refused for the hosepipe ban, "Talks collapsed on 2 March, and the mandate
runs from 10 March to 30 April" the mandate's for the talks; and the range is not told by a
relative clause of a noun that does not name the event ("..., will overlap with the harbour
works, which run from 4 May to 9 May" keeps the works' range refused for a ferry strike, review
rv61w). A period of now or ahead ("this
month", "next week") is the range's own time told coarser, not another day (check 93: "will
stop work for five straight days this month"); a past one ("last week") is another. Everything
else stays: a range the evidence does not write word for word (another end: "4 June to 30
August" against "to 19 August"; two days of different sentences; the ends swapped), a single
day after "until", a field with cues (a truce's start), and every other reading of the rules
around this one (another clause's date, :mod:`..places.told_elsewhere`, still refuses after
it).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, fact_description
from ..occasions.occasion_clauses import ENDED, event_words
from ..page.tokens import tokenize
from .dates import mentions_of

_Rule = Callable[[Any, Supported, Context], Result]

# Two days or times joined by a range's link: "February 9 to May 4", "from 7am on 25 July
# until 7am on 30 July", "1 June through 3 August", "12 March - 4 April".
_LINK = re.compile(r"\S\s+(?:to|until|till|through|thru)\s+\S|\S\s*[-\u2013\u2014]\s*\S", re.I)
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
# A dateline opening the sentence ("LONDON, 9 July (Wire) - "): its date is the filing day.
_DATELINE = re.compile("[A-Z][A-Z.'\u2019 /]+,[^\n]{0,80}?\\s[-\u2013\u2014]{1,2}\\s")
# A relative clause opening the range's part: the range is the noun's before it.
_RELATIVE = re.compile(r"[,;]?\s*(?:which|whose|that)\b", re.I)
_PARTS = re.compile(r"[,;]|\b(?:while|whereas|but|and)\b", re.I)


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def written_range(value: str, ctx: Context) -> bool:
    """Whether ``value`` is a range of days with a digit on each side of its link, written word
    for word in one of the evidence sentences (see the module)."""
    link = _LINK.search(value)
    if link is None or not _DIGIT.search(value, 0, link.start() + 1):
        return False
    if not _DIGIT.search(value, link.end() - 1):
        return False
    wanted = _flat(value)
    text = ctx.article.text
    own = event_words(fact_description(ctx.fact), getattr(ctx.fact, "kind", None))
    written, other = False, False
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = _SPACE.sub(" ", text[start:end])
        at = sentence.lower().find(wanted)
        if at >= 0 and _held_by_other(sentence, at, own):
            return False
        written = written or at >= 0
        low, high = (at, at + len(wanted)) if at >= 0 else (0, 0)
        other = other or _dated_own(sentence, (low, high), own, ctx)
    return written and not other


def _held_by_other(sentence: str, at: int, own: frozenset[str]) -> bool:
    """Whether the range at ``at`` is told by a relative clause ("which runs from", "whose
    refit lasts from") of a noun in the part before it that does not name the event: "The
    ferry strike, which the union called on Monday, will overlap with the harbour works, which
    run from 4 May to 9 May" gives the works' range, not the strike's (review rv61w)."""
    cuts = [match for match in _PARTS.finditer(sentence, 0, at) if match.start() < at]
    if len(cuts) < 1:
        return False
    last = cuts[-1]
    if not _RELATIVE.match(sentence, last.end()) and not _RELATIVE.match(sentence, last.start()):
        return False
    low = cuts[-2].end() if len(cuts) > 1 else 0
    owner = sentence[low : last.start()]
    return not any(_named(token.norm, own) for token in tokenize(owner))


def _dated_own(
    sentence: str, span: tuple[int, int], own: frozenset[str], ctx: Context
) -> bool:  # fmt: skip
    """Whether a part of ``sentence`` (cut at commas, semicolons and joining words) names the
    event and states a day outside the range at ``span`` (see the module). The days are read
    in the whole sentence, where a dateline's date is known for one."""
    dateline = _DATELINE.match(sentence)
    opened = dateline.end() if dateline else 0
    days = [
        (start, keys)
        for keys, start, end in mentions_of(sentence, ctx.published)
        if start >= opened
        and (end <= span[0] or start >= span[1])
        and not all(_around(key) for key in keys)
    ]
    if not days:
        return False
    edges = [0, *(match.start() for match in _PARTS.finditer(sentence)), len(sentence)]
    blanked = sentence[: span[0]] + " " * (span[1] - span[0]) + sentence[span[1] :]
    for low, high in itertools.pairwise(edges):
        if any(low <= start < high for start, _ in days) and any(
            _named(token.norm, own) for token in tokenize(blanked[low:high])
        ):
            return True
    return False


def _around(key: tuple[Any, ...]) -> bool:
    """A period of now or ahead ("this month", "next week", "later this month"): the range's
    own time told coarser ("will stop work for five days this month"), not another day; a
    past one ("last week", "earlier this month") is another day."""
    return key[0] == "period" and key[2] in ("this", "next") and key[3] != "early"


def _named(norm: str, own: frozenset[str]) -> bool:
    """A word of the event's, or its kin by stem ("strikes", "striking" for "strike")."""
    if len(norm) < 4:
        return False
    return any(norm == word or (len(norm) >= 5 and norm[:6] == word[:6]) for word in own)


def ranged_when(rule: _Rule) -> _Rule:
    """``rule`` (a day's support) with a whole written range's end, refused as another thing's
    end, accepted (see the module); a field with cues keeps ``rule``'s verdict."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if result[0] or supported.cues or not isinstance(value, str):
            return result
        reason = str(result[1])
        if ENDED not in reason or ";" in reason:
            return result
        return (True, "") if written_range(value, ctx) else result

    return support


__all__ = ["ranged_when", "written_range"]
