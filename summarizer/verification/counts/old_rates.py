"""A rate in place before a measure is not the measure's rate (an outside check, session 14:
"The bill would raise the duty to 35 percent, up from the current 10 percent" gave the bill's
tariff as 10), for :func:`summarizer.verification.counts.number_rules.support_number`.

A number is the value in place, not the field's, when its sentence states another number in
the same unit (the measure's own) and tells of a change ("raise", "new", "from", "replaces",
a prospect: "the current 25% duty applies to cars and a 10% duty to parts" is two rates in
place), and the number is marked as the one in place:

- by an adjective of the present or the past before it, or before the noun it is "of" ("the
  current 10 percent", "the existing 12% levy", "today's 25 percent", "the prevailing 7.5
  percent rate", "the current tariff of 15 percent", "the old 20% duty");
- by an adverb of the present in its clause, when the sentence also says what the measure
  would or will do ("at 10% now", "currently 20%", "which now face a 10 percent duty",
  "Tariffs now stand at 10 percent; the bill would ...", "at 25 percent today"): without a
  prospect the present is the measure's own ("tariffs are now 35%, up from 10%"), and the
  earlier number is read by :func:`summarizer.verification.counts.amounts.previous_value`;
- as what the measure replaces ("replacing the existing 12% levy", "replaces a 20% tariff",
  "in place of the 10 percent duty", "instead of the 5% rate").

A marked rate is the measure's own after a verb of matching ("will match the existing 25
percent U.S. duty", "in line with today's 12.5 percent"), and another measure's own when it
and every other rate name their goods and share none ("the existing 25 percent tariff on EVs
... a new 10 percent levy on batteries").

The refusal is *unsupported*: the page states the number, as the rate before the measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..figures.numbers import NumberMention
from ..occasions.past_owners import past_owner
from ..page.tokens import Token, word_set

_IN_PLACE = word_set(
    "current existing present prevailing old today standing previous prior former earlier"
)
_NOW = word_set("now currently today presently already")
_PROSPECT = word_set(
    """would will could might plan plans planned proposal proposed proposes propose seeks
    seeking aims intends wants"""
)
# Words that say the sentence tells of a change of rate, not two rates in place side by side
# ("the current 25% duty applies to cars and a 10% duty to parts" is no change).
_CHANGES = word_set(
    """new raise raises raised raising rise rises rose climb climbs climbed lift lifts lifted
    increase increases increased hike hikes hiked double doubles doubled triple triples
    tripled boost boosts boosted jump jumps up from top replacing replaces replaced replace
    supersedes superseding instead place"""
)
_REPLACING = word_set("replacing replaces replaced replace supersedes superseding")
# Words that may stand between a marker and its number ("the current 10", "a 20%").
_SKIP = word_set("the a an its their of at about around some roughly nearly")
# Words that end a number's clause when reading back for an adverb of the present.
_CLAUSE = word_set("but while whereas and which that from")
_REACH = 5  # words read back from a number for its marker
# Verbs by which a measure takes another rate as its own ("match", "mirror", "equal", "align
# with", "in line with"), read over the rate's marker ("match the existing 25 percent").
_MATCHING = ("match", "mirror", "equal", "copy", "copie", "replicat", "align")
_LINED = word_set("line par")
_NO_GOODS = frozenset({"top", "average", "paper", "hold", *WEEKDAYS, *MONTHS})


def in_place(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether ``mention`` is the value in place before the measure (see the module)."""
    if not any(
        m.unit == mention.unit and abs(m.value - mention.value) > 1e-9 and not _marked(tokens, m)
        for m in mentions
        if m is not mention
    ):
        return False  # no other number in its unit: the one in place is all the page gives
    norms = [t.norm for t in tokens]
    if _matched(tokens, mention, text):
        return False  # "will match the existing 25 percent U.S. duty": its own new rate
    own = _goods(norms, mention)
    if own and all(
        (goods := _goods(norms, m)) and not goods & own
        for m in mentions
        if m.unit == mention.unit and m is not mention
    ):
        return False  # "the existing 25% tariff on EVs ... a new 10% levy on batteries"
    if _marked(tokens, mention):
        return any(n in _PROSPECT or n in _CHANGES for n in norms)
    return _present(tokens, mention, text) and any(n in _PROSPECT for n in norms)


def _matched(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """A verb of matching before the number, over its marker and the words between ("match
    the existing 25 percent", "mirroring the current 10% levy", "in line with today's 25
    percent", "to equal Washington's current 25%"): the rate in place is what the measure sets
    its own to."""
    for index in range(mention.first - 1, max(mention.first - 1 - _REACH, -1), -1):
        norm = tokens[index].norm
        if norm.startswith(_MATCHING) or (norm == "with" and tokens[index - 1].norm in _LINED):
            return True
        if norm in _CLAUSE or any(m in text[tokens[index].end : tokens[index + 1].start]
                                  for m in ",;:\u2014"):  # fmt: skip
            return False  # "the rate, which matched ...": another clause's verb
    return False


def _goods(norms: Sequence[str], mention: NumberMention) -> frozenset[str]:
    """The words after "on" in a rate's phrase ("25 percent tariff on Chinese EVs": chinese,
    evs), up to three, or none when its phrase names no goods."""
    for index in range(mention.last + 1, min(mention.last + 5, len(norms) - 1)):
        if norms[index] == "on" and norms[index + 1] not in _NO_GOODS:  # "on top of", "on Monday"
            words = norms[index + 1 : index + 4]
            return frozenset(w for w in words if w not in _SKIP and w not in _CLAUSE)
    return frozenset()


def _marked(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """An adjective of the present before the number, or before its noun ("the current tariff
    of 15 percent"); what a measure replaces."""
    index = mention.first - 1
    while index >= 0 and mention.first - index <= _REACH:
        norm = tokens[index].norm
        if norm in _IN_PLACE or norm in _REPLACING:
            return True
        if norm == "place" and index and tokens[index - 1].norm == "in":
            return True  # "in place of the 10 percent duty"
        if norm == "instead":
            return True
        if norm in _SKIP:
            index -= 1
            continue
        owner = past_owner(tokens, index)  # "replaces last year's 25 percent duty"
        if owner is not None:
            index = owner - 1
            continue
        # "the current tariff of 15 percent": the adjective before the number's noun
        return (
            bool(index)
            and tokens[index - 1].norm in _IN_PLACE
            and _of_after(tokens, index, mention)
        )
    return False


def _of_after(tokens: Sequence[Token], noun: int, mention: NumberMention) -> bool:
    return [t.norm for t in tokens[noun + 1 : mention.first]] in (["of"], ["at"], ["is"])


def _present(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """An adverb of the present in the number's clause before it (up to a clause word or a
    semicolon), or right after the number and its unit ("10% now", "25 percent today")."""
    after = tokens[mention.last + 1 : mention.last + 3]
    if any(t.norm in _NOW for t in after):
        return True
    for index in range(mention.first - 1, max(mention.first - 1 - 2 * _REACH, -1), -1):
        norm = tokens[index].norm
        gap = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in gap for mark in ",;:\u2014"):
            return False
        if norm in _NOW:
            return True
        if norm in _CLAUSE:
            return False
    return False


__all__ = ["in_place"]
