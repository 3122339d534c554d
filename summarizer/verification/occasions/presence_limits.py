"""Where a cue of presence at a meeting says less than it seems (review rv42p, session 42).

:mod:`meeting_presence` reads a later pronoun, a joining and a host's taking a seat as the
name's presence at the meeting told. Each has a reading that seats no one:

- the talks the pronoun's owner tells of are not held ("said talks between her and the
  Estonian premier had been postponed", "would take place next month");
- one "joined them in condemning the attack": agreement in a deed, not a seat at the table;
- the host "took her seat at a separate table while the two presidents met alone".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

# Words that put talks told off or ahead rather than held.
_NOT_HELD = word_set(
    """postponed delayed cancelled canceled scrapped shelved suspended called off would will
    next planned due scheduled"""
)
# Words that set a seat apart from the meeting's own table.
_APART = word_set("separate another side apart gallery audience stands public alone")
_DEEDS_IN = word_set("a an the calls condemnation support opposition statement protest")


def talks_not_held(words: Sequence[str]) -> bool:
    """Whether the words after "talks between her and the premier" put them off or ahead."""
    return not _NOT_HELD.isdisjoint(words) or "off" in words


def joined_in_deed(tokens: Sequence[Token], verb: int) -> bool:
    """ "joined them in condemning the attack", "joined them in calls for a truce": a deed
    shared, not the meeting joined ("joined them in the hall", "joined them for lunch")."""
    if verb + 3 >= len(tokens) or tokens[verb + 2].norm != "in":
        return False
    word = tokens[verb + 3].norm
    ahead = {t.norm for t in tokens[verb + 3 : verb + 6]}
    lowered = word.endswith("ing") and tokens[verb + 3].text.islower()  # not "in Beijing"
    return lowered or (word in _DEEDS_IN and not ahead.isdisjoint(_DEEDS_IN - {"a", "an", "the"}))


def seat_apart(tokens: Sequence[Token], after: int) -> bool:
    """Whether the seat the host took is away from the meeting ("at a separate table", "in
    the gallery") or the others met "alone"."""
    return not _APART.isdisjoint(t.norm for t in tokens[after:])


__all__ = ["joined_in_deed", "seat_apart", "talks_not_held"]
