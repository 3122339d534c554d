"""A rate a sentence compares the measure's rate with is not the measure's rate (an outside
check, session 15: "a 20% levy, compared with 10 percent on cars from other countries" backed
a tariff rate of 10), for a measure's tariff rate
(:func:`summarizer.verification.counts.number_rules.support_number`).

A rate is *compared* when it stands right after a word of comparing: "compared with",
"compared to", "compares with", "in comparison with", "contrasts with", "in contrast to",
"as opposed to", "as against", "relative to", "versus" ("vs"), or "against" right before it,
with at most a few words of its own noun phrase between ("compared with a 20% duty",
"compared with the 2.5% applied last year", "versus Japan's 15%", "as opposed to the US levy
of 10%"). It is another group's rate, or the rate before, or a rate elsewhere: refused as
*unsupported* (the page states the number, as what the measure's rate is set against). The
rate before the word keeps its support ("The new 35% duty on the tiles compares with 8% on
tiles from Spain": 35), and so does a compared rate whose goods or group are the measure's
own (``targets``) while the other rate's are not.

Left out: comparisons by "above", "below", "higher than", "twice" ("well above the 6%
average"), where the same words also qualify the measure's own rate ("above 25%").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, clause_gap, word_set

# The last word of each comparing phrase, with the words it must follow ("" for none).
_COMPARING: dict[str, tuple[tuple[str, ...], ...]] = {
    "with": (("compared",), ("compares",), ("comparison",), ("contrasts",), ("contrast",)),
    "to": (("compared",), ("compares",), ("comparison",), ("opposed",), ("relative",),
           ("contrast",)),
    "against": ((), ),
    "versus": ((), ),
    "vs": ((), ),
}  # fmt: skip
# Words of the compared rate's own noun phrase, between the comparing word and the rate.
_PHRASE = word_set(
    """a an the its their his her our just only about around roughly some nearly almost mere
    average existing current standard normal usual basic typical prevailing old previous
    earlier tariff tariffs duty duties levy levies rate rates of"""
)
_MOST = 5  # words of the phrase


def compared(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a rate stands right after a word of comparing (see the module)."""
    index = mention.first - 1
    named = False  # a capitalised word passed: "versus Japan's 15%"
    while index >= 0 and mention.first - index <= _MOST:
        if clause_gap(tokens, index, text):
            return False  # "Compared with last year, the duty is 25%"
        norm = tokens[index].norm
        before = tuple(t.norm for t in tokens[max(index - 1, 0) : index])
        if norm in _COMPARING and any(not lead or before == lead for lead in _COMPARING[norm]):
            return not (named and norm == "against")  # "tariffs against China of 25%"
        if norm not in _PHRASE and not tokens[index].capitalised:
            return False  # "compared with last year's levy, which rose to 25%"
        named = named or norm not in _PHRASE
        index -= 1
    return False


__all__ = ["compared"]
