"""The markers of another occasion read in a value's scope (for
:mod:`summarizer.verification.occasions.other_occasions`, session 29; split from it by review
rvo29): another time (a year, a decade, a past month, a span of years or seasons), another
occasion of the series ("the previous truce", "the last time they met", "its predecessor")
and, for a meeting's place, another act than the meeting (a stop on the way, a call-off).

Two kinds of marker read differently (review rvo29). A time *adverbial* ("in 2019", "last
year", "two years ago") dates the clause wherever it stands in the scope. A marker *bound to
an occasion noun* ("the 2015 agreement", "the next NATO summit", "a 2022 proposal") names
that other occasion as a thing: it dates the value only when it stands before it ("a 2022
round in Istanbul", "An earlier version of the plan, drafted by Qatar") or the value owns it
("Turkey's 2024 plan"); after the value it is what the meeting was about ("met in Muscat to
review the 2015 agreement", "met in Lisbon to prepare the next NATO summit").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from summarizer.text.vocabulary import MONTH_NUMBER, ONES
from ..page.tokens import CLAUSE_MARKS, SINGULAR_POSSESSIVES, Token, word_set
from .compared_times import compared_time
from .day_occasions import MEETING_WORDS
from .origin_years import origin_year
from .value_scopes import AGO

_YEAR_LEADS = word_set("in during of back")
_PAST_SPANS = word_set("year decade century spring summer autumn fall winter")
_SPAN_WORDS = word_set("year years decade decades")
BEFORE_WORDS = word_set("previous earlier prior former last")
_DETERMINERS = word_set("a an the their its his her this that")
_UNITS = word_set("day days week weeks weekend month months morning night year time")
_AFTER_WORDS = word_set("next subsequent later follow")
_PHRASE_ENDS = word_set("to of for in at on with by that which who from")
OCCASIONS = MEETING_WORDS | word_set(
    """round rounds truce truces ceasefire ceasefires armistice pause lull flood floods
    flooding storm storms cyclone hurricane typhoon earthquake quake fire fires wildfire
    wildfires blast explosion landslide strike strikes attack attacks raid raids bombing
    offensive outbreak epidemic disaster crash war conflict clash clashes deal accord
    agreement election elections vote eruption riot riots unrest drought famine tsunami
    collapse cyclones protests"""
)
# What a proposer proposes: another plan's or version's proposer is another truce's.
_PROPOSALS = word_set("plan plans proposal proposals offer offers version draft initiative bid")
# A noun that is itself another occasion of the series ("Its predecessor claimed 300").
_PREDECESSORS = word_set("predecessor predecessors forerunner")
_STOPS = word_set(
    """stopped stop stops stopping stopover layover refuelled refueled refuelling refueling
    transited transiting passed passing"""
)
_STOP_PREPOSITIONS = word_set("in at through via")
_APART = word_set("before ahead")  # not "after": the meeting's own sequel may follow
_JOURNEY = word_set("way route")
_THAT = word_set("that it this then")  # "On the way to the summit," "En route to the talks,"
CALLED_OFF = word_set("cancelled canceled scrapped shelved abandoned")
NOT_HELD = frozenset({"cancelled", "postponed", "in_doubt", "on_hold", "unclear"})
_HELD = frozenset({"held", "under_way"})
PROPOSING = ("propos", "floated", "tabled", "brokered", "offered", "suggested")
# A year after these dates the plan, not the occasion planned ("first proposed in 2024").
_PLANNED = word_set("planned mooted announced agreed scheduled")
# "since it began in 2019": the year opens a span that runs up to now.
_STARTED = word_set("began begun started erupted broke")


def status(fact: Any) -> str:
    value = getattr(fact, "status", None)
    return str(getattr(value, "value", value) or "")


def owned(tokens: Sequence[Token], at: int, first: int, last: int) -> bool:
    """A marker bound to an occasion noun at ``at`` dates the value at ``first..last``: it
    stands before it, or the value owns it ("Turkey's 2024 plan")."""
    return at < first or (at == last + 1 and tokens[last].text.endswith(SINGULAR_POSSESSIVES))


def _year(
    tokens: Sequence[Token], at: int, own: range, year: int | None, nouns: frozenset[str]
) -> str:
    """A year that dates another occasion: "time" for an adverbial ("in 2019", "2019" of a
    date, "in the 1990s"), "noun" for one bound to an occasion noun ("the 2019 ceasefire"),
    "" for none."""
    text = tokens[at].text
    if not (len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))):  # not "19.9"
        return ""
    if year is not None and int(text) == year:
        return ""
    before = tokens[at - 1].norm if at else ""
    window = {t.norm for t in tokens[max(at - 5, 0) : at]}
    if any(t.norm == "since" for t in tokens[max(at - 3, 0) : at]) or (
        "since" in window and not _STARTED.isdisjoint(window)
    ):  # "since the 2022 war", "since it began in 2019"
        return "time" if tokens[own.start].norm == "when" and at not in own else ""
    if at >= 2 and tokens[at - 1].is_number and tokens[at - 2].norm in MONTH_NUMBER:
        before = tokens[at - 2].norm  # "June 3, 2019"
    after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if (
        at == 0
        or before in _YEAR_LEADS
        or before in MONTH_NUMBER
        or (after, before) == ("s", "the")
    ):
        return "time"
    return "noun" if after in nouns else ""


def time_marker(
    tokens: Sequence[Token], read: range, own: range, fact: Any, kind: str,
    value: tuple[int, int], published: Any, text: str = "",
) -> tuple[str, bool, int]:  # fmt: skip
    """Another time in the scope (a year, a decade, a past month, a span of years or
    seasons; "" if none), whether it is bound to an occasion noun, and where it stands. For a
    count, not a time that dates the baseline it is compared with ("to 12.1% from 13% a year
    ago": :mod:`.compared_times`)."""
    year = published.year if published else None
    held = status(fact) in _HELD
    nouns = OCCASIONS | _PROPOSALS if kind == "proposer" else OCCASIONS
    for at in read:
        if kind == "count" and compared_time(tokens, at, value):
            continue  # "to 12.1% from 13% a year ago": the baseline's time
        norm = tokens[at].norm
        prior = tokens[at - 1].norm if at else ""
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        found = _year(tokens, at, own, year, nouns)
        planned = (
            at >= 2
            and prior == "in"
            and (tokens[at - 2].norm.startswith(PROPOSING) or tokens[at - 2].norm in _PLANNED)
        )  # "first proposed in 2024": the plan's year, not the occasion's (a proposer's is)
        if found == "time" and kind == "count" and origin_year(tokens, at, value, text):
            continue  # "aboard a jet built in 1991": the jet's year (origin_years)
        if found == "time" and not (planned and kind != "proposer"):
            return tokens[at].text, False, at
        if found == "noun" and owned(tokens, at, *value):
            return tokens[at].text, True, at
        if (
            norm in MONTH_NUMBER and prior in {"in", "during"} and published
            and not (at + 1 < len(tokens) and tokens[at + 1].is_number)
            and MONTH_NUMBER[norm] > published.month
        ):  # fmt: skip
            return f"in {norm}", False, at  # "In October, Ghana offered" in a March story
        if norm in {"last", "previous"} and after in _PAST_SPANS:
            before = {t.norm for t in tokens[max(at - 2, 0) : at]}
            if norm == "previous" or before.isdisjoint({"the", "since", "this"}):
                return f"{norm} {after}", False, at  # not "over the last year"
        if norm in _SPAN_WORDS and after in AGO and at + 1 in read:
            return f"{prior} {norm} {after}".strip(), False, at  # "two years ago"
        if held and norm == "next" and after in _PAST_SPANS:
            return f"{norm} {after}", False, at
    return "", False, -1


def marker_year(marker: str, year: int | None) -> str:
    """The year a time marker names ("2019", "last year", "two years ago"), "" if none."""
    words = marker.split()
    if marker.isdigit():
        return marker
    if year is None or not words:
        return ""
    if words[0] in {"last", "previous"} and words[-1] == "year":
        return str(year - 1)
    if words[-1] == "ago" and len(words) == 3:
        back = ONES.get(words[0], 1 if words[0] in {"a", "one"} else None)
        back = int(words[0]) if words[0].isdigit() else back
        return str(year - back) if back else ""
    return ""


def series_marker(
    tokens: Sequence[Token], area: range, fact: Any, text: str, kind: str,
    value: tuple[int, int],
) -> tuple[str, int]:  # fmt: skip
    """A word placing the occasion before (or, for a meeting held, after) the fact's, with an
    occasion noun after it in the same stretch ("a follow-up round", "their last summit", "an
    earlier truce", "an earlier version" of a proposer's plan; not "at last, the sides met",
    "the next day", "Earlier, Trump met"), standing before the value; "the last time" opening
    a stretch, "when the river last rose"; a predecessor ("" if none), and where it stands."""
    held = status(fact) in _HELD
    nouns = OCCASIONS | _PROPOSALS if kind == "proposer" else OCCASIONS
    for at in area:
        norm = tokens[at].norm
        prior = tokens[at - 1].norm if at else ""
        after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
        if norm in _PREDECESSORS or (
            norm == "before" and prior in nouns and after in _THAT and owned(tokens, at, *value)
        ):
            return "previous", at  # "Its predecessor", "The outbreak before that"
        if norm in {"last", "previous"} and after == "time" and prior == "the":
            opening = at < 2 or not CLAUSE_MARKS.isdisjoint(
                text[tokens[at - 2].end : tokens[at - 1].start]
            )
            if opening:
                return norm, at  # "The last time they met, in Geneva,"
        when = any(t.norm == "when" for t in tokens[max(at - 4, area.start) : at])
        if when and norm == "last" and prior != "at" and after not in _UNITS | _PAST_SPANS:
            return norm, at  # "when the river last rose"
        if norm not in BEFORE_WORDS and not (held and norm in _AFTER_WORDS):
            continue
        if norm == "follow" and after != "up":
            continue
        if (norm == "earlier" and prior not in _DETERMINERS) or (norm == "last" and prior == "at"):
            continue
        reach = 2 if norm in {"last", "next"} else 4
        for k in range(at + 1, min(at + reach + 1, area.stop)):
            if not CLAUSE_MARKS.isdisjoint(text[tokens[k - 1].end : tokens[k].start]):
                break
            if tokens[k].norm in _UNITS | _PHRASE_ENDS:
                break  # "the next day", "last week's", "prior arrangements to meet"
            if tokens[k].norm in nouns and owned(tokens, at, *value):
                return (norm if norm != "follow" else "follow-up"), at
    return "", -1


def act_marker(
    tokens: Sequence[Token], area: range, read: range, own: range, first: int, fact: Any,
    meeting_here: bool = False,
) -> str:  # fmt: skip
    """Another act than the meeting, for a meeting's place: a stop on the way, an opening of
    "Before the talks," or "On the way to the summit,", a call-off (read past an opening of
    relative time: "After being called off twice, the summit went ahead in Brussels").
    ``meeting_here``: the clause after the opening tells a meeting before the value ("Before
    the G20 summit in Rio, the two held talks in Lima"), so "before" is not another act."""
    low = max(area.start, first - 4)
    before = [t.norm for t in tokens[low:first]]
    if before and before[-1] in _STOP_PREPOSITIONS | {"the"} and not _STOPS.isdisjoint(before):
        stop = low + next(k for k, word in enumerate(before) if word in _STOPS)
        if MEETING_WORDS.isdisjoint(t.norm for t in tokens[max(stop - 2, own.start) : stop]):
            return tokens[stop].norm  # not "talks stopped in Geneva": the talks halted there
    opening = {t.norm for t in tokens[: own.start]}
    if area.start == 0 < own.start and opening & MEETING_WORDS:
        if tokens[0].norm in _APART and not meeting_here:
            return f"{tokens[0].norm} the meeting"  # "Before the talks, the minister stopped"
        if opening & _JOURNEY:
            return "on the way"  # "On the way to the summit, Ruto made a brief visit to"
    fact_status = status(fact)
    if fact_status and fact_status not in NOT_HELD:
        norms = [tokens[k].norm for k in read]
        called = any(a == "called" and b == "off" for a, b in pairwise(norms))
        if called or not CALLED_OFF.isdisjoint(norms):
            return "called off"
    return ""


__all__ = [
    "BEFORE_WORDS", "CALLED_OFF", "NOT_HELD", "OCCASIONS", "PROPOSING", "act_marker", "marker_year",
    "owned", "series_marker", "status", "time_marker",
]  # fmt: skip
