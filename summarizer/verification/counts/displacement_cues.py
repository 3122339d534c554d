"""Displacement told by its verb phrase rather than by "displaced" (outside check 43: "has
forced more than 1.7 million people from their homes" backed no count of people displaced),
for :func:`summarizer.verification.counts.number_rules.support_number` (a count whose cues hold
"displac") and :mod:`summarizer.verification.status.status_support` (an event's kind):

- a verb of driving out before the people and "from" or "out of" their homes, villages or
  land after them: "forced 40,000 people from their homes", "drove some 300,000 residents
  out of their villages", "have chased thousands of herders off their land"; the place
  noun is the cue (the verb's object is the count);
- a verb that is displacement by itself: "uprooted 12,000 families", "sent 9,000 villagers
  fleeing", "left 50,000 homeless" (the verb, or "homeless", is the cue).

"returned to their homes", "destroyed 4,000 homes" and "homes were shelled" are no cue: the
direction is back, or the homes are what is counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..events.synonym_senses import attributive
from ..page.tokens import Token, word_set

_DRIVING = word_set(
    """forced force forces forcing drove drive drives driving driven pushed push pushes
    pushing chased chase chases chasing expelled expel expels expelling evicted evict evicts
    evicting ousted oust ousts ousting ejected eject ejects ejecting cleared clear clears
    clearing removed remove removes removing uprooted uproot uproots uprooting displaced"""
)
_AWAY = word_set("from off out")
_PLACES = word_set("homes home villages village towns town land lands houses neighbourhoods")
_SELF = word_set("uprooted uproot uproots uprooting homeless")
_REACH = 8  # tokens from the verb to "from their homes": "forced more than 1.7 million people"


def driven_out(tokens: Sequence[Token]) -> list[int]:
    """Positions of the words that tell displacement by a verb phrase (see the module)."""
    norms = [token.norm for token in tokens]
    found: list[int] = []
    for index, word in enumerate(norms):
        if word in _SELF:
            if word != "homeless" or (
                index and norms[index - 1] not in {"the", "for"} and not attributive(norms, index)
            ):
                found.append(index)  # "left 50,000 homeless"; not "the homeless", "homeless people"
            continue
        if word == "fleeing" and index > 1 and norms[index - 2] in {"sent", "sending", "send"}:
            found.append(index)  # "sent 9,000 villagers fleeing"
            continue
        if word not in _PLACES or index < 2:
            continue
        at = index - 1
        if norms[at] in {"their", "its", "his", "her"}:
            at -= 1
        if norms[at] == "of" and at and norms[at - 1] == "out":
            at -= 1
        if norms[at] not in _AWAY:
            continue
        if any(norms[i] in _DRIVING for i in range(max(at - _REACH, 0), at)):
            found.append(index)
    return found


__all__ = ["driven_out"]
