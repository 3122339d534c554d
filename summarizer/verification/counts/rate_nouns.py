"""A measure's rate told by its own noun and verb, and rates that are not the measure's
(outside check 43), for :func:`summarizer.verification.counts.number_rules.support_number`:

- "rate"/"rates" is the measure's rate word on a page about duties (the page writes a tariff
  word somewhere) when nothing names another kind of rate: "set a 19% rate", "setting 25%
  rates", "faces a rate of 40 percent", "fixes the rate at 15 per cent", "lowered the rate on
  watches to 39%". The word right before it must be a determiner, the rate's own number or
  unit, a possessive or an adjective of size or newness ("a new", "a lower", "a flat", "the
  same"); a noun before it names another rate ("the unemployment rate", "its interest rate",
  "a 38% approval rate", "the tax rate"), as does "rate of" + a noun ("the rate of inflation");
- the old rate of a change to a range: "raise the levy to between 10 and 15 percent, from 5
  percent" (``from`` after a ``to`` whose value is a range or a number of the same unit);
- a rate whose own clause says it ended: "a month after a five percent surcharge lapsed", "a
  10% levy that expired", "after a 12 per cent surcharge was scrapped" is a former charge,
  not the measure's, when its sentence gives another rate (the measure's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from .threatened_rates import threatened_only

_RATE = word_set("rate rates")
_DETERMINERS = word_set(
    """a an the its their this that these those same new lower higher reduced flat single
    uniform top maximum current final reciprocal baseline preferential special headline
    blanket standard agreed proposed planned threatened punitive basic such any"""
)
_UNITS = word_set("% percent cent pct")
_ENDED = word_set("lapsed lapse lapses expired expire expires ended")
# Verbs that end a charge in the passive only ("was lifted"; "the tariff lifted prices").
_ENDED_PASSIVE = word_set(
    "scrapped lifted repealed removed dropped withdrawn abolished rescinded revoked"
)
_PASSIVE_AUX = word_set("was were been is are")
_CLAUSE_ENDS = frozenset(";.\u2014")


def rate_nouns(tokens: Sequence[Token]) -> list[int]:
    """Positions of "rate"/"rates" that stand for the measure's rate (see the module)."""
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.norm not in _RATE or not index:
            continue
        before = tokens[index - 1]
        if before.joined:
            continue  # "tax-rate", "a 25%-rate" is rare: leave a compound alone
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if token.norm == "rates" and following == "of" and after is not None and after.is_number:
            found.append(index)  # "set rates of 30% for ..."
            continue
        if not (
            before.norm in _DETERMINERS
            or before.norm in _UNITS
            or before.is_number
            or before.norm.endswith("'s")
            or before.norm.startswith(_TARIFF_STEMS)  # "the tariff rate", "the duty rate"
        ):
            continue  # "the unemployment rate", "a 38% approval rate"
        if following == "of" and after is not None and not after.is_number:
            continue  # "the rate of inflation"; "a rate of 40 percent" stays
        found.append(index)
    return found


def other_rate(tokens: Sequence[Token], mention: NumberMention, own: Sequence[int]) -> bool:
    """Whether the nearest "rate" before the number in its clause is another kind of rate
    (one :func:`rate_nouns` did not take, in ``own``): "while the unemployment rate stayed at
    6%", "the tax rate on profits stays at 21 percent"."""
    for index in range(mention.first - 1, max(mention.first - 8, 0) - 1, -1):
        token = tokens[index]
        if token.norm in _CLAUSE_ENDS or token.norm == "," or token.is_number:
            return False
        if token.norm in _RATE:
            return index not in own
    return False


def old_from(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a rate follows "from" after a "to" with a range or a number ("raise the levy
    to between 10 and 15 percent, from 5 percent"): the value the change starts from."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in {"a", "an", "the", "its", "about", "around", "some"}:
        at -= 1
    if at < 2 or tokens[at].norm != "from":
        return False
    for index in range(at - 1, max(at - 12, 0) - 1, -1):
        word = tokens[index].norm
        if word in _CLAUSE_ENDS:
            return False
        if word == "to" and index + 1 < at:
            nxt = tokens[index + 1]
            return nxt.norm in {"between", "somewhere"} or nxt.is_number
    return False


def ended_rate(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> bool:
    """Whether the rate's own noun phrase is the subject of a verb of ending ("a five percent
    surcharge lapsed", "a 7% levy that expired", "a 12 per cent surcharge was scrapped")
    while another rate of the sentence is not."""
    if not any(m is not mention and m.unit == mention.unit for m in mentions):
        return False
    index = mention.last + 1
    while index < len(tokens) and tokens[index].norm in _UNITS:
        index += 1
    limit = min(index + 6, len(tokens))
    for at in range(index, limit):  # the noun, its goods, "that", an auxiliary, the verb
        word = tokens[at].norm
        if word in _CLAUSE_ENDS or word == "," or tokens[at].is_number:
            return False
        if word in _ENDED:
            return at > index and tokens[at - 1].norm not in {"to", "the", "a"}
        if word in _ENDED_PASSIVE:
            return at > index and tokens[at - 1].norm in _PASSIVE_AUX
    return False


def former_rate(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], fact: Any,
    text: str,
) -> str:  # fmt: skip
    """What a rate is when it is not the measure's: a former one (:func:`old_from`, or
    :func:`ended_rate` unless the fact's own measure is the one lifted or suspended), or one
    only threatened beside the adopted one (:mod:`threatened_rates`); "" when neither."""
    status = str(getattr(getattr(fact, "status", None), "value", ""))
    if old_from(tokens, mention) or (
        status not in _ENDED_STATUSES and ended_rate(tokens, mention, mentions)
    ):
        return "a former rate"
    return threatened_only(tokens, mention, mentions, fact, text)


def tariff_page(article: ArticleText) -> bool:
    """Whether the page writes a tariff word anywhere and names no other kind of rate ("the
    interest rate", "Interest rate changes:") (read once per article): its "rate" is then a
    duty's."""
    key = "tariff page"
    known: bool | None = article.memo.get(key)
    if known is None:
        lowered = article.text.lower()
        known = article.memo[key] = any(stem in lowered for stem in _TARIFF_STEMS) and (
            "rate" not in lowered  # no "rate" at all: nothing for the regex below to find
            or not any(
                _other_kind(match.group(1), match.group(2) or "")
                for match in _RATE_WORD.finditer(lowered)
            )
        )
    return known


def _other_kind(word: str, following: str) -> bool:
    """Whether the word before a page's "rate" (and the word after its "of", if any) names
    another kind of rate: "the interest rate", "the rate of inflation"; not "set rates of
    30%", "the tariff rate"."""
    if following and not following[:1].isdigit() and not following.startswith(_TARIFF_STEMS):
        return True
    if following and word in {"set", "sets", "setting", "fixed", "fixes", "fixing", "with"}:
        return False  # "set rates of 30%": a verb before a bare plural
    if word.startswith(_TARIFF_STEMS):
        return False  # "the tariff rate", "duty rates"
    return not (word in _DETERMINERS or word in _UNITS or word[:1].isdigit() or word.endswith("'s"))


_RATE_WORD = re.compile(r"([\w'%]+)[ -]rates?\b(?: of (\S+))?")


_ENDED_STATUSES = frozenset({"lifted", "suspended"})
_TARIFF_STEMS = ("tariff", "duty", "duties", "levy", "levies", "surcharge", "surtax", "customs")

__all__ = ["ended_rate", "former_rate", "old_from", "other_rate", "rate_nouns", "tariff_page"]
