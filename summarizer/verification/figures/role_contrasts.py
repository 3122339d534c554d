"""A count whose words name a role the page gives another number, and whose value the page sets
apart from that role (gaps session 40, gcr40; GAPS of countroles38 and its review): "expected
jobless rate" = 4.2 for "Economists had pencilled in 3.9% for the jobless rate; it came in at
4.2%", "fall in home sales" = 41,800 for "Home sales fell by 3,200 to 41,800", "car exports in
2023" = 3.2 million for "Exports rose to 3.2 million cars, from 2.9 million in 2023" were
accepted: older rules tie the value to the count's nouns and `named_roles` frees only the number
in the role.

The form of English: a sentence that gives one number a role sets the other against it, and
it is the setting apart, not the role alone, that says the value is not in that role (a role
given to another number alone refused correct values on the outside checks, session 39):

- a stance told as past before an outcome ("analysts HAD forecast", "the consensus HAD been",
  "had been looking for") or one a result is compared with ("ahead of the $11.9 billion
  analysts had forecast"): the number without a stance is the outcome; a stance the page
  calls "earlier" or "original" is another time's, not the count's ("its earlier forecast of
  45 million" beside "now expects 48 million");
- a change's size beside the level it reaches or stands at ("fell by 3,200 TO 41,800",
  "settled AT $5.42 a bushel, down 11 cents", "were $9.3 billion, down 4%"): the level is no
  change's size, unless the sentence names the count's change itself before it ("growth
  slowed to 2.1%": the growth is that level); and the size is no level for a count that
  names no change ("Deaths rose by 14 TO 61": 14 counts no deaths; gcn41c, session 41);
- an earlier time's number beside this time's in one sentence ("9.1 billion yen, compared
  with 8.4 billion yen a year earlier"; "Her 52 goals this season beat the previous club
  record of 47"): the number the time does not hold is this time's; and the other way, a
  count dated by a unit of time with no earlier word ("claims in the week to Saturday") is not
  the number whose own phrase names an earlier one of that unit set against another ("fell to
  212,000 in the week to Saturday from 231,000 in the previous week"; gcn43c, session 43).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from ..context import Context
from ..page.tokens import Token, tokenize, word_set, year_of_our_time
from .change_ends import shares_noun, verb_before_by
from .field_readings import signed_mentions
from .named_roles import generic_back, named_role, time_units
from .named_times import retimed
from .numbers import NumberMention, sentence_numbers

_STANCE: tuple[str, ...] = (
    "expect",
    "forecast",
    "estimat",
    "consensus",
    "project",
    "predict",
    "anticipat",
)
_STANCE += ("pencil", "penciled", "target", "poll", "looking", "braced")
_ORIGINAL = word_set("earlier previous prior original initial old former")
_COMPARED = word_set("ahead above below beat beating beats than short topped exceeded missed")
# A change named by its noun: the count is the change's size ("percentage", "loss" and the
# adverbs "up"/"down" name a level as often).
_CHANGE = word_set(
    "rise rises increase increases fall falls decline declines drop drops growth gain gains "
    "jump jumps decrease decreases reduction reductions slide slump surge climb dip"
)
_LEVEL_BEFORE = word_set("to at")
_AFTER = word_set("after following post new level")  # "fare after the increase" is a level
# A point of the change the count names its level at ("cases at the peak of the surge", "the
# jobless at the height of the slump", "fare once the increase took effect"): a level, the
# change's noun only dating it (review rv40c).
_AFTER |= word_set("peak peaks height top trough bottom depth depths once")
_COPULAS = word_set("was were is are stood stands")
_MOVED = word_set(
    "rose fell grew dropped climbed jumped slipped declined increased decreased gained shrank "
    "slid surged dipped eased plunged soared tumbled sank widened narrowed swelled fallen risen"
)
_DONE = word_set("grown gone lifted raised lowered reduced cut trebled tripled doubled halved")
_UNIT_WORDS = word_set("per cent percent percentage point points pct")
_GAPS = word_set("fewer more less higher lower above below under over short up down")
_SET_AGAINST = word_set("compared against beat beats beating versus vs than")
_SKIPPED = word_set("us c a au nz hk s r rs eur usd gbp")
_AHEAD = ("expect", "forecast", "predict", "project", "anticipat", "pencil")  # of an outcome
_NOMINAL = ("er", "ers", "ion", "ions")  # "Forecasters say ... may climb to 4%": no verb
_CONTRASTS = word_set("but while whereas whilst yet")
_TIME_LEADS = word_set("in for during over")  # "231,000 in the previous week"


def _before(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index of the word before the number and its currency prefix ("to US$4 billion")."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _SKIPPED:
        at -= 1
    return at


def _stance_set_apart(tokens: Sequence[Token], held: NumberMention) -> bool:
    """The stance on ``held`` is told as past ("had expected") or a result is compared with it
    ("ahead of the 2.9 per cent economists had been looking for")."""
    near = [t.norm for t in tokens[max(held.first - 8, 0) : held.last + 7]]
    if "had" in near:
        return True
    return not _COMPARED.isdisjoint(t.norm for t in tokens[max(held.first - 4, 0) : held.first])


def _own_stance(
    tokens: Sequence[Token], own: NumberMention, found: Sequence[NumberMention]
) -> bool:
    """A word of expecting stands before the value in its sentence with no other number
    between: "The Bank now expects consumer price inflation to hit 4%" (check 72)."""
    others = {i for m in found if m is not own for i in range(m.first, m.last + 1)}
    for at in range(own.first - 1, max(own.first - 12, 0) - 1, -1):
        if at in others:
            return False
        if tokens[at].norm.startswith(_STANCE):
            return not (at and tokens[at - 1].norm in _ORIGINAL)
    return False


def _year_part(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """The "25" of "2024-25": a fiscal year's end, no count (check 78)."""
    joined = mention.first > 0 and tokens[mention.first].joined
    return joined and year_of_our_time(tokens[mention.first - 1])


