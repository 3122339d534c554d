"""A rate changed to, told right after the rate it changed ("a 10 percent rate on new Airbus
aircraft, later raised to 15 percent"), is the rate of the same goods (an outside check,
session 21: 15 was accepted as the rate on wine, whose 25 percent the sentence told before),
for a measure's tariff rate (:mod:`summarizer.verification.counts.rate_owners`,
:mod:`summarizer.verification.counts.rate_words`).

The shape: a rate; a comma; an optional "which"/"that"/"it" and auxiliaries ("was", "has
been", "had been") and adverbs of time ("later", "since", "subsequently", "then", "now",
"in 2019" is read after the rate); a verb of changing a level ("raised", "increased",
"lifted", "hiked", "doubled", "tripled", "cut", "lowered", "reduced", "trimmed", "halved",
"eased", "brought"); "to"; the new rate. The new rate has no goods of its own: it takes the
goods of the rate before it (so "15 percent" is refused for a measure on wine when the
sentence puts another rate on wine), and stands as near a tariff word as that rate does.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_CHANGES = word_set(
    """raised increased lifted hiked doubled tripled cut lowered reduced trimmed halved eased
    brought pushed"""
)
_LEADING = word_set(
    """which that it was were has have had been being later since subsequently then now
    afterwards eventually itself"""
)


def _percent_at(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether the number at ``index`` is a percent ("10 percent", "10 per cent", "10%")."""
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    after = text[tokens[index].end : tokens[index].end + 2]
    return following in {"percent", "per", "pc"} or after.lstrip().startswith("%")


def changed_from(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The index of the number of the rate that the rate starting at ``first`` was changed
    from (see the module), or None."""
    index = first - 1
    if index < 2 or tokens[index].norm != "to":
        return None
    index -= 1
    if tokens[index].norm not in _CHANGES:
        return None
    while index > 0 and tokens[index - 1].norm in _LEADING:
        index -= 1
    if "," not in text[tokens[index - 1].end : tokens[index].start]:
        return None
    for back in range(index - 1, max(index - 9, -1), -1):
        gap = text[tokens[back].end : tokens[back + 1].start]
        if ";" in gap or ":" in gap:
            return None
        if tokens[back].is_number and _percent_at(tokens, back, text):
            return back
    return None


__all__ = ["changed_from"]
