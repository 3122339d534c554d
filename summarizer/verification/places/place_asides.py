"""A meeting's place told apart from its meeting word (an outside check, 40), for the
meeting-word search of :func:`summarizer.verification.rules.support_place`:

- *over an apposition*: "had talks with Vladimir Putin, president of the Russian Federation,
  at the Vostochny Cosmodrome"; "met for talks hosted by the prime minister at his official
  residence, Seri Perdana, in Putrajaya". The place's preposition follows a comma that closes
  an aside opened by another comma: a title run after a name, a venue's own name after its
  noun. An aside with no verb of its own and no word that opens a clause ("who", "which",
  "said") only says who or which: the place still hangs on the meeting word before it. The
  comma must stand right before the place's preposition, or before the preposition of a venue
  the place ends ("..., at the Vahdettin Pavilion in Istanbul"); the walk back from the aside
  to the meeting word crosses no other comma ("drew protests in Caracas" after "The summit,
  scheduled for Thursday," hangs on "drew", not on the summit; "officials in Moscow said" on
  the officials).
- *a city in its venue's name*: "the opening session at the Kigali Convention Centre": a
  place that opens a venue's capitalised name ending in a building noun ("Centre", "Palace",
  "Hotel") is where the venue is, when the place is one the party table knows (a capital, a
  country): the meeting word is looked for around the whole venue name. A venue named after
  a person or an unknown word ("the Lancaster House", "the Obama Center") is left unread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set
from ..people.party_names import named_at
from .fronted_places import fronted_meeting
from .joined_places import host_across
from .sites import far_meeting

_REACH = 14
_ASIDE_LONGEST = 10
_PREPOSITIONS = word_set("in at near outside inside")
_CLAUSE_WORDS = word_set(
    """who whom which that whose where when while said says told added is was were are be
    been has have had will would could should may might did does do after before since"""
)
_OTHER_MARKS = (";", ":", "(", ")", "\u2014", "\u2013", " - ")
_BUILDINGS = word_set(
    """centre center hall palace hotel house building complex stadium arena pavilion
    residence castle villa resort lodge airport base"""
)
_SESSIONS = word_set("session sessions opening plenary")
_VENUE_LONGEST = 7
_ASIDES_MOST = 3


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    """The text between ``tokens[index - 1]`` and ``tokens[index]``."""
    return text[tokens[index - 1].end : tokens[index].start]


def _aside_opening(tokens: Sequence[Token], closing: int, text: str) -> int | None:
    """The first token of a verbless aside whose closing comma stands after
    ``tokens[closing]``: the nearest comma before it within ``_ASIDE_LONGEST`` words."""
    for index in range(closing, max(closing - _ASIDE_LONGEST, 0), -1):
        if tokens[index].norm in _CLAUSE_WORDS:
            return None
        gap = _gap(tokens, index, text)
        if any(mark in gap for mark in _OTHER_MARKS):
            return None
        if "," in gap:
            return index if index >= 2 else None
    return None


def _comma_preposition(tokens: Sequence[Token], start: int, text: str) -> int | None:
    """The preposition the place hangs on whose gap before holds a comma: the place's own
    ("..., in Putrajaya") or a venue's it ends ("..., at the Vahdettin Pavilion in Istanbul"),
    over no more than a venue's words and no word of a clause."""
    index = start - 1
    while index >= 1 and start - index <= _VENUE_LONGEST:
        token = tokens[index]
        if (
            token.norm in _PREPOSITIONS
            and not token.capitalised
            and "," in _gap(tokens, index, text)
        ):
            return index
        if token.norm in _CLAUSE_WORDS:
            return None  # "drew protests in Caracas" stops at no preposition; "said" at once
        if any(mark in _gap(tokens, index, text) for mark in (",", *_OTHER_MARKS)):
            return None
        index -= 1
    return None


def apart_meeting(
    tokens: Sequence[Token],
    start: int,
    text: str,
    is_meeting: Callable[[Sequence[Token], int], bool],
) -> int | None:
    """The meeting word the place at ``tokens[start]`` hangs on across verbless asides, the
    last right before its preposition, or None (see the module)."""
    preposition = _comma_preposition(tokens, start, text)
    for _ in range(_ASIDES_MOST):
        if preposition is None or preposition < 3:
            return None
        opening = _aside_opening(tokens, preposition - 1, text)
        if opening is None:
            return None
        index, steps, preposition = opening - 1, 0, None
        while index >= 0 and steps < _REACH:
            if is_meeting(tokens, index):
                return index
            gap = _gap(tokens, index, text) if index else ""
            if any(mark in gap for mark in _OTHER_MARKS):
                return None
            if "," in gap:  # "..., at a hotel, the Ishtar, in": an aside before the venue
                preposition = index if tokens[index].norm in _PREPOSITIONS else None
                break
            index, steps = index - 1, steps + 1
    return None


def far_or_apart(
    tokens: Sequence[Token],
    start: int,
    size: int,
    text: str,
    is_meeting: Callable[[Sequence[Token], int], bool],
) -> int | None:
    """The meeting word :func:`sites.far_meeting` finds, else the one across asides, else
    the one a host verb after the place's apposition takes (:func:`joined_places.host_across`),
    else the main clause's after a fronted place (:func:`fronted_places.fronted_meeting`)."""
    far = far_meeting(tokens, start, text)
    if far is None:
        far = apart_meeting(tokens, start, text, is_meeting)
    if far is None:
        far = host_across(tokens, start, size, text, is_meeting)
    return far if far is not None else fronted_meeting(tokens, start, text, is_meeting)


def venue_meeting(
    tokens: Sequence[Token], start: int, size: int, text: str, find: Callable[..., int | None]
) -> int | None:
    """The meeting word of the venue whose name the place opens (``find`` reads the whole
    name as the place), or a session noun right before the venue's preposition ("the
    opening session at the Kigali Convention Centre")."""
    venue = venue_span(tokens, start, size, text)
    if venue is None:
        return None
    found = find(tokens, start, venue, text)
    if found is not None:
        return found
    at = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if at >= 1 and tokens[at].norm in _PREPOSITIONS and tokens[at - 1].norm in _SESSIONS:
        return at - 1
    return None


def venue_span(tokens: Sequence[Token], start: int, size: int, text: str) -> int | None:
    """The size of the venue name the place opens ("Kigali Convention Centre"), when the
    place is a known one and the name ends in a building noun; else None."""
    if named_at(tokens, start) is None:
        return None
    end = start + size
    while end < len(tokens) and end - start < 6 and tokens[end].capitalised:
        if _gap(tokens, end, text) != " ":
            return None
        if tokens[end].norm in _BUILDINGS:
            return end + 1 - start
        end += 1
    return None


__all__ = ["apart_meeting", "far_or_apart", "venue_meeting", "venue_span"]