def _compared(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """The number is a gap to another ("68 fewer than", "3.9 per cent under its 2022 peak"):
    the time then dates what it is set against, not the number."""
    at = mention.last + 1
    while at < len(tokens) and tokens[at].norm in _UNIT_WORDS:
        at += 1
    return at < len(tokens) and tokens[at].norm in _GAPS


def _time_apart(
    tokens: Sequence[Token], held: NumberMention, own: NumberMention, text: str
) -> bool:
    """The earlier time's number is set against the value ("compared with", "from", "beat",
    a semicolon, "but"), not listed with it ("6.23 million patients and 7.37 million
    treatments" share "A month earlier": check 93), and neither is a gap to a third."""
    if _compared(tokens, held) or _compared(tokens, own):
        return False
    first, last = sorted((held, own), key=lambda m: m.first)
    if ";" in text[tokens[first.last].end : tokens[last.first].start]:
        return True
    between = {t.norm for t in tokens[first.last + 1 : last.first]}
    if not _SET_AGAINST.isdisjoint(between):
        return True
    at = _before(tokens, own)  # "rose to 3.2 million cars, from 2.9 million in 2023": the
    reached = at >= 0 and tokens[at].norm in _LEVEL_BEFORE | _COPULAS  # level the change left
    return "from" in between and own is first and reached


def _earlier_stance(tokens: Sequence[Token], own: NumberMention) -> bool:
    """The value's own stance is another time's: "its earlier forecast of 45 million"."""
    words = [t.norm for t in tokens[max(own.first - 4, 0) : own.first]]
    return any(a in _ORIGINAL and b.startswith(_STANCE) for a, b in pairwise(words))


def _level(
    tokens: Sequence[Token], own: NumberMention, listed: Sequence[NumberMention], changed: bool,
    apposed: bool,
) -> bool:  # fmt: skip
    """The value is the level a change reaches or stands at, and the sentence names no change
    before it ("GDP growth slowed to 2.1%" is the growth); not a range's high end ("reduced by
    10 to 50 per cent": the noun said once for both, review rv41n)."""
    if not _CHANGE.isdisjoint(t.norm for t in tokens[: own.first]):
        return False  # "taking the annual increase to 4.8%": the change's own level
    if any(_by_range(tokens, low, own) for low in listed):
        return False
    at = _before(tokens, own)
    if at < 0:
        return False
    word = tokens[at].norm
    if word in _LEVEL_BEFORE:  # "has fallen 6 per cent since 2022, to 1.2 million tonnes"
        return changed or not _MOVED.isdisjoint(t.norm for t in tokens[:at])
    return word in _COPULAS and apposed  # "were $9.3 billion, down 4%"


def _by(tokens: Sequence[Token], mention: NumberMention) -> bool:
    return mention.first > 0 and tokens[mention.first - 1].norm == "by"


def _by_range(tokens: Sequence[Token], low: NumberMention, high: NumberMention) -> bool:
    """ "by 2 to 3 per cent": the two ends of one range of a change (counts.ranges)."""
    joined = high.first == low.last + 2 and tokens[low.last + 1].norm == "to"
    return joined and _by(tokens, low) and shares_noun(tokens, low, high)


def _size_to_level(
    tokens: Sequence[Token], own: NumberMention, listed: Sequence[NumberMention]
) -> bool:
    """ "Deaths rose by 14 to 61": the number after a change's verb and "by" is its size when
    "to" and the level it reached follow, for a count that names no change (the level is the
    count of deaths; "rose by 2 to 3 points" is a range, read as one by counts.ranges)."""
    if own.bound or own.first < 2 or tokens[own.first - 1].norm != "by":
        return False
    if not verb_before_by(tokens, own.first - 1, _MOVED | _DONE):
        return False  # "rose by 14", "increased its nursing staff by 150" (rv41n)
    reached = [m for m in listed if 0 < m.first - own.last <= 4]
    return any(
        _before(tokens, m) > own.last
        and tokens[_before(tokens, m)].norm == "to"
        and not shares_noun(tokens, own, m)  # "lifted by 10 to 40 councils": a range (rv41n)
        for m in reached
    )


def _earlier_of_unit(
    asked: Sequence[str], tokens: Sequence[Token], own: NumberMention,
    listed: Sequence[NumberMention], text: str,
) -> bool:  # fmt: skip
    """The count dates itself by a unit of time and no word of an earlier time, and the value's
    own time phrase names an earlier time of that unit ("231,000 in the previous week" for
    "claims in the week to Saturday"), set against another number of the sentence ("from",
    "compared with", a semicolon): that number is the count's."""
    units = time_units(asked)
    if not units or generic_back(asked):
        return False
    starts = {m.first for m in listed}
    after = [t.norm for t in tokens[own.last + 1 : own.last + 7]]
    after = after[: next((k for k, t in enumerate(after) if own.last + 1 + k in starts), None)]
    at = next((k for k, word in enumerate(after) if word in _TIME_LEADS), None)
    if at is None or any(w not in asked and w not in _UNIT_WORDS for w in after[:at]):
        return False  # "248,000 as storms in the previous week": the time of another clause
    phrase = after[at + 1 :]  # "in the previous week" (review rv43c)
    if not (generic_back(phrase) and units & time_units(phrase)):
        return False
    others = [m for m in listed if m is not own and not year_of_our_time(tokens[m.first])]
    return _apart_from(tokens, own, others, text, _SET_AGAINST | {"from"})


def _stance_apart(
    tokens: Sequence[Token], own: NumberMention, listed: Sequence[NumberMention], text: str
) -> bool:
    """The value is what a stance expects ("Analysts expected revenue of $2.1 billion") and
    the sentence sets a number no stance holds against it past a semicolon or a contrast (";
    the retailer reported $1.9 billion"): for a count naming no stance that one is the
    outcome (review rv41n)."""
    low = max([m.last + 1 for m in listed if m.last < own.first] + [own.first - 12, 0])
    ahead = [
        at for at in range(low, own.first)
        if tokens[at].norm.startswith(_AHEAD) and not tokens[at].norm.endswith(_NOMINAL)
    ]  # fmt: skip
    if not ahead or not _own_stance(tokens, own, listed):
        return False  # "Police estimated the marchers at 30,000": a measure, no forecast
    gap = text[tokens[ahead[-1]].end : tokens[own.first].start]
    if "," in gap or ";" in gap or any(t.norm in _CONTRASTS for t in tokens[ahead[-1] : own.first]):
        return False  # "expect no change, while 12 of the 30 traders see a cut": not its object
    others = [
        m for m in listed  # the outcome told after the stance ("; the retailer reported")
        if m.first > own.last and not year_of_our_time(tokens[m.first])
        and not _own_stance(tokens, m, listed)
    ]  # fmt: skip
    return _apart_from(tokens, own, others, text, _CONTRASTS)


def _apart_from(
    tokens: Sequence[Token], own: NumberMention, others: Sequence[NumberMention], text: str,
    words: frozenset[str],
) -> bool:  # fmt: skip
    """One of ``others`` stands apart from the value: a semicolon or one of ``words`` between."""
    for other in others:
        first, last = sorted((other, own), key=lambda m: m.first)
        between = {t.norm for t in tokens[first.last + 1 : last.first]}
        if ";" in text[tokens[first.last].end : tokens[last.first].start] or between & words:
            return True
    return False


def role_contrast(value: Any, ctx: Context) -> str:
    """Why the count's value is the number set against the role its ``what`` names, or ""
    (the module): the value has no role of its own, and a number of the evidence holds the
    role in a wording that sets the value apart."""
    what = str(getattr(ctx.fact, "what", "") or "")
    wanted = getattr(value, "value", value)
    if not what or isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return ""
    year = ctx.published.year if ctx.published else None
    ordered = [t.norm for t in tokenize(what)]
    asked = set(ordered)
    stanced_asked = any(w.startswith(_STANCE) for w in ordered)
    text = ctx.article.text
    held: list[tuple[Sequence[Token], NumberMention, str]] = []
    owned: list[tuple[Sequence[Token], NumberMention, Sequence[NumberMention]]] = []
    for index in ctx.sentences:
        tokens, found = ctx.article.sentence_tokens(index), sentence_numbers(ctx.article, index)
        if wanted < 0:  # "-40" as the count reads it (field_readings; review rv46a)
            found = signed_mentions(tokens, found, text)
        for mention in found:
            if year_of_our_time(tokens[mention.first]) or _year_part(tokens, mention):
                continue
            role = named_role(what, tokens, mention, found, text, year)
            if abs(mention.value - wanted) < 1e-9:
                if role:
                    return ""
                owned.append((tokens, mention, found))
            elif role:
                held.append((tokens, mention, role))
    if not owned:
        return ""
    for words, own, listed in owned:
        same = [(m, role) for t, m, role in held if t is words]
        stances = [m for t, m, role in held if role == "stance"]
        # "now expects inflation to hit 4%, above the 3.7% it had pencilled in": its own stance
        stanced = _own_stance(words, own, listed)
        if not stanced and any(_stance_set_apart(t, m) for t, m, role in held if role == "stance"):
            return "the page sets the value apart from the stance the count names"
        if stances and _earlier_stance(words, own):
            return "the value is an earlier stance; the page gives the count's to another number"
        changed = any(role == "change" for _, role in same)
        apposed = any(role == "change" and 0 < m.first - own.last <= 4 for m, role in same)
        if (
            not _CHANGE.isdisjoint(asked)
            and _AFTER.isdisjoint(asked)
            and _level(words, own, listed, changed, apposed)
        ):
            return "the value is the level the change reaches, not the change's size"
        if _CHANGE.isdisjoint(asked) and _size_to_level(words, own, listed):
            return "the value is the size of a change; the page gives the level it reached"
        ended = any(role == "range end" for _, role in same)  # (named_times)
        if ended and retimed(ordered, words, own, listed, year):
            return "the value ends the range of another time; the count's end is another number"
        if any(role == "time" and _time_apart(words, m, own, text) for m, role in same):
            return "the page gives the count's time to another number of the value's sentence"
        if not stanced_asked and _stance_apart(words, own, listed, text):
            return "the value is a stance; the page sets the outcome apart from it"
        if _earlier_of_unit(ordered, words, own, listed, text):
            return "the value is told of an earlier time than the count names"
    return ""


__all__ = ["role_contrast"]
