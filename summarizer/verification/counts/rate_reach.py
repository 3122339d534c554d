"""A tariff word that a verb of change governs as its object, and the "from X to Y" of that
verb far after it (an outside check, session 18: "agreed to cut the tariff it imposed on
Sept. 1 on about $120 billion of Chinese products from 15 percent to 7.5 percent" gave 7.5
"no tariff cue", since the tariff word was more than twelve words before "from").

A verb of change before the tariff word ("cut the tariff", "raise duties", "will lower its
levy") takes "from ... to ..." as its own complement however long the object's modifiers
run: the goods, their amount, a relative clause with no pronoun ("it imposed on Sept. 1").
So the new rate is the tariff's when, in one clause (no comma, semicolon or colon between):

- a verb of change stands at most five words before the tariff word ("to cut the tariff",
  "raised its duties", "increase the anti-dumping duty", "lowered the 15 percent tariff");
- a comma between them is a list's ("on clothing, shoes and televisions from ..."): an "and"
  or "or" after the last comma;
- no other verb of change, no contrast or time word ("while", "but", "after", "as") and no
  other percent stand between the tariff word and "from": "cut the tariff on firms whose
  margins fell from 15 to 7.5 percent" and "lower the duty while unemployment dropped from
  9 to 7 percent" are no reach (a relative clause on the goods is: "the levy that it first
  imposed two years ago on poultry");
- "from" is at most 30 words after the tariff word.

Beside :func:`summarizer.verification.counts.rate_words.raised_rate`, which reads the plain shape
(the tariff word at most twelve words before "from"), and refuses it too when a verb of change
between them has its own object (:func:`own_object`: "the sugar that cut local mills' market
share from 40 percent to 25 percent" is the share's change).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_CHANGE_VERBS = word_set(
    """cut cuts cutting raise raises raised raising lower lowers lowered lowering reduce
    reduces reduced reducing increase increases increased increasing hike hikes hiked hiking
    lift lifts lifted lifting slash slashes slashed slashing halve halves halved halving
    double doubles doubled doubling trim trims trimmed trimming ease eases eased easing
    boost boosts boosted boosting rise rises rose risen fall falls fell drop drops dropped
    increase climb climbs climbed jump jumps jumped decline declines declined"""
)
_CONTRASTS = word_set("while whereas but although though after before as")
_OBJECT_REACH = 5  # words from the verb of change to the tariff word
_LONG_REACH = 30  # words from the tariff word to "from"


def governed_change(
    tokens: Sequence[Token], cue: int, start: int, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether the tariff word at ``cue`` is the object of a verb of change whose "from" is
    at ``start`` (see the module)."""
    if not cue < start <= cue + _LONG_REACH:
        return False
    if not any(
        tokens[index].norm in _CHANGE_VERBS
        for index in range(max(cue - _OBJECT_REACH, 0), cue)
        if not any(_stop(tokens, i, text) for i in range(index + 1, cue + 1))
    ):
        return False
    listed = _listed(tokens, cue, start, text)
    for index in range(cue + 1, start + 1):
        if _stop(tokens, index, text, listed) or tokens[index].norm in _CONTRASTS:
            return False
        if index < start and tokens[index].norm in _CHANGE_VERBS:
            return False
    return not any(cue < m.first < start and m.unit == "percent" for m in mentions)


def _stop(tokens: Sequence[Token], index: int, text: str, listed: bool = False) -> bool:
    between = text[tokens[index - 1].end : tokens[index].start]
    return any(mark in between for mark in (";:\u2014" if listed else ",;:\u2014"))


def _listed(tokens: Sequence[Token], cue: int, start: int, text: str) -> bool:
    """Whether the commas between the tariff word and "from" are a list's: an "and" or "or"
    after the last of them."""
    commas = [i for i in range(cue + 1, start) if "," in text[tokens[i - 1].end : tokens[i].start]]
    return bool(commas) and any(t.norm in ("and", "or") for t in tokens[commas[-1] : start])


def own_object(tokens: Sequence[Token], cue: int, start: int) -> bool:
    """Whether a verb of change between the tariff word and "from" has an object of its own
    ("the sugar that cut local mills' market share from 40 percent to 25 percent"): a word
    after it that is no preposition, adverb or "from"; "the tariff was raised from", "the
    levy it lifted on steel from" and "cut sharply from" keep the tariff's change."""
    for index in range(cue + 1, start - 1):
        if tokens[index].norm in _CHANGE_VERBS:
            after = tokens[index + 1].norm
            if after not in _FREE_AFTER and not after.endswith("ly"):
                return True
    return False


_FREE_AFTER = word_set("from on in for by to at of over again last this next back")


__all__ = ["governed_change", "own_object"]
