"""Casualties worded as lives a war or an attack took (an outside check, session 13: "the war
has claimed over 46,000 lives" was no wording of an event's kind ``casualties``), for
:func:`summarizer.verification.events.status_calls.extra_status_cues`:

- a verb of taking ("claimed", "cost", "took", "taken") with "lives" or "life" as its
  object, only an amount, a possessive or "the ... of" between: "has claimed over 46,000
  lives", "claimed the lives of nine workers", "cost 300 lives", "took the life of a
  medic", "cost them their lives", "claimed thousands of lives";
- "lives" with "lost" after it: "lives lost", "lives were lost", "lives have been lost".

Not a casualty: "claimed responsibility", "claimed victory", "claimed to have saved lives"
(the object is another word), "lives in Gaza" (a verb, no taking), "cost billions",
"claimed the lives of soldiers were his concern" (the subject of a claim); nor a
prospect: "could cost thousands of lives", "threatens to claim lives" (a modal or "to"
right before the verb). A negation before the span ("no lives were lost") is read by the
caller. "left 12 dead" and "death toll" are phrases of the vocabulary already.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS, SCALES
from ..page.tokens import word_set

_TAKING = word_set("claimed claims claim claiming cost costs costing took taken taking takes")
_PROSPECTS = word_set("could would may might will shall to must")
# Words that may stand between the verb and "lives": an amount, "the ... of", a possessive.
_BETWEEN = (
    word_set(
        """over more than at least nearly almost about around roughly some an estimated the a
    of his her their its our them him us many countless hundreds thousands dozens scores
    tens millions upwards upward well close to in excess"""
    )
    | NUMBER_WORDS
    | frozenset(SCALES)
)
_LIVES = word_set("lives life")
_LOST = word_set("lost")
_BEEN = word_set("were was have has had been being")
_REACH = 6  # words between the verb and "lives"


def lives_taken(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each wording of lives taken or lost in one sentence's clause-marked
    normal forms (see the module)."""
    found: list[tuple[int, int]] = []
    for index, norm in enumerate(norms):
        if norm in _TAKING and not (index and norms[index - 1] in _PROSPECTS):
            end = _object_lives(norms, index + 1)
            if end is not None:
                found.append((index, end))
        elif norm == "lives":
            after = index + 1
            while after < len(norms) and after <= index + 3 and norms[after] in _BEEN:
                after += 1
            if after < len(norms) and norms[after] in _LOST:
                found.append((index, after + 1))
    return found


def _object_lives(norms: Sequence[str], start: int) -> int | None:
    """The end of "lives"/"life" when it is the verb's object, only amounts and possessives
    before it; None otherwise."""
    for index in range(start, min(start + _REACH + 1, len(norms))):
        norm = norms[index]
        if norm in _LIVES:
            return None if _subject_of_claim(norms, index + 1) else index + 1
        if not (norm in _BETWEEN or norm.replace(",", "").replace(".", "").isdigit()):
            return None
    return None


def _subject_of_claim(norms: Sequence[str], after: int) -> bool:
    """ "claimed the lives of soldiers were his first concern": "lives of ..." is the subject
    of what was claimed (a verb follows in its clause), no lives taken."""
    if after >= len(norms) or norms[after] != "of":
        return False
    for norm in norms[after + 1 : after + 6]:
        if norm == ",":
            return False
        if norm in _CLAIMED_VERBS:
            return True
    return False


_CLAIMED_VERBS = word_set("were are was is would will must should mattered matter matters came")


__all__ = ["lives_taken"]
