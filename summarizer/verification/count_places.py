"""A count told for one place is not the count of another place told beside it ("five rounds
of talks in Baghdad and two in Muscat": two is no count of rounds in Baghdad; an outside
check, session 21), for a count of
:func:`summarizer.verification.number_rules.support_number`.

A count whose ``what`` names a place (its capitalised words after "in", "at" or "on": "rounds
in Baghdad", "arrests in Lyon") is refused a number whose own place phrase names another: the
phrase is "in", "at" or "on" and capitalised words within the four words after the number
(its noun between: "12 in Marseille", "9 people in Balochistan"), with no comma on the way;
and another number of the sentence has the count's own place in its phrase. So "Police
arrested 40 protesters in Lyon and 12 in Marseille" gives Lyon 40, not 12. A number with no
place phrase, a ``what`` naming no place, and a sentence that gives the count's place no
number keep the other rules' verdict. The refusal is *unsupported*.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.numbers import NumberMention
from summarizer.verification.tokens import Token, tokenize, word_set

_LEADS = word_set("in at on")
_REACH = 4


def _place_of_what(what: str) -> frozenset[str]:
    tokens = tokenize(what)
    for index, token in enumerate(tokens[:-1]):
        if token.norm in _LEADS and tokens[index + 1].capitalised:
            return frozenset(t.norm for t in tokens[index + 1 :] if t.capitalised)
    return frozenset()


def _place_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The capitalised words after "in"/"at"/"on" within a few words after the number."""
    end = min(mention.last + 1 + _REACH, len(tokens) - 1)
    for index in range(mention.last + 1, end):
        if "," in text[tokens[index - 1].end : tokens[index].start] or tokens[index].is_number:
            return frozenset()
        if tokens[index].norm in _LEADS and tokens[index + 1].capitalised:
            words = []
            for token in tokens[index + 1 : index + 4]:
                if not token.capitalised:
                    break
                words.append(token.norm)
            return frozenset(words)
    return frozenset()


def place_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why ``mention`` counts another place than ``what``'s (see the module), or ""."""
    wanted = _place_of_what(what)
    if not wanted:
        return ""
    own = _place_of(tokens, mention, text)
    if not own or own & wanted:
        return ""
    if not any(m is not mention and _place_of(tokens, m, text) & wanted for m in mentions):
        return ""
    place = " ".join(sorted(own)).title()
    return f"{mention.value:g} is the count in {place}, not in the count's place"


__all__ = ["place_clash"]
