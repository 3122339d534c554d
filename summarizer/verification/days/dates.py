"""Whether a fact's day (when a ceasefire starts, when an event happened, when a summit is
held, when a measure was introduced) is the one its evidence states, read the way a
fact-checker reads it.

A day is a month and a day of the month ("July 28", "Oct. 12", "28 July", "2025-07-28") or a
relative day ("Monday", "today", "yesterday", "tomorrow", "tonight"). Each is read as a key:
the month and day, and for a relative day also its word and, when the article's date is known,
the month and day it resolves to (:func:`summarizer.text.relative_dates.resolve`, the same
resolution as ``GroundingReport.dates``). The value is supported when one of its keys is one of
its evidence sentences' keys: "July 29" is not "July 28", "Oct. 12" is not "Oct. 21", "July 28"
is "on Monday" in an article of Wednesday July 30; a dateline's date ("PHNOM PENH, July 30
(Wire) -", "Jan. 7 (UPI) -", or one whose year scraping glued to the lead, "September 5,
2014The ceasefire ...") is when the story was filed, not a day it reports.

A clock time ("8:30 a.m.", "18:00", "6 p.m.", the British "4.30pm", "04:00" a morning, the
wires' "0600 GMT", a time in words with its half of the day, "three in the morning") is a key
too (hour and minute, and the half of the day when written), and so is a part of a relative day
("last night", "this morning", "earlier today": its words and the day it falls on): a value
that names only a time ("8:30 a.m.", "last night") must find that time, and a value naming a
time and a day ("2 a.m. on Friday") must find both: each day or time it names is checked on its
own. A value that names a month and no day ("in April", "January") must find that month
(outside a dateline), and a value naming no day must find its year ("2016", "March 2019", "last
year": :mod:`summarizer.verification.days.years`), and a value naming a relative period and no day
or time ("last week", "earlier this month") must find that period
(:mod:`summarizer.verification.days.periods`). A value naming none of these has nothing to check.

A field with cue words (a ceasefire's start, a summit's timing, a measure's introduction) takes
only a day its sentence gives to that field: :mod:`summarizer.verification.days.day_roles` reads
which word the day belongs to ("On Monday, X announced a truce" is the announcement's day, not
the truce's start; "the originally planned start time of 8:30 a.m." is no start).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.relative_dates import resolve
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..bylines.date_lines import is_dateline
from ..context import Context, Result, no_evidence
from ..occasions.clause_leads import participle_earlier
from ..occasions.day_occasions import conflict_day
from ..occasions.recalled_occasions import recalled_day
from ..page.mark_search import folded, folded_matches, matches_from
from ..page.tokens import Token, token_span, tokenize
from .date_openers import PART_OPENS, RELATIVE_OPENS, month_starts
from .day_limits import day_limit
from .day_others import (
    BOUND,
    OTHER_MEASURE,
    caption_line,
    in_relative_clause,
    old_plan,
    other_measure,
)
from .day_ranges import RANGE_VALUE, first_days, range_end
from .day_readings import event_day_owner, other_year, postponed, read_day
from .day_roles import bound_to
from .earlier_days import event_role, recalled
from .event_about import about_words
from .event_days import named_day
from .month_leads import fronted_month
from .offset_times import offset_occasion
from .other_days import unread_day
from .periods import PeriodKey, period_mentions
from .place_days import in_place_clause
from .relative_days import other_clause_day, own_clause_day
from .report_days import report_day
from .said_days import saying_clause_day
from .superseded_days import kept_time
from .vote_days import vote_day
from .years import YearSkip, missing_year

_MONTH = "|".join(sorted((m.capitalize() for m in MONTH_NUMBER), key=len, reverse=True))
# Month names are matched capitalised: "may 5" is a modal verb before a number.
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*(\d{{1,2}}))?\b(?!\d|:\d)"
)  # "July 28", "Oct. 12th", "July 28-29" (both days), "March 2: talks open" (a timeline's)
_DAY_MONTH = re.compile(rf"(?<![\d.,:])\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")
_DIGIT = re.compile(r"\d")  # what every pattern with a digit needs: one fast scan first
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RELATIVE = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE
)
# A part of a relative day ("last night", "this morning", "earlier today"): its own word, and
# the day it falls on. "last night" is not "tonight": each is a key of its own.
_PART_OF_DAY = re.compile(
    r"\b(last night|this (?:morning|afternoon|evening)|(?:earlier|later) today|overnight)\b",
    re.IGNORECASE,
)
_PART_DAY = {"last": "yesterday", "overnight": ""}
# A month alone ("in April", "January 2025"); "May" before a capitalised word is a first name,
# unless it ends a time phrase opening its clause: "In March German customs seized", "At the end
# of September French sailors boarded" (check 68; :mod:`month_leads`). A led month is no dateline.
_MONTH_ALONE = re.compile(
    rf"(?:\b(?i:in|of|since|until|by|from|during|early|late|last|next|this)\s+|\b(?i:mid)-)?"
    rf"\b({_MONTH})\b\.?"
)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "8:30 a.m.", "18:00", "6 p.m.", "6pm"
# "4.30pm": a full stop between hour and minute only before "am"/"pm" (not "4.30 million")
_CLOCK = re.compile(
    r"(?<![\d.:])\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2})|\.(?P<dotted>\d{2})(?=\s?[ap]\.?\s?m\b))?"
    r"\s*(?:(?P<half>[ap])\.?\s?m\b\.?)?(?![\d:])",
    re.IGNORECASE,
)
# A time in words with its half of the day ("three in the morning", "six o'clock in the
# evening", "ten at night"): the same key as "3 a.m."; without the half ("at three") it is no
# time (a count, an age).
_HOUR_WORDS: tuple[str, ...] = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_HOUR_WORDS += ("nine", "ten", "eleven", "twelve")
_WORD_CLOCK = re.compile(
    rf"\b(?P<hour>{'|'.join(_HOUR_WORDS)})(?:\s+o'clock)?\s+"
    r"(?:in\s+the\s+(?P<part>morning|afternoon|evening)|(?P<night>at\s+night))\b",
    re.IGNORECASE,
)
# "0600 GMT", "2300 UTC", "1400 local time": the wires' 24-hour clock, always with its zone
_WIRE_CLOCK = re.compile(r"(?<![\d.,:])\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|local\b|hrs\b)")
# "at 16.00", "from 09.30", "16.00 GMT", a value that is only "16.00": the 24-hour clock with a
# full stop (as much of Europe writes it), read only after a word that gives a time, before a
# zone or "hrs", or opening the text; never as a price or a share ("16.00 percent", "$16.00",
# "rose to 16.00"; check 27)
_DOTTED_CLOCK = re.compile(
    r"(?<![\d.,:$\u20ac\u00a3])\b(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d.,]?\d)"
    r"(?!\s*(?:%|percent|per\s+cent|[mb]illion))",
    re.IGNORECASE,
)
_TIME_WORD = re.compile(
    r"(?:\b(?:at|from|until|till|before|after|since|by|between)\s+|^\s*)$", re.IGNORECASE
)
_TIME_ZONE = re.compile(r"\s*(?:hrs?\b|h\b|GMT\b|UTC\b|local\s+time\b)", re.IGNORECASE)
# A value that writes its own lower bound ("beyond mid-June", "no earlier than Friday").
_BOUNDED = re.compile(r"\b(?:beyond|after|earlier than|sooner than)\b", re.IGNORECASE)

Key = (
    tuple[str, int, int] | tuple[str, str] | tuple[str, int] | tuple[str, int, int, str] | PeriodKey
)
Mention = tuple[frozenset[Key], int, int]  # keys, and the span they are written in


def _clock_keys(match: re.Match[str], generous: bool) -> set[Key]:
    groups = match.groupdict()  # _DOTTED_CLOCK has neither "dotted" nor "half"
    hour, minute = int(match["hour"]), int(match["minute"] or groups.get("dotted") or 0)
    if hour > 24 or minute > 59:
        return set()
    half = groups["half"].lower() + "m" if groups.get("half") else ""
    if not half and hour > 12:
        hour, half = hour - 12, "pm"
    elif not half and match["minute"] and match["hour"].startswith("0"):
        half = "am"  # "04:00" is the 24-hour clock's morning
    keys: set[Key] = {("time", hour % 12, minute, half)}
    if generous:  # the evidence's "8:30 a.m." is also a plain "8:30"; its "8:30" is either
        keys.add(("time", hour % 12, minute, ""))
        if not half:
            keys |= {("time", hour % 12, minute, "am"), ("time", hour % 12, minute, "pm")}
    return keys


def mentions_of(text: str, published: dt.date | None, generous: bool = False) -> list[Mention]:
    """The days, times and months ``text`` states, each with its span (see the module).
    ``generous``: read as evidence, where "8:30" may be either half of the day."""
    found: list[Mention] = []
    digits = _DIGIT.search(text) is not None  # six patterns below need one: skipped without
    for match in _MONTH_DAY.finditer(text) if digits else ():
        if is_dateline(text, match):
            continue
        month = MONTH_NUMBER[match[1].lower()]
        numbers = {int(d) for d in (match[2], match[3]) if d}
        days: frozenset[Key] = frozenset(("day", month, d) for d in numbers if 1 <= d <= 31)
        found.append((days, *match.span()))
    for match in _DAY_MONTH.finditer(text) if digits else ():
        day = int(match[1])
        if 1 <= day <= 31 and not is_dateline(text, match):  # "ADDIS ABABA, 9 May -"
            found.append((frozenset({("day", MONTH_NUMBER[match[2].lower()], day)}), *match.span()))
    for match in _ISO.finditer(text) if digits else ():
        found.append((frozenset({("day", int(match[2]), int(match[3]))}), *match.span()))
    lowered = folded(text)  # where the case-folded patterns' words stand (None: search all)
    for match in folded_matches(_RELATIVE, text, lowered, RELATIVE_OPENS):
        word = match[1].lower()
        keys: set[Key] = {("word", word)}
        resolved = resolve(word, published)
        if resolved is not None:
            keys.add(("day", resolved.month, resolved.day))
        found.append((frozenset(keys), *match.span()))
    for match in folded_matches(_PART_OF_DAY, text, lowered, PART_OPENS):
        phrase = " ".join(match[1].lower().split())
        keys = {("word", phrase)}
        base = _PART_DAY.get(phrase.split()[0], "today")
        resolved = resolve(base, published) if base else None
        if resolved is not None:
            keys.add(("day", resolved.month, resolved.day))
        found.append((frozenset(keys), *match.span()))
    for match in _CLOCK.finditer(text) if digits else ():
        if match["minute"] or match["half"]:
            found.append((frozenset(_clock_keys(match, generous)), *match.span()))
    for match in folded_matches(_WORD_CLOCK, text, lowered, _HOUR_WORDS):
        hour = _HOUR_WORDS.index(match["hour"].lower()) + 1
        half = "am" if match["part"] and match["part"].lower() == "morning" else "pm"
        if match["night"] and hour < 5:
            half = "am"  # "two at night" is the small hours
        word_keys: set[Key] = {("time", hour % 12, 0, half)}
        if generous:  # the evidence's "three in the morning" is also a plain "3:00"
            word_keys.add(("time", hour % 12, 0, ""))
        found.append((frozenset(word_keys), *match.span()))
    for match in _DOTTED_CLOCK.finditer(text) if digits else ():
        if _TIME_WORD.search(text, max(match.start() - 8, 0), match.start()) or (
            _TIME_ZONE.match(text, match.end())
        ):  # "at 16.00", "by 18.00", "16.00 GMT", "16.00hrs"
            found.append((frozenset(_clock_keys(match, generous)), *match.span()))
    for match in _WIRE_CLOCK.finditer(text) if digits else ():
        hour, minute = int(match[1]), int(match[2])
        key: Key = ("time", hour % 12, minute, "pm" if hour >= 12 else "am")
        found.append((frozenset({key, ("time", hour % 12, minute, "")}), *match.span()))
    for match in matches_from(_MONTH_ALONE, text, month_starts(text)):
        led = match.start(1) > match.start()  # "in March German customs": a month, led
        if not led and is_dateline(text, match):
            continue
        if _NAME_AFTER.match(text, match.end(1)) and not fronted_month(text, match.start(1)):
            continue  # "a memo by April Ryan", unlike "In March German customs" (month_leads)
        found.append((frozenset({("month", MONTH_NUMBER[match[1].lower()])}), *match.span(1)))
    found.extend(period_mentions(text, generous))  # "last week", "earlier this month"
    return [(keys, start, end) for keys, start, end in found if keys]


def day_keys(text: str, published: dt.date | None) -> frozenset[Key]:
    """The days ``text`` states, as keys (see the module)."""
    return frozenset(key for keys, _, _ in mentions_of(text, published) for key in keys)


@lru_cache(maxsize=4096)
def _wanted(value: str, published: dt.date | None) -> tuple[frozenset[Key], ...]:
    """What a value must find, one key set per day or time it names ("2 a.m. on Friday" is
    two: the time and the day, and each must be found); its months only when it names no day."""
    groups = [keys for keys, _, _ in mentions_of(value, published)]
    if any(key[0] in {"day", "word", "time"} for keys in groups for key in keys):
        groups = [keys for keys in groups if not _period(keys)]  # "Monday last week": the day
    specific = [keys for keys in groups if any(key[0] != "month" for key in keys)]
    return tuple(dict.fromkeys(specific or groups))


def _period(keys: frozenset[Key]) -> bool:
    return any(key[0] == "period" for key in keys)


def _sentence_mentions(ctx: Context, index: int) -> list[tuple[frozenset[Key], int, int]]:
    """A sentence's mentions with their first and last token index, read once per article."""
    key = ("day mentions", index, ctx.published)
    found: list[tuple[frozenset[Key], int, int]] | None = ctx.article.memo.get(key)
    if found is None:
        start, end = ctx.article.sentences[index]
        tokens = ctx.article.sentence_tokens(index)
        found = []
        sentence = ctx.article.text[start:end]  # "from 14-18 July": 14 July too (day_ranges)
        for keys, low, high in [*mentions_of(sentence, ctx.published, True), *first_days(sentence)]:
            span = token_span(tokens, start + low, start + high)
            if span is not None:
                found.append((keys, *span))
        ctx.article.memo[key] = found
    return found


