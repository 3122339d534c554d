"""Another occasion's time is no truce's start (an outside check, session 15): "Air-raid
sirens sounded in the capital around 5 p.m., an hour before the truce was due to begin",
"Drones struck Kharkiv at dawn, hours before the ceasefire took effect", "Residents queued
for bread from 9 a.m. as the ceasefire approached": the time is the sirens', the drones',
the queue's; the start is an hour, or hours, later (*unsupported*: the sentence puts the
start at another time, "6 p.m." only where it says so). For a ``when`` field whose role is a
start (:func:`dates.support_when`).

Read: a time whose own clause (back to a clause mark) names no truce, followed by at most a
few words of offset ("an hour", "two days", "shortly", "just") and "before", "after", "ahead
of" or "as" with a truce noun within four words (after "as", with a verb of coming nearer:
"approached", "neared", "loomed"). Not read: a time whose own clause names the truce ("The
truce began at 6 p.m., an hour after the sirens stopped") and one followed by no truce
("an hour before the deadline").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import TRUCE_STEMS
from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import Token, word_set

_TRUCES = TRUCE_STEMS
_OFFSETS = word_set(
    """a an one two three four five six several few some about around roughly just only
    shortly minutes minute hour hours day days night nights moments half barely little
    while mere"""
)
_TIMING = word_set("before after")
_NEARING = word_set("approached approaching neared nearing loomed looming drew drawing")
# A date or zone after the time, before its offset ("at 4 p.m. on Friday, shortly before").
_DATING = DAY_WORDS | word_set("on local time gmt utc this today morning afternoon evening")
_REACH = 9


def _gap(tokens: Sequence[Token], left: int, text: str) -> str:
    return text[tokens[left].end : tokens[left + 1].start]


def offset_occasion(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """What the time at ``tokens[first:last + 1]`` is when it times another occasion at an
    offset from a truce's start (see the module); None otherwise."""
    for index in range(first - 1, -1, -1):
        if tokens[index].norm.startswith(_TRUCES):
            return None  # "The truce began at 6 p.m., an hour after ..."
        if clause_break(tokens, index, text) or "," in _gap(tokens, index, text):
            break
    at = last + 1
    while (
        at < len(tokens)
        and at - last <= _REACH
        and (tokens[at].norm in _OFFSETS or tokens[at].norm in _DATING or tokens[at].is_number)
    ):
        at += 1  # "at 4 p.m. on Friday, shortly before", "at 0600 GMT, an hour before"
    if at >= len(tokens) or at - last > _REACH:
        return None
    word = tokens[at].norm
    following = [t.norm for t in tokens[at + 1 : at + 7]]
    if word == "ahead" and following[:1] == ["of"]:
        word, following = "before", following[1:]
    truce = next((i for i, n in enumerate(following[:4]) if n.startswith(_TRUCES)), None)
    if truce is None:
        return None
    nearing = not _NEARING.isdisjoint(following[truce + 1 : truce + 3])
    if word in _TIMING or (word == "as" and nearing):
        return "another occasion's time, at an offset from the truce's start"
    return None


__all__ = ["offset_occasion"]
