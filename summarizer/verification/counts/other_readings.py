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
from typing import Any

from summarizer.comparators import Supported
from ..context import Result, unconfirmed
from ..figures.numbers import NumberMention

# Set while the other numbers are read: their own refusals do not look for others again.
_REREADING: ContextVar[bool] = ContextVar("_REREADING", default=False)


def unread_number(
    value: Any, wanted: float, rule: Supported, sentences: Iterable[int],
    numbers_of: Callable[[int], Sequence[NumberMention]],
    support: Callable[[Any], Result],
) -> Result:  # fmt: skip
    """The refusal of a number that is in its evidence but not next to the field's cue words:
    strong when ``support`` (the field's rule) reads another of the evidence's numbers as the
    field's, unconfirmed otherwise (see the module)."""
    reason = (
        f"{wanted:g} is in its evidence, but not as this field's number "
        f"(no {'/'.join(rule.cues)}{' with ' + rule.unit if rule.unit else ''} next to it)"
    )
    other = other_reading(value, wanted, sentences, numbers_of, lambda v: support(v)[0])
    return unconfirmed(reason) if other is None else (False, f"{reason}; {other:g} is")


def other_reading(
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


def _offered(value: Any, number: float, qualifier: str) -> Any:
    """``value`` with another number (an ``Amount`` keeps its model, a bare number is one)."""
    copy = getattr(value, "model_copy", None)
    if copy is None:
        return number
    return copy(update={"value": number, "qualifier": qualifier})


__all__ = ["other_reading", "unread_number"]
