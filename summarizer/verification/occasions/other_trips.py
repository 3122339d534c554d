"""Places of another journey or call told in a meeting's sentence, for the meeting place rule
(:func:`summarizer.verification.places.replaced_places.place_reading`; an outside check, 39):

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

And an earlier stop of the trip that leads to the meeting (:func:`other_stop`, check 51): "Ms
Truss is due to visit Kyiv this week and then travel to Moscow the following week for talks
with her Russian counterpart": Kyiv and "this week" are the Kyiv stop's, not the talks' (a
meeting's place and its day). A stop whose own clause tells a meeting ("went to Kyiv to meet
Zelensky, and then flew to Moscow") and one-stop sentences are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import CLAUSE_MARKS, Token, word_set
from ..people.names import find_named
from .occasion_places import clauses

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


_THEN = word_set("then later before after afterwards")
# Words of being at a stop ("visit Kyiv", "was in New Delhi", "lands in Shanghai").
_AT_STOP = _MOVES | word_set(
    """visit visits visiting visited stop stops stopped land lands landed arrive arrives
    arrived go goes went be was trip"""
)
_PURPOSE = word_set("for to")
_MEETINGS = word_set("talks meet meeting summit negotiations")
OTHER_STOP = "another stop of the traveller's trip"


def other_stop(fact: Any, tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether ``tokens[index]`` (a place or a day) stands in a stop of the trip that is not
    the meeting's: "Ms Truss is due to visit Kyiv this week and then travel to Moscow the
    following week for talks with her Russian counterpart" (check 51). A stop's clause tells
    travel or a stay ("visit", "flies", "was in", "lands"); the stops are clauses
    (:func:`occasion_places.clauses`) side by side, the later opening with a word of sequence;
    the meeting's stop tells the meeting as its purpose ("for talks", "to meet") and names a
    party of the fact that this stop does not (the traveller alone is in both); this stop
    tells no meeting of its own."""
    spans = clauses(tokens, text)
    at = next((i for i, span in enumerate(spans) if span[0] <= index < span[1]), None)
    if at is None or len(spans) < 2 or _meets(tokens, spans[at]):
        return False
    own = spans[at]
    if _AT_STOP.isdisjoint(t.norm for t in tokens[own[0] : own[1]]):
        return False  # no stop of a trip: "Trump said last week, after speaking to Putin"
    regions = []  # the rest of the trip, after this stop or before it
    if at + 1 < len(spans) and _then(tokens, spans[at + 1]):
        regions.append((own[1], len(tokens)))
    if at and _then(tokens, own):
        regions.append((0, own[0]))
    parties = [p for p in getattr(fact, "parties", None) or [] if isinstance(p, str)]
    named = _named(parties, tokens, own, text)
    return any(
        _meets(tokens, region) and _named(parties, tokens, region, text) - named
        for region in regions
    )


def _then(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The clause opens with a word of sequence ("and then travel to Moscow")."""
    return not _THEN.isdisjoint(t.norm for t in tokens[span[0] : span[0] + 2])


def _meets(tokens: Sequence[Token], span: tuple[int, int]) -> bool:
    """The stretch tells a meeting as the stop's purpose ("for talks", "to meet")."""
    norms = [t.norm for t in tokens[span[0] : span[1]]]
    return any(
        norm in _MEETINGS and not _PURPOSE.isdisjoint(norms[max(at - 3, 0) : at])
        for at, norm in enumerate(norms)
    )


def _named(
    parties: list[str], tokens: Sequence[Token], span: tuple[int, int], text: str
) -> set[str]:
    """The fact's parties the clause names."""
    part = list(tokens[span[0] : span[1]])
    return {party for party in parties if find_named(party, part, text)}


__all__ = ["OTHER_STOP", "other_stop", "other_trip"]