def support_when(value: Any, rule: Supported, ctx: Context) -> Result:
    """A day (see the module) that one of the fact's evidence sentences states, and, for a
    field with cues, states as that field's day."""
    if not ctx.sentences:
        return no_evidence(ctx)
    wanted = _wanted(str(value), ctx.published)
    if not any(key[0] != "month" for keys in wanted for key in keys):
        other_bills = "introduce" in rule.cues and len(ctx.sentences) > 1
        skip = _other_measure_year(ctx) if other_bills else None
        if "meet" in rule.cues:  # "last month's summit", "who last met in Seoul in 2023"
            skip = _span_skip(ctx, lambda t, a, b: recalled(t, a, b, ctx.article.text))
        if "start" in rule.cues:
            skip = _span_skip(
                ctx, lambda t, a, b: conflict_day(t, a, b, ctx.article.text) is not None
            )
        year = missing_year(str(value), ctx, skip)  # "2016", "March 2019", "last year"
        if not year and missing_year(str(value), ctx, _clause_skip(skip, ctx, rule.cues)):
            return False, f"{value!r} is in its evidence, but as the year of another thing"
        if year:
            named = " is" if year == str(value).strip() else f" names {year},"
            return False, f"{value!r}{named} a year its evidence does not state"
    if not wanted:  # names no day, time, month or year: "the end of Ramadan"
        return _occasion(str(value), rule, ctx)
    if clash := other_year(str(value), ctx):  # "4 October 2023" on "4 October 2024"
        return False, clash
    other, missing = "", False
    bounded = bool(_BOUNDED.search(str(value)))
    for group in wanted:  # every day and time the value names: "11 a.m. on Friday" is not 2 a.m.
        found, role = _found(group, rule, ctx, bounded, bool(RANGE_VALUE.search(str(value))))
        other = other or role
        missing = missing or not found
    if not missing:  # "noon on Monday" for "expected around noon ..., in the end ... evening"
        return kept_time(str(value), ctx)
    if other:  # strong only if another day reads as the field's (other_days)
        again = partial(support_when, rule=rule, ctx=ctx)
        return unread_day(str(value), other, ctx, partial(_sentence_mentions, ctx), wanted, again)
    if all(_period(keys) for keys in wanted):
        return False, f"{value!r} is not a period its evidence states"
    return False, f"{value!r} is not a day its evidence states"


