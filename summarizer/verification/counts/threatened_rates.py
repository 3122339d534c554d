"""A rate only threatened (or set out in a letter) beside the rate adopted in the same
sentence is not the measure's rate (session 24, the review's false accepts: "Trump threatened
50 percent but settled on 15 percent" gave 50 to the tariff imposed), for the tariff words of
:func:`summarizer.verification.counts.rate_nouns.former_rate`.

A fact-checker reads the rate a threat names as the threat's, and the rate the sentence says
was agreed, settled or imposed as the measure's. So for a fact whose status says the measure
was adopted (``announced``, ``imposed``, ``in_force``, ``enacted``, ``suspended``,
``lifted``, ``passed_one_chamber``), a percent is refused when a word of threat or proposal
("threatened", "threat", "warned", "floated", "proposed", "letter") stands within a few
words of it in its clause (back to the clause mark, another number or a turn: "but",
"before", "then", "instead"), no word of adoption ("imposed", "agreed", "settled",
"levied") stands there, and the sentence writes another rate that is no threat's. "Trump
imposed the 25 percent tariff he had threatened" keeps 25 (the adoption is there); a threat
in another sentence than the agreed rate is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_ADOPTED = word_set("announced imposed in_force enacted suspended lifted passed_one_chamber")
_THREATS = word_set(
    """threatened threatening threatens threaten threat threats warned floated mooted
    proposed proposal letter letters"""
)
_ADOPTION = word_set(
    """imposed imposes impose imposing agreed agree agrees settled settle settles levied
    levies applied applies apply finalised finalized fixed enacted"""
)
_TURNS = word_set("but before then instead while whereas yet only after later")
_BACK, _AHEAD = 6, 8


def _window(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[str]:
    """The words around ``mention`` in its clause, up to a clause mark, another number or a
    turn, ``_BACK`` words back and ``_AHEAD`` on."""
    back = range(mention.first - 1, max(mention.first - 1 - _BACK, -1), -1)
    ahead = range(mention.last + 1, min(mention.last + 1 + _AHEAD, len(tokens)))
    words = []
    for steps in (back, ahead):
        for at in steps:
            left, right = sorted((at, at + 1 if steps is back else at - 1))
            if text[tokens[left].end : tokens[right].start].strip():
                break  # a comma, a semicolon, a dash: the clause ends
            if tokens[at].is_number or tokens[at].norm in _TURNS:
                break
            words.append(tokens[at].norm)
    return words


def threatened_only(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    fact: Any, text: str,
) -> str:  # fmt: skip
    """What ``mention`` is when it is a rate only threatened beside an adopted one (see the
    module), or ""."""
    status = str(getattr(getattr(fact, "status", None), "value", ""))
    if status not in _ADOPTED or not _threat(tokens, mention, text):
        return ""
    adopted = [
        m
        for m in mentions
        if m is not mention and m.unit == mention.unit and m.value != mention.value
        and not _threat(tokens, m, text)
    ]  # fmt: skip
    if not adopted:
        return ""
    return f"a rate only threatened or proposed, beside the {adopted[0].value:g}% adopted"


def _threat(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    words = set(_window(tokens, mention, text))
    return not words.isdisjoint(_THREATS) and words.isdisjoint(_ADOPTION)


__all__ = ["threatened_only"]
