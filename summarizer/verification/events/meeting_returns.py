"""A meeting someone came back from or made use of was ``held`` (an outside check, session 30:
check 67's "returned from a regional summit in Bangkok" and "used the Bangkok gathering to
press for ..."), for :mod:`summarizer.verification.status.statuses`:

- *back from a meeting*: a verb of coming back ("returned", "flew back", "came home",
  "arrived back") or a state of being back ("was back from", "fresh from", "just back from")
  then "from" and, within a few words with no clause break, a meeting's noun ("returned from a
  regional summit in Bangkok", "Fresh from the G7 summit, Carney ..."). Not someone who
  "pulled back from" or "stepped back from" talks (a withdrawal, which has no coming verb), a
  trip from a place to a meeting ahead ("returned from Paris to prepare the summit": the noun
  comes after "to"), nor a preparatory meeting ("back from a planning meeting for the summit");
- *a meeting put to use*: "used the summit to press for ...", "used the gathering as a
  platform": the past "used", the meeting's noun within a few words, then "to" or "as". The
  base form ("will use the summit to") is a plan and is not read; "is used to" is no meeting.

Review rvt30 (session 30) added other wordings ("on his return from", "came straight back
from", "flew in from", "Straight from the summit"; "made use of", "took advantage of", a
sentence-opening "Using", "the talks were used by Tehran to", "used his talks with Putin in
Sochi to") and stops: a return's meeting after "with", "without", "when", "after", "whose"
("came back from the Pentagon with a summit invitation") and a used thing "of" a meeting ("used
the prospect of talks", "the eve of the summit") are not the meeting come back from or used.

Word lists over one sentence's normal forms (with "," where punctuation parts clauses, as
:func:`statuses.clause_norms` writes them); the caller reads negations and prospects ("will
return from the summit", "did not return from the talks").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

Span = tuple[int, int]

_MEETINGS = word_set(
    "summit summits talks meeting meetings gathering gatherings conference negotiations "
    "session sessions retreat roundtable"
)
# A verb of coming back, which may take "back" or "home" before "from".
_COMING = word_set(
    "returned returning returns flew flown flying came come coming arrived got travelled "
    "traveled headed drove driven"
)
_RETURNING = word_set("returned returning returns")
_BACK = word_set("back home")
# What else a coming verb takes before "from": "came away from", "flew in from", "came
# straight back from" (review rvt30).
_COMING_PARTS = _BACK | word_set("away in straight")
# Owners of the noun "return": "on his return from the summit", "after their return from".
_OWNERS = word_set("his her their its my our your")
# Words that make a bare "back from" a state of being back ("was back from the summit").
_BEING = word_set("is was were are just freshly only newly")
_FRESH = word_set("fresh straight")
_PASSIVE = _BEING | word_set("be been being")
# Words after "from" that end the reach: a clause break, a trip onward, a purpose.
_STOPS = word_set(", ; to ahead before for where which that and while as")
# Words after "from" past which a meeting is no longer what one came back from: "came back
# from the Pentagon with a summit invitation", "returned from Doha early when the talks were
# scrapped", "an Asian tour whose summit stop" (review rvt30).
_RETURN_STOPS = _STOPS | word_set("with without when after whose until once")
# A noun that makes a meeting after "of" something else than the meeting used: "the prospect
# of talks", "the eve of the summit", "the promise of negotiations" (review rvt30).
_OF = word_set("of")
# What may follow a used meeting's noun before "to" or "as": a place, a partner, a venue
# ("used his talks with Putin in Sochi to", "last week's meeting at the White House to").
_USED_TAIL = word_set("in at with")
_TAIL_REACH = 5
_WAS = word_set("was were")
_BY_TO = word_set("by to")
# A meeting that only prepares another one is not it.
_PREPARING = word_set("preparatory planning preliminary preparation")
_PURPOSE = word_set("to as")
_REACH = 5
"""Most words between "from" (or "used") and the meeting's noun."""


def _meeting_after(norms: Sequence[str], start: int, stops: frozenset[str] = _STOPS) -> int | None:
    """The index of a meeting's noun within reach after ``start``, or None at one of
    ``stops`` or a preparatory meeting."""
    for step in range(start, min(start + _REACH + 1, len(norms))):
        norm = norms[step]
        if norm in stops or norm in _PREPARING:
            return None
        if norm in _MEETINGS:
            return step
    return None


