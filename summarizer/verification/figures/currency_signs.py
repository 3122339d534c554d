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

from ..page.tokens import Token, word_set
from .house_numbers import bare_million, metre_length, money_sign
from .money_glosses import CURRENCY_WORDS, gloss_clash
from .money_sums import sum_clash
from .numbers import NumberMention

_WORDS: dict[str, tuple[str, ...]] = {
    "$": ("dollar", "dollars"),
    "\u00a3": ("pound", "pounds", "sterling"),
    "\u20ac": ("euro", "euros"),
    "\u00a5": ("yen", "yuan"),
}


# A currency's hundredths, a currency of their own for a count's unit: "18.5 pence a share" is
# not 18.5 euros nor 18.5 pounds, and a count of pence is no "$0.36" (review rvr3counts; "cents"
# only in the plural: "per cent" names a percentage).
_HUNDREDTHS: tuple[tuple[str, ...], ...] = (("penny", "pence", "pennies"), ("cents",))

# Letters before "$" that make it another currency than a dollar ("R$2 billion" is reais,
# "MX$900 million" pesos); any other letters name whose dollar it is ("A$", "HK$", "S$").
_LETTERED: dict[str, tuple[str, ...]] = {"R": ("real", "reais", "reals"), "MX": ("peso", "pesos")}
# Currencies a count may name by a word that no sign here writes ("one-off charge in rupees"
# for "$7.3 billion"): the sign's own currency is another (session 37; codes are left out,
# "USD" is the dollar's).
_CURRENCY_NAMES = (
    CURRENCY_WORDS
    - {w for words in _WORDS.values() for w in words}
    - word_set(
        "usd eur gbp jpy cny chf sek nok dkk inr aud cad nzd hkd sgd zar krw brl mxn try pln won"
    )
)  # "won" is a verb as often ("prize money won")
# Words of a count that name the United States' dollar, which "A$", "C$", "HK$" are not.
_AMERICAN = frozenset({"us", "u.s.", "usd", "american"})


def _sign(text: str, start: int) -> tuple[str, str]:
    """The sign right before the number at ``start`` and the capital letters right before a
    "$" ("HK" of "HK$500 million"; "" for a bare "$")."""
    sign = text[start - 1 : start] if start else ""
    if sign != "$":
        return sign, ""
    at = start - 1
    while at > 0 and start - at <= 3 and text[at - 1].isupper():
        at -= 1
    letters = text[at : start - 1]
    return (sign, letters) if at == 0 or not text[at - 1].isalnum() else (sign, "")


def _words(sign: str, letters: str) -> tuple[str, ...]:
    return _LETTERED.get(letters) or _WORDS.get(sign, ())


def signed_cues(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str, cues: Sequence[str]
) -> list[int]:
    """The positions of numbers right after a sign whose currency's word is one of ``cues``."""
    found: list[int] = []
    for mention in mentions:
        words = _words(*_sign(text, tokens[mention.first].start))
        if words and any(w.startswith(c) for w in words for c in cues if len(c) >= 4):
            found.append(mention.first)
    return found


# Words before a currency's name that make it the thing talked of, not the count's unit ("a
# bailout to defend the lira", "sales to prop up the rupee": review rvmoney37).
def _said_words(tokens: Sequence[Token], mention: NumberMention, text: str) -> tuple[str, ...]:
    """The currency of a number with no sign: a currency word inside it or right after it
    ("132 dollars 62", "210 point four million dollars"), or the one sign of a page of glued
    money for a bare "m" ("12m" where the page writes "£45m"); () when none (review
    rvnumread38)."""
    for at in range(mention.first, min(mention.last + 2, len(tokens))):
        for words in (*_WORDS.values(), *_HUNDREDTHS):
            if tokens[at].norm in words:
                return words
    if bare_million(tokens, mention.first, text) is not None:
        return _WORDS.get(money_sign(text), ())
    return ()


_DETERMINERS = word_set("the a an its their his her our this that whose")


def _unit_words(what: str) -> set[str]:
    """The currency words of a count's label written in lower case and not after a
    determiner: the count's unit ("one-off charge in rupees", "aid, kroner")."""
    words = what.split()
    return {
        word.strip(",.()'")
        for at, word in enumerate(words)
        if word.islower() and not (at and words[at - 1].lower() in _DETERMINERS)
    }


def currency_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why the number is not the count's: its sign is of another currency than the one the
    count names ("\u00a34 million" for dollars released), or another sum of the sentence has
    the count's deed (:func:`money_sums.sum_clash`); empty when it is not so."""
    clash = sum_clash(tokens, mention, mentions, what, text)
    clash = clash or gloss_clash(tokens, mention, mentions, what, text)  # "C$7.9bn ($5.68bn)"
    if clash:
        return clash
    named = {w.strip(",'").lower() for w in what.split()}
    if metre_length(tokens, mention.first, text) and not named & _METRES:
        return f"{mention.value:g} is a length in metres"  # "the 100m final": no prize, no crowd
    sign, letters = _sign(text, tokens[mention.first].start)
    own = _words(sign, letters) or _said_words(tokens, mention, text)
    if not own:
        return ""
    if own is _WORDS["$"] and letters not in ("", "US") and named & _AMERICAN:
        return f"{mention.value:g} is in {letters}$, not US dollars"  # "C$80 million"
    families = (*_WORDS.values(), *_LETTERED.values(), *_HUNDREDTHS)
    others = [words for words in families if named & set(words)]
    if not others:  # a currency the signs do not write ("rupees", "kroner"): named by a word
        written = _unit_words(what)  # not "Rand Paul", nor "to defend the lira"
        others = [(w, w) for w in sorted(written & _CURRENCY_NAMES)]
    if not others or named & set(own):
        return ""
    return f"{mention.value:g} is in {_plural(own)}, not {_plural(others[0])}"


_METRES = word_set("m metre metres meter meters")


def _plural(words: tuple[str, ...]) -> str:
    """A currency's name in a reason: its plural, the second word of its family ("pounds")."""
    return words[1] if len(words) > 1 else words[0]


__all__ = ["currency_clash", "signed_cues"]
