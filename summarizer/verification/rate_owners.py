"""A rate belongs to the goods or the country its sentence ties it to (an outside check,
session 14: "tariffs of 25 percent on steel and 10 percent on aluminum" gave aluminum's
tariff as 25; "China's tariff is 15 percent; Washington's is 10" gave the US rate as 15),
for a measure's tariff rate (:func:`summarizer.verification.number_rules.support_number`).

Only a sentence giving two rates or more is read, each rate with its owner:

- its *goods*: the words after "on" in the few words after the number (past its unit and
  a tariff noun: "30 percent on copper wire", "a 20 per cent levy on Russian timber", "a
  40% jump in charges on other mining imports"), up to the next comma, "and", number or
  clause word;
- its *country*: walking back through its clause (to a comma, a semicolon or a clause word),
  a country or capital in the possessive before a tariff noun, "is", "stands" or the rate
  itself ("Beijing's tariff ... 18 percent", "; Canberra's is 7 percent", "Turkey's 20 per
  cent"), or as the subject of a verb of charging ("Mexico keeps a 15% duty", "Ottawa will
  charge 25%").

A measure's rate is refused when the measure names its goods (``targets``) and the rate's
goods are none of them while another rate of the sentence is on one of them ("6.5% on potash
and 40% on other mining imports": 40 is no potash duty); or when it names its country
(``issuing_body``) and the rate is another country's while another rate of the sentence is
that country's. Both *unsupported*: the page states the number, as another rate. Goods match
when the words of one (plural endings aside) are all in the other's ("batteries" and "their
batteries"; not "copper wire" and "copper scrap"). A measure naming neither, a sentence with
one rate, and a rate whose owner is unread keep their verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.text.vocabulary import STOPWORDS
from summarizer.verification.numbers import NumberMention
from summarizer.verification.party_names import named_at, party_of
from summarizer.verification.tokens import Token, tokenize, word_set

_TARIFF_NOUNS = word_set("tariff tariffs duty duties levy levies rate rates charge charges")
_GOODS_LEAD = word_set("percent per cent pct a an the jump rise increase in")
_GOODS_STOPS = word_set("and or from to with while whereas but by under until since as")
_CLAUSE_WORDS = word_set("while whereas but and although")
_CHARGING = word_set(
    """keeps keep charges charge imposes impose imposed levies sets set applies apply will
    would plans slaps"""
)
_OWNED_BEFORE = _TARIFF_NOUNS | word_set("is stands remains")
_REACH = 6  # words after a rate in which its "on" stands


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _content(words: Sequence[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words if w not in STOPWORDS and w.isalpha())


def goods_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> frozenset[str]:
    """The content words of the goods a rate is on (see the module), empty for none."""
    index = mention.last + 1
    end = min(index + _REACH, len(tokens))
    while index < end and tokens[index].norm != "on":
        if tokens[index].is_number or "," in text[tokens[index - 1].end : tokens[index].start]:
            return frozenset()
        index += 1
    if index >= end:
        return frozenset()
    words: list[str] = []
    for position in range(index + 1, min(index + 6, len(tokens))):
        token = tokens[position]
        gap = text[tokens[position - 1].end : token.start]
        if token.is_number or token.norm in _GOODS_STOPS or not {",", ";"}.isdisjoint(gap):
            break
        words.append(token.norm)
    return _content(words)


def country_of(tokens: Sequence[Token], mention: NumberMention, text: str) -> str | None:
    """The country a rate is said to be (see the module), or None."""
    for index in range(mention.first - 1, -1, -1):
        token = tokens[index]
        if token.norm in _CLAUSE_WORDS:
            return None
        hit = named_at(tokens, index)
        if hit is not None and hit[1] in {"name", "capital"}:
            after = index + hit[2]
            following = tokens[after].norm if after < len(tokens) else ""
            possessive = tokens[after - 1].text.endswith(("'s", "\u2019s"))
            if possessive and (following in _OWNED_BEFORE or after == mention.first):
                return hit[0]
            if not possessive and following in _CHARGING:
                return hit[0]
        gap = text[tokens[index - 1].end : token.start] if index else ""
        if not {",", ";"}.isdisjoint(gap):
            return None
    return None


def _matches(goods: frozenset[str], targets: Sequence[frozenset[str]]) -> bool:
    """Whether the goods are one of the targets; unread goods (empty) are none of them (an
    empty set is a subset of every target: "bringing the total duty to 50%" had matched)."""
    return bool(goods) and any(t and (t <= goods or goods <= t) for t in targets)


def rate_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, fact: Any,
) -> str:  # fmt: skip
    """Why ``mention`` is another rate than the measure ``fact``'s (see the module), or ""."""
    others = [m for m in mentions if m is not mention and m.unit == "percent"]
    if not others:
        return ""
    value = f"{mention.value:g}"
    targets = [
        _content([t.norm for t in tokenize(str(target))])
        for target in getattr(fact, "targets", None) or []
    ]
    if targets:
        goods = goods_of(tokens, mention, text)
        if (
            goods
            and not _matches(goods, targets)
            and any(_matches(goods_of(tokens, other, text), targets) for other in others)
        ):
            return f"{value} is the rate on {' '.join(sorted(goods))}, not on the measure's goods"
    body = getattr(fact, "issuing_body", None)
    party = party_of(str(body)) if body else None
    if party:
        owner = country_of(tokens, mention, text)
        if (
            owner
            and owner != party
            and any(country_of(tokens, other, text) == party for other in others)
        ):
            return f"{value} is {owner}'s rate, not {party}'s"
    return ""


__all__ = ["country_of", "goods_of", "rate_clash"]
