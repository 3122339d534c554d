"""A sum told as going the other way than the count's deed (session 64, review rv64t of
ct64: with the hedge read past a currency code, "Nearly INR 900 crore was lost by investors"
passed as "investor losses recovered (rupees)": the count's word "investors" stands by the
number, and the window of cue words never asks what was done with the money).

A count of money (or of anything moved) names its deed: "recovered", "repaid", "refunded",
"spent", "saved". Some deeds have an opposite that moves the same money the other way: what
is lost is not recovered, what is borrowed or owed not repaid, what is charged not refunded,
what is spent not saved (a sale and a purchase, a sum spent and one earned, are one deal
seen from its two sides, not opposites: "buyers bought 3,000 homes" are homes sold). The
number is refused when its clause (to a clause mark) says an opposite of the count's deed
and the sentence says the deed itself nowhere ("recovered", "recovery", "recouped" for
recovered): then the page tells the money going the other way only.

A deed the sentence says only denied ("had not yet been spent", "was never repaid") is no
deed either: a count of money (its ``what`` names a currency) spent is refused a sum whose
sentence says it was not spent.

Read exactly: only the pairs below, both sides written as a reporter writes them, and no
clause with "not", "never", "no" or "yet" ("had not yet been spent" is unspent); a sentence
that says both ("lost Rs 900 crore and have recovered Rs 300 crore") is left to the other
readings, which tell the two sums apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_span, word_set
from .numbers import NumberMention

# (the count's words for a deed, the stems that say that deed, the words of its opposite)
_OPPOSITES: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    (
        word_set("recovered recovery recoveries recouped"),
        ("recov", "recoup"),
        word_set("lost lose loses losing written wrote"),
    ),
    (
        word_set("repaid repayment repayments"),
        ("repa",),
        word_set("borrowed borrow borrows owed owes owe outstanding unpaid"),
    ),
    (word_set("refunded refund refunds"), ("refund",), word_set("charged overcharged")),
    (word_set("saved savings"), ("sav",), word_set("spent spend spends spending")),
    (word_set("gained gains"), ("gain",), word_set("lost lose loses")),
)


_DENIED = word_set("not never no yet")


# A count of money names its currency ("flood fund spent (rupees)", "aid paid, dollars")
_MONEY = word_set(
    """rupee rupees rs inr dollar dollars pound pounds sterling euro euros yen yuan pence cents
    crore lakh"""
)
# Participles a count of money names its deed by, besides those ending "-ed"
_DEEDS = word_set("spent paid sold lost won kept given taken lent")


def _denied(tokens: Sequence[Token], words: set[str]) -> str:
    """The count's deed where the sentence says it only denied ("has not yet been spent" for
    money spent): a "not", "never" or "n't" at most three words before each of its places."""
    deeds = {w for w in words if w in _DEEDS or (w.endswith("ed") and len(w) > 4)}
    places = [at for at, t in enumerate(tokens) if t.norm in deeds]
    if not places:
        return ""
    for at in places:
        near = [t.norm for t in tokens[max(0, at - 3) : at]]
        if not any(w in {"not", "never"} or w.endswith("n't") for w in near):
            return ""
    return tokens[places[0]].norm


def flow_clash(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why the number is money going the other way than the count's deed, or money the
    sentence says was not so dealt with (see the module); or ""."""
    words = {w.strip(",.;:()'\"").lower() for w in what.replace("-", " ").split()}
    denied = _denied(tokens, words) if words & _MONEY else ""
    if denied:
        return f"{mention.value:g} is what was not {denied}"
    for deeds, stems, opposites in _OPPOSITES:
        if not words & deeds:
            continue
        if any(t.norm.startswith(stems) for t in tokens):
            continue  # the deed is told: which sum it is is the other readings'
        low, high = clause_span(tokens, mention.first, mention.last, text)
        said = [tokens[at].norm for at in range(low, high + 1)]
        if _DENIED.intersection(said) or any(w.endswith("n't") for w in said):
            continue  # "had not yet been spent" is unspent: a denied opposite is the deed
        other = next((w for w in said if w in opposites), "")
        if other:
            return f"{mention.value:g} is what was {other}, not {sorted(words & deeds)[0]}"
    return ""


__all__ = ["flow_clash"]