def _occasion(value: str, rule: Supported, ctx: Context) -> Result:
    """A value that names no calendar day ("the end of Ramadan", "dawn", "the early morning
    hours"): refused when every evidence sentence that writes its words gives them to
    something else: a start's as an end or a deadline ("till the end of Ramadan", check 24),
    an event's inside a clause about another thing ("a ceasefire deal that went into effect in
    the early morning hours", check 25); accepted otherwise, as before (the words are not
    checked: another rule reads the value's names)."""
    words = [token.norm for token in tokenize(value)]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or (rule.cues and "start" not in rule.cues):
        return kept_time(value, ctx)  # "noon" expected and not kept
    size, other, text = len(words), "", ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [token.norm for token in tokens]
        for first in (i for i, norm in enumerate(norms) if norm == words[0]):
            if norms[first : first + size] != words:
                continue
            if rule.cues:
                limit = day_limit(tokens, first, first + size - 1, rule.cues, text)
                role = limit[0] if limit else None
                if role is None and "start" in rule.cues:  # "at dawn, hours before the truce"
                    role = offset_occasion(tokens, first, first + size - 1, text)
            else:
                role = in_relative_clause(tokens, first, text, about_words(ctx.fact))
                role = None if _own_clause(ctx, tokens, first) else role
            if role is None:
                return kept_time(value, ctx)
            other = other or role
    if other:
        return False, f"{value!r} is in its evidence, but as {other}"
    return kept_time(value, ctx)


