"""One verb after two counted nouns counts both ("the 88 people and seven entities already
listed", "140 individuals and 19 companies sanctioned by London"), for a count of
:func:`summarizer.verification.counts.number_rules.support_number` (an outside check, session 21:
88 was refused for "people listed" because the cue "listed" stands after another number).

The first number of "N1 noun1 and N2 noun2 <cue>" is counted by the cue when:

- its own words (up to three, after the number) name a word of the count's ``what`` ("people"
  for "people listed": the count's own noun, which the cue words leave out as too general);
- they run to "and" or a comma, then one number with up to three words of its own, then
  auxiliaries and adverbs ("already", "now", "also", "all", "were", "had been", "so far",
  "still"), then the cue, with no semicolon, colon, dash or bracket on the way.

The other noun's count is not: "entities listed" is not 88, whose own words are "people".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, word_set

_JOINS = word_set("and")
_BETWEEN = word_set("already now also all were had have been being so far still")
_MARKS = (";", ":", "\u2014", "(", ")")
_REACH = 3  # words of a number's own noun phrase


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def shared_cue(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cue: int, what: str, text: str,
) -> bool:  # fmt: skip
    """Whether ``cue`` counts ``mention`` across a second counted noun (see the module)."""
    if cue <= mention.last + 2:
        return False
    if any(mark in text[tokens[mention.last].end : tokens[cue].start] for mark in _MARKS):
        return False
    wanted = {_stem(t.norm) for t in tokenize(what) if len(t.norm) > 2}
    index = mention.last + 1
    own: list[str] = []
    while index < cue and tokens[index].norm not in _JOINS and len(own) <= _REACH:
        if "," in text[tokens[index - 1].end : tokens[index].start] and own:
            break
        own.append(tokens[index].norm)
        index += 1
    if not own or not wanted & {_stem(w) for w in own} or len(own) > _REACH:
        return False
    index += tokens[index].norm in _JOINS if index < cue else 0
    other = next((m for m in mentions if m.first == index), None)
    if other is None:
        return False
    words = [t.norm for t in tokens[other.last + 1 : cue]]
    while words and words[-1] in _BETWEEN:
        words.pop()
    return 0 < len(words) <= _REACH and not any(t.is_number for t in tokens[other.last + 1 : cue])


__all__ = ["shared_cue"]
