"""A count of the value before a change read through the value after it (session 59, cn59;
outside checks 99 and 100: "previous total fertility rate" of "The total fertility rate, which
estimates ..., dropped to 1.15, the lowest on record, from 1.20", "net migration a year earlier"
of "estimated net migration ... at 204,000, a four-year low and 69% below the 649,000 of the
previous year" were refused as "N is in its evidence, but not as this field's number": the
count's words stand by the later figure, more than a window away from the earlier one).

A sentence that compares a figure with its earlier value names what it counts once, by the
later figure, and the earlier figure is the same thing's at the earlier time. A careful reader
reads the earlier figure through the later one. So, for a count whose words ask for the earlier
value (:func:`..figures.change_ends.asks_earlier`: "previous", "a year earlier", "the year
before", "last year's"), its number N is read when, in one evidence sentence:

- N is the earlier end of a change, with its later end M in the same clause: "from N to M";
  "(to) M ..., up from N" / "rose to M from N" (a word of change, or M after "to", before
  "from"); or "M, ... (lower|below|above|against|compared with|than) the N" followed by a time
  before ("of the year before", "of the previous year", "in the preceding twelve months", "a
  year earlier");
- between M and N stands no other number of the kind (a date's, a year's, a length's, a
  change's size and a percent beside counts are not), no ";", ":" or dash and no "while",
  "whereas" or "but" opening another clause ("exports rose to 5m from 4m" is no import count);
- N's own wording agrees with the count's qualifier ("about 6 billion" for "approximately");
- and the count's words without the words of the earlier time ("total fertility rate", "net
  migration") are read as M's count by the count rule itself, in that sentence alone.

Then N is the count's number. The other readings are unchanged: a count that does not ask for
the earlier value is never read this way (the earlier end stays refused for it), and the
count's words must read the later end as their own, so another noun's pair is refused
("imports" of "exports rose to $5bn from $4bn").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTH_NUMBER, ONES
from ..context import Context, Result
from ..page.clause_breaks import CLAUSE_JOINERS_AND, clause_break
from ..page.tokens import (
    Token,
    tokenize,
    word_set,
    year_of_our_time,
)
from .change_ends import asks_earlier
from .numbers import NumberMention, sentence_numbers

# Words of the earlier time in a count's words, and the words around them that go with them
# ("previous year's", "a year earlier", "the year before", "before the increase").
_EARLIER = word_set("previous previously prior earlier before preceding last ago original old")
_WITH_EARLIER = word_set(
    """a an the year years month months week weeks quarter season day twelve twelvemonth
    increase rise cut change fall drop hike"""
)
# Words between a number and the word that leads it ("up from about $6 billion").
_HEDGES = word_set(
    """about around roughly nearly almost some just over under an a the its their his her
    estimated only approximately"""
)
# Words of change right before "from" ("up from", "rose from"), and the words of comparison
# that lead an earlier figure dated by a time before ("lower than the 1.3m of the year before").
_CHANGES = word_set(
    """up down higher lower rose risen fell fallen climbed dropped jumped grew grown increased
    decreased eased slipped slid edged gained sank shrank"""
)
_COMPARED = word_set("than below above against with on")
_TIMES = word_set("year years month months week weeks quarter twelve season period")
_BEFORE_TIME = word_set("previous preceding prior earlier before ago last")
_REACH = 14  # most tokens from the later figure to the earlier one

_READING: ContextVar[bool] = ContextVar("_READING", default=False)


def later_words(what: str) -> str:
    """The count's words without the words of the earlier time: "previous year's immigration"
    -> "immigration", "net migration a year earlier" -> "net migration", "annual spending
    before the increase" -> "annual spending"."""
    words = what.replace("\u2019", "'").split()
    plain = [w.lower().strip(".,;:()'").removesuffix("'s") for w in words]
    gone = {at for at, word in enumerate(plain) if word in _EARLIER}
    grown = True
    while grown:
        grown = False
        for at, word in enumerate(plain):
            if at not in gone and word in _WITH_EARLIER and ({at - 1, at + 1} & gone):
                gone.add(at)
                grown = True
    return " ".join(w for at, w in enumerate(words) if at not in gone).strip(" ,")


