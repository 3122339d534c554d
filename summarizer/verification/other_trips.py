"""Places of another journey or call told in a meeting's sentence, for the meeting place rule
(:func:`summarizer.verification.replaced_places.place_reading`; an outside check, 39):

- *a later or earlier journey*: "The leaders met on the sidelines of the G20 summit in Rio,
  weeks before Lula flies to Beijing for a state visit", "will hold talks with Macri on
  Sunday, and will then leave for Panama", "met Starmer in London before heading to Paris",
  "two days after returning from a trip to Beijing", "after talks in Manila, Kishida
  continued to Jakarta", "Tusk flies to Kyiv next week";
- *a stop of a tour other than this one*: "Panama, the next stop of his trip", "his last stop
  before flying on to Suva";
- *a call made from elsewhere*: "a day after speaking to Putin by phone from Ankara", "having
  called Sunak from Paris that morning".

The shape read: a verb or noun of travel (or of calling) right before the place's
preposition, in a clause that a word of sequence ("before", "after", "then", "having",
"next") or a clause mark sets apart from a meeting word told earlier in the sentence: the
journey is another occasion than the meeting, so its place is not the meeting's
(unsupported). A journey with no meeting told before it ("Ruto will travel to Addis Ababa
next week to meet Abiy") is the way to the meeting, and so is one with a meeting after the
place ("flew to Ankara instead and met Erdogan", "flies to Tokyo for the summit"); both are
left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import CLAUSE_MARKS, Token, word_set

_MOVES = word_set(
    """fly flies flew flying flight leave leaves leaving left head heads headed heading
    travel travels travelled traveled travelling traveling continue continues continued
    onward trip tour return returns returned returning phone phoned call called calling
    speaking spoke spoken"""
)
_PREPOSITIONS = word_set("to for from in")
_SEQUENCE = word_set("before after then having next later afterwards ahead")
_MEETING = word_set(
    """met meeting talks talked held hosted received welcomed summit sat gathered sidelines
    dinner"""
)
_STOP = word_set("stop stops leg")
_THERE = word_set("met meet meets talks hold holds sat")
_OWN_MEETING = word_set("summit session sessions")


def other_trip(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """Whether the place at ``tokens[start : start + size]`` is where another journey or call
    of the sentence goes or comes from (see the module), not the meeting's place."""
    words = [t.norm for t in tokens]
    if _MOVES.isdisjoint(words) and _STOP.isdisjoint(words):
        return False  # the cheap gate
    if _stop_apposition(tokens, start, size, text):
        return True
    at = start - 1
    if at >= 0 and words[at] == "the":
        at -= 1
    if at < 1 or words[at] not in _PREPOSITIONS:
        return False
    move = next((i for i in range(at - 1, max(at - 5, -1), -1) if words[i] in _MOVES), None)
    if move is None:
        return False
    after = words[start + size : start + size + 6]
    if not _THERE.isdisjoint(after) or _to_the_meeting(after):
        return False  # "flew to Ankara instead and met Erdogan": the way to a meeting
    meeting = next((i for i in range(move) if words[i] in _MEETING), None)
    if meeting is None:
        return False  # the way to the meeting, or no meeting told before the journey
    for index in range(meeting + 1, move + 1):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if words[index] in _SEQUENCE or not CLAUSE_MARKS.isdisjoint(gap):
            return True
    return False


def _to_the_meeting(after: Sequence[str]) -> bool:
    """ "flies to Tokyo next week for the summit", "travelling to Bogor for the formal summit
    session": the journey's aim is the meeting itself (a definite one), so the place is its."""
    return any(
        word == "the" and not _OWN_MEETING.isdisjoint(after[at + 1 : at + 4])
        for at, word in enumerate(after)
    )


def _stop_apposition(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """ "Panama, the next stop of his trip" or "his next stop, Panama": the place is a stop of
    the tour after or before this meeting."""
    end = start + size
    after = [t.norm for t in tokens[end : end + 4]]
    comma = end < len(tokens) and "," in text[tokens[end - 1].end : tokens[end].start]
    if comma and after[:1] == ["the"] and after[1:2] in (["next"], ["last"], ["final"]):
        return after[2:3] != [] and after[2] in _STOP
    if start >= 2 and tokens[start - 1].norm in _STOP:
        gap = text[tokens[start - 1].end : tokens[start].start]
        return "," in gap or ":" in gap
    return False


__all__ = ["other_trip"]
