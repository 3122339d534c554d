"""A level told for a count of its change (session 64, review rv64t of ct64: with the hedge
read past a currency code, "The Varanpur dam will cost about Rs 4,200 crore" passed as the
"dam cost overrun (rupees)": the count's word "cost" stands by the number, and the window of
cue words never asks whether the sentence tells any overrun at all).

A count whose ``what`` names a change of a level ("cost overrun", "fare increase", "price
rise", "rent hike", "fee cut") counts by how much the level moved, not the level itself.
The number is refused as the level when, in its sentence,

- its clause (to a clause mark: comma, semicolon, colon, bracket, dash) says the level's
  word ("fares of", "the rent is") or a verb of what one pays ("will cost", "costs", "priced
  at", "charged"), and
- no word of any change or excess stands anywhere in the sentence ("rise", "cut", "more",
  "extra", "over", "above", "overran", "additional", the count's own change word by its
  stem), so nothing in it can be the change.

A number after a verb of change and "to" ("rose to about Rs 900 crore", "was cut to 95p") is
the level reached, never the change, for any count naming a change ("scheme cost increase",
"rate cut"), whatever its level noun.

Read exactly: only a level noun of money or charge right before the change noun in the
``what`` (so "job cuts" for "shed 500 jobs" is not asked), and a sentence that tells a change
in any words ("a further Rs 300 crore", "20p dearer") is left to the other readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_span, word_set
from .numbers import NumberMention

# Nouns of a change a count may name after its level ("cost overrun", "fare increase")
_CHANGES = word_set(
    """overrun overruns increase increases rise rises hike hikes cut cuts reduction
    reductions decrease decreases jump jumps drop drops fall falls"""
)
# Levels of money or charge a change is named on ("cost overrun", "rent hike")
_LEVELS = word_set(
    """cost costs price prices fare fares charge charges bill bills budget budgets rent rents
    fee fees toll tolls premium premiums tariff tariffs"""
)
# Any word of a change or excess: where one stands in the sentence, the number may be it
_MOVED = word_set(
    """increase increases increased increasing rise rises rose risen rising hike hikes hiked
    jump jumps jumped climb climbs climbed up more higher extra additional further added
    over above beyond exceed exceeds exceeded excess overrun overruns overran overshoot
    overspend overspent dearer boost boosted raise raises raised lift lifted grew grow growth
    doubled cut cuts cutting decrease decreases decreased reduction reduced reduce fall falls
    fell drop drops dropped down lower lowered less cheaper slashed trimmed saving savings
    saved difference gap change changed uplift surcharge top soared surged spiked leapt
    rocketed swelled ballooned tripled blew blown off discount discounted rebate refund
    shaved halved eased slid dipped plunged tumbled"""
)
# Verbs that tell what one pays, whatever the level's noun: "Parking costs \u00a34 a day" is the
# parking charge
_PAID = word_set("cost costs costing priced charged charging")


def _stem(word: str) -> str:
    """A word's stem for a prefix match ("overr" finds "overran", "pric" finds "priced",
    "hike" finds "hiked"): its first five letters, a final "e" off a shorter word that keeps
    four."""
    if len(word) > 5:
        return word[:5]
    bare = word.rstrip("e")
    return bare if len(bare) >= 4 else word


# Verbs of a change after which "to" and a number give the level reached ("rose to about Rs
# 900 crore", "was cut to 95p"); not "up": "up to 30p" is a bound
_TO_VERBS = word_set(
    """rose risen rising climbed increased raised hiked jumped grew soared surged cut fell
    fallen dropped lowered reduced slashed trimmed halved doubled tripled"""
)  # no form that is also a noun's plural: "The job cuts amount to about 15%"
_HEDGES = word_set(
    "about around roughly nearly almost some just over under only rs inr dkk sek nok eur usd gbp"
)  # and a currency's code ("to about Rs 900 crore")


def _reached(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number is the level a change reached: "to" before it (past a hedge),
    and a verb of change right before that, or one adverb between ("rose to about Rs 900
    crore", "has been cut sharply to 4.5%")."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    if at < 1 or tokens[at].norm != "to" or tokens[at - 1].norm in {"up", "by"}:
        return False  # "rise by up to 30p": a bound of the change
    verb = at - 1
    if tokens[verb].norm.endswith("ly") and verb > 0:
        verb -= 1  # "cut sharply to 4.5%"
    return tokens[verb].norm in _TO_VERBS


# Words that open a what's phrase of time or circumstance: a change named there is not what it
# counts ("bus fare once the increase took effect" is a fare)
_OPENERS = word_set("once after when before since following until as from while")


def _head(what: str) -> list[str]:
    """The words of a count's ``what`` before its first comma, bracket or phrase of time
    ("bus fare" of "bus fare once the increase took effect, pounds"), lowercased."""
    words = []
    for raw in what.replace("-", " ").split():
        word = raw.strip(",.;:()'\"").lower()
        if word in _OPENERS or raw.startswith("("):
            break
        words.append(word)
        if raw.endswith((",", ";", ":", ")")):
            break
    return words


def level_for_change(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why the number is the level itself and no count of its change (see the module); or
    ""."""
    words = _head(what)
    change = next((w for w in words if w in _CHANGES), "")
    if change and _reached(tokens, mention):
        return f"{mention.value:g} is the level the {change} reached, not the {change}"
    pairs = [
        (words[at - 1], word)
        for at, word in enumerate(words)
        if at and word in _CHANGES and words[at - 1] in _LEVELS
    ]
    if not pairs:
        return ""
    level, change = pairs[0]
    stems = (_stem(level.removesuffix("s")),)
    moved = _stem(change.removesuffix("s"))
    for token in tokens:
        if token.norm in _MOVED or token.norm.startswith(moved):
            return ""  # a change is told: which number it is is the other readings'
    low, high = clause_span(tokens, mention.first, mention.last, text)
    said = any(
        tokens[at].norm.startswith(stems) or tokens[at].norm in _PAID
        for at in range(low, high + 1)
        if not mention.first <= at <= mention.last
    )
    return f"{mention.value:g} is the {level} itself, not its {change}" if said else ""


__all__ = ["level_for_change"]