def _found(
    group: frozenset[Key], rule: Supported, ctx: Context, bounded: bool, ranged: bool = False
) -> tuple[bool, str]:
    """Whether an evidence sentence states one of a day's keys as the field's day; else the
    role it has there instead (empty when none). ``bounded``: the value writes its own bound
    ("beyond mid-June"), so the evidence's bound is the value's."""
    other, text = "", ctx.article.text
    days = frozenset(key[2] for key in group if len(key) == 3 and key[0] == "day")
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for keys, first, last in _sentence_mentions(ctx, index):
            if not group & keys:
                continue
            if not rule.cues:  # "a day after Monday's raid", "said on Monday" (a report's)
                about = about_words(ctx.fact)
                role = event_role(tokens, first, last, text, about)
                role = role or report_day(ctx, index, first, last, about)  # report_days
                role = None if role and _own_clause(ctx, tokens, first) else role
                role = role or event_day_owner(ctx, index, first, _sentence_mentions(ctx, index))
                described = getattr(ctx.fact, "description", None)  # "Arriving ..., had collapsed"
                role = role or participle_earlier(tokens, first, text, described)  # clause_leads
            elif _caption(ctx, index):
                role = "a photo caption's day"  # "... Rafah, January 9, 2025. REUTERS/Staff"
            elif "start" in rule.cues and not ranged and range_end(tokens, first, last, days):
                role = "the last day of a range"  # "from 14-18 July": 18 July is the end
            elif "meet" in rule.cues and old_plan(tokens, first, text) and postponed(ctx):
                role = "the old time of a postponed meeting"
            else:
                role = saying_clause_day(tokens, first, last, rule.cues, text)
                role = role or bound_to(tokens, first, last, rule.cues, text)
                role = role or other_clause_day(tokens, first, rule.cues, text)
                if role is None and "introduce" in rule.cues:  # a bill's vote day (vote_days)
                    role = vote_day(
                        ctx.fact, _sentences(ctx), ctx.sentences.index(index), first, last
                    )
                if role is None and "start" in rule.cues:  # "around 5 p.m., an hour before"
                    role = offset_occasion(tokens, first, last, text)
                role = read_day(role, ctx, tokens, first, last, rule.cues)  # day_readings
            if role is None and (not rule.cues or "meet" in rule.cues):  # "last met in May"
                role = recalled_day(ctx, index, first, lambda i: _sentence_mentions(ctx, i))
            if role is None or (bounded and role.startswith(BOUND)):
                return True, ""
            if role == OTHER_MEASURE and len(ctx.sentences) < 2:
                return True, ""  # the similar bill's sentence alone: that bill is the fact
            other = other or role
    return False, other


