"""A tariff rate read through three shapes of a change (an outside check, session 18), for a
measure's tariff rate in :func:`summarizer.verification.counts.number_rules.support_number`:

- a *range before the new rate*: "will increase from 0-7.5 percent to 25 percent", "from 4 to
  6 per cent to 18 per cent": the range is the value before the change (both of its ends are
  refused), and the rate after the last "to" is the new rate, read as after a single old
  value (:func:`range_start` gives the "from" of such a range);
- an *earlier measure named by its rate*: "The earlier 25 per cent tariff ... has come into
  effect", "the previously announced 30 percent duty is now in force": "earlier" dates the
  measure (the first announced of two), not its rate, when the rate stands before the tariff
  word and the sentence tells of no change of a rate (no "raised", "from ... to", ...), so the
  number is that measure's rate (:func:`earlier_measure`); "raised to 40 percent from an
  earlier 25 percent" keeps 25 as the value before the change;
- an *added duty beside the total it brings*: "a new duty of 25 percent ..., bringing the
  total tariff to 35 percent": the duty marked as added ("new", "additional", "fresh",
  "extra", "further", "added") has its own rate, which is no mere part of the total
  (:func:`added_part`; "a 9.1% countervailing duty on top of a 17.4% anti-dumping duty brings
  the total to 26.5%" is two parts of one tariff, and 9.1 stays a part), and the total it
  brings the goods to is the rate with the other duties, not the measure's own: refused as
  unconfirmed (:func:`brought_total`), since a page may call the total the tariff on the
  goods.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, clause_gap, word_set
from .amounts import previous_value

_SPAN_LINKS = word_set("to and")
_UNITS = word_set("% percent per cent pct")
_EARLIER = word_set("earlier previous previously prior first")
_SKIP_BEFORE = word_set("the a an its their announced imposed declared")
_RATE_NOUNS = word_set(
    """tariff tariffs duty duties levy levies surtax surcharge surcharges rate rates charge
    charges"""
)
_CHANGE = word_set(
    """raise raised raises raising increase increased increases rise rose risen rises lift
    lifted hike hiked doubled cut cuts lowered reduced replaced replaces superseded climb
    climbed climbs up down"""
)
_ADDED = word_set("new additional fresh extra further added another")
_BRINGS = word_set(
    "bringing brings bring brought taking takes take took lifting lifts pushing pushes raising"
)
_TOTALS = word_set("total combined overall cumulative aggregate")


def range_start(
    tokens: Sequence[Token], old: NumberMention, mentions: Sequence[NumberMention]
) -> int:
    """The index of the word before the old value of a change, stepping back over the low end
    of a range ("from 0-7.5 percent", "from 4 to 6 per cent"): the "from" of "from A-B% to C%"
    (the hyphen is dropped by the tokenizer, so the two numbers stand side by side), or
    ``old.first - 1`` when the old value is no range's high end."""
    before = old.first - 1
    if before >= 0 and tokens[before].is_number:
        before -= 1  # "0-7.5": the low end right before the high one
    elif before >= 1 and tokens[before].norm in _SPAN_LINKS and tokens[before - 1].is_number:
        before -= 2  # "from 4 to 6 per cent to 18 per cent"
    else:
        return old.first - 1
    return before if before >= 0 and tokens[before].norm == "from" else old.first - 1


