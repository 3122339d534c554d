"""A count whose own words name its time, its end of a range, its stance or its being a change
(session 38, countroles38; checks 66-85): "operating profit a year earlier" = 4.6 billion for
"shrank to 2.8 billion euros from 4.6 billion euros a year before", "full-year tariff cost, low
end" = 4 billion for "will land somewhere from $4 billion to $5 billion", "expected operating
profit" = 4 billion for "Analysts had pencilled in around four billion euros", "percentage fall
in operating profit" = 29 for "compared with €5.4 billion a year earlier, a fall of 29%" were
refused as another occasion's count or the value before a change.

The form of English: a noun phrase that names a quantity may carry, in its own words, the
time it holds for ("a year earlier", "prior-year", "previous", "in 2024"), the end of a range
it is ("low end", "upper bound", "highest"), the stance that gives it ("expected", "forecast",
"analysts' estimate", "consensus") or that it is the size of a change ("fall", "rise",
"growth"). A reader then looks for the number the page gives THAT role, and the page's marks
of another time on that number are the count's own, not a reason to refuse it. The role is
read from syntax, not from the page's nouns:

- a range's end: two numbers joined by "to", "and" or a dash, as "between A and B", bare "A
  to B", or "from A to B" after a static verb ("runs", "ranges", "varies", "somewhere",
  "anywhere"); after a verb of motion ("fell from A to B") it is a change, and no range;
- a time: a time phrase right after the number with no other number between ("€5.4 billion a
  year earlier", "$797 in 2024"), or one before it in its clause ("last year's 9.3 per cent",
  "at the same point of 2024 it had been €797"), matching the time the count names;
- a stance: a word of expecting within a few words before the number in its clause
  ("analysts had pencilled in around four billion", "the consensus had been 4.3%"), or right
  after it as a relative clause with no comparison between ("the $49.09 billion analysts had
  estimated", not "$3bn beat forecasts");
- a change: the number after "up", "down", "by" or a change noun's "of" ("a fall of 29%"), or
  before a comparative or a change noun ("66% more than", "42 percent below", "a 7% decline").

What stays refused: a count whose words name no role keeps every refusal; a "low end" count
is not the high end; an "a year earlier" count is not this year's number; an "expected"
count is not the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from ..context import Context
from ..page.tokens import Token, clause_gap, clause_span, tokenize, word_set, year_of_our_time
from .named_times import month_dated, months_named, postposed_time, retimed
from .numbers import NumberMention, sentence_numbers

_LOW = word_set("low lower lowest minimum min floor bottom least smallest")
_HIGH = word_set("high higher highest maximum max top upper ceiling most largest biggest")
# Words before "from" that make "from A to B" a range, not a change (static, not motion).
_STATIC = word_set(
    "range ranges ranged ranging run runs running vary varies varied varying span spans "
    "spanning stretch stretches stretching anywhere somewhere"
)
_JOINS = word_set("to and through")
_PREFIXES = word_set("us c a au nz hk s r rs eur usd gbp")  # "US$4 billion", "C$35.6-billion"

_STANCE: tuple[str, ...] = ("expect", "forecast", "estimat", "consensus", "project", "predict")
_STANCE += ("anticipat", "pencil", "penciled", "target", "outlook", "guidance", "poll")
_COMPARING = word_set(
    "than beat beats beating above below ahead top topped topping exceed exceeded exceeds "
    "exceeding miss missed missing short surpass surpassed outpaced over under"
)
_CONTRAST = word_set("but while whilst whereas yet although though")

_CHANGE_NOUNS = word_set(
    "rise rises increase increases decrease decreases fall falls decline declines drop drops "
    "growth gain gains change changes jump jumps cut cuts reduction reductions slide slump "
    "surge climb dip"
)
_CHANGE_ASKED = _CHANGE_NOUNS | word_set("up down below above vs versus percentage")
_COMPARATIVES = word_set("higher lower above below up down over")
_BEFORE_AMOUNT = word_set("up down by")
# English's verbs of a quantity's motion, right before the size of the move ("fell 14%").
_MOVED = word_set(
    "rose fell grew dropped climbed jumped slipped declined increased decreased gained shrank "
    "slid surged dipped eased plunged soared tumbled sank advanced"
)

# What makes "low"/"high" a range's end: "upper house votes", "biggest home win" name none.
_FIRM_END = word_set("end ends bound bounds limit range lowest highest minimum maximum")
_SUPERLATIVES, _MINMAX = word_set("lowest highest"), word_set("minimum maximum")  # fmt: skip
_FIRM_END |= word_set("estimate estimates forecast forecasts figure figures projection guidance")
_PRENOMINAL = word_set("previous prior last former old")  # "the previous record of 47"
_PERCENT_WORDS = word_set("per cent percent percentage point points pct %")


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def _years(norms: Sequence[str]) -> set[int]:
    return {int(w) for w in norms if w.isdigit() and len(w) == 4 and w.startswith(("19", "20"))}


def _year_back(norms: Sequence[str]) -> bool:
    """ "a year earlier", "a year ago", "the year before", "last year", "prior-year"."""
    for at, word in enumerate(norms):
        if word == "year" and (
            (at + 1 < len(norms) and norms[at + 1] in ("earlier", "before", "ago"))
            or (at and norms[at - 1] in ("last", "previous", "prior"))
        ):
            return True
    return False


def _range_partner(
    tokens: Sequence[Token], one: NumberMention, two: NumberMention, text: str
) -> bool:
    """Whether ``one`` and ``two`` (in that order) are the ends of one range (the module)."""
    skipped = (
        _PREFIXES | _PERCENT_WORDS | {one.unit}
    ) - _JOINS  # "2.1 billion euros to 2.4 billion"
    between = [t.norm for t in tokens[one.last + 1 : two.first] if t.norm not in skipped]
    if between:
        if len(between) != 1 or between[0] not in _JOINS:
            return False
    elif not (
        tokens[two.first].joined or "\u2013" in text[tokens[one.last].end : tokens[two.first].start]
    ):
        return False
    start = one.first - 1
    while start >= 0 and tokens[start].norm in _PREFIXES:
        start -= 1
    opener = tokens[start].norm if start >= 0 else ""
    if between == ["and"]:
        return opener == "between"
    if opener != "from":
        return True  # "$4 billion to $5 billion", "4-5 billion"
    return not _STATIC.isdisjoint(t.norm for t in tokens[max(start - 3, 0) : start])


def _range_end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str:
    """ "low" or "high" when ``mention`` is that end of a range, else ""."""
    ordered = sorted(mentions, key=lambda m: m.first)
    at = next((i for i, m in enumerate(ordered) if m is mention), None)
    if at is None:
        return ""
    if at + 1 < len(ordered) and _range_partner(tokens, mention, ordered[at + 1], text):
        return "low"
    if at and _range_partner(tokens, ordered[at - 1], mention, text):
        return "high"
    return ""


def _asked_end(norms: Sequence[str]) -> str:
    """The end of a range the count's words name: "low end", "upper bound", "highest"."""
    low = any(w in _LOW for w in norms)
    high = any(w in _HIGH for w in norms)
    if low == high:
        return ""
    return "low" if low else "high"


