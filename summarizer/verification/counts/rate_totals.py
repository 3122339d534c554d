"""A rate that is one part of a stated total is not the measure's rate (an outside check,
session 15: "a 73.6% anti-dumping duty and a 6.9% anti-subsidy duty, 80.5% in all" backed a
tariff rate of 73.6, and "duties totalling 62.4%, made up of 50% ... and 12.4% ..." one of
50), for a measure's tariff rate in
:func:`summarizer.verification.counts.number_rules.support_number`.

A *total* is a rate with a word of totalling before it ("totalling 62.4%", "a total of",
"combined duties of", "an overall 35%", "bringing the total to 35%") or after it ("80.5% in
all", "in total", "altogether", "all told", "combined"). A rate of the evidence is a *part*
of that total when:

- it is one of two or more rates of the evidence, in the total's sentence or the one next to
  it, that add up to the total (to a twentieth of a point: "73.6% ... 6.9%, 80.5% in all";
  "a 25% levy on top of a 10% duty, 35% altogether"); or
- it follows the total in the total's sentence after a word of parts ("made up of",
  "including", "comprising", "consisting of", "of which", "split into"): "duties totalling
  45%, including a 17% levy", where the other parts are not given.

A part is refused as *unsupported* (the page gives that number as a part of another rate),
and the total keeps its support: a cue near its parts is near it ("duties of 20.1%, 14.3%
and 3.6% for dumping, subsidies and safeguards respectively, a combined 38%"). A page
stating no total, and a rate that is no part of the total stated ("a 12% duty on tyres"
beside another measure's duties "totalling 30%"), keep the verdict they had.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, clause_gap, word_set

_TOTAL_BEFORE = word_set(
    "total totals totalled totaled totalling totaling combined cumulative overall aggregate"
)
_REACH = 6  # words from a totalling word to its rate, in one clause ("the total to 35%")
_ALL = word_set("all total aggregate")
_UNIT_WORDS = frozenset({"%", "percent", "per", "cent", "pct"})
_TOTAL_AFTER = word_set("altogether combined overall cumulatively together")
_PARTS_LEAD = word_set("including comprising consisting which split made broken")
_TOLERANCE = 0.051  # rates given to a tenth of a point add up to their total within this
_MOST_RATES = 8  # rates a sum is looked for among (every subset of them is tried)

Rate = tuple[int, NumberMention]  # a rate with the index of its sentence


def total(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a rate is stated as a total (see the module), in its own clause: "44.5%
    altogether: a 39% levy" makes 39 no total."""
    for before in range(mention.first - 1, max(mention.first - 1 - _REACH, -1), -1):
        if clause_gap(tokens, before, text) or tokens[before].is_number:
            break
        if tokens[before].norm in _TOTAL_BEFORE:
            return True  # "totalling 62.4%", "brings the total tariff on the valves to 26.5%"
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in _UNIT_WORDS:
        after += 1
    words = [t.norm for t in tokens[after : after + 2]]
    if words[:1] == ["in"] and words[1:] and words[1] in _ALL:
        return True  # "80.5% in all", "35% in total"
    return bool(words) and (words[0] in _TOTAL_AFTER or words == ["all", "told"])


def part_of_total(
    rates: Sequence[Rate], sentence: int, mention: NumberMention, tokens: Sequence[Token],
    totals: Sequence[Rate],
) -> float | None:  # fmt: skip
    """The total a rate is a part of (see the module), or None. ``rates``: the evidence's
    rates other than totals, each with its sentence's index; ``totals``: its totals."""
    for where, whole in totals:
        if abs(where - sentence) > 1 or whole is mention:
            continue
        near = [m for s, m in rates if abs(s - where) <= 1][:_MOST_RATES]
        if _adds_up(mention, near, whole.value):
            return whole.value
        if where == sentence and whole.last < mention.first and mention.value < whole.value:
            between = tokens[whole.last + 1 : mention.first]
            if any(t.norm in _PARTS_LEAD for t in between):
                return whole.value  # "totalling 45%, including a 17% levy"
    return None


def parts_of(rates: Sequence[Rate], sentence: int, mention: NumberMention) -> list[NumberMention]:
    """The rates of a total's own sentence when some of them add up to it ("duties of 20.1%,
    14.3% and 3.6% ..., a combined 38%"): a cue near them is near the total too, however
    long the list between them. Empty for a total with no parts in its sentence."""
    own = [m for where, m in rates if where == sentence][:_MOST_RATES]
    return own if any(_adds_up(m, own, mention.value) for m in own) else []


def _adds_up(mention: NumberMention, rates: Sequence[NumberMention], whole: float) -> bool:
    others = [m.value for m in rates if m is not mention]
    for size in range(1, len(others) + 1):
        for chosen in itertools.combinations(others, size):
            if abs(mention.value + sum(chosen) - whole) <= _TOLERANCE:
                return True
    return False


__all__ = ["Rate", "part_of_total", "parts_of", "total"]
