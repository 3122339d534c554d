"""A truce said to hold only in part of the land is ``local`` (session 23, the refusal-reason
audit: "its evidence words a truce with no wording for 'local'" refused two correct values
across eleven outside checks and caught one wrong one, a different kind).

:mod:`truce_scopes` reads a truce noun followed by a place ("a ceasefire in the districts").
These are the wordings that limit the truce's reach without that shape, read in the sentence
of the truce noun, after it:

- a limit word before the place: "the ceasefire applies only to northern Shan State", "the
  truce is limited to / confined to / restricted to the border districts", "the pause holds
  only in the capital";
- a part of the front: "a pause of two or three days on some fronts", "a truce in parts of
  the province", "a halt to shelling in certain districts".

Not a limit: "not only to Shan State but ..." (negated), a limit after a word of fighting
("the truce held, but fighting went on only in the north": the fighting's place), or a whole
("applies to all of the state", "across the whole country").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import word_set
from summarizer.verification.truce_kinds import TRUCE_NOUNS

_LIMITS = word_set("limited confined restricted")
_TO = word_set("to in on along across around at within")
_SOME = word_set("some certain several parts part sections section")
_PARTS = word_set(
    """front fronts area areas zone zones district districts province provinces region
    regions sector sectors town towns city cities village villages border frontline
    frontlines of"""
)
_FIGHTING = word_set(
    """fighting shelling strikes attacks clashes hostilities bombing bombardment raids battles
    combat offensive"""
)
_WHOLE = word_set("all every whole entire nationwide countrywide")
# What a limit's "only" follows: the truce's own verb of holding ("applies only to", "holds
# only in", "in force only in", "covers only parts of").
_HOLDING = word_set(
    """apply applies applied hold holds held cover covers covered force effect valid is was
    be remain remains remained observed"""
)
# A breach's place is not the truce's reach ("only to break down in some districts").
_BREACHES = word_set(
    """break breaks broke broken collapse collapsed collapses violated violation violations
    breach breaches breached"""
)
_REACH = 12


def limited(norms: Sequence[str]) -> bool:
    """Whether a truce noun of the clause-marked ``norms`` is said to hold only in part of
    the land (see the module)."""
    for index, norm in enumerate(norms):
        if not norm.startswith(TRUCE_NOUNS):
            continue
        window = list(norms[index + 1 : index + 1 + _REACH])
        for at, word in enumerate(window):
            if word in _FIGHTING and at <= 2 and window[at - 1 : at] in (["on"], ["in"], ["of"]):
                continue  # "a moratorium on shelling, which applies only along ..."
            if word in (";", "but") or word in _FIGHTING or word in _BREACHES:
                break  # another clause, the fighting's own place, or a breach's
            ahead = window[at + 1 : at + 4]
            if _limit(window, at, word, ahead):
                return True
    return False


def _limit(window: list[str], at: int, word: str, ahead: list[str]) -> bool:
    if not _WHOLE.isdisjoint(ahead):
        return False
    if word == "only" and ahead[:1] and (ahead[0] in _TO or ahead[0] in _SOME):
        return at > 0 and window[at - 1] in _HOLDING  # "applies only to", "covers only parts"
    if word in _LIMITS and ahead[:1] == ["to"]:
        return at == 0 or window[at - 1] not in ("not", "never")
    if word in _TO and ahead[:1] and ahead[0] in _SOME:
        return len(ahead) > 1 and ahead[1] in _PARTS  # "on some fronts", "in parts of"
    return False


__all__ = ["limited"]
