"""Places a meeting's sentence names that are not where the held meeting was (an outside check,
41), for :func:`summarizer.verification.places.replaced_places.place_reading`:

- *a body's base*: "A Paris-based watchdog reported that A and B met in Tunis": a place joined
  to "-based" or "-headquartered" says where the body is, never where a meeting is;
- *a plan that did not hold*, for a meeting held (or one with no status): the place stands in a
  phrase of a plan or of a called-off meeting, its word up to ten words before the place or five
  after ("first planned for Montevideo", "originally set for Bari", "postponed from Abuja", "the
  planned Mumbai summit had been called off", "The Cairo meeting was scrapped"), and the
  sentence puts a held meeting in another place ("were held in Asuncion", "took place in Arica",
  "went ahead in Johannesburg"), or, for a meeting said held, the evidence says it was held by
  video or online (it was held nowhere the plan named).

And the mirror (:func:`held_here`): the place after a held verb ("took place in Athens") in a
sentence whose other place is such a plan's is the held meeting's (supported).

Each of the first two is unsupported: the sentence tells another place for the meeting, or none.
The plan's place for the plan itself (a fact `cancelled` or `scheduled`), "planned for Bern,
were held there", and the held meeting's own place keep the other rules' reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set

_BASED = word_set("based headquartered")
_PLAN_CUES = word_set(
    """planned scheduled set slated postponed scrapped cancelled canceled called abandoned
    dropped shelved"""
)
_WINDOW = 5
_HELD_CUES = word_set("held place ahead met convened staged happened hosted")
_AT = word_set("in at")
_REMOTE = word_set("video videoconference teleconference online virtually virtual")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_PLANNED_FORM = word_set("to be take")
_BY = word_set("by via through over")
_SESSIONS = word_set("summit meeting talks session conference")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def held_elsewhere(
    tokens: Sequence[Token], start: int, size: int, text: str, fact: Any, remote: bool
) -> str | None:
    """The role of the place at ``tokens[start : start + size]`` when it is a body's base or
    a plan's place beside the held meeting's (see the module), else None; ``remote``: the
    evidence says the meeting was held by video or online."""
    after = start + size
    if after < len(tokens) and tokens[after].joined and tokens[after].norm in _BASED:
        return "the base of a body that tells of it"
    status = getattr(fact, "status", None)
    status = str(getattr(status, "value", status) or "")
    if status not in ("held", "") or not _planned(tokens, start, size, text):
        return None
    if _held_in_other(tokens, start, size):
        return "the place of a plan, the meeting held elsewhere"
    if remote and status == "held":
        return "the place of a plan, the meeting held by video"
    return None


def held_here(tokens: Sequence[Token], start: int, size: int, text: str, fact: Any) -> bool:
    """The mirror of the plan's place: for a meeting held (or with no status), the place
    after a held verb ("took place in Athens", "went ahead in Johannesburg") in a sentence
    whose other place is a plan's ("originally set for Bari") is the held meeting's."""
    status = getattr(fact, "status", None)
    if str(getattr(status, "value", status) or "") not in ("held", ""):
        return False
    if not _held_at(tokens, start):
        return False
    return any(
        _planned(tokens, index, 1, text)
        for index in range(1, len(tokens))
        if not start <= index < start + size and _a_place(tokens, index)
    )


def _a_place(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    return token.capitalised and token.norm not in _CALENDAR and not tokens[index - 1].capitalised


def _held_at(tokens: Sequence[Token], index: int) -> bool:
    """ "held in X", "took place in X", "went ahead in X": a held verb, then "in" / "at"."""
    if index < 2 or tokens[index - 1].norm not in _AT or tokens[index - 2].norm not in _HELD_CUES:
        return False
    if tokens[index - 2].norm == "place":
        return index >= 3 and tokens[index - 3].norm in ("took", "take")
    return True


def _planned(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """A plan's or a call-off's word within five words after the place or ten before it
    ("originally planned as a summit in the German city of Leipzig"), no comma and no held
    word between."""
    index = start
    while index > 0 and start - index < 2 * _WINDOW and "," not in _gap(tokens, index, text):
        index -= 1
        if tokens[index].norm in _PLAN_CUES:
            return True
        if tokens[index].norm in _HELD_CUES and tokens[index - 1].norm not in _PLANNED_FORM:
            return False  # "were held in"; not "to be held in", "to take place in"
    index = start + size
    while index < len(tokens) and index - start - size < _WINDOW:
        if "," in _gap(tokens, index, text) or ";" in _gap(tokens, index, text):
            return False
        if tokens[index].norm in _PLAN_CUES:
            return True
        index += 1
    return False


def _held_in_other(tokens: Sequence[Token], start: int, size: int) -> bool:
    """Another place of the sentence after "in" / "at" with a held word just before it ("were
    held in Asuncion", "took place in Arica", "went ahead in Johannesburg")."""
    for index in range(2, len(tokens)):
        if start <= index < start + size:
            continue
        token = tokens[index]
        if not token.capitalised or token.norm in _CALENDAR:
            continue
        if _held_at(tokens, index):
            return True
    return False


def said_remote(sentences: Iterable[Sequence[Token]]) -> bool:
    """Whether the evidence tells of a meeting held by video or online ("by video link",
    "through video link", "the video format", "held online", "a virtual summit"; not "after
    a video call", another occasion)."""
    for tokens in sentences:
        for index, token in enumerate(tokens):
            if token.norm in _REMOTE and _remote(tokens, index):  # the cue word first: cheap
                return True
    return False


def _remote(tokens: Sequence[Token], index: int) -> bool:
    norm = tokens[index].norm
    if norm not in _REMOTE:
        return False
    if norm in ("online", "virtually"):
        return True
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if norm == "virtual":
        return after in _SESSIONS
    return after == "format" or (index > 0 and tokens[index - 1].norm in _BY)


__all__ = ["held_elsewhere", "held_here", "said_remote"]
