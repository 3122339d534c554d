"""A currency sign read as its currency's word (session 30, outside check 67: "has freed $4
million" for dollars released, "THE BIG NUMBER: $5.5 BILLION" for dollars pledged, "promises of
at least $210 million" for dollars promised were flagged as counts with no word of theirs next
to the number).

"$4 million" says "4 million dollars": the sign stands where the word would, so for
:func:`summarizer.verification.counts.number_rules.support_number` the sign is a cue at the
number's own place when the count names the sign's currency, and every rule that reads a cue
word beside a number reads it the same way (another verb's amount, an earlier total, a number
between). "US$", "A$", "C$", "NZ$", "HK$" are dollars too (the letters name whose dollar, not
another currency); "£" is pounds or sterling, "€" euros, "¥" yen or yuan. A sign is never
another currency's word: "£3 million" is not dollars, and a count that names one currency is
refused a number signed with another (:func:`currency_clash`). Known limits: a sign apart from
its number ("$ 4 million") and a code after it ("4 million USD") are not read here; a sign
before a partitive's whole ("$48 million of the $150 million it seeks") leaves the whole as
open to the count as the words would ("48 million dollars of the 150 million dollars").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token
from .numbers import NumberMention

_WORDS: dict[str, tuple[str, ...]] = {
    "$": ("dollar", "dollars"),
    "\u00a3": ("pound", "pounds", "sterling"),
    "\u20ac": ("euro", "euros"),
    "\u00a5": ("yen", "yuan"),
}


def signed_cues(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str, cues: Sequence[str]
) -> list[int]:
    """The positions of numbers right after a sign whose currency's word is one of ``cues``."""
    found: list[int] = []
    for mention in mentions:
        start = tokens[mention.first].start
        words = _WORDS.get(text[start - 1 : start]) if start else None
        if words and any(w.startswith(c) for w in words for c in cues if len(c) >= 4):
            found.append(mention.first)
    return found


def currency_clash(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why the number is not the count's: its sign is of another currency than the one the
    count names ("\u00a34 million" for dollars released); empty when it is not so."""
    start = tokens[mention.first].start
    sign = text[start - 1 : start] if start else ""
    if sign not in _WORDS:
        return ""
    named = {w.strip(".,'").lower() for w in what.split()}
    others = [s for s, words in _WORDS.items() if s != sign and named & set(words)]
    if not others or named & set(_WORDS[sign]):
        return ""
    return f"{mention.value:g} is in {_WORDS[sign][1]}, not {_WORDS[others[0]][1]}"


__all__ = ["currency_clash", "signed_cues"]
