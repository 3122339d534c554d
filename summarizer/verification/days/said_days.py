"""The day of a saying before the clause it reports (an outside check, session 16): "The
Kremlin announced Tuesday the summit will open on Friday", "told reporters Sunday the leaders
met Saturday", "said Wednesday Lee and Ishiba would meet on Friday". The day right after a
verb of saying (and its object: "told reporters", "said in a statement") dates the saying
when a reported clause with its own verb follows it, "that" or not; the meeting's day is
the clause's. Before this, a meeting noun right after the day ("Tuesday the summit") named
the day's occasion as the meeting.

Not read when the verb of saying is itself a role the field asks for (a measure's
introduction is its announcement's day: "announced Tuesday the tariffs will start Friday").
Read only for a day with a saying verb in the few words before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_SAY = word_set(
    """said says told tells stated states confirmed confirms reported reports tweeted wrote
    insisted insists added adds explained"""
)
_ANNOUNCE = word_set("announced announces declared declares")
# A verb of the reported clause: finite forms and modals.
_FINITE = word_set(
    """will would could should might may can shall had has have is are was were met meet
    meets opens opened begins began starts started takes took convened held gathered sat
    'll 'd"""
)
_BACK = (
    5  # words between the saying verb and its day ("told reporters on", "said in a statement on")
)
_AHEAD = 12  # words from the day to the reported clause's verb
_HEADS = word_set("that the a an")


def _comma(text: str, left: Token, right: Token) -> bool:
    return bool(text[left.end : right.start].strip(" "))


def saying_clause_day(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[str], text: str
) -> str | None:
    """ "the day something was said" when the day at ``tokens[first:last + 1]`` dates a
    verb of saying before a reported clause; else None."""
    verb = None
    for index in range(first - 1, max(first - _BACK - 1, -1), -1):
        if _comma(text, tokens[index], tokens[index + 1]):
            return None
        norm = tokens[index].norm
        if norm in _FINITE:
            return None  # "said the leaders would meet Friday": the clause's own day
        if norm in _SAY or norm in _ANNOUNCE:
            verb = norm
            break
    if verb is None or (verb in _ANNOUNCE and "announce" in cues):
        return None
    if last + 2 >= len(tokens) or _comma(text, tokens[last], tokens[last + 1]):
        return None  # "said on Monday." / "said Monday, after": no clause follows
    if tokens[last + 1].norm not in _HEADS and not tokens[last + 1].text[:1].isupper():
        return None  # "said on Monday in Geneva": no reported clause right after the day
    for index in range(last + 2, min(last + 2 + _AHEAD, len(tokens))):
        if _comma(text, tokens[index - 1], tokens[index]):
            return None
        if tokens[index].norm in _FINITE:
            return "the day something was said"
    return None


__all__ = ["saying_clause_day"]
