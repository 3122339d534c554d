"""Times a count names that `named_roles` did not read (session 44, closer gcn44b).

Two forms of English, each read from the words around the number, never from its value:

- A month named as the count's time ("trade deficit in April") is the time of the number
  whose own time phrase names that month ("narrowed to $31.2 billion in May from $35.1
  billion in April"): a month is a time as a year is. "May" is a month only after a
  preposition or a word of time ("in May", "last May"), since it is also a modal.
- A range's end belongs to the time its range is told of: "revenue of $4 billion to $4.5
  billion this year and $4.8 billion to $5.2 billion next year" gives this year's low end
  to 4 billion only; a count that names "this year's" low end is refused 4.8 billion, the
  low end of next year's range. The range's time is a "this"/"next"/"last" + unit of time,
  or "in"/"for" + a year, right after its second number; the refusal needs another range of
  the sentence told of the count's own time, so a page that dates no range refuses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS
from ..page.tokens import Token, word_set
from .numbers import NumberMention

_MONTHS = frozenset(MONTHS)
_MAY_LEADS = word_set("in of for since during by until till last this next early late mid")
_DEICTIC = frozenset(("this", "next", "last"))
_UNITS = frozenset(("year", "quarter", "month", "season", "half", "week"))
_CHANGES = word_set("fall rise drop gain increase decrease decline change growth jump cut")
_BACKS = word_set("last earlier before ago previous prior")
_PREPOSITIONS = word_set("in for during over from than with")
# Units of time a postposed "last"/"previous" dates, as `named_roles` reads them.
_TIME_UNITS = word_set("""day days week weeks month months year years season seasons quarter time
    quarters period periods half spring summer autumn winter springs summers autumns winters""")
_YEAR = re.compile(r"(?:19|20)\d\d")


def months_named(norms: Sequence[str]) -> set[str]:
    """The months the words name: "april"; "may" only after "in", "last", "since"....
    `named_roles.named_role` reads the time phrases around a count's numbers only for a count
    that names a month (none here: no month reading can hold), a year or an earlier time;
    read for every count since this module's months, they cost about 0.35% of a grounding's
    instructions (session 45, spd45)."""
    return {
        word
        for at, word in enumerate(norms)
        if word in _MONTHS and (word != "may" or (at and norms[at - 1] in _MAY_LEADS))
    }


def month_time(asked: Sequence[str], near: Sequence[str]) -> bool:
    """The count's words name a month, and the time phrase right after the number (``near``
    past its "|") names it too, with no mark of another year ("655,000 in April last year"
    is no "new homes sold in April"). A count of a change ("fall in home sales in March") is
    not read: the month dates the level, not the change's size."""
    wanted = months_named(asked)
    if not wanted or not _CHANGES.isdisjoint(asked):
        return False
    after = list(near[near.index("|") + 1 :]) if "|" in near else []
    if any(w in _BACKS for w in after) and not any(w in _BACKS for w in asked):
        return False
    return wanted <= months_named(after)


def month_dated(
    asked: Sequence[str], near: Sequence[str], others: Sequence[Sequence[str]],
    year: int | None,
) -> bool:  # fmt: skip
    """A month the count names dates this number (`month_time`) and picks it out: the
    number's time names no year the count does not ("£58.2bn in March 2025" is no "card
    spending in March" of a 2026 story), and no other number of the sentence (``others``,
    their time phrases) is told of the same month ("Exports were $41 billion in April and
    imports $44 billion in April": the month tells neither apart; review rv44b)."""
    return _month_year(asked, near, year) and not any(
        _month_year(asked, other, year) for other in others
    )


def _month_year(asked: Sequence[str], near: Sequence[str], year: int | None) -> bool:
    if not month_time(asked, near):
        return False
    asked_years, near_years = _years_in(asked), _years_in(near)
    return asked_years <= near_years and not near_years - asked_years - {str(year)}