def _stance(norm: str) -> bool:
    return norm.startswith(_STANCE)


_EARLIER = word_set("earlier previous prior original initial old former")
_LOOKED = word_set("look looks looked looking brace braces braced bracing")


def _stance_at(tokens: Sequence[Token], at: int) -> bool:
    """A word of expecting at ``at``: "forecast", "consensus", or a verb of expecting with its
    "for" ("had been looking for", "had braced for")."""
    norm = tokens[at].norm
    return _stance(norm) or (
        norm in _LOOKED and at + 1 < len(tokens) and tokens[at + 1].norm == "for"
    )


def _beaten(tokens: Sequence[Token], at: int) -> bool:
    """The stance word at ``at`` is what a result is set against: "topped expectations",
    "beating forecasts", "ahead of analysts' estimates" (gaps session 39)."""
    near = {t.norm for t in tokens[max(at - 3, 0) : at]}  # "under the new targets" is no bar
    return not (_COMPARING - {"under", "over"}).isdisjoint(near)


def _stance_given(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str,
    back: bool = False,
) -> bool:  # fmt: skip
    """A word of expecting governs the number in its clause (the module); "its earlier
    forecast of 45 million" is another time's stance unless the count names one (``back``)."""
    low, high = clause_span(tokens, mention.first, mention.last, text)
    others = {i for m in mentions if m is not mention for i in range(m.first, m.last + 1)}
    for at in range(max(low, mention.first - 5), mention.first):
        if _stance_at(tokens, at):
            if not back and at and tokens[at - 1].norm in _EARLIER:
                continue
            if _beaten(tokens, at) and tokens[at + 1].norm != "of" and at + 1 < mention.first:
                continue  # "topped expectations at 1.9 billion": the result, not the forecast
            gap = range(at + 1, mention.first)
            if others.isdisjoint(gap) and _CONTRAST.isdisjoint(tokens[i].norm for i in gap):
                return True
    last = mention.last  # "the 2.9 per cent economists had been looking for"
    while last < high and tokens[last + 1].norm in _PERCENT_WORDS:
        last += 1
    for at in range(last + 1, min(high, last + 5) + 1):
        if others.intersection(range(mention.last + 1, at + 1)):
            return False
        if tokens[at].norm in _COMPARING or tokens[at].norm in _CONTRAST:
            return False
        if _stance_at(tokens, at):
            return True
    return False


