"""A meeting's place that the page only proposes (an outside check, session 14): "Seoul
proposed Pyongyang as the venue", "Ankara offered Istanbul as a possible venue", "Orban
suggested Budapest could host", "repeated his offer to host them in Istanbul". A proposal is
no plan: the place may be where the meeting will be, but the sentence does not say it is, so
the value is *unconfirmed* (its words are there, its role as the planned place unread), not
unsupported. For a meeting itself said ``proposed``, or with no status, the proposed place is
its place and keeps its old verdict.

What is read: a verb or noun of proposing (propose, suggest, offer, float, pitch, put
forward, invite) up to nine words before the place within its clause (no comma, semicolon or
dash between) or right after it ("Riyadh was floated"), not after "accepted" ("accepted
Trump's invitation to meet in Alaska" is a plan); or the place right before "as (a / the
...) venue / host" or "could / might host" (:mod:`scene_places` lifts "..., with Mexico as
host" after a meeting agreed, :func:`arranged`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

_PROPOSING = (
    "propos", "suggest", "offer", "float", "pitch", "invit", "mooted", "touted", "floated",
)  # fmt: skip
_FORWARD = word_set("put putting puts")
_ACCEPTED = word_set("accepted accepts accepting agreed")
_VENUES = word_set("venue venues host hosts location site setting")
_MAYBE = word_set("could might may would")
_BEEN = word_set("was is has been were are")


def proposed_venue(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """Whether the place at ``tokens[start:start + size]`` is named only as a proposal."""
    end = start + size
    after = [t.norm for t in tokens[end : end + 5]]
    if after[:1] == ["as"] and not _VENUES.isdisjoint(after[1:]):
        return True
    if len(after) > 1 and after[0] in _MAYBE and after[1] in ("host", "stage"):
        return True
    if len(after) > 1 and after[0] in _BEEN and after[1].startswith(_PROPOSING):
        return True  # "Riyadh was floated as a venue"
    for index in range(start - 1, max(start - 10, -1), -1):
        if clause_gap(tokens, index, text):
            return False
        norm = tokens[index].norm
        if norm.startswith(_PROPOSING) or (
            norm == "forward" and index and tokens[index - 1].norm in _FORWARD
        ):
            return not any(t.norm in _ACCEPTED for t in tokens[max(index - 3, 0) : index])
    return False


def arranged(tokens: Sequence[Token], start: int) -> bool:
    """ "..., with Mexico as host": the arrangement of a plan the sentence states ("agreed to
    meet again next year, with Mexico as host"; check 50), unless a word of proposing stands
    before it in the sentence ("Putin proposed meeting again, with Moscow as host")."""
    before = start - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 0 or tokens[before].norm != "with":
        return False
    return not any(t.norm.startswith(_PROPOSING) or t.norm == "forward" for t in tokens[:before])


__all__ = ["arranged", "proposed_venue"]
