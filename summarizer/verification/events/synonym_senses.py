"""Event-kind synonyms read in another sense (session 31, review rvea31 of eventactors31's
synonyms), for :func:`summarizer.verification.status.status_forms.not_a_cue`:

- "handed over" / "handover" is a prisoner exchange's cue only for people held: taken right
  after it ("handed over 84 prisoners", "the handover of 90 captives") or named just before it
  ("Soldiers handed over by each side"); "handed over documents about the missing soldiers"
  hands over papers (a preposition comes before the people);
- "clashed over tariffs", "clashed about the budget": a quarrel over a topic, no attack
  ("clashed over the weekend", "over the pass" keep the cue: a determiner follows);
- "homeless" before a noun ("3,000 homeless people waiting for housing"): a housing story's
  adjective, not people left homeless ("left 40,000 people homeless", "homeless after the
  quake" keep it);
- "carried by" is a vote's only with a count or a majority after it ("carried by 312
  members", "by a show of hands"), not "carried by momentum";
- a labour strike's synonym "averted" ("A walkout was averted on Sunday"): none held;
- any cue in a clause opened by "neither" ("Neither side has handed over any prisoners"):
  denied for both sides.

Left out: "fighting the new law" (a verb with an object, like "fighting the Taliban"), "a
debate on the budget" in parliament (a summit's "days of debate" are talks), "the storm was
hitting the coast", "sold out its tents": no word shape tells them from the senses meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.tokens import word_set
from .status_synonyms import HELD_PEOPLE

_HANDING = ("handed", "handover", "handovers")
_ABOUT = word_set("about of on over concerning regarding to from with for")
_TOPIC = word_set("over about")
# Words that open a noun phrase: a topic's, or a noun after an adjective (status_forms reads
# the same set before a status word).
DETERMINERS = word_set("the a an this that its their his her")
# Words after "homeless" that keep it predicative ("left 40,000 homeless after the quake").
_AFTER_PREDICATE = word_set(
    "by after in and or as when since following across on at from with while because amid"
)
_MAJORITY = word_set("majority show margin vote votes")
_AVERTING = word_set("averted avert averts averting")
_STRIKE_STEMS = ("walkout", "walk-out", "stoppage", "strik", "industrial")
_REACH = 3
_NEITHER_REACH = 6
_AVERTED_REACH = 6


def other_sense(norms: Sequence[str], start: int, end: int) -> bool:
    """Whether the event-kind cue at ``start:end`` is a synonym read in another sense, or
    denied by "neither" (see the module)."""
    cue = norms[start]
    if _neither(norms, start):
        return True
    if cue in _HANDING:
        return not _people_handed(norms, start, end)
    if cue.startswith("clash"):
        after = norms[end : end + 2]
        return (
            bool(after) and after[0] in _TOPIC and after[1:2] != [] and after[1] not in DETERMINERS
        )
    if cue == "homeless":
        return attributive(norms, start)
    if norms[start:end] == ["carried", "by"]:
        return not _counted(norms[end : end + 2])
    if cue.startswith(_STRIKE_STEMS) or cue in ("walked", "walk", "downed", "stop", "stopped"):
        after = norms[end : end + _AVERTED_REACH]
        if "," in after:
            after = after[: after.index(",")]
        near = [*norms[max(0, start - _REACH) : start], *after]
        return not _AVERTING.isdisjoint(near)  # "A walkout on the Underground was averted"
    return False


def attributive(norms: Sequence[str], index: int) -> bool:
    """Whether the adjective at ``index`` stands before a noun ("3,000 homeless people
    waiting for housing"), not as what people were left ("left 40,000 homeless after")."""
    after = norms[index + 1 : index + 2]
    return bool(after) and after[0].isalpha() and after[0] not in _AFTER_PREDICATE


def _people_handed(norms: Sequence[str], start: int, end: int) -> bool:
    """People held taken by the handing before any preposition, or named just before it."""
    if not HELD_PEOPLE.isdisjoint(norms[max(0, start - _REACH) : start]):
        return True  # "Soldiers handed over by each side"
    for norm in norms[end : end + 6]:
        if norm in HELD_PEOPLE:
            return True
        if norm in _ABOUT and norm != "of":
            return False  # "handed over documents about the missing soldiers"
        if norm == "of" and norms[start] == "handed":
            return False  # "handed over copies of ...": the people are the record's
    return False


def _counted(after: Sequence[str]) -> bool:
    """ "by 312 members", "by three votes", "by a (show of hands | majority)"."""
    if not after:
        return False
    first = after[0]
    if first[:1].isdigit() or first in NUMBER_WORDS:
        return True
    return first in ("a", "an", "the") and after[1:2] != [] and after[1] in _MAJORITY


def _neither(norms: Sequence[str], start: int) -> bool:
    """A cue in a clause "neither" opens, with no "nor" between: both sides deny it."""
    window = norms[max(0, start - _NEITHER_REACH) : start]
    if "neither" not in window:
        return False
    tail = window[window.index("neither") :]
    return "nor" not in tail and "," not in tail


__all__ = ["DETERMINERS", "attributive", "other_sense"]