def _lead(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index of the word leading ``mention`` past its hedges, -1 for none."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    return at


def _broken(tokens: Sequence[Token], low: int, high: int, text: str) -> bool:
    """Whether a clause break stands between ``tokens[low]`` and ``tokens[high]``."""
    return any(clause_break(tokens, at, text, CLAUSE_JOINERS_AND) for at in range(low, high))


def _skipped(tokens: Sequence[Token], other: NumberMention, mention: NumberMention) -> bool:
    """A number that does not stand between two ends of a change: a year's or a date's day
    ("in 2024", "on 6 March"), a length of time ("a four-year low", "after 18 months"), a
    change's size ("fell by 12 days to"), a percent beside counts ("a fall of 41,227, or
    5.7%")."""
    if other.first == other.last and year_of_our_time(tokens[other.first]):
        return True
    near = (tokens[i] for i in (other.first - 1, other.last + 1) if 0 <= i < len(tokens))
    if any(t.capitalised and t.norm in MONTH_NUMBER for t in near):
        return True
    if other.compound in _TIMES or other.unit in _TIMES:
        return True
    if other.first and tokens[other.first - 1].norm == "by":
        return True
    return other.unit == "percent" and mention.unit != "percent"


def _earlier_time_after(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A time before right after a number: "of the year before", "of the previous year", "in
    the preceding twelve months", "a year earlier", "a year ago"."""
    after = [t.norm for t in tokens[mention.last + 1 : mention.last + 6]]
    return bool(set(after) & _BEFORE_TIME) and bool(set(after) & _TIMES)


def _other_span(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is dated right after it by a span back the count's words do not
    say ("against 39.8 million tonnes two years earlier" for a count of a year earlier): a
    number of years, months or weeks before "earlier", "before" or "ago"."""
    named = {t.norm for t in tokenize(what)}
    after = tokens[mention.last + 1 : mention.last + 6]
    for at, token in enumerate(after[:-2]):
        span = after[at + 1].norm in _TIMES and after[at + 2].norm in _BEFORE_TIME
        if span and (token.is_number or token.norm in ONES) and token.norm not in named:
            return True
    return False


_DATE_LINKS = word_set("in of the at for percent per cent %")
_SHORTER = word_set("first second third fourth final half quarter month week q1 q2 q3 q4")


def _other_date(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether the number is dated right after it by a time that is not the span back the
    count's words say (review rv59n). For a count of a year back ("a year earlier", "the year
    before", "previous year's"): a year Y with no Y+1 in the sentence ("reached 1.4 million in
    2025, up from 900,000 in 2019"), or, with no year, a month or a quarter ("rose to 4.6
    percent in March from 4.1 percent in February", "from 3.1% in the second"). For a count of
    a month back: a year with no month, or the month the sentence names before the number
    ("in February 2026 from 1,190 in February 2025"). A count that names no span ("previous
    visitors") or names the date is not held."""
    named = {t.norm for t in tokenize(what)}
    years: list[int] = []
    months: list[str] = []
    shorter = False
    for token in tokens[mention.last + 1 : mention.last + 8]:
        if year_of_our_time(token):
            years.append(int(token.text))
        elif token.capitalised and token.norm in MONTH_NUMBER:
            months.append(token.norm)
        elif token.norm in _SHORTER:  # "from 3.1% in the second (quarter)"
            shorter = True
        elif token.norm not in _DATE_LINKS:
            break
    if any(str(year) in named for year in years):
        return False
    if "year" in named or "years" in named:
        written = {t.text for t in tokens}
        if years:  # "in the first quarter of 2025" beside "of 2026" is a year back
            return any(str(year + 1) not in written for year in years)
        return bool(months) or shorter
    if "month" in named or "months" in named:
        before = {t.norm for t in tokens[: mention.first] if t.capitalised}
        return (bool(years) and not months) or any(month in before for month in months)
    return False


_SCALES = word_set("thousand million billion trillion m bn mn k")


def _scaled_after(tokens: Sequence[Token], mention: NumberMention, other: NumberMention) -> bool:
    """ "from 3 to 2.5 million": the bare earlier end shares the later end's scale word."""
    bare = tokens[mention.last].is_number and tokens[mention.last].norm not in _SCALES
    return bare and tokens[other.last].norm in _SCALES


def later_end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> NumberMention | None:
    """The later end of the change whose earlier end ``mention`` is (see the module), or
    None."""
    lead = _lead(tokens, mention)
    if lead < 0:
        return None
    word = tokens[lead].norm
    if word == "from":
        for other in mentions:  # "from N to M"
            gap = [t.norm for t in tokens[mention.last + 1 : other.first]]
            close = other.first > mention.last and "to" in gap and len(gap) <= 4
            if close and _scaled_after(tokens, mention, other):
                return None  # "from 3 to 2.5 million": 3 million, no count of 3
            if close and not _broken(tokens, mention.last, other.first, text):
                return other
        before = tokens[lead - 1].norm if lead else ""
        later = _before(tokens, mention, mentions, lead, text)
        if later is None:
            return None
        went_to = _lead(tokens, later) >= 0 and tokens[_lead(tokens, later)].norm == "to"
        return later if before in _CHANGES or went_to else None
    compared = word in _COMPARED and (word != "with" or tokens[lead - 1].norm == "compared")
    if compared and _earlier_time_after(tokens, mention):
        return _before(tokens, mention, mentions, lead, text)
    return None


def _before(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    lead: int, text: str,
) -> NumberMention | None:  # fmt: skip
    """The nearest number before ``lead`` in its clause that can be a change's later end."""
    for other in sorted(mentions, key=lambda m: -m.first):
        if other.last >= lead or _skipped(tokens, other, mention):
            continue
        if lead - other.last > _REACH or _broken(tokens, other.last, lead, text):
            return None
        return other
    return None


def earlier_end(
    value: Any, rule: Supported, ctx: Context, support: Callable[[Any, Supported, Context], Result]
) -> Result | None:
    """(True, "") when the count asks for the value before a change and its number is the
    earlier end of one whose later end its other words count (the module), else None."""
    what = str(getattr(ctx.fact, "what", "") or "")
    wanted = getattr(value, "value", value)
    if isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return None
    if not what or _READING.get():
        return None
    qualifier = getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    rest = later_words(what)
    if not rest or not tokenize(rest):
        return None
    text = ctx.article.text
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        if not asks_earlier(what, tokens):  # not "initial public offerings" the page names
            continue
        mentions = sentence_numbers(ctx.article, index)
        for mention in mentions:
            if abs(mention.value - wanted) > 1e-9 or qualifier not in mention.qualifiers:
                continue
            if _other_span(tokens, mention, what):  # "39.8m tonnes two years earlier"
                continue
            if _other_date(tokens, mention, what):  # "from 4.1 percent in February"
                continue
            later = later_end(tokens, mention, mentions, text)
            if later is not None and _later_read(later, value, rest, rule, ctx, index, support):
                return True, ""
    return None


def _later_read(
    later: NumberMention, value: Any, rest: str, rule: Supported, ctx: Context, index: int,
    support: Callable[[Any, Supported, Context], Result],
) -> bool:  # fmt: skip
    """Whether the count rule reads ``later`` as the count of ``rest`` in sentence ``index``."""
    own = getattr(value, "qualifier", "exact")
    own = str(getattr(own, "value", own))
    qualifier = own if own in later.qualifiers else min(later.qualifiers)
    tokens = ctx.article.sentence_tokens(index)
    written = ctx.article.text[tokens[later.first].start : tokens[later.last].end]
    fields = {"value": later.value, "qualifier": qualifier, "as_written": written}
    if not hasattr(value, "model_copy") or not hasattr(ctx.fact, "model_copy"):
        return False
    shown = value.model_copy(update={k: v for k, v in fields.items() if hasattr(value, k)})
    fact = ctx.fact.model_copy(update={"what": rest, "as_of": None})
    token = _READING.set(True)
    try:
        return support(shown, rule, dataclasses.replace(ctx, fact=fact, sentences=[index]))[0]
    finally:
        _READING.reset(token)
