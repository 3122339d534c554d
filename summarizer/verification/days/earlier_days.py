"""Days a sentence gives to an earlier meeting or to another attack (an outside check,
session 14).

- A meeting's planned day is not the day of the parties' earlier meeting that the sentence
  recalls beside it: "The two leaders, who last met in Lima in November, will meet again at
  the summit", "their first encounter since a brief handshake in September", "whose previous
  talks took place on 20 November". The day is the earlier meeting's when the rest of the
  sentence plans a meeting ("will", "due", "plan", "agreed") and the stretch that holds the
  day (between clause marks: a comma, a semicolon, a dash, or a clause word) plans none and
  holds a meeting word ("met", "talks", "encounter", "handshake", "sat down") with a word
  that looks back ("last", "previous", "previously", "earlier", "since", "ago"), or is a
  relative clause with a past meeting verb ("Putin and Erdogan, who spoke by phone on
  Tuesday, plan to meet"), or opens with "after" or "following" ("after their Geneva
  meeting on 3 May"), or holds a meeting's past verb while a later part of the sentence
  plans one ("The ministers met on Monday and agreed their leaders would hold a summit in
  June": review of session 14): :func:`earlier_meeting`.
- An event's day is not the day of another attack the sentence times it by: "Shelling resumed
  on Tuesday, a day after Monday's air strike", "following Friday's rocket barrage", "three
  days after the 4 March bombing". The day is bound to an event noun (:func:`event_days.
  event_day`) that is not the fact's own (its description's words) and a word relating two
  times ("after", "since", "following", "before", "ahead of") stands before that noun in
  the same clause: :func:`event_role`, which also reads the older offsets and relative
  clauses of :mod:`day_others`.

Left out, keeping their verdict: "first" ("Sunday's meeting was the first in three years"
is this meeting's day), an earlier meeting dated in a stretch that also plans ("the first
summit since 2019 will open on Friday" keeps Friday), any such stretch in a sentence that
plans nothing ("The leaders, who met on Monday, signed a deal", "Last year's talks were the
last time the two sides met": the fact may be that meeting), a day bound to the fact's
own noun ("the shelling on Tuesday, a day after the raid"), and an attack's day with no word
relating it to this event ("A raid on Monday killed six; shelling followed").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import clause_break
from ..page.tokens import Token, word_set
from .day_others import in_relative_clause, in_time_clause, past_meeting
from .event_days import bound_noun
from .governed_days import event_elsewhere
from .side_days import side_day
from .superseded_days import EXPECTED, expected_otherwise

_LOOKING_BACK = word_set("last previous previously earlier since ago prior")
_MEETING = word_set(
    """met meet meeting meetings talks summit summits encounter encounters handshake sat
    spoke visit visited session round conference talked shook gathered convened"""
)
_PLANNING = word_set(
    """will would shall due next again scheduled planned expected slated set upcoming
    coming future"""
)
_STRETCH_WORDS = word_set("and but while whereas who whose which when where after before")
_PAST_VERBS = word_set(
    "met sat held spoke visited took was were had talked shook gathered convened"
)
# A meeting's own past verb ("met", "held talks") in the stretch that holds the day.
_MET = word_set("met sat held spoke talked gathered convened")
_RELATING = word_set("after since following followed before preceding")
# A stretch these open, with a past meeting verb ("who spoke by phone on Tuesday") or a
# meeting noun after a time word ("after their Geneva meeting on 3 May"), recalls an
# earlier meeting when the rest of the sentence plans one.
_RELATIVE = word_set("who whose which")
_OPENERS = _RELATIVE | word_set("after following")
_AHEAD = _PLANNING | word_set("plan plans intend intends hope hopes agreed")


def earlier_meeting(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the day at ``tokens[first:last + 1]`` dates an earlier meeting the sentence
    recalls (see the module)."""
    start, end = _stretch(tokens, first, last, text)
    words = [t.norm for t in (*tokens[start:first], *tokens[last + 1 : end])]  # not "last month"
    if not words or not _PLANNING.isdisjoint(words) or _MEETING.isdisjoint(words):
        return False
    outside = [t.norm for t in (*tokens[:start], *tokens[end:])]
    if _AHEAD.isdisjoint(outside):
        return False  # "the last time the two sides met": no other meeting, maybe the fact's
    if not _LOOKING_BACK.isdisjoint(words):
        return True
    if not _MET.isdisjoint(words) and _plans_after(tokens, end):
        return True  # "The ministers met on Monday and agreed their leaders would hold a summit"
    opener = tokens[start].norm
    return opener in _OPENERS and (opener not in _RELATIVE or not _PAST_VERBS.isdisjoint(words))


def _plans_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether the sentence after ``end`` plans a meeting: a planning word with a meeting
    word within four words of it ("would hold a summit", "agreed to meet", "a session is
    scheduled")."""
    norms = [t.norm for t in tokens[end:]]
    for index, norm in enumerate(norms):
        if norm in _AHEAD and not _MEETING.isdisjoint(norms[max(index - 4, 0) : index + 5]):
            return True
    return False


def recalled(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A year or month of an earlier meeting: "last month's summit" beside a dated one
    (:func:`day_others.past_meeting`) or in a stretch that recalls it (:func:`earlier_meeting`)."""
    return past_meeting(tokens, first, last) or earlier_meeting(tokens, first, last, text)


def _stretch(tokens: Sequence[Token], first: int, last: int, text: str) -> tuple[int, int]:
    """The run of tokens around a day between clause marks and clause words (a relative
    clause's "who", a time clause's "after" open a stretch of their own)."""
    start = first
    while start > 0 and not clause_break(tokens, start - 1, text):
        if "," in text[tokens[start - 1].end : tokens[start].start]:
            break
        if tokens[start - 1].norm in _STRETCH_WORDS:
            start -= 1
            break
        start -= 1
    end = last + 1
    while end < len(tokens) and not clause_break(tokens, end - 1, text):
        if "," in text[tokens[end - 1].end : tokens[end].start]:
            break
        if tokens[end].norm in _STRETCH_WORDS:
            break
        end += 1
    return start, end


def event_role(
    tokens: Sequence[Token], first: int, last: int, text: str, about: frozenset[str]
) -> str | None:
    """What a day at ``tokens[first:last + 1]`` dates instead of an event (a field with no
    cues) whose description's words are ``about``: another attack it is timed by, a clause
    at an offset ("a day after the truce signing on Saturday"), a relative clause about
    another thing; None when it may be the event's own."""
    return (
        _other_attack(tokens, first, last, text, about)
        or in_time_clause(tokens, first, text, about)
        or in_relative_clause(tokens, first, text, about)
        or event_elsewhere(tokens, first, text, about)  # (governed_days.py)
        or side_day(tokens, first, last, text)  # "Following Friday's talks, ... on Monday"
        or (EXPECTED if expected_otherwise(tokens, first, last) else None)  # superseded_days
    )


def _other_attack(
    tokens: Sequence[Token], first: int, last: int, text: str, about: frozenset[str]
) -> str | None:
    noun = bound_noun(tokens, first, last)
    if noun is None or noun in about:
        return None  # "the shelling on Tuesday" for the shelling; not "Monday's ambush"
    role = f"the day of another event ({noun})"
    for index in range(first - 1, max(first - 8, 0) - 1, -1):
        if clause_break(tokens, index, text):
            return None
        if tokens[index].norm in _RELATING or (
            tokens[index].norm == "of" and index and tokens[index - 1].norm == "ahead"
        ):
            return role  # "a day after Monday's air strike", "following the raid on Friday"
    return None


__all__ = ["earlier_meeting", "event_role", "recalled"]
