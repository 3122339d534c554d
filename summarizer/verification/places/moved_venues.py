"""A meeting moved from one place to another, and a meeting worded by a verb of getting
together (an outside check, session 16), for a summit's place (:func:`rules.support_place`
through :func:`replaced_places.place_reading`) and status (:mod:`status_support`):

- *the new place* ("relocated to Japan", "moved from Geneva to Vienna", "switched venues to
  Doha", "has shifted to Penang", "will now be held in Hiroshima") is where the meeting is
  (supported);
- *the place moved from* ("relocated to Japan from Australia", "the venue was changed from
  Algiers", "the original London venue") is not (*unsupported*); a plan's place in a
  sentence that moves the meeting ("first planned for Sydney, will now be held in
  Hiroshima", "had been planned for Cairo") is a plan that did not hold (*unconfirmed*, as
  :mod:`replaced_places` reads "was supposed to take place in");
- *a verb of getting together* ("will connect in Japan", "would catch up in Japan", "see
  each other on the sidelines in Japan", "sit down with Starmer in Rome", "got together
  in"), with one of the meeting's parties in the sentence: the place after it is the
  meeting's; the verb still to come ("will", "would", "to", "plans to") words a planned
  meeting (``scheduled`` or ``proposed``: supported; ``held``: *unsupported*, it is still
  to come), the verb in the past ("caught up in Japan last week") a held one.

Read only for a sentence holding one of the cue words (a token-set check first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..context import Context, Result, unconfirmed
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase

_MOVE = word_set("moved relocated shifted switched transferred changed move relocate shift")
_ORIGINAL = word_set("original originally first initially previously earlier")
_PLANNED = word_set("planned slated set scheduled meant due pencilled penciled")
_AT = word_set("in at")
# Verbs of getting together and the word that completes them ("catch up", "sit down").
_TOGETHER = {
    **dict.fromkeys(("connect", "connects", "connecting"), ""),
    **dict.fromkeys(("catch", "catches", "catching"), "up"),
    **dict.fromkeys(("see", "sees", "seeing"), "each"),
    **dict.fromkeys(("sit", "sits", "sitting"), "down"),
    **dict.fromkeys(("get", "gets", "getting"), "together"),
    **dict.fromkeys(("huddle", "huddles"), ""),
}
_TOGETHER_PAST = {
    "connected": "",
    "caught": "up",
    "saw": "each",
    "sat": "down",
    "got": "together",
    "huddled": "",
}
_FUTURE = word_set("will would to shall 'll expected plans plan set due going")
_CUES = frozenset(
    {*_MOVE, *_ORIGINAL, *word_set("now had venue venues"), *_TOGETHER, *_TOGETHER_PAST}
)
_NOT = word_set("not n't never won't wouldn't no yet")
_REACH = 8  # words from a verb of getting together to its place


def _norms(tokens: Sequence[Token]) -> list[str]:
    return [token.norm for token in tokens]


def _together(norms: Sequence[str]) -> list[tuple[int, int, bool]]:
    """(start, end, past) of each verb of getting together in a sentence."""
    found = []
    for index, norm in enumerate(norms):
        past = norm in _TOGETHER_PAST
        tail = _TOGETHER_PAST[norm] if past else _TOGETHER.get(norm)
        if tail is None:
            continue
        if tail and tail not in norms[index + 1 : index + 3]:
            continue  # "see" alone, "sat" alone: not a meeting
        if tail == "each" and "other" not in norms[index + 1 : index + 4]:
            continue
        found.append((index, index + (norms.index(tail, index + 1) - index if tail else 0), past))
    return found


def _with_party(norms: Sequence[str], fact: Any) -> bool:
    parties = [p for p in getattr(fact, "parties", None) or [] if isinstance(p, str)]
    words = set(norms)
    return any(
        (names := [t.norm for t in tokenize(party)]) and names[-1] in words for party in parties
    )


def _role(norms: Sequence[str], start: int, size: int) -> str | None:
    """ "new", "from", "plan" or "met" for the place at ``norms[start:start + size]``."""
    before = norms[max(start - 5, 0) : start]
    if norms[start - 1 : start] == ["from"] and not _MOVE.isdisjoint(
        norms[max(start - 6, 0) : start]
    ):
        return "from"  # "relocated to Japan from Australia", "the venue was changed from"
    if (
        before[-1:] == ["to"]
        and "as" not in before  # "transferred as scheduled to Venezuela": handed on
        and not _MOVE.union(("venues", "venue")).isdisjoint(before)
    ):
        return "new"  # "relocated to Japan", "switched venues to Doha"
    if before[-1:] in (["in"], ["at"]) and "now" in before:
        return "new"  # "will now be held in Hiroshima", "will now meet in"
    if before[-1:] == ["original"]:
        return "from"  # "the original London venue"
    if not _PLANNED.isdisjoint(before[-3:]) and (
        not _ORIGINAL.isdisjoint(before) or "had" in before
    ):
        return "plan"  # "first planned for Sydney", "had been planned for Cairo"
    if before[-1:] and before[-1] in _AT:
        for _, end, _past in _together(norms):
            if end < start and start - end <= _REACH and ";" not in norms[end:start]:
                return "met"
    return None


def moved_venue(place: str, ctx: Context) -> Result | None:
    """The verdict a move or a verb of getting together gives a meeting's ``place``, or
    None when neither is read."""
    size = len(tokenize(place))
    roles: list[str] = []
    moving = False
    for tokens in ctx.sentence_tokens():
        norms = _norms(tokens)
        if _CUES.isdisjoint(norms):
            continue
        moving = moving or not _MOVE.isdisjoint(norms) or "now" in norms
        for start in find_phrase(place, tokens):
            role = _role(norms, start, size)
            if role == "met" and not _with_party(norms, ctx.fact):
                role = None
            if role is None:
                return None
            roles.append(role)
    if not roles:
        return None
    if any(role in ("new", "met") for role in roles):
        return True, ""
    if all(role == "from" for role in roles):
        return False, f"{place!r} is the place the meeting was moved from"
    if moving:
        return unconfirmed(f"{place!r} is in its evidence only as the place of an old plan")
    return None


def together_status(raw: str, ctx: Context) -> Result | None:
    """The verdict a verb of getting together gives a meeting's status, or None."""
    for tokens in ctx.sentence_tokens():
        norms = _norms(tokens)
        if _CUES.isdisjoint(norms) or not _with_party(norms, ctx.fact):
            continue
        for start, _, past in _together(norms):
            if not _NOT.isdisjoint(norms[max(start - 3, 0) : start]):
                continue  # "have still not sat down together"
            future = not past and not _FUTURE.isdisjoint(norms[max(start - 3, 0) : start])
            if future and raw in ("scheduled", "proposed"):
                return True, ""
            if future and raw == "held":
                return False, "its evidence words the meeting as still to come, not held"
            if past and raw == "held":
                return True, ""
    return None


__all__ = ["moved_venue", "together_status"]
