"""A meeting that someone will host, chair or attend is ``scheduled`` (an outside check,
session 25: checks 54-57's statuses worded in the text's own verbs), for
:func:`summarizer.verification.events.status_calls.extra_status_cues`.

The shape: a marker of a time to come ("will", "is to", "are due to", "is set to", "are
expected to") then a verb whose object is the meeting itself, its noun a determiner and at
most three modifiers after the verb ("Macron and Starmer will co-chair a coalition summit in
Paris on September 4", "Lula is to host the group's 17th summit", "the envoys are due to
attend the next round"). Whatever the verb, a meeting someone is to take a part in is planned.

Deliberately not read:

- a verb that keeps the meeting from happening or someone from it ("will skip the summit",
  "is set to boycott the talks", "will postpone the meeting"): :data:`_AGAINST`;
- a negated plan ("will not attend the summit", "is no longer expected to host"): a negation
  in the span;
- another object ("will brief reporters on the summit", "will discuss the outcome of the
  talks"): a preposition or any non-modifier before the noun ends the reading;
- a meeting looked back on ("will remember the summit as", "will judge the talks", "will
  mark the summit's anniversary"): :data:`_AGAINST` and :data:`_RECORDS` (session 26);
- an earlier meeting ("will review last year's summit", "the previous round"): the earlier words of
  :func:`meeting_closed.meeting_after`;
- a wish or a condition ("would host", "could attend", "if he will host"): only the plain
  markers of a plan are read, and a condition before the marker refuses it.

Known limits: a plan the article later undoes is left to the caller's contradiction guard; a
meeting's own day or place is not required here (the caller's other-occasion guards read it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .meeting_closed import OBJECT_PREPOSITIONS, meeting_after

Span = tuple[int, int]

_MEETINGS = word_set(
    "summit meeting talks session negotiations conference gathering retreat round summitry"
)
_MARKERS = (("will",), ("is", "to"), ("are", "to"), ("is", "due", "to"), ("are", "due", "to"),
            ("is", "set", "to"), ("are", "set", "to"), ("is", "expected", "to"),
            ("are", "expected", "to"))  # fmt: skip
_MARKER_OPENERS = frozenset(marker[0] for marker in _MARKERS)
_AGAINST = word_set(
    """skip boycott miss avoid shun cancel postpone delay scrap call suspend abandon snub
    leave quit quitting end close wind wrap conclude adjourn review recall discuss criticise
    criticize condemn oppose remember judge assess mark commemorate analyse analyze evaluate
    recount describe revisit blame investigate probe"""
)
# Nouns after the meeting's that make it the owner of something looked back on ("will mark
# the summit's anniversary", "will study the talks' outcome"): session 26 review.
_RECORDS = word_set(
    """anniversary anniversaries outcome outcomes result results legacy aftermath fallout
    failure collapse record minutes"""
)
_NEGATIONS = word_set("not never no longer")
_DETERMINERS = word_set("the a an its their his her this next")
_CONDITIONS = word_set("if unless whether")


def meeting_ahead(norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of a marker of a plan, a verb and the meeting as its object, in one
    sentence's norms (see the module)."""
    found: list[Span] = []
    # only where a marker's first word stands (any other word matches none of them)
    for index in [at for at, norm in enumerate(norms) if norm in _MARKER_OPENERS]:
        for marker in _MARKERS:
            if tuple(norms[index : index + len(marker)]) != marker:
                continue
            if _conditional(norms, index):
                break
            verb = index + len(marker)
            noun = _object(norms, verb)
            if noun is not None and norms[noun + 1 : noun + 2] and norms[noun + 1] in _RECORDS:
                noun = None
            if noun is not None:
                found.append((index, noun + 1))
            break
    return found


def _object(norms: Sequence[str], verb: int) -> int | None:
    """The meeting noun a verb (one or two words: "co chair", "take part in" is not read)
    takes as object, or None."""
    for width in (1, 2):
        words = norms[verb : verb + width]
        if len(words) < width or any(w in _NEGATIONS or w in _AGAINST for w in words):
            return None
        if any(w in _DETERMINERS or w in OBJECT_PREPOSITIONS or not w[:1].isalpha() for w in words):
            return None
        noun = meeting_after(norms, verb + width, _MEETINGS, _DETERMINERS, _NEGATIONS)
        if noun is not None:
            return noun
    return None


def _conditional(norms: Sequence[str], index: int) -> bool:
    """A condition or question word in the clause before the marker."""
    for step in range(index - 1, max(index - 6, -1), -1):
        if norms[step] == ",":
            return False
        if norms[step] in _CONDITIONS:
            return True
    return False


__all__ = ["meeting_ahead"]
