"""A sum told again in brackets in another currency: "London values it at £10 billion ($13.5
billion)", "250 million pesos ($5.6 million)", "Up to A$10 billion (about US$6.5 billion)",
"NT$1.25 trillion (about US$40 billion)" (session 37, outside check 80).

News copy converts a sum for its readers right after the sum, in brackets; the converted sum
is the same amount of money, so it has the first sum's role: the verb and noun that tell what
the first sum is ("values it at", "the order") tell it of the conversion too. Two readings
follow for a count's number: the conversion's own currency sign is its own word, never the
noun of the sum right before it (the bracket is no gap between tokens, so the two numbers
stand side by side), and neither sum stands "between" the other and the words they share.

A gloss is: two sums of money (a currency sign before the number, or a currency word or code
right after it) in two currencies (British results put last year's figure in brackets in
the same currency, "Pre-tax profit was £450 million (£390 million)": review rvmoney37), the
second opening right after the first (past its currency word or code) with an opening
bracket in the gap, and nothing between them but a restating qualifier
("about", "roughly", "some", "or", "around", "approximately", "nearly", "almost") and the
letters of a lettered dollar ("US$", "A$"); the second's bracket closes right after it (past
its own currency word or code). Two sums in brackets that are parts ("£10 billion (£4 billion
of it in loans)") are no gloss: more words than those stand in the bracket.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import CURRENCY_SIGNS, Token, word_set
from .numbers import NumberMention

#: Currency words and codes that may follow a sum ("250 million pesos", "4 million USD").
CURRENCY_WORDS = word_set(
    """dollar dollars pound pounds sterling euro euros yen yuan renminbi real reais peso pesos
    rupee rupees franc francs krona kronor krone kroner kronur won rand naira shilling
    shillings zloty zlotys ringgit baht dirham dirhams riyal riyals rial rials lira lire
    rouble roubles ruble rubles hryvnia hryvnias forint koruna lei leu shekel shekels dinar
    dinars cedi cedis kwacha birr taka rupiah dong pula
    usd eur gbp jpy cny chf sek nok dkk inr aud cad nzd hkd sgd zar krw brl mxn try pln"""
)
_RESTATING = word_set("about roughly some or around approximately nearly almost circa")
_SIGN_LETTERS = frozenset({"US", "A", "C", "NZ", "HK", "NT", "S", "R", "MX", "AU", "CA"})


def _lettered(tokens: Sequence[Token], at: int) -> bool:
    """Whether the token at ``at`` is the letters of a lettered dollar glued to its sign."""
    token = tokens[at]
    if token.text not in _SIGN_LETTERS or at + 1 >= len(tokens):
        return False
    return tokens[at + 1].start == token.end + 1


def _signed(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    start = tokens[mention.first].start
    return start > 0 and text[start - 1] in CURRENCY_SIGNS


def _money_end(tokens: Sequence[Token], mention: NumberMention, text: str) -> int | None:
    """The index of the sum's last token (its currency word or code included), or None when
    the number is no sum of money."""
    after = mention.last + 1
    if after < len(tokens) and tokens[after].norm in CURRENCY_WORDS:
        return after
    return mention.last if _signed(tokens, mention, text) else None


def _currency(tokens: Sequence[Token], mention: NumberMention, end: int, text: str) -> str:
    """The sum's currency as written: its sign with a lettered dollar's letters ("US$"), or
    its currency word or code in the singular."""
    if end > mention.last:
        return tokens[end].norm.removesuffix("s")
    start = tokens[mention.first].start
    at = mention.first - 1
    letters = tokens[at].text if at >= 0 and _lettered(tokens, at) else ""
    return letters + text[start - 1]


def glossed(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> bool:
    """Whether ``second`` is ``first`` told again in brackets (see the module)."""
    if not text or second.first <= first.last:
        return False
    end = _money_end(tokens, first, text)
    last = _money_end(tokens, second, text)
    if end is None or last is None or second.first <= end:
        return False
    if _currency(tokens, first, end, text) == _currency(tokens, second, last, text):
        return False  # "Pre-tax profit was £450 million (£390 million)": last year's figure
    between = range(end + 1, second.first)
    if any(tokens[i].norm not in _RESTATING and not _lettered(tokens, i) for i in between):
        return False
    gap = text[tokens[end].end : tokens[second.first].start]
    if "(" not in gap or ")" in gap:
        return False
    close = text[tokens[last].end : tokens[last].end + 2].lstrip()
    return close.startswith(")")


def glossing(tokens: Sequence[Token], one: NumberMention, other: NumberMention, text: str) -> bool:
    """Whether either sum is the other told again in brackets."""
    return glossed(tokens, one, other, text) or glossed(tokens, other, one, text)


# Whose dollar a lettered sign names, by the words a count uses for it ("Canadian dollars").
_DOLLAR_OWNERS = {
    "C": ("canadian", "canada"), "A": ("australian", "australia"), "AU": ("australian",),
    "NZ": ("zealand",), "HK": ("hong", "kong"), "NT": ("taiwan", "taiwanese"),
    "S": ("singapore",), "US": ("us", "u.s.", "american", "usd"),
}  # fmt: skip


def _letters(tokens: Sequence[Token], mention: NumberMention, text: str) -> str:
    at = mention.first - 1
    return tokens[at].text if at >= 0 and _lettered(tokens, at) else ""


def _dollar_owners(what: str) -> set[str]:
    """The words a count puts right before its "dollars" ("Hong Kong dollars", "US dollars"):
    whose dollar it counts. A country's word elsewhere in the label names an owner of the
    money, not its currency ("Canadian pension fund's payment, US dollars": review
    rvmoney37)."""
    words = [w.strip(",.()'").lower() for w in what.replace("-", " ").split()]
    return {
        word
        for at, dollar in enumerate(words)
        if dollar in ("dollar", "dollars")
        for word in words[max(at - 2, 0) : at]
    }


def gloss_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why a sum in a gloss pair is not the count's: a conversion is another currency than
    the sum it converts, so when the count names whose dollar it is ("deal value, Canadian
    dollars") and the other sum of the pair carries that lettered sign ("C$7.9 billion ($5.68
    billion)"), this one is the other currency; "" otherwise."""
    named = _dollar_owners(what)
    for other in mentions:
        if other is mention or not glossing(tokens, other, mention, text):
            continue
        mine, theirs = _letters(tokens, mention, text), _letters(tokens, other, text)
        owners = _DOLLAR_OWNERS.get(theirs, ())
        if theirs != mine and owners and named & set(owners):
            return f"{mention.value:g} is the sum converted into another currency than {what!r}"
    return ""


__all__ = ["CURRENCY_WORDS", "gloss_clash", "glossed", "glossing"]
