"""A business's common noun as a quote's speaker ("the company said", "the Copenhagen-based
company added") read back to the business named before it, for
:func:`summarizer.verification.quotes.attribution.by_body` (outside checks 80-82, session 37).

News names a business once and then calls it by its class: "Novo has confirmed it will not
raise its bid again. In a statement, the Copenhagen-based company said it would stand aside
"..."", "Halvard Foods raised its offer. "...," the firm said". ``by_body`` reads "the company"
as a body whose name must write the noun ("the Trump Organization" for "the organization"),
so a business whose name writes no kind ("Novo Nordisk", "Pfizer", "Halvard Foods") was
"someone other" than the one the noun stands for. A careful reader takes the noun back to the
nearest business named before it, as "he" is taken back to the nearest man: this returns
"back", and the read-back of :mod:`summarizer.verification.quotes.speakers` decides (the
subject of the sentence before, another business named nearer, a person).

Read back only when the page shows the value is a thing, not a person: it writes "its" after
the value's name in the sentence that names it ("Pfizer raised its offer"), as no page writes
of a person; and the value is no country ("Denmark raised its offer" is never "the company").
A qualifier the description carries ("the Copenhagen-based company", "the Oslo firm") that the
page writes beside a name decides by itself: that name is the business ("Bergen-based Tresco
Mills", "Tresco Mills, the Bergen-based group"). Left out: a business the page never calls
"it" ("Halvard said on Monday. The company added"), which keeps the refusal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.countries import PARTIES
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from ..people.party_names import party_of
from ..sentences.business_words import BUSINESS_NOUNS  # "the company", "the firm"
from ..sentences.clauses import Verdict

_THINGS = word_set("its")
# Words that open a noun the "its" after them may belong to instead of the value's name.
_NOUN_OPENERS = word_set(
    "the a an this that these those"
)  # a person's "his"/"her" is never written of a business
_REACH = 14  # words after the name the "its" may stand
_CAPITAL_RUN = r"((?:[A-Z][\w'\u2019&.-]*)(?: +(?:[A-Z][\w'\u2019&.-]*|&))*)"  # on one line


def business_back(
    article: ArticleText, body: str, before: int, parts: Sequence[str]
) -> Verdict | None:
    """For a body's description ``body`` ("copenhagen based company") read for ``parts``:
    "back" when it is a business's noun the value may be (see the module), "yes"/"other"
    when its qualifiers are written beside a name, None when this reading says nothing."""
    words = body.split()
    if len(parts) != 1 or not words or words[-1] not in BUSINESS_NOUNS:
        return None
    value = parts[0].strip()
    if value.lower().startswith("the "):
        value = value[4:]
    key = party_of(value)
    if key is not None and PARTIES[key][1]:
        return None  # a country is never "the company"
    qualifiers = [w for w in words[:-1] if w not in _VAGUE]
    if qualifiers:
        owner = _qualified(article.text[:before], qualifiers)
        if owner is not None:
            return "yes" if _same(owner, value) else "other"
    if other_trade(article.text[:before], value, words[-1]):
        return None  # "Lumber supplier Pine Valley Mills" is not "the homebuilder"
    return "back" if _called_it(article, value, before) else None


_VAGUE = word_set("the a an new same")
# Nouns of a business that say no trade ("the company"), and nouns of one trade (review rv45b).
_GENERIC = word_set("company firm business corporation conglomerate group concern manufacturer")
_SAME_TRADE = (
    word_set("housebuilder homebuilder builder developer"),
    word_set("carmaker automaker"),
    word_set("lender bank"),
    word_set("airline carrier"),
)


def other_trade(text: str, value: str, noun: str) -> bool:
    """Whether the page writes a trade noun right before the value's name that is another
    trade than the description's own noun ("Lumber supplier Pine Valley Mills", "Brickmaker
    Kelham Brick" for "the homebuilder"): a business of that trade is not the one the noun
    stands for (review rv45b: "the homebuilder said" read back to the supplier)."""
    if noun in _GENERIC:
        return False
    name = r"\s+".join(re.escape(word) for word in value.split())
    for match in re.finditer(rf"\b([A-Za-z][a-z-]+)\s+{name}\b", text):
        trade = match[1].lower()
        if trade in _GENERIC or trade == noun or not _a_trade(trade):
            continue
        if not any(trade in family and noun in family for family in _SAME_TRADE):
            return True
    return False


def _a_trade(word: str) -> bool:
    return word in BUSINESS_NOUNS or word.endswith(("maker", "supplier", "builder", "producer"))


def _qualified(text: str, qualifiers: list[str]) -> str | None:
    """The name the page writes its qualifiers beside, last before the quote: "Bergen-based
    Tresco Mills" or "Tresco Mills, the Bergen-based group"; None when it writes none."""
    phrase = r"[\s-]+".join(re.escape(q) for q in qualifiers)
    found: list[tuple[int, str]] = []
    for match in re.finditer(rf"(?i:\b{phrase})\s+{_CAPITAL_RUN}", text):
        found.append((match.start(), match.group(1)))
    for match in re.finditer(rf"{_CAPITAL_RUN},\s+(?i:(?:the|a)\s+{phrase})\b", text):
        found.append((match.start(), match.group(1)))
    return max(found)[1] if found else None


def _same(owner: str, value: str) -> bool:
    """Whether the name written beside the qualifier is the value, whole or its first word
    ("Novo" for "Novo Nordisk")."""
    mine = [t.norm for t in tokenize(value)]
    theirs = [t.norm for t in tokenize(owner)]
    return bool(mine and theirs) and (theirs[: len(mine)] == mine or theirs == mine[:1])


def _called_it(article: ArticleText, value: str, before: int) -> bool:
    """Whether the page writes "its" after the value's name (whole, or its first word) in the
    sentence that names it, before the quote and before any other name: the value is a thing,
    not a person ("Ola Berg said Brantwood would close a fifth of its stores" is Brantwood's)."""
    names = {tuple(t.norm for t in tokenize(value))}
    first = value.split()[0] if value.split() else ""
    if len(value.split()) > 1 and first[:1].isupper():
        names.add((tokenize(first)[0].norm,) if tokenize(first) else ())
    for name in names:
        if not name:
            continue
        for start, end in article.phrase_spans(name):
            if end > before:
                continue
            sentence_end = article.sentences[article.sentence_at(start)][1]
            for token in article.outside_quotes(end, min(sentence_end, before))[:_REACH]:
                if token.capitalised or token.norm in _NOUN_OPENERS:
                    break  # "X said Brantwood would close its branches": Brantwood's "its";
                    # "X said the retailer would close its shops": the retailer's
                if token.norm in _THINGS:
                    return True
    return False


__all__ = ["BUSINESS_NOUNS", "business_back", "other_trade"]