def _from_at(norms: Sequence[str], index: int) -> int | None:
    """Where "from" follows a coming-back wording that starts at ``index``, or None."""
    norm = norms[index]
    after = index + 1
    if norm in _COMING:
        parts = 0
        while after < len(norms) and norms[after] in _COMING_PARTS and parts < 2:
            after, parts = after + 1, parts + 1  # "came straight back", "flew in"
        if parts == 0 and norm not in _RETURNING:
            return None  # "came from a summit" is where one comes from, not a return
    elif norm in _BACK:  # "was back from", "just back from", "Back from talks in Riyadh"
        if index > 0 and norms[index - 1] not in _BEING and norms[index - 1] != ",":
            return None  # "pulled back from", "stepped back from": a withdrawal
    elif norm == "return":  # "on his return from the summit" (review rvt30)
        if index == 0 or norms[index - 1] not in _OWNERS:
            return None
    elif norm not in _FRESH:
        return None
    return after if after < len(norms) and norms[after] == "from" else None


# The only words _from_at reads a coming-back wording at (any other gives None).
_FROM_OPENERS = _COMING | _BACK | _FRESH | {"return"}


def back_from_meeting(norms: Sequence[str]) -> list[Span]:
    """Spans of a return from a meeting: "returned from a regional summit in Bangkok", "flew
    back from talks in Jeddah", "Fresh from the G7 summit", "on his return from the summit"."""
    found: list[Span] = []
    for index in [at for at, norm in enumerate(norms) if norm in _FROM_OPENERS]:
        after = _from_at(norms, index)
        if after is None:
            continue
        noun = _meeting_after(norms, after + 1, _RETURN_STOPS)
        if noun is not None:
            found.append((index, noun + 1))
    return found


# The only words _use_at says yes at.
_USE_OPENERS = frozenset({"used", "of", "using"})


def _use_at(norms: Sequence[str], index: int) -> bool:
    """Whether a past use of something starts at ``index``: "used" (not after a form of "be"),
    "made use of", "took advantage of", a sentence-opening "Using"."""
    norm = norms[index]
    before = norms[index - 1] if index > 0 else ""
    if norm == "used":
        return before not in _PASSIVE
    if norm == "of":
        return norms[max(0, index - 2) : index] in (["made", "use"], ["took", "advantage"])
    return norm == "using" and index == 0


def meeting_used(norms: Sequence[str]) -> list[Span]:
    """Spans of a meeting put to use: "used the Bangkok gathering to press for", "made use of
    the Rome conference to", "the talks were used by Tehran to"; not "used the prospect of
    talks to" (the thing used is not the meeting)."""
    found: list[Span] = []
    for index in [at for at, norm in enumerate(norms) if norm in _USE_OPENERS]:
        if not _use_at(norms, index):
            continue
        noun = _meeting_after(norms, index + 1, _STOPS | _OF)
        if noun is not None and _put_to(norms, noun + 1):
            found.append((index, noun + 1))
    for index in range(2, len(norms) - 1):  # "the talks were used by Tehran to demand"
        passive = norms[index] == "used" and norms[index - 1] in _WAS
        if passive and norms[index - 2] in _MEETINGS and norms[index + 1] in _BY_TO:
            found.append((index - 2, index + 1))
    return found


def _put_to(norms: Sequence[str], start: int) -> bool:
    """Whether "to" or "as" follows the meeting's noun, past at most a place or a partner
    ("the meeting in Warsaw to ask", "his talks with Putin in Sochi to seek")."""
    if start < len(norms) and norms[start] in _PURPOSE:
        return True
    if start >= len(norms) or norms[start] not in _USED_TAIL:
        return False
    for step in range(start + 1, min(start + _TAIL_REACH + 1, len(norms))):
        if norms[step] in _PURPOSE:
            return step > start + 1
        if norms[step] in _STOPS:
            return False
    return False


def meeting_returns(norms: Sequence[str]) -> list[Span]:
    """A meeting's ``held`` wordings of the module in one sentence's norms."""
    return back_from_meeting(norms) + meeting_used(norms)


__all__ = ["back_from_meeting", "meeting_returns", "meeting_used"]
