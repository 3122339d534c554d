"""A meeting's place read from the clause whose event is the meeting (outside check 44): the
place after "in / at / inside / within" is where the meeting is when the verb of its clause is
one of meeting, sitting, talking, conferring, gathering, receiving, welcoming or hosting, or
"take place", however many time words, adverbs, venues and asides stand between them:

- "sat down inside Freedom House, a building on ..., for talks" (a preposition besides "at"
  and "in");
- "would meet again next Saturday, April 26, also in Oman" (a day, then "also");
- "are scheduled to take place in November, in Hanoi" (a month, then the city);
- "met at Joint Base Elmendorf-Richardson, in Anchorage" (a venue, then its city);
- "will convene again next month, this time in Geneva", "received Museveni on Monday at
  State Lodge, in Kisumu".

The walk back from the preposition to the verb stops at anything that opens another clause
or another thing's place: a semicolon, colon, dash or parenthesis; a relative or
subordinating word ("who grew up in", "after a stop in", "two days after he had visited");
a preposition of origin or topic ("flew in from Cairo", "talks about the fighting in
Darfur", "far from their homes in Yerevan"); a speech verb. A place followed, with no comma,
by a speech or thinking verb is the speakers' ("officials in Addis Ababa said", "diplomats
in Brussels expect"), and is none. Whether the meeting so found is this one or an earlier one
is the caller's to read (:func:`summarizer.verification.rules.support_place`). A place moved
away after ("was to take place in Vientiane, will now be held in Bangkok") and a word of a
longer name ("Lancaster" of "the Lancaster Hall") are none, and so is a pluperfect verb's
place ("They had talked on the sidelines of the G20 in Hamburg": an earlier meeting's, check
41).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..sentences.speech import SPEECH_VERBS
from .place_plans import moved_after

# The verbs whose clause is a meeting ("place" only after "take").
_MEETING_VERBS = word_set(
    """meet meets met meeting convene convenes convened convening reconvene reconvened
    reconvenes gather gathers gathered gathering sit sits sat sitting seated talk talks
    talked talking confer confers conferred conferring huddle huddled huddles negotiate
    negotiated negotiates receive receives received receiving welcome welcomes welcomed
    welcoming host hosts hosted hosting"""
)
_TAKE = word_set("take takes took taking taken")
_PREPOSITIONS = word_set("in at inside within")
_REACH = 16
# Words that open another clause or another thing's place on the walk back.
_STOPS = word_set(
    """who whom whose which that where when while whereas after before since because although
    though until unless if from about regarding concerning over against toward towards
    without except besides and but or"""
)
# Verbs of thinking that, like speech verbs, make a place right before them the speakers'.
_THINKING = word_set(
    """expect expects expected believe believes believed say hope hopes hoped think thinks
    thought reported report reports according"""
)

_SPOKEN = SPEECH_VERBS | _THINKING


def clause_meeting(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The index of the verb of meeting whose clause places the meeting at
    ``tokens[start : start + size]`` (see the module), or None."""
    at = start - 1
    if at >= 1 and tokens[at].norm in {"the", "a", "an"}:
        at -= 1
    if at < 1 or tokens[at].norm not in _PREPOSITIONS:
        return None
    after = start + size
    named_on = after < len(tokens) and tokens[after].capitalised
    if named_on and text[tokens[after - 1].end : tokens[after].start] == " ":
        return None  # "Lancaster" of "the Lancaster Hall": part of a longer name
    if moved_after(tokens, after):
        return None  # "was to take place in Vientiane, will now be held in Bangkok"
    spoken = after < len(tokens) and tokens[after].norm in _SPOKEN
    if spoken and text[tokens[after - 1].end : tokens[after].start] == " ":
        return None  # "officials in Addis Ababa said"
    for index in range(at - 1, max(at - _REACH, -1), -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in gap for mark in ";:()[]\u2014\u2013") or " - " in gap or "--" in gap:
            return None
        norm = tokens[index].norm
        if norm in _MEETING_VERBS and not tokens[index].capitalised:
            if index and tokens[index - 1].norm == "had":
                return None  # "They had talked ... in Hamburg": an earlier meeting's place
            return index
        if norm == "place" and index and tokens[index - 1].norm in _TAKE:
            return index - 1  # "to take place in November, in Hanoi"
        if norm in _STOPS or norm in SPEECH_VERBS or norm in _THINKING:
            return None
    return None


__all__ = ["clause_meeting"]