def _sentences(ctx: Context) -> list[list[Token]]:
    return [ctx.article.sentence_tokens(index) for index in ctx.sentences]


def _span_skip(ctx: Context, other: Callable[[list[Token], int, int], bool]) -> YearSkip:
    """A year whose words ``other`` gives to something else: an earlier meeting that the
    sentence dates another meeting beside or follows up ("to follow up on last year's Sochi
    meeting": check 26), a war's outbreak ("the war that began in 2023") for a truce's start."""

    def skip(index: int, start: int, end: int) -> bool:
        tokens = ctx.article.sentence_tokens(index)
        span = token_span(tokens, start, end)
        return span is not None and other(tokens, *span)

    return skip


def _clause_skip(skip: YearSkip | None, ctx: Context, cues: tuple[str, ...]) -> YearSkip:
    """``skip``, and a year in a relative clause about another thing than the field's ("after
    an inquiry which began in 2018": :mod:`relative_days`)."""
    text = ctx.article.text
    clause = _span_skip(ctx, lambda t, a, b: other_clause_day(t, a, cues, text) is not None)
    return clause if skip is None else lambda i, a, b: skip(i, a, b) or clause(i, a, b)


def _own_clause(ctx: Context, tokens: list[Token], first: int) -> bool:
    """The day is in a relative clause about the event's own subject (:mod:`relative_days`)."""
    description = getattr(ctx.fact, "description", None)
    text = ctx.article.text
    about = about_words(ctx.fact)
    if in_place_clause(ctx.fact, tokens, first, text) or named_day(tokens, first, about):
        return True  # "Kalehe, which fell on 11 April", "in Saturday's presidential election"
    return isinstance(description, str) and own_clause_day(tokens, first, text, description)


def _other_measure_year(ctx: Context) -> YearSkip:
    """A year in a clause about a similar or earlier bill ("A similar bill stalled in 2016")
    is not the measure's."""

    def skip(index: int, start: int, end: int) -> bool:
        tokens = ctx.article.sentence_tokens(index)
        first = next((i for i, token in enumerate(tokens) if token.end > start), None)
        return first is not None and other_measure(tokens, first, ctx.article.text)

    return skip


def _caption(ctx: Context, index: int) -> bool:
    key = ("caption line", index)
    found: bool | None = ctx.article.memo.get(key)
    if found is None:
        found = ctx.article.memo[key] = caption_line(
            ctx.article.text, *ctx.article.sentences[index]
        )
    return found
