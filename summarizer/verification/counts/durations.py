"""A truce's length in days read from the other units a page gives it in (an outside check,
session 14: "the pause is due to last two weeks" did not back a ``duration_days`` of 14), for
:func:`summarizer.verification.counts.number_rules.support_number` when the field's unit is days:

- weeks and fortnights are whole days: "two weeks", "a two-week truce", "a week-long
  pause", "one week", "a fortnight" are 14, 14, 7, 7 and 14 days;
- hours are days when they make whole days: "48 hours", "a 72-hour truce" are 2 and 3 days;
  "36 hours" is no whole number of days, and the field asks for days, so 1.5 or 2 is refused
  (unsupported: the page states another length);
- months and years are not converted: a month is 28 to 31 days, so "a month" or "three
  months" given as 30 or 90 days is refused as *unconfirmed* (the length is there, the day
  count is a reading the page does not make); a number outside that span is unsupported.

A length after "every" or "each", or "twice a week", is how often, not how long
(:func:`recurring`). Each length is read as a number of days standing where the page's number
stands, so the other number rules (a cue near it, "within two weeks" being when and not how
long, "two weeks ago" a point in time) decide it as they decide "14 days".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..figures.numbers import NumberMention, qualifiers_at
from ..page.tokens import Token

# Days in one of each unit a length is converted from (a week is always seven days).
_DAYS = {"week": 7.0, "weeks": 7.0, "fortnight": 14.0, "fortnights": 14.0}
_HOURS = frozenset({"hour", "hours"})
# Units a length is only near a number of days in (days in the shortest and the longest).
_ROUGH = {"month": (28, 31), "months": (28, 31), "year": (365, 366), "years": (365, 366)}
_ONE = frozenset({"a", "an", "one"})
# Words that make a length an interval ("every two weeks", "twice a week", "once a fortnight").
_EVERY = frozenset({"every", "each"})
_TIMES = frozenset({"once", "twice", "thrice", "times"})
_PER = frozenset({"per", "apiece"})
_ABOUT = frozenset({"about", "around", "roughly", "some"})


def day_lengths(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], wanted: float
) -> tuple[list[NumberMention], list[NumberMention]]:
    """The lengths a sentence states in weeks, fortnights or hours, as numbers of days (see
    the module), and those in months or years that span ``wanted`` days (read as ``wanted``,
    to be refused as unconfirmed when they are what the field's number matches)."""
    norms = [token.norm for token in tokens]
    exact: list[NumberMention] = []
    rough: list[NumberMention] = []
    for mention in [*mentions, *_single_units(tokens, norms, mentions)]:
        unit = mention.compound or mention.unit
        end = mention.last + 1  # the unit's token
        as_days = _in_days(mention.value, unit)
        if as_days is not None:
            exact.append(_as_days(mention, as_days, norms, end))
            continue
        span = _ROUGH.get(unit)
        if span and span[0] * mention.value <= wanted <= span[1] * mention.value:
            rough.append(_as_days(mention, wanted, norms, end))
    return exact, rough


def recurring(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a length is how often something recurs, not how long anything lasts: after
    "every" or "each" ("reviewed every two weeks", "every 14 days", "once every fortnight"),
    or one of its unit after a count of times or before "per" ("twice a week",
    "three times a week", "a week" in "once a week"; "10 days per rotation")."""
    before = mention.first - 1
    while before >= 0 and tokens[before].norm in _ABOUT:
        before -= 1
    if before >= 0 and tokens[before].norm in _EVERY:
        return True
    after = mention.last + 2  # past the unit ("14 days per")
    if after < len(tokens) and tokens[after].norm in _PER and not mention.compound:
        return True
    one = tokens[mention.first].norm in _ONE  # "a week", read as 7 days by now
    return one and before >= 0 and tokens[before].norm in _TIMES


def _in_days(value: float, unit: str) -> float | None:
    if unit in _DAYS:
        return value * _DAYS[unit]
    if unit in _HOURS and value >= 24 and value % 24 == 0:
        return value / 24
    return None


def _as_days(mention: NumberMention, days: float, norms: Sequence[str], end: int) -> NumberMention:
    """``mention`` as a number of days: its unit "day", its compound "day" when hyphen-joined
    ("a two-week truce"), and the word after its unit as the word after it."""
    if end + 1 < len(norms) and norms[end + 1] == "long":
        end += 1  # "a week-long pause": the word after "long"
    after = norms[end + 1] if end + 1 < len(norms) else ""
    compound = "day" if mention.compound else ""
    return replace(mention, value=days, unit="day", compound=compound, after=after)


def _single_units(
    tokens: Sequence[Token], norms: list[str], mentions: Sequence[NumberMention]
) -> list[NumberMention]:
    """ "a week", "a fortnight", "a month", "an hour": one of the unit, which the number
    reader leaves alone (an article is no number); "one week" is read there already."""
    taken = {index for m in mentions for index in range(m.first, m.last + 1)}
    found = [  # "a weeklong truce": one word, a week long
        NumberMention(
            value=1.0, first=index, last=index, qualifiers=qualifiers_at(norms, index, index),
            unit=norm.removesuffix("long"), compound=norm.removesuffix("long"),
            after=_at(norms, index + 1),
        )
        for index, norm in enumerate(norms)
        if (norm == "weeklong" or _unit_long(tokens, norms, index)) and index not in taken
    ]  # fmt: skip
    for index, norm in enumerate(norms[:-1]):
        unit = norms[index + 1]
        if norm not in _ONE or index in taken or not (unit in _DAYS or unit in _ROUGH):
            continue
        joined = tokens[index + 1].joined
        found.append(
            NumberMention(
                value=1.0, first=index, last=index, qualifiers=qualifiers_at(norms, index, index),
                unit=unit, compound=unit if joined else "", after=_at(norms, index + 2),
            )
        )  # fmt: skip
    return found


def _unit_long(tokens: Sequence[Token], norms: list[str], index: int) -> bool:
    """ "the week-long truce", "its fortnight-long pause": one of the unit with no number or
    article before it ("a week-long" is read as "a week")."""
    if norms[index] not in {"week", "fortnight", "month"} or index + 1 >= len(norms):
        return False
    before = norms[index - 1] if index else ""
    return norms[index + 1] == "long" and tokens[index + 1].joined and before not in _ONE


def _at(norms: Sequence[str], index: int) -> str:
    return norms[index] if index < len(norms) else ""


__all__ = ["day_lengths", "recurring"]
