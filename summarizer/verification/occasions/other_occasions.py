"""A value whose own clause tells another occasion than the fact's (review rvS28's four false
accepts; session 29, occ29): "Before the talks, the Swedish minister stopped in Tallinn to see
troops" (a stop on the way, not the meeting's place), "A follow-up round in Doha was called
off" (for a summit held in Riyadh), "A similar truce proposed by Qatar last year collapsed"
(another, earlier truce), "In 2019, floods in the same valley killed 31" (an earlier flood).

The other rules read a value's role in its sentence, and set another occasion's value apart
mostly by the fact's own occasion told elsewhere in the evidence (another place, another
tally). With the other occasion's sentence as the fact's only evidence nothing is left to set
it against, and the value went through. A fact-checker reads the marker in the value's own
clause: that clause is about another occasion, so its place, proposer or count is not the
fact's, unless the clause also carries what the fact says of its own occasion.

**The value's scope** (:mod:`.value_scopes`). The sentence is cut at commas, semicolons,
colons, dashes and brackets.
A fronted opening ("In 2019,", "Before the talks,", "Last year,") and the time clauses hung on
it (", when 31 died,") date the clause they open; an opening of contrast ("Unlike in 2019,",
"As in 2019,") does not: it sets the clause after it against the other occasion ("Unlike in
2019, when 31 died, the floods killed 23" leaves 23 this flood's). A stretch opening with
"when" or "where" reads the stretch before it too ("the worst since 2019, when 31 died").

**The markers** (:func:`other_marker`, read by :mod:`.occasion_markers`), in the scope only
(past an opening of relative time, "After the 2024 cyclone,"; a marker bound to an occasion
noun only before the value: review rvo29):

- *another time*: a year after "in", "during", "of", "back", a month or a sentence's start,
  not the article's own year (a year after "since" in the value's own stretch runs up to now:
  "the deadliest floods since 2019"); a span of years or seasons ("last year", "last spring",
  "two years ago", "a year earlier", "the previous year"); for a meeting held, a coming one
  ("next spring", "next year");
- *another occasion of the series*: a word placing it before or after ("previous",
  "an earlier", "prior", "former", "last"; for a meeting held also "next", "follow-up",
  "subsequent", "later") up to three words before an occasion noun ("a follow-up round",
  "the previous truce", "the last floods");
- *another act of a meeting's place* (places only): a stop on the way ("stopped in",
  "a stopover in", "refuelled at", "passed through"); a clause opened by "before",
  "ahead of" and a meeting noun ("Before the talks, the minister stopped
  in"); a meeting called off ("called off", "cancelled", "scrapped") for a fact held or
  scheduled.

**What keeps the value the fact's.** The scope names the fact's own day (its
``planned_timing``, ``starts``, ``when``, a count's ``as_of`` or its event's ``when``: "In
2019" for a count as of 2019, "next spring" for a summit planned for next spring); a time
marker beside a day of the story's own week ("the truce Qatar proposed last year took effect
on Sunday", "since Friday"); the fact's length of days in the scope of a truce ("a similar
three-day truce"); a summit called off or postponed when the clause says so. Words of the
series alone are not markers: "a similar truce", "another round", "the second round in
Doha" may each be the fact's own occasion, and "last week" or "last month" is the story's
own span as often as another's.

A value is refused (*unsupported*) when every mention of it in the evidence is in a marked
scope and either a marker conflicts with the fact (a stop or a call-off for a meeting's place;
a series word "previous"/"earlier" for a count; any marker for a place whose fact has a day
of its own the clause does not name (not for a proposer: a proposal comes before its truce's
start, rvo29); a truce told as collapsed or ignored for one
whose status says otherwise) or the evidence tells the fact's own occasion beside those
scopes (:func:`_apart`). With neither, the fact may be the other occasion itself ("the two
had last met at a 2018 summit in Helsinki" alone, for a meeting held with no day), and a
count's year or "last year" may be the story's own date ("Labour won 411 seats in the July
2024 election"): the rule's verdict stands. A value also named outside a marked scope keeps
it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..context import Context, Result
from ..figures.field_readings import signed_mentions
from ..figures.named_roles import role_reading, role_taken
from ..figures.numbers import numbers_in, sentence_numbers
from ..figures.role_contrasts import role_contrast
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase, split_people
from .ahead_openings import ahead_place, meeting_after_opening
from .count_times import other_time
from .day_occasions import MEETING_WORDS
from .occasion_markers import (
    BEFORE_WORDS,
    CALLED_OFF,
    NOT_HELD,
    PROPOSING,
    act_marker,
    marker_year,
    series_marker,
    status,
    time_marker,
)
from .value_scopes import clause, relative_start, scope, stretches

Rule = Callable[[Any, Supported, Context], Result]
OCCASION_KINDS = ("place", "proposer", "count")

_PRESENT = frozenset(WEEKDAYS) | word_set("today yesterday tonight overnight")
_THIS = word_set("week morning weekend")
_PUT_OFF = CALLED_OFF | word_set("postponed delayed off")
_DAY_FIELDS = ("planned_timing", "starts", "when", "as_of")
_FAILED = word_set("collapsed collapse fell ignored rejected lapsed expired failed broke")
_FAILED_STATUSES = frozenset({"violated", "expired", "rejected", "collapsed", "unclear"})
# Words of a day too common to name it ("next" of "next spring", "last" of "last week").
_FILLER = word_set("the a an on in at of by and to last next this early late mid week month year")
_RELATIVE = word_set("which who whose")


def _own_marks(ctx: Context) -> list[frozenset[str]]:
    """The fact's own day words, one set per day field that has any: a clause naming one of
    them ("2019" of "in 2019", "spring" of "next spring", "Tuesday") tells the fact's time;
    a day of common words only ("last year") is named by all of them."""
    days = []
    for owner in (ctx.fact, ctx.parent):
        for name in _DAY_FIELDS:
            words = frozenset(t.norm for t in tokenize(str(getattr(owner, name, None) or "")))
            if words:
                days.append(words - _FILLER or words)
    return days


def _named_day(words: set[str], ctx: Context) -> bool:
    return any((day & words) if day - _FILLER else day <= words for day in _own_marks(ctx))


def _keeps(
    tokens: Sequence[Token], area: range, ctx: Context, timed: bool, marker: str,
    near: range | None = None,
) -> bool:  # fmt: skip
    """The value's clause or scope carries the fact's own occasion (the module's "what
    keeps"). ``near``: where the fact's day is read for a marker bound to an occasion noun
    (the value's stretch and the rest of its clause: "last met in Lima, Peru, in March 2021"
    is kept by March 2021, "recalled their 2019 summit in Accra" after "meeting in Lome on
    Thursday" is not kept by Thursday); else the whole clause."""
    words = {tokens[k].norm for k in area}
    low, high = (near.start, near.stop) if near else clause(tokens, area.start, ctx.article.text)
    around = {t.norm for t in tokens[low:high]}
    if _named_day(around, ctx):
        return True
    published = ctx.published.year if ctx.published else None
    named = marker_year(marker, published)
    if named and any(named in day for day in _own_marks(ctx)):
        return True  # "Two years ago the town had 4,000 residents" for a count as of 2024
    own = {t.norm for t in tokenize(_described(ctx))}
    if set(marker.split()) <= own:  # "seats at the last election" for "last"; not "this
        return True  # year" for "last year" (left30)
    if _back(marker.split()) <= _back(own) and "earlier" in _back(own):
        return True  # "of the previous year" for "net migration a year earlier" (cn59)
    if status(ctx.fact) in NOT_HELD and not _PUT_OFF.isdisjoint(around):
        return True  # "the planned summit in La Paz was cancelled" for a summit cancelled
    if timed and (
        not _PRESENT.isdisjoint(words)
        or any(
            tokens[k].norm == "this" and k + 1 < len(tokens) and tokens[k + 1].norm in _THIS
            for k in area
        )
    ):
        return True
    length = getattr(getattr(ctx.fact, "duration_days", None), "value", None)
    if isinstance(length, int | float) and not isinstance(length, bool):
        return any(abs(m.value - length) < 1e-9 for m in numbers_in([tokens[k] for k in area]))
    return False


_BACK = word_set("previous preceding prior earlier before")
_ARTICLES = word_set("a an the")


def _back(words: Iterable[str]) -> set[str]:
    """Words of a time before read alike ("the previous year", "a year earlier", "the year
    before": {"year", "earlier"}), articles left out; "last" is not among them ("last year" is
    the story's year back, not the clause's: left30)."""
    return {"earlier" if w in _BACK else w.removesuffix("'s") for w in words if w not in _ARTICLES}


def _described(ctx: Context) -> str:
    """What the fact (or its event) says of its occasion in words: a count's ``what``, an
    event's ``description``."""
    parts = [getattr(ctx.fact, name, None) for name in ("what", "description")]
    parts.append(getattr(ctx.parent, "description", None))
    return " ".join(str(part) for part in parts if part)


def _read(
    tokens: Sequence[Token], own: range, area: range, last: int, kind: str, text: str
) -> range:
    """Where the markers are read: the scope past an opening of relative time ("After the
    2024 cyclone,", "On the anniversary of the 1995 accord,": the clause is set after that
    occasion, not at it), and for a proposer a relative clause hung on it when its own act
    is not told after that ("Qatar, which proposed last year's truce, welcomed ...")."""
    read = range(relative_start(tokens, own, area, text), area.stop)
    if kind != "proposer" or last != own.stop - 1:
        return read
    spans = stretches(tokens, text, *clause(tokens, own.start, text))
    at = next(k for k, (low, _) in enumerate(spans) if low == own.start)
    if at + 1 < len(spans) and tokens[spans[at + 1][0]].norm in _RELATIVE:
        after = range(*spans[at + 2]) if at + 2 < len(spans) else range(0)
        if not any(tokens[k].norm.startswith(PROPOSING) for k in after):
            return range(read.start, spans[at + 1][1])
    return read


def other_marker(
    tokens: Sequence[Token], first: int, last: int, kind: str, ctx: Context
) -> tuple[str, bool, range]:
    """The marker of another occasion in the scope of the value at ``first..last`` ("" if
    none), whether it conflicts with the fact itself (see :func:`told_apart`), and the
    scope."""
    text = ctx.article.text
    own, area = scope(tokens, first, text)
    if kind == "place" and _ahead(tokens, first, area, ctx):  # "Before the summit in Rio,"
        return "ahead of another occasion", True, area
    read = _read(tokens, own, area, last, kind, text)
    marker, bound, at = time_marker(
        tokens, read, own, ctx.fact, kind, (first, last), ctx.published, text
    )
    after = range(own.start, clause(tokens, first, text)[1])  # the value's stretch on
    if marker and _keeps(tokens, read, ctx, not bound, marker, after if bound else None):
        marker = ""
    if not marker or (kind == "count" and marker.isdigit()):  # "The previous flood, in 2017,"
        series, place = series_marker(tokens, read, ctx.fact, text, kind, (first, last))
        if series and not _keeps(tokens, read, ctx, False, series, after):
            marker, at = series, place
        elif series:
            marker = ""
    if not marker and kind == "place":
        here = meeting_after_opening(tokens, first, text)
        act = act_marker(tokens, area, read, own, first, ctx.fact, here)
        if act and not _keeps(tokens, area, ctx, False, act):
            return act, True, area  # a stop, a call-off: never the meeting held or planned
    if not marker or (kind == "proposer" and _acts(tokens, own, last, text)):
        return "", False, read
    # What the marker tells: from its stretch on (or the value's own), not a stretch before
    # it ("Egypt proposed a truce on Monday," of ", modelled on a 2022 proposal by Turkey").
    told = range(min(own.start, _stretch_start(tokens, at, text)), read.stop)
    if kind == "count":  # a year or a span may be the story's own time (count_occasions)
        return marker, marker in BEFORE_WORDS or other_time(marker, ctx), told
    # A meeting's own day the clause does not name; a proposal may come before its truce's
    # start ("Turkey first proposed the truce in 2025. It took effect on Monday.").
    dated = kind == "place" and bool(_own_marks(ctx))
    return marker, dated or _failed(tokens, read, ctx.fact), told


def _ahead(tokens: Sequence[Token], first: int, area: range, ctx: Context) -> bool:
    """The place stands in an opening of the occasion the meeting comes ahead of
    (:func:`.ahead_openings.ahead_place`) that does not name the fact's own day ("Ahead of the
    talks in Geneva on Monday," for the Geneva talks on Monday)."""
    if not ahead_place(tokens, first, ctx.article.text):
        return False
    return not _named_day({t.norm for t in tokens[area.start : area.stop]}, ctx)


def _acts(tokens: Sequence[Token], own: range, last: int, text: str) -> bool:
    """A proposer whose own predicate follows it, past a relative clause hung on it, and
    proposes ("Last year's mediator, Qatar, has proposed a new truce"): the act is the
    value's, told without the marker."""
    if last != own.stop - 1:
        return False
    spans = stretches(tokens, text, *clause(tokens, own.start, text))
    at = next(k for k, (low, _) in enumerate(spans) if low == own.start) + 1
    if at < len(spans) and tokens[spans[at][0]].norm in _RELATIVE:
        at += 1
    if at >= len(spans):
        return False
    low, high = spans[at]
    return any(t.norm.startswith(PROPOSING) for t in tokens[low : min(low + 3, high)])


def _stretch_start(tokens: Sequence[Token], at: int, text: str) -> int:
    return next(low for low, high in stretches(tokens, text) if low <= at < high)


def _failed(tokens: Sequence[Token], area: range, fact: Any) -> bool:
    """A truce the scope tells as failed ("collapsed", "fell apart", "was ignored") for a
    fact whose status says it has not."""
    fact_status = status(fact)
    if not fact_status or fact_status in _FAILED_STATUSES:
        return False
    return any(tokens[k].norm in _FAILED for k in area)


def _apart(ctx: Context, kind: str, areas: dict[int, list[range]]) -> bool:
    """The evidence tells the fact's own occasion beside the marked scopes: outside them it
    names the fact's day (not a truce's start, for its proposer), or (in an unmarked scope of
    its own) another place of a meeting after "in" / "at", another number for a count (in the
    value's clause only one told with the story's own time: "The blast killed 9 on Monday,
    after attacks in 2023 ... killed 31"), a proposing word for a proposer."""
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        taken = areas.get(index, [])
        free = [k for k in range(len(tokens)) if not any(k in area for area in taken)]
        if not free:
            continue
        own_clause = clause(tokens, taken[0].start, text) if taken else (-1, -1)
        if kind != "proposer" and _named_day({tokens[k].norm for k in free}, ctx):
            return True
        for k in free:
            same = taken and kind == "count" and clause(tokens, k, text) == own_clause
            if same and not _now(tokens, k, text):
                continue  # ", and Trump 232", ", the DA 87": another side of the same tally
            if _rival(tokens, k, kind, text) and not other_marker(tokens, k, k, kind, ctx)[0]:
                return True
    return False


def _now(tokens: Sequence[Token], at: int, text: str) -> bool:
    """The stretch of ``tokens[at]`` tells the story's own time ("on Monday", "this week")."""
    low, high = next(span for span in stretches(tokens, text) if span[0] <= at < span[1])
    norms = [t.norm for t in tokens[low:high]]
    this = any(a == "this" and b in _THIS for a, b in pairwise(norms))
    return this or not _PRESENT.isdisjoint(norms)


def _rival(tokens: Sequence[Token], at: int, kind: str, text: str) -> bool:
    """``tokens[at]`` is another value of the kind, told of an occasion of the fact's kind."""
    token = tokens[at]
    if kind == "count":  # a number, not a year or a date's day ("3 March", "March 3")
        near = {t.norm for t in tokens[max(at - 1, 0) : at + 2]}
        year = len(token.text) == 4 and token.text.startswith(("19", "20"))
        return token.is_number and not year and near.isdisjoint(MONTH_NUMBER)
    if kind == "proposer":
        return token.norm.startswith(PROPOSING)
    if not (at and token.capitalised and tokens[at - 1].norm in {"in", "at"}):
        return False
    low, high = clause(tokens, at, text)
    return any(tokens[k].norm in MEETING_WORDS for k in range(low, high))


def _mentions(value: Any, kind: str, ctx: Context, index: int) -> list[tuple[int, int]]:
    """Where the value stands in the sentence: (first, last) token indexes."""
    if kind == "count":
        wanted = getattr(value, "value", value)
        if isinstance(wanted, bool) or not isinstance(wanted, int | float):
            return []
        found = sentence_numbers(ctx.article, index)
        if wanted < 0:  # "-412" as the count reads it (field_readings; review rv46a)
            found = signed_mentions(ctx.article.sentence_tokens(index), found, ctx.article.text)
        return [(m.first, m.last) for m in found if abs(m.value - wanted) < 1e-9]
    name = str(value).split(",")[0] if kind == "place" else str(value)
    spans, tokens = [], ctx.article.sentence_tokens(index)
    for part in split_people(name) if kind == "proposer" else [name]:
        size = len(tokenize(part)) - (1 if part.lower().startswith("the ") else 0)
        spans += [(at, at + max(size, 1) - 1) for at in find_phrase(part, tokens)]
    return spans


def told_apart(rule: Rule, kind: str) -> Rule:
    """``rule``, then refused when every mention of the value in the fact's evidence stands in
    a scope that tells another occasion, and either a marker conflicts with the fact (a stop
    or a call-off for a meeting's place; another time or round for a fact with a day of its
    own, or for a count; a failed truce for one that has not failed) or the evidence tells
    something beside those scopes (the fact's own occasion). With neither, the fact may be
    that occasion ("the two had last met at a 2018 summit in Helsinki" given alone for a
    meeting held, with no day), and the rule's verdict stands."""

    def read(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if not result[0] or not ctx.sentences:
            return result
        if kind == "count" and role_reading(value, ctx):  # "operating profit a year earlier"
            return result
        if kind == "count" and (taken := role_taken(value, ctx)):
            return False, taken  # "low end" = 8.6 of "from 8.2 to 8.6" (named_roles)
        if kind == "count" and (taken := role_contrast(value, ctx)):
            return False, taken  # "expected jobless rate" = 4.2 of "had pencilled in 3.9%"
        markers, conflict = [], False
        areas: dict[int, list[range]] = {}
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            for first, last in _mentions(value, kind, ctx, index):
                marker, strong, area = other_marker(tokens, first, last, kind, ctx)
                if not marker:
                    return result
                markers.append(marker)
                conflict = conflict or strong
                areas.setdefault(index, []).append(area)
        if not markers or not (conflict or _apart(ctx, kind, areas)):
            return result
        shown = getattr(value, "value", value)
        return False, f"{shown!r} is told of another occasion ({markers[0]!r}), not this one"

    return read


__all__ = ["OCCASION_KINDS", "other_marker", "told_apart"]
