"""A meeting brought to its end by those at it is ``held`` (an outside check, session 25:
checks 54-57's statuses worded in the text's own verbs), for
:func:`summarizer.verification.events.status_calls.extra_status_cues`.

The shape: a past verb of ending whose object is the meeting itself, the meeting's noun a
few words after it with no preposition between ("The Group of Seven wound up its two-day
meeting", "Ramaphosa brought the summit to a close", "the host declared the summit closed",
"Borrell wrapped up the talks", "the chair concluded the session"). A meeting someone
closed has been held, whatever verb of closing the outlet picks.

Deliberately not read:

- a verb that is no past ("will wind up the summit", "is due to close the meeting", "hopes
  to bring the talks to a close"): the base or future form never matches, and the caller
  reads "to be", negations and prospects;
- an end still to come or a condition ("before the chair closed the summit", "once he has
  wrapped up the talks", "if ... ended the meeting"): the words of :data:`_NOT_YET` in the
  clause before the verb;
- another object ("closed the border ahead of the summit", "ended the truce at the talks",
  "closed the door on a meeting"): a preposition, or any word outside the meeting's
  modifiers, between the verb and the noun;
- an earlier meeting ("closed last year's summit", "wound up the previous round"): the
  words of :data:`_EARLIER` among the modifiers;
- a meeting cut off rather than held ("ended the talks before they began"): "before" right
  after.

Known limits: a meeting ended "early" or "abruptly" is still read as held (it was); a verb of
ending whose subject walked out ("Kurti ended the meeting by leaving") is still held, as the
meeting took place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

Span = tuple[int, int]

_MEETINGS = word_set(
    "summit meeting talks session sessions negotiations conference gathering retreat round "
    "summitry forum"
)
# Past verbs of ending that take the meeting as object; each with the particle it needs.
_ENDING = {
    "wound": "up",
    "wrapped": "up",
    "closed": "",
    "concluded": "",
    "ended": "",
    "adjourned": "",
    "brought": "",  # "brought the summit to a close / an end"
    "declared": "",  # "declared the summit closed / over"
}
_BROUGHT_TO = (("to", "a", "close"), ("to", "an", "end"), ("to", "a", "conclusion"))
_DECLARED = word_set("closed over ended concluded")
# Words that may stand between the verb and the meeting's noun: its determiners and the
# modifiers of a meeting ("its two-day", "the 17th", "the annual", "the EU-China").
_DETERMINERS = word_set("the its their a his her this")
_MAX_MODIFIERS = 3
OBJECT_PREPOSITIONS = word_set(
    "on of over to for about at in into against with ahead after before from by around"
)
_EARLIER = word_set("last previous earlier former prior")
_NOT_YET = word_set("once when until till before if unless whenever after")
_BEGAN = word_set("began begun started opened start begin got")


def meeting_closed(norms: Sequence[str]) -> list[Span]:
    """(start, end) spans of a past verb of ending whose object is a meeting, in one
    sentence's norms (see the module)."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        particle = _ENDING.get(norm)
        if particle is None or _not_yet(norms, index):
            continue
        at = index + 1
        if particle:
            if norms[at : at + 1] != [particle]:
                continue
            at += 1
        noun = meeting_after(norms, at, _MEETINGS, _DETERMINERS)
        if noun is None:
            continue
        end = noun + 1
        if norm == "brought":
            close = _brought_to(norms, end)
            if close is None:
                continue
            end = close
        elif norm == "declared":
            if norms[end : end + 1] == [] or norms[end] not in _DECLARED:
                continue
            end += 1
        if "before" in norms[end : end + 2] and not _BEGAN.isdisjoint(norms[end : end + 5]):
            continue  # "ended the talks before they began"
        found.append((index, end))
    return found


def meeting_after(
    norms: Sequence[str], at: int, meetings: frozenset[str], determiners: frozenset[str],
    stops: frozenset[str] = frozenset(),
) -> int | None:  # fmt: skip
    """The index of the meeting's noun a verb takes as object from ``at``: a determiner
    first, then at most :data:`_MAX_MODIFIERS` modifiers, none a preposition, clause mark,
    earlier meeting's word or one of ``stops``. Read after a verb of ending here and after a
    verb of a plan in :mod:`meeting_ahead`, each with its own nouns and determiners."""
    if at >= len(norms) or norms[at] not in determiners:
        return None
    for step in range(at + 1, min(at + 2 + _MAX_MODIFIERS, len(norms))):
        word = norms[step]
        if word in meetings:
            return step
        if (
            word in OBJECT_PREPOSITIONS
            or word in _EARLIER
            or word in determiners
            or word in stops
            or not word[:1].isalnum()
        ):
            return None
    return None


def _brought_to(norms: Sequence[str], end: int) -> int | None:
    """The end of "to a close" after the meeting's noun, right after it or after a short
    phrase of its place ("brought the summit in Johannesburg to a close": session 26), with
    no clause mark between."""
    for start in range(end, min(end + 4, len(norms))):
        if tuple(norms[start : start + 3]) in _BROUGHT_TO:
            return start + 3
        if norms[start] == "," or (start > end and norms[start] in ("to", "and")):
            return None
        if start == end and norms[start] not in ("in", "at"):
            return None
    return None


def _not_yet(norms: Sequence[str], index: int) -> bool:
    """A word of a time to come or a condition in the clause before the verb."""
    for step in range(index - 1, max(index - 8, -1), -1):
        if norms[step] == ",":
            return False
        if norms[step] in _NOT_YET:
            return True
    return False


__all__ = ["OBJECT_PREPOSITIONS", "meeting_after", "meeting_closed"]