def old_range_end(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:
    """Whether a rate is an end of the range a change starts from ("from 0-7.5 percent to 25
    percent": 0 and 7.5): a range after "from" followed by "to" and the new rate."""
    low = next((m for m in mentions if m.first == mention.last + 1), None)
    if low is None:  # the low end right before a high end: the hyphenated "0-7.5"
        low = next((m for m in mentions if 1 <= mention.last + 2 - m.first <= 2), None)
        low = low if low and low.first == mention.last + 2 else None
        low = low if low and tokens[mention.last + 1].norm in _SPAN_LINKS else None
    high = low if low is not None else mention
    start = range_start(tokens, high, mentions)
    if start < 0 or tokens[start].norm != "from" or start == high.first - 1:
        return False
    after = high.last + 1
    while after < len(tokens) and tokens[after].norm in _UNITS:
        after += 1
    return after + 1 < len(tokens) and tokens[after].norm == "to" and tokens[after + 1].is_number


def earlier_measure(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether "earlier" before a rate dates the measure the rate names, not the rate (see the
    module): "The earlier 25 per cent tariff ... has come into effect"."""
    before = mention.first - 1
    earlier = False
    while before >= 0 and (tokens[before].norm in _EARLIER or tokens[before].norm in _SKIP_BEFORE):
        earlier = earlier or tokens[before].norm in _EARLIER
        before -= 1
    if not earlier:
        return False
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in _UNITS:
        after += 1
    noun = next(
        (i for i in range(after, min(after + 3, len(tokens))) if tokens[i].norm in _RATE_NOUNS),
        None,
    )  # "the earlier 25 per cent "reciprocal" tariff"
    if noun is None:
        return False
    rest = tokens[noun + 1 :]
    if any(t.norm in _CHANGE for t in rest):
        return False  # "the earlier 25 percent tariff was raised to 50 percent"
    return not any(
        t.norm == "to" and i + 1 < len(rest) and rest[i + 1].is_number for i, t in enumerate(rest)
    )


def added_part(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a rate is that of a duty marked as added (see the module): "a new duty of 25
    percent", "an additional 25% tariff", "added a 10% tariff"."""
    window = [t.norm for t in tokens[max(mention.first - 5, 0) : mention.first]]
    return any(word in _ADDED or word in {"add", "adds", "adding"} for word in window)


def brought_total(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether a rate is the total an added duty brings the goods to ("a new duty of 25
    percent ..., bringing the total tariff to 35 percent"): a bringing word and a totalling
    word before it in its clause, and an added duty's rate earlier in the sentence."""
    brings = totals = False
    for before in range(mention.first - 1, max(mention.first - 9, -1), -1):
        brings = tokens[before].norm in _BRINGS
        totals = totals or tokens[before].norm in _TOTALS
        if brings or clause_gap(tokens, before, text):
            break
    if not (brings and totals):
        return False
    return any(
        m.last < mention.first and m.value < mention.value and added_part(tokens, m)
        for m in mentions
        if m is not mention
    )


def before_change(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str,
    percent: bool,
) -> bool:  # fmt: skip
    """Whether a number is the value before a change (:func:`amounts.previous_value`), unless
    it is the rate of an earlier measure (:func:`earlier_measure`); a rate is also one when it
    is an end of the range a change starts from (:func:`old_range_end`)."""
    if not percent:
        return previous_value(tokens, mention) or named_before(tokens, mention)
    if named_before(tokens, mention):
        return True
    if previous_value(tokens, mention) and not earlier_measure(tokens, mention, text):
        return True  # "raised to 40 percent from an earlier 25 percent"
    return old_range_end(tokens, mention, mentions)  # "from 0-7.5 percent to 25 percent"


# Nouns of a figure named before its number after "from" ("up from an initial count of 11"),
# the words that date it earlier, and words of change before "from".
_FIGURES = word_set("count tally toll figure estimate total level reading number")
_INITIAL = word_set("initial earlier previous prior original first")
_DETERMINERS = word_set("a an the its their his her")
_FROM_CHANGES = word_set(
    """up down rose risen fell fallen climbed dropped increased decreased jumped grew grown
    revised raised lowered cut"""
)
# Participles of a standing value after "having" ("having stood at 8,000 a week ago").
_STOOD = word_set("stood been")


def named_before(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a number is the value before a change named by its noun (review rvct33): "up
    from an initial count of 11", "revised from a previous estimate of 24" (after "from", an
    earlier word or a word of change before it), or a perfect participle of standing ("the
    toll, having stood at 8,000 a week ago"), which puts its figure before the clause's
    time. "data from a count of 500 homes" is no change, and "having killed 12" is the act."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGED:
        at -= 1
    if at >= 2 and tokens[at].norm == "at" and tokens[at - 1].norm in _STOOD:
        return tokens[at - 2].norm == "having"
    if at < 2 or tokens[at].norm != "of" or tokens[at - 1].norm not in _FIGURES:
        return False
    at -= 2
    marked = False
    while at >= 0 and tokens[at].norm in _INITIAL | _DETERMINERS:
        marked = marked or tokens[at].norm in _INITIAL
        at -= 1
    if at < 0 or tokens[at].norm != "from":
        return False
    return marked or (at > 0 and tokens[at - 1].norm in _FROM_CHANGES)


_HEDGED = word_set("about around roughly nearly almost some just over")


__all__ = [
    "added_part",
    "before_change",
    "brought_total",
    "earlier_measure",
    "named_before",
    "old_range_end",
    "range_start",
]
