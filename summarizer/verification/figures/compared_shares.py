"""A count of a change in percent given by the comparison right after its number (session 59,
cn59; outside checks 76, 80 and 91: "cut from 2024, per cent" of "a total allowable catch of
25,028 tonnes, 20% below the 2024 level", "rise on 2024, per cent" of "will reach about €381
billion this year, close to 10 per cent above 2024", "visits up on 2022, percent" of "drew
more than 34 million visits in 2023, 38% up on 2022" were refused as "N is in its evidence,
but not as this field's number": the count's word of change is not written beside the number,
which says its change by the comparison after it).

A percent followed by a word of comparison ("above", "up", "higher", "more"; "below", "down",
"lower", "less", "fewer", "under") and what it is compared with, an earlier time ("on 2022",
"the 2024 level", "than last year"; not "the rest of the region"), is the size of a change of
that direction. So a count whose words name a change of one direction only ("rise",
"increase", "up", "growth"; "fall", "cut", "drop", "decline", "down") and are in percent is
read as such a percent when:

- the comparison's direction is the count's ("20% below" is no rise);
- the count's other words (not its words of change, percent or of the comparison's time) are
  the sentence's before the number, after the number before it of the same unit (another
  thing's change: "imports were 12% above 2024 and exports 4% above" gives exports 4), or, a
  year, in the comparison itself ("below the 2024 level" for "cut from 2024");
- its qualifier is the number's own ("close to 10 per cent" for "approximately").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..context import Context, Result
from ..page.clause_breaks import CLAUSE_BREAKS, CLAUSE_JOINERS_AND
from ..page.tokens import (
    Token,
    four_digit_year,
    tokenize,
    word_set,
)
from .numbers import NumberMention, sentence_numbers

_RISES = word_set(
    "rise rises risen increase increases up growth gain gains jump higher more above climb"
)
_FALLS = word_set(
    """fall falls fallen cut cuts drop drops decline declines decrease down lower below fewer
    less under reduction slide loss"""
)
_AFTER_UP = word_set("above up higher more")
_AFTER_DOWN = word_set("below down lower less fewer under")
_COMPARED = word_set("on than from the its their a last in")
_EARLIER_TIMES = word_set(
    "year month week quarter previous preceding prior earlier before ago last"
)
_PERCENT = word_set("percent per cent pct percentage")
_SPARE = word_set("in on from of the a an to by than over since compared with and year")


def _words(what: str) -> list[str]:
    return [t.norm for t in tokenize(what.replace("%", " percent "))]


def compared_share(value: Any, ctx: Context) -> Result | None:
    """(True, "") when the count is a change in percent its sentence gives by the comparison
    after its number (the module), else None."""
    what = str(getattr(ctx.fact, "what", "") or "")
    wanted = getattr(value, "value", value)
    if isinstance(wanted, bool) or not isinstance(wanted, int | float):
        return None
    words = _words(what)
    rises, falls = bool(_RISES.intersection(words)), bool(_FALLS.intersection(words))
    if _PERCENT.isdisjoint(words) or rises == falls:
        return None
    qualifier = getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    rest = [w for w in words if w not in _RISES | _FALLS | _PERCENT | _SPARE]
    if not rest:  # "rise, per cent" names no thing of its own to find
        return None
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = sentence_numbers(ctx.article, index)
        for mention in mentions:
            if mention.unit != "percent" or abs(mention.value - wanted) > 1e-9:
                continue
            if qualifier not in mention.qualifiers or _direction(tokens, mention) != rises:
                continue
            if _named(tokens, mention, mentions, rest, ctx.article.text):
                return True, ""
    return None


def _past_unit(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index of the first token after the number and its "%" or "per cent"."""
    at = mention.last + 1
    while at < len(tokens) and (tokens[at].norm in _PERCENT or tokens[at].norm == "%"):
        at += 1
    return at


def _direction(tokens: Sequence[Token], mention: NumberMention) -> bool | None:
    """True for "38% up on 2022", False for "20% below the 2024 level", None for no
    comparison right after the number."""
    at = _past_unit(tokens, mention)
    if at + 1 >= len(tokens):
        return None
    word, then = tokens[at].norm, tokens[at + 1]
    if then.norm not in _COMPARED and not four_digit_year(then.text):
        return None
    compared = tokens[at + 1 : at + 7]  # a time: "on 2022", "than a year ago", "the 2024 level"
    if not any(t.norm in _EARLIER_TIMES or four_digit_year(t.text) for t in compared):
        return None  # "8% above the rest of the region" is no change
    if word in _AFTER_UP:
        return True
    if word in _AFTER_DOWN:
        return False
    return None


def _named(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    rest: Sequence[str], text: str,
) -> bool:  # fmt: skip
    """Whether each of the count's other words is the sentence's before the number (after any
    earlier number of its unit and in the number's own clause), or a year in the comparison
    after it."""
    start = max(
        (m.last + 1 for m in mentions if m.last < mention.first and m.unit == mention.unit),
        default=0,
    )
    start = max(start, _clause_start(tokens, mention, text))
    before = [t.norm for t in tokens[start : mention.first]]
    at = _past_unit(tokens, mention)
    after = {t.norm for t in tokens[at : at + 4]}
    for word in rest:
        if four_digit_year(word):
            if word not in after:
                return False
        elif not any(w.startswith(word[:5]) for w in before if len(w) >= 3):
            return False
    return True


def _clause_start(tokens: Sequence[Token], mention: NumberMention, text: str) -> int:
    """The first token of the number's clause: after the last ";", ":" or dash before it, or
    the last ", yet", ", but", ", while", ", and" (review rv59n: "Ticket sales slumped in the
    spring, yet the club's overall income was 9% above 2025" gives no rise in ticket sales)."""
    for at in range(mention.first, 0, -1):
        gap = text[tokens[at - 1].end : tokens[at].start]
        if any(mark in gap for mark in CLAUSE_BREAKS):
            return at
        if "," in gap and tokens[at].norm in CLAUSE_JOINERS_AND:
            return at + 1  # the clause opens after its joining word
    return 0