def _years_in(norms: Sequence[str]) -> set[str]:
    return {word for word in norms if _YEAR.fullmatch(word)}


def postposed_time(tokens: Sequence[Token], at: int) -> bool:
    """``tokens[at]`` opens a time phrase after a number: "last" before a unit ("last
    autumn"), or "previous"/"prior" after a preposition and "the" ("in the previous quarter");
    not a prenominal "a prior year profit of", which dates the next number (check-83)."""
    norm = tokens[at].norm
    following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if following not in _TIME_UNITS or norm not in ("last", "previous", "prior"):
        return False
    lead = [t.norm for t in tokens[max(at - 2, 0) : at]]
    return norm == "last" or (len(lead) == 2 and lead[1] == "the" and lead[0] in _PREPOSITIONS)


def _time_of(norms: Sequence[str], year: int | None) -> str:
    """The time a phrase opens with: "this year" ("this year's" too), "next quarter", "in
    2026"; a year counted from the story's (``year``) is written as the year it is."""
    if len(norms) >= 2 and norms[0] in _DEICTIC and norms[1] in _UNITS:
        if norms[1] == "year" and year:
            return str(year + {"this": 0, "next": 1, "last": -1}[norms[0]])
        return f"{norms[0]} {norms[1]}"
    if norms and _YEAR.fullmatch(norms[-1]) and (len(norms) == 1 or norms[0] in ("in", "for")):
        return norms[-1]
    return ""


def asked_time(asked: Sequence[str], year: int | None) -> str:
    """The time the count's words name: "this year" of "low end of this year's forecast",
    2027 of "low end of 2027 revenue guidance". Of several, the one after "for" or "of" is the
    thing's ("forecast made this year for next year's connections": review rv44b, the other
    is when it was made); several with none so marked name no time."""
    found: dict[str, bool] = {}
    for at in range(len(asked)):
        time = _time_of(asked[at : at + 2], year) or _time_of(asked[at : at + 1], year)
        if time:
            owned = not {asked[at - 1] if at else "", asked[at]}.isdisjoint(("for", "of"))
            found[time] = found.get(time, False) or owned
    owned_times = [time for time, owned in found.items() if owned]
    if owned_times:
        return owned_times[0]
    return next(iter(found)) if len(found) == 1 else ""


_PAIRED = word_set("to and us c billion million bn m per cent percent %")
_STOPS = word_set("and but while whereas with against from than")


def own_time(
    tokens: Sequence[Token], mention: NumberMention, found: Sequence[NumberMention],
    year: int | None,
) -> str:  # fmt: skip
    """The time the range ``mention`` is an end of is told of, in the few words after the
    range's second number up to another number or a conjunction ("" when none is named)."""
    after = [m for m in found if m.first > mention.last]
    nxt = min(after, key=lambda m: m.first, default=None)
    end = mention.last
    between = tokens[mention.last + 1 : nxt.first] if nxt else ()
    if nxt and nxt.first - mention.last <= 4 and all(t.norm in _PAIRED for t in between):
        end = nxt.last  # the low end: the range's time follows its high end
    starts = {m.first for m in found}
    for at in range(end + 1, min(end + 5, len(tokens))):
        if (at in starts and not _YEAR.fullmatch(tokens[at].norm)) or tokens[at].norm in _STOPS:
            return ""
        told = _time_of([t.norm for t in tokens[at : at + 2]], year)
        if told:
            return told
    return ""


def retimed(
    asked: Sequence[str], tokens: Sequence[Token], mention: NumberMention,
    found: Sequence[NumberMention], year: int | None,
) -> bool:  # fmt: skip
    """The count names a time and the range ``mention`` ends is told of another."""
    wanted = asked_time(asked, year)
    told = own_time(tokens, mention, found, year) if wanted else ""
    return bool(told) and told != wanted


__all__ = [
    "asked_time",
    "month_dated",
    "month_time",
    "months_named",
    "own_time",
    "postposed_time",
    "retimed",
]
