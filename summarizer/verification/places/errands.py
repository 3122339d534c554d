"""Places of a trip or a leg that are not the event's own, for the meeting and event place rule
(:func:`summarizer.verification.places.replaced_places.place_reading`; an outside check, 38):

- *a preparatory trip*: "Officials flew to Oslo to prepare a meeting of the leaders in
  Stockholm", "Envoys travelled to Nairobi on Monday to arrange a summit in Arusha": the place
  a verb of travel leads to, with "to prepare / arrange / plan / lay the groundwork" after it,
  is where the officials went, not where the meeting is;
- *a flight's destination*: "a Yemenia service to Amman took off from Sanaa", "A charter
  flight to Istanbul left Kabul": the place after a flight's "to" is where it was going, not
  where the event (its taking off) happened;
- *the next leg of talks*: "the consultations ended in Washington ...; the two sides agreed to
  continue consultations in Beijing": where talks will continue or resume is not where the
  ended talks were, when the fact's evidence says they ended somewhere ("ended in",
  "concluded in").

Each is one reading of two (the officials' trip may be part of it, a flight's landing is an
event too), so the rule refuses the place as unconfirmed, never unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, word_set

_TRAVEL = word_set(
    """fly flies flew flown flying travel travels travelled traveled travelling traveling
    go goes went gone going head heads headed heading jet jetted sent send dispatched
    arrive arrived arrives visit visited visits"""
)
_PREPARE = word_set(
    """prepare prepares prepared preparing arrange arranges arranged arranging organise
    organize organised organized plan lay pave paving set up groundwork preparatory"""
)
_FLIGHT = word_set("flight flights service services plane planes charter jet airliner")
_TAKE_OFF = word_set("off left leaves departed departs took")
_GO_ON = word_set(
    "continue continues continued continuing resume resumes resumed resuming reconvene reconvenes"
)
_ENDED = word_set("ended concluded closed finished wrapped")
_CUES = _TRAVEL | _FLIGHT | _GO_ON


def errand(tokens: Sequence[Token], start: int, size: int, ctx: Any = None) -> bool:
    """Whether the place at ``tokens[start : start + size]`` is a trip's or a leg's (see the
    module), not the event's own."""
    if start < 2 or tokens[start - 1].norm not in ("to", "in"):
        return False
    words = [t.norm for t in tokens]
    if _CUES.isdisjoint(words):
        return False  # the cheap gate: no verb of travel, flight or going on
    before = words[max(start - 6, 0) : start - 1]
    if words[start - 1] == "to":
        after = words[start + size : start + size + 9]
        if not _TRAVEL.isdisjoint(before[-4:]) and any(
            word == "to" and after[i + 1 : i + 2] and after[i + 1] in _PREPARE
            for i, word in enumerate(after)
        ):
            return True  # "flew to Oslo to prepare a meeting"
        # "a service to Amman took off from Sanaa"
        return not _FLIGHT.isdisjoint(before[-3:]) and not _TAKE_OFF.isdisjoint(words)
    return not _GO_ON.isdisjoint(before) and _ended_elsewhere(ctx)


def _ended_elsewhere(ctx: Any) -> bool:
    """Whether the fact's evidence says talks ended in a place ("ended in Washington")."""
    if ctx is None:
        return False
    for tokens in ctx.sentence_tokens():
        for i, token in enumerate(tokens[:-2]):
            if token.norm in _ENDED and tokens[i + 1].norm == "in" and tokens[i + 2].capitalised:
                return True
    return False


__all__ = ["errand"]
