"""Days in a truce's sentence that are not its length, and a length told of "the one" that
stands for a truce word before it (check 38):

- the days after or within which the truce broke down ("meant to last ten days, collapsed
  after 6 days", "was violated within four days"): what it lasted against its plan, refused
  (:func:`broken_after`);
- the days it was extended by ("was extended once before by three days"): the extension,
  not the truce's length; unconfirmed, since an extension is a stretch of truce of its own
  (:func:`extended_by`);
- "Earlier truces ..., like the one in 2019 that lasted 75 days": the length of the truce
  "the one" stands for (:func:`one_lasting`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_BREAKS = word_set(
    """collapsed broke fell crumbled unravelled unraveled violated breached shattered
    faltered failed foundered down apart"""
)
_EXTENDS = word_set("extended prolonged lengthened renewed stretched")
_SOFT = word_set("just only barely a mere some about")
_LASTING = word_set("lasted last lasts held holds ran runs endured survived")


def _before(tokens: Sequence[Token], mention: NumberMention) -> int:
    """The index of the word before the number and its softeners ("after just five")."""
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _SOFT:
        index -= 1
    return index


def broken_after(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "collapsed after 6 days", "fell apart after just five days", "was breached within
    2 days": a verb of breaking at most three words before "after" or "within"."""
    index = _before(tokens, mention)
    if index < 1 or tokens[index].norm not in {"after", "within"}:
        return False
    return any(tokens[i].norm in _BREAKS for i in range(max(index - 3, 0), index))


def extended_by(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """ "was extended once before by three days", "prolonged by seven days": a verb of
    extending at most four words before "by"."""
    index = _before(tokens, mention)
    if index < 1 or tokens[index].norm != "by":
        return False
    return any(tokens[i].norm in _EXTENDS for i in range(max(index - 4, 0), index))


def one_lasting(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """ "the one in 2019 that lasted 75 days", "the one agreed in 2016 that held for 40
    days": a verb of lasting right before the length (or "for"), "the one" at most seven
    words before the verb, and a truce word before "the one"."""
    index = mention.first - 1
    if index >= 0 and tokens[index].norm == "for":
        index -= 1
    if index < 2 or tokens[index].norm not in _LASTING:
        return False
    for one in range(index - 1, max(index - 8, 0), -1):
        if tokens[one].norm == "one" and tokens[one - 1].norm == "the":
            return any(cue < one - 1 for cue in cues)
    return False
