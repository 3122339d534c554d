"""Whether a number the rules could not read as a field's is contradicted or only unread.

A field's number that is in its evidence but not next to the field's cue words ("84 is in its
evidence, but not as this field's number") was a strong flag. Measured on the outside checks
50-69 (session 31), that reason was a false alarm as often as it caught a planted number (55
and 55), and on the unseen checks 70-71 three times as often (16 and 5): the words are there,
and the rules simply did not read their role, which is what an *unconfirmed* flag says. It is
a contradiction only when the same evidence gives the field another number: "with 84
co-sponsors" against a value of 500 (the tariff's number). So the strong flag is kept exactly
when another of the evidence's numbers reads as the field's by the same rule; otherwise the
flag is unconfirmed (session 32; the split kept 54 of the 55 right strong flags on 50-69 and
moved 40 of the 55 false ones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from functools import partial
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, unconfirmed
from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .durations import day_lengths
from .sentence_numbers import numbers_of_sentence

# Words before a capitalised noun that make it and the number after it a label ("on Route 9",
# "in Ward 7", "at Gate 3"): the number names a thing, it counts nothing (review rvst32).
_LABEL_LEADS = word_set("on at in from near to along off via into onto of by")
# Places and vehicles a count's deed happened in or on ("killed villagers in 3 hamlets",
# "displaced families across 7 districts", "flown out on 2 helicopters"): not its people.
_WHERE = word_set("in across on from into throughout within aboard")

# Set while the other numbers are read: their own refusals do not look for others again.
_REREADING: ContextVar[bool] = ContextVar("_REREADING", default=False)


def unread_number(
    value: Any, wanted: float, rule: Supported, ctx: Context, support: Callable[[Any], Result]
) -> Result:
    """The refusal of a number that is in its evidence but not next to the field's cue words:
    strong when ``support`` (the field's rule) reads another of the evidence's numbers as the
    field's, unconfirmed otherwise (see the module). A length in days also offers the lengths
    the evidence writes in weeks or hours, as the rule reads them: "a two-week ceasefire" is 14
    days, "a 48-hour truce" 2 (review rvst32)."""
    reason = (
        f"{wanted:g} is in its evidence, but not as this field's number "
        f"(no {'/'.join(rule.cues)}{' with ' + rule.unit if rule.unit else ''} next to it)"
    )
    tokens_of = ctx.article.sentence_tokens
    numbers_of = _named_out(
        partial(numbers_of_sentence, ctx.article), tokens_of, rule.kind == "count"
    )
    if rule.unit == "day":
        numbers_of = _with_lengths(numbers_of, tokens_of)
    other = _other_reading(value, wanted, ctx.sentences, numbers_of, lambda v: support(v)[0])
    return unconfirmed(reason) if other is None else (False, f"{reason}; {other:g} is")


def _other_reading(
    value: Any, wanted: float, sentences: Iterable[int],
    numbers_of: Callable[[int], Sequence[NumberMention]],
    supports: Callable[[Any], bool],
) -> float | None:  # fmt: skip
    """Another number of the evidence that ``supports`` reads as the field's, or None. Each
    is offered as the value with the qualifier its own words carry ("about 80" is read as
    about 80), so a qualifier never hides the contradiction."""
    if _REREADING.get():
        return None
    token = _REREADING.set(True)
    try:
        tried: set[tuple[float, str]] = set()
        for index in sentences:
            for mention in numbers_of(index):
                qualifier = "exact" if "exact" in mention.qualifiers else min(mention.qualifiers)
                if mention.value == wanted or (mention.value, qualifier) in tried:
                    continue
                tried.add((mention.value, qualifier))
                if supports(_offered(value, mention.value, qualifier)):
                    return mention.value
    finally:
        _REREADING.reset(token)
    return None


def _with_lengths(
    numbers_of: Callable[[int], Sequence[NumberMention]],
    tokens_of: Callable[[int], Sequence[Token]],
) -> Callable[[int], Sequence[NumberMention]]:  # fmt: skip
    """``numbers_of`` and each sentence's lengths in weeks, fortnights or hours as days (the
    exact ones :func:`.durations.day_lengths` reads; a month's rough span is never offered)."""

    def numbers(index: int) -> Sequence[NumberMention]:
        plain = numbers_of(index)
        return [*plain, *day_lengths(tokens_of(index), plain, 0.0)[0]]

    return numbers


def _named_out(
    numbers_of: Callable[[int], Sequence[NumberMention]],
    tokens_of: Callable[[int], Sequence[Token]], counting: bool,
) -> Callable[[int], Sequence[NumberMention]]:  # fmt: skip
    """``numbers_of`` without the numbers that only name a thing ("on Route 9", "H.R. 4471",
    "No. 5") and, for a count, those right after a preposition of place ("in 3 hamlets", "on 2
    helicopters"): the rules may take them for the field's by their nearness to its cue
    words, but a fact-checker reads no other value of the field in them, so they never make
    the refusal strong (review rvst32). Only the reread drops them; the field's own value
    is read as before."""

    def numbers(index: int) -> Sequence[NumberMention]:
        tokens = tokens_of(index)
        return [m for m in numbers_of(index) if not _label(tokens, m.first, counting)]

    return numbers


def _label(tokens: Sequence[Token], first: int, counting: bool) -> bool:
    if first < 1 or first >= len(tokens) or not tokens[first].is_number:
        return False
    before = tokens[first - 1]
    if counting and before.norm in _WHERE:
        return True
    if not before.capitalised or before.is_number:
        return False
    gap = tokens[first].start - before.end  # ". " after an abbreviation: "H.R. 4471", "No. 5"
    dotted = gap == 2 and len(before.text) <= 2 and (before.norm == "no" or first >= 2)
    dotted = dotted and (before.norm == "no" or tokens[first - 2].capitalised)
    led = first >= 2 and tokens[first - 2].norm in _LABEL_LEADS
    return dotted or led


def _offered(value: Any, number: float, qualifier: str) -> Any:
    """``value`` with another number (an ``Amount`` keeps its model, a bare number is one)."""
    copy = getattr(value, "model_copy", None)
    if copy is None:
        return number
    return copy(update={"value": number, "qualifier": qualifier})


__all__ = ["unread_number"]
