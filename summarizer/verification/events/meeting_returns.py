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
_COMING = word_set("returned returning returns flew came arrived got travelled traveled headed")
_RETURNING = word_set("returned returning returns")
_BACK = word_set("back home")
# Words that make a bare "back from" a state of being back ("was back from the summit").
_BEING = word_set("is was were are just freshly only newly")
_FRESH = word_set("fresh")
_PASSIVE = _BEING | word_set("be been being")
# Words after "from" that end the reach: a clause break, a trip onward, a purpose.
_STOPS = word_set(", ; to ahead before for where which that and while as")
# A meeting that only prepares another one is not it.
_PREPARING = word_set("preparatory planning preliminary preparation")
_PURPOSE = word_set("to as")
_AT_PLACE = word_set("in at")
_REACH = 5
"""Most words between "from" (or "used") and the meeting's noun."""


def _meeting_after(norms: Sequence[str], start: int) -> int | None:
    """The index of a meeting's noun within reach after ``start``, or None at a stop word or a
    preparatory meeting."""
    for step in range(start, min(start + _REACH + 1, len(norms))):
        norm = norms[step]
        if norm in _STOPS or norm in _PREPARING:
            return None
        if norm in _MEETINGS:
            return step
    return None


def _from_at(norms: Sequence[str], index: int) -> int | None:
    """Where "from" follows a coming-back wording that starts at ``index``, or None."""
    norm = norms[index]
    after = index + 1
    if norm in _COMING:
        if after < len(norms) and norms[after] in _BACK:
            after += 1
        elif norm not in _RETURNING:
            return None  # "came from a summit" is where one comes from, not a return
    elif norm in _BACK:  # "was back from", "just back from", "Back from talks in Riyadh"
        if index > 0 and norms[index - 1] not in _BEING and norms[index - 1] != ",":
            return None  # "pulled back from", "stepped back from": a withdrawal
    elif norm not in _FRESH:
        return None
    return after if after < len(norms) and norms[after] == "from" else None


def back_from_meeting(norms: Sequence[str]) -> list[Span]:
    """Spans of a return from a meeting: "returned from a regional summit in Bangkok", "flew
    back from talks in Jeddah", "Fresh from the G7 summit"."""
    found: list[Span] = []
    for index in range(len(norms)):
        after = _from_at(norms, index)
        if after is None:
            continue
        noun = _meeting_after(norms, after + 1)
        if noun is not None:
            found.append((index, noun + 1))
    return found


def meeting_used(norms: Sequence[str]) -> list[Span]:
    """Spans of a meeting put to use: "used the Bangkok gathering to press for", "used the
    summit as a platform"."""
    found: list[Span] = []
    for index, norm in enumerate(norms):
        if norm != "used" or (index > 0 and norms[index - 1] in _PASSIVE):
            continue
        noun = _meeting_after(norms, index + 1)
        if noun is not None and _put_to(norms, noun + 1):
            found.append((index, noun + 1))
    return found


def _put_to(norms: Sequence[str], start: int) -> bool:
    """Whether "to" or "as" follows the meeting's noun, past at most a place ("the meeting in
    Warsaw to ask", "the conference in Nice as a stage")."""
    if start < len(norms) and norms[start] in _PURPOSE:
        return True
    if start >= len(norms) or norms[start] not in _AT_PLACE:
        return False
    return any(norm in _PURPOSE for norm in norms[start + 2 : start + 4]) and not any(
        norm in _STOPS - _PURPOSE for norm in norms[start + 1 : start + 3]
    )


def meeting_returns(norms: Sequence[str]) -> list[Span]:
    """A meeting's ``held`` wordings of the module in one sentence's norms."""
    return back_from_meeting(norms) + meeting_used(norms)


__all__ = ["back_from_meeting", "meeting_returns", "meeting_used"]
