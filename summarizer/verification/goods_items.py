"""A list's item that opens with a rate on goods ("- 15 per cent on US coal and liquefied
natural gas"), on a page that speaks of the field's measure, is a tariff rate even when no
tariff word stands in the item or in its lead-in ("Round one, announced 4 February:" under
"What did Beijing do in return?") (an outside check, session 23: check 48 refused four
counter-tariff rates of a fact sheet), for a number field with a unit
(:func:`summarizer.verification.number_rules.support_number`).

The shape: an item (:func:`list_headings.item_line`) whose first word is the rate, its unit,
then "on" or "for" and goods: "N per cent on GOODS" is a levy's own wording. Not a rate on
goods: "on" and a word of time or manner ("15 per cent on the year", "on average", "on an
annual basis"); an item under a heading of another measure ("Interest rates:", "Quota
changes:"); a page where no sentence holds a cue of the field (an item of a loans sheet
"- 5 per cent on loans over EUR 1m"). An item under a heading with a cue is read by
:func:`list_headings.headed_item`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from summarizer.verification.article import ArticleText
from summarizer.verification.list_headings import headed_item, item_line
from summarizer.verification.numbers import NumberMention
from summarizer.verification.tokens import word_set

_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])[ \t]+")
_UNITS = frozenset({"%", *word_set("percent per cent pct pc")})
_ON = word_set("on for")
_SKIPPED = word_set("the a an all")
_NOT_GOODS = word_set(
    """year years average basis annual annualised annualized yearly monthly quarterly month
    months quarter quarters week weeks day days top balance paper record target track time
    course trend estimate estimates forecast"""
)
_OTHER_MEASURES = word_set(
    """quota quotas subsidy subsidies interest loan loans rebate rebates discount discounts
    growth inflation unemployment turnout support share shares"""
)


def _heading_words(article: ArticleText, line: int) -> set[str]:
    """The words of the nearest line above ``line`` that is no item."""
    text = article.text
    while line > 0:
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        words = text[line:end]
        if words.strip() and item_line(text, line) is None:
            return {w.strip(":?.,").lower() for w in words.split()}
    return set()


def goods_item(
    article: ArticleText, index: int, mention: NumberMention,
    cues_of: Callable[[int], list[int]], fact: Any,
) -> bool:  # fmt: skip
    """Whether sentence ``index`` is a list's item opening with ``mention``, a rate on goods,
    on a page that holds a cue of the field (see the module); the item's line must be in the
    fact's evidence (a sentence may run over several items)."""
    text = article.text
    tokens = article.sentence_tokens(index)
    begin = tokens[mention.first].start
    line = text.rfind("\n", 0, begin) + 1
    if not _BULLET.fullmatch(text, line, begin):
        return False  # the rate opens its item's line
    end = text.find("\n", begin)
    item = " ".join(text[begin : len(text) if end < 0 else end].split())
    passages = [" ".join(str(p).split()) for p in getattr(fact, "evidence", None) or ()]
    if not any(item in p or (len(p) > 10 and p in item) for p in passages):
        return False
    at = mention.last + 1
    while at < len(tokens) and tokens[at].norm in _UNITS:
        at += 1
    if at >= len(tokens) - 1 or tokens[at].norm not in _ON:
        return False
    at += 1
    while at < len(tokens) - 1 and tokens[at].norm in _SKIPPED:
        at += 1
    if tokens[at].norm in _NOT_GOODS or tokens[at].is_number:
        return False
    if not _heading_words(article, line).isdisjoint(_OTHER_MEASURES):
        return False
    return any(cues_of(other) for other in range(len(article.sentences)) if other != index)


def item_cue(
    article: ArticleText, index: int, mention: NumberMention,
    cues_of: Callable[[int], list[int]], fact: Any,
) -> bool:  # fmt: skip
    """Whether an item takes the field's cue from its heading (:func:`headed_item`) or from
    its own shape (:func:`goods_item`)."""
    return headed_item(article, index, cues_of) or goods_item(
        article, index, mention, cues_of, fact
    )


__all__ = ["goods_item", "item_cue"]
