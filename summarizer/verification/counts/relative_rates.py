"""A rate set in a relative clause on a tariff word (session 23, check 47's cause 4: "the
Section 232 duties on steel and aluminium, which Trump doubled to 50 per cent in June" left 50
unsupported, since the tariff word stands eight words and a comma before the number).

The shape: a tariff word, the goods it falls on, then a relative clause ("which", "that") whose
subject (a few words: "Trump", "the cabinet") sets or changes the rate, the verb right before
"to" or "at" and the percent right after it ("doubled to 50 per cent", "set at 22.5 per cent").
"which" stands for the nearest noun phrase before it, so the tariff word must come before it
with no other clause, no other percent and no verb of its own between. A former rate in the
same clause ("from 25 per cent to 50 per cent") is not after the verb's "to" and is not read
here; another thing's rate later in the sentence ("while inflation runs at 4 percent") has no
relativiser of a tariff word before its verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_SETTING = word_set(
    """raised doubled tripled quadrupled halved increased lifted hiked cut lowered reduced
    slashed trimmed boosted pushed brought set fixed capped pegged"""
)
_RELATIVES = word_set("which that")
_SUBJECT_REACH = 6  # words from "which" to the verb ("which the European Commission raised")
_ANTECEDENT_REACH = 10  # words from the tariff word to "which" ("duties on steel and aluminium")
_CLAUSE_MARKS = (";", ":", "\u2014", "(", ")")
_VERB_ENDS = ("ed",)
_ANTECEDENT_WORDS = word_set("on of for and or from against the a an its their imported")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def relative_rate(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> bool:  # fmt: skip
    """Whether the percent is the rate a relative clause on a tariff word sets (see the
    module)."""
    verb = mention.first - 2
    if verb < 2 or tokens[verb + 1].norm not in {"to", "at"} or tokens[verb].norm not in _SETTING:
        return False
    relative = next(
        (
            i
            for i in range(verb - 1, max(verb - 1 - _SUBJECT_REACH, 0), -1)
            if tokens[i].norm in _RELATIVES
        ),
        None,
    )
    if relative is None or any(
        "," in _gap(tokens, i, text) or any(m in _gap(tokens, i, text) for m in _CLAUSE_MARKS)
        for i in range(relative + 1, verb + 1)
    ):
        return False
    for cue in cues:
        if not relative - _ANTECEDENT_REACH <= cue < relative:
            continue
        between = range(cue + 1, relative)
        if any(
            any(m in _gap(tokens, i, text) for m in _CLAUSE_MARKS) for i in [*between, relative]
        ):
            continue
        if any("," in _gap(tokens, i, text) for i in between):
            continue  # only the comma before "which" may stand in the antecedent
        if any(cue < m.first < mention.first and m.unit == "percent" for m in mentions):
            continue
        if any(
            tokens[i].norm.endswith(_VERB_ENDS) and tokens[i].norm not in _ANTECEDENT_WORDS
            and not tokens[i].capitalised
            for i in between
        ):  # fmt: skip
            continue  # "duties imposed in 2018, which ...": a verb of its own
        return True
    return False


__all__ = ["relative_rate"]
