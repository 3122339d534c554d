"""A rate the evidence ties to another rate's goods is not the measure's rate on them (outside
check 37: "Canada slapped 25 per cent tariffs on ... American goods" beside "a 25 per cent
tariff on most Canadian and Mexican imports and a lower 10 per cent rate on Canadian energy"
gave the tariff on Canadian energy as 25), for a measure's tariff rate
(:func:`summarizer.verification.counts.number_rules.support_number`).

Within one sentence, :mod:`summarizer.verification.counts.rate_owners` gives each rate its goods.
Across the evidence: when the measure names its goods (``targets``) and a sentence of its
evidence ties a rate to one of them ("a lower 10 per cent rate on Canadian energy"), a value
that no sentence ties to them is refused in the other sentences, *unsupported*: the page
gives the rate on those goods, and it is another (in the tying sentence itself, a rate is
read by :mod:`rate_owners`: "an 8% duty until June and 15% after that" are one owner's). A
measure naming no goods, and evidence that ties no rate to them, keep the verdict the other
rules give.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..figures.numbers import NumberMention
from ..page.tokens import Token
from .change_results import changed_to
from .rate_owners import on_targets


def other_target_rate(
    sentences: Sequence[int], wanted: float, fact: Any, text: str,
    tokens_of: Callable[[int], Sequence[Token]],
    numbers_of: Callable[[int], Sequence[NumberMention]],
) -> tuple[str, frozenset[int]]:  # fmt: skip
    """Why ``wanted`` percent is not the rate on the measure's goods (see the module), or "",
    with the evidence sentences that tie a rate to the goods: a rate in one of those is
    read there (:mod:`rate_owners`), not refused here."""
    if not getattr(fact, "targets", None):
        return "", frozenset()
    other: float | None = None
    tied: set[int] = set()
    for index in sentences:
        rates = [m for m in numbers_of(index) if m.unit == "percent"]
        if not rates:
            continue
        tokens = tokens_of(index)
        for mention in rates:
            if not on_targets(tokens, mention, text, fact):
                continue
            if abs(mention.value - wanted) <= 1e-9:
                return "", frozenset()
            other = mention.value if other is None else other
            tied.add(index)
    if other is None or _changed(sentences, wanted, text, tokens_of, numbers_of):
        return "", frozenset()  # "the duty was doubled to 20 per cent" (change_results)
    return f"the evidence gives {other:g}% on the measure's goods, not {wanted:g}%", frozenset(tied)


def _changed(
    sentences: Sequence[int], wanted: float, text: str,
    tokens_of: Callable[[int], Sequence[Token]],
    numbers_of: Callable[[int], Sequence[NumberMention]],
) -> bool:  # fmt: skip
    """Whether a sentence gives ``wanted`` percent as the result of the measure's own change."""
    return any(
        m.unit == "percent" and abs(m.value - wanted) <= 1e-9 and changed_to(tokens_of(i), m, text)
        for i in sentences
        for m in numbers_of(i)
    )


__all__ = ["other_target_rate"]