def _change_amount(tokens: Sequence[Token], mention: NumberMention, text: str = "") -> bool:
    """The number is the size of a change (the module); a comparative past a comma is the
    change's own phrase, set after the level it reached ("$9.3 billion, down 4%": gaps s39)."""
    before = tokens[mention.first - 1].norm if mention.first else ""
    earlier = tokens[mention.first - 2].norm if mention.first > 1 else ""
    if before in _BEFORE_AMOUNT | _MOVED or (before == "of" and earlier in _CHANGE_NOUNS):
        return True
    at = mention.last + 1
    while at < len(tokens) and tokens[at].norm in _PERCENT_WORDS | {"%"}:
        at += 1
    after = tokens[at].norm if at < len(tokens) and not clause_gap(tokens, at - 1, text) else ""
    if after in ("more", "less"):  # "31% more than a year before", not "$3.6 billion more"
        return at + 1 < len(tokens) and tokens[at + 1].norm == "than"
    return after in _COMPARATIVES or after in _CHANGE_NOUNS


def _times_near(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> list[str]:
    """The words of the time phrases that hold the number: right after it, up to the next
    number or clause mark, and before it in its clause back to a conjunction or another
    number (a year is no number here)."""
    low, high = clause_span(tokens, mention.first, mention.last, text)
    starts = {m.first for m in mentions if m is not mention}
    after: list[str] = []
    for at in range(mention.last + 1, min(high, mention.last + 6) + 1):
        if at in starts and not year_of_our_time(tokens[at]):
            break
        norm = tokens[at].norm  # after the number only a postposed time: "a year earlier",
        dating = postposed_time(tokens, at)  # "last autumn", "in the previous quarter"
        after.append(norm if norm not in _PRENOMINAL or dating else "")
    before: list[str] = []
    for at in range(mention.first - 1, max(low, mention.first - 8) - 1, -1):
        token = tokens[at]
        if (
            token.norm in _JOINS
            or token.norm in _CONTRAST
            or ":" in text[token.end : tokens[at + 1].start]
        ):
            break  # "Fiscal 2025: $3.6 billion ..., plus $3.7 billion": a label dates every item
        if token.is_number and not year_of_our_time(token):
            break
        before.append(token.norm)
    return [*reversed(before), "|", *after]


def _time_given(
    asked: Sequence[str], near: Sequence[str], year: int | None, anchor: int | None
) -> bool:
    """The time the count's words name matches the time phrase holding the number. The
    count's "a year earlier" is the story's year back (``year``); the page's is the year
    back from the time its sentence last named (``anchor``): "In 2023 it raised £4.1m,
    against £3.6m a year earlier" holds 2022, not 2024 (review rvcountroles38)."""
    asked_years, near_years = _years(asked), _years(near)
    asked_back, near_back = _year_back(asked), _year_back(near)
    if anchor and near_back:
        near_years |= {anchor - 1}
    if asked_years:  # "in 2024": the page's year, named or counted back, must be it
        return bool(asked_years & near_years)
    if asked_back:
        return near_back or (year is not None and year - 1 in near_years)
    generic = generic_back(asked)  # "previous high", "former price"
    if not generic:
        return False
    if {*_spans(asked)} - {*_spans(near)} and _spans(near):
        return False  # "two years ago" is not "a year ago" (gaps session 39)
    units = time_units(asked)  # "the previous quarter" is no "a year earlier" (rvcountroles38)
    if units and not units & (time_units(near) | ({"year"} if near_years or near_back else set())):
        return False
    return bool(near_years) or near_back or generic_back(near)


# Seasons are times too ("18,250 students last autumn"; "fall" is more often a change's noun).
_UNITS = word_set("""day days week weeks month months year years season seasons quarter time
    quarters period periods half spring summer autumn winter springs summers autumns winters""")

_SPAN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _spans(norms: Sequence[str]) -> list[tuple[int, str]]:
    """The spans of time the words count: "two years ago" (2, "year"), "a month earlier"."""
    return [
        (_SPAN_COUNTS.get(norms[at - 1], 0) or int(norms[at - 1]), norms[at].removesuffix("s"))
        for at in range(1, len(norms))
        if norms[at] in _UNITS and (norms[at - 1] in _SPAN_COUNTS or norms[at - 1].isdigit())
    ]


def _time_clash(asked: Sequence[str], near: Sequence[str]) -> bool:
    """The value's own time phrase names a time the count's words exclude: another count of
    the span ("two years ago" for "a year ago"), another unit ("the month before" for "a
    year ago") or the present ("in the previous season" for "this season")."""
    if _spans(asked) and _spans(near) and not {*_spans(asked)} & {*_spans(near)}:
        return True
    units = time_units(asked)
    if any(w == "this" and n.removesuffix("s") in units for w, n in pairwise(near)):
        return True
    return bool(units and generic_back(near) and time_units(near) and not units & time_units(near))


def time_units(norms: Sequence[str]) -> set[str]:
    """The units of time the words name, singular: "quarter", "year", "season"."""
    return {w.removesuffix("s") for w in norms if w in _UNITS and w != "time"}


def generic_back(norms: Sequence[str]) -> bool:
    """A word of an earlier time: "previous", "prior", "former", "old", "earlier"; "last",
    "before" and "ago" only with a unit of time ("last season", "the week before"), not
    "earnings before interest", "profit before tax" nor "the last count"; "old" after a unit
    is an age ("the 18-year-old"), no earlier time."""
    for at, word in enumerate(norms):
        if word == "old" and at and norms[at - 1] in _UNITS:
            continue
        if word in ("previous", "prior", "former", "old", "earlier"):
            return True
        near = {*norms[max(at - 1, 0) : at], *norms[at + 1 : at + 2]}
        if word in ("last", "before", "ago") and not _UNITS.isdisjoint(near):
            return True
    return False


def named_role(
    what: str, tokens: Sequence[Token], mention: NumberMention,
    mentions: Sequence[NumberMention], text: str, year: int | None = None,
) -> str:  # fmt: skip
    """The role the count's words ``what`` name and the page gives ``mention`` ("range end",
    "stance", "change", "time"), or "" (the module): then the page's marks of another time or
    of a change's start on the number are the count's own."""
    asked = _words(what)
    if not asked:
        return ""
    end = _asked_end(asked) if not _FIRM_END.isdisjoint(asked) else ""
    side = _range_end(tokens, mention, mentions, text) if end else ""
    if side:  # a range's end the count names decides alone: "highest estimate" of "40 to 55"
        timed = not retimed(asked, tokens, mention, mentions, year)  # (named_times)
        return "range end" if side == end and timed else ""
    back = generic_back(asked) or _year_back(asked)
    if any(_stance(w) for w in asked) and _stance_given(tokens, mention, mentions, text, back):
        return "stance"
    if not _CHANGE_ASKED.isdisjoint(asked) and _change_amount(tokens, mention, text):
        return "change"
    if not (dated := _years(asked) or generic_back(asked)) and not months_named(asked):
        return ""  # no time named: the time phrases are not read (spd45, months_named)
    anchor = next(
        (int(t.text) for t in reversed(tokens[: mention.first]) if year_of_our_time(t)), year
    )  # "In 2023 ..., against £3.6m a year earlier": the sentence's own year
    near = _times_near(tokens, mention, mentions, text)
    if dated and _time_given(asked, near, year, anchor):
        return "time"  # a month as a year: "$35.1 billion in April" (named_times)
    others = [_times_near(tokens, m, mentions, text) for m in mentions if m is not mention]
    return "time" if month_dated(asked, near, others, year) else ""


def role_reading(value: Any, ctx: Context) -> bool | None:
    """Over the fact's evidence: True when the page gives the count's number the role its
    ``what`` names, False when it gives that role only to another number ("low end" = 5 for
    "from 4 to 5"; "a year earlier" = this year's number), None when no number has it."""
    what = str(getattr(ctx.fact, "what", "") or "")
    wanted = getattr(value, "value", value)
    if not what or isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return None
    year = ctx.published.year if ctx.published else None
    other = False
    for index in ctx.sentences:
        tokens, found = ctx.article.sentence_tokens(index), sentence_numbers(ctx.article, index)
        for mention in found:
            if named_role(what, tokens, mention, found, ctx.article.text, year):
                if abs(mention.value - wanted) < 1e-9:
                    return True
                other = other or not year_of_our_time(tokens[mention.first])
    return False if other else None


def _end_named(asked: Sequence[str], value: Any) -> bool:
    """An exact count's words name a range's end: "low end", "top of range", "guidance,
    minimum"; not "the highest band", nor "minimum wage" before its noun (rvmoney37, rv35)."""
    if getattr(value, "qualifier", "exact") != "exact":
        return False
    bare = [w for at, w in enumerate(asked) if w in _FIRM_END - _SUPERLATIVES - _MINMAX or (
        w in _MINMAX and (at + 1 == len(asked) or asked[at + 1] == "of"))]  # fmt: skip
    return bool(bare)


def _ends(
    tokens: Sequence[Token], own: NumberMention, found: Sequence[NumberMention], held: NumberMention
) -> bool:
    """``own`` opens a pair of its own ("from $8 billion to $9.5 billion"): another range's."""
    joins = [{t.norm for t in tokens[own.last + 1 : m.first]} & _JOINS for m in found]
    pairs = zip(found, joins, strict=True)
    return any(m is not held and 0 < m.first - own.last <= 4 and j for m, j in pairs)


def role_taken(value: Any, ctx: Context) -> str:
    """Why the count's value is not in the role its ``what`` names, or "" (gaps session 39): a
    sentence of the evidence gives the range's end the count names to another number and
    that end never to the value ("low end" = 8.6bn of "from $8.2 billion to $8.6 billion"); it
    sets the value against a stance the count names ("Beating forecasts, ... earned £412m");
    the value's own time phrase names a time the count's words exclude (:func:`_time_clash`).
    A stance's, a time's or a change's role given to another number refuses nothing: read
    so, they flagged correct values on the outside checks."""
    what = str(getattr(ctx.fact, "what", "") or "")
    wanted = getattr(value, "value", value)
    if not what or isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return ""
    year, asked = (ctx.published.year if ctx.published else None), _words(what)
    taken = ""
    for index in ctx.sentences:
        tokens, found = ctx.article.sentence_tokens(index), sentence_numbers(ctx.article, index)
        own = [m for m in found if abs(m.value - wanted) < 1e-9]
        for mention in found:
            role = named_role(what, tokens, mention, found, ctx.article.text, year)
            if role and mention in own:
                return ""
            if role != "range end" or not _end_named(asked, value):
                continue
            if any(_ends(tokens, m, found, mention) for m in own):
                continue  # a stance's, a time's, a change's words read loosely (session 39)
            if own and not year_of_our_time(tokens[mention.first]):
                taken = f"the page gives the count's role ({role}) to {mention.value:g}"
        for mention in own if generic_back(asked) else ():
            if _time_clash(asked, _times_near(tokens, mention, found, ctx.article.text)):
                taken = taken or "the value is told of another time than the count names"
        stanced = [at for at in range(len(tokens)) if _stance_at(tokens, at)]
        if own and any(_stance(w) for w in asked) and any(_beaten(tokens, at) for at in stanced):
            taken = taken or "the page sets the value against the forecast: it is the result"
    return taken


__all__ = ["generic_back", "named_role", "role_reading", "role_taken", "time_units"]
