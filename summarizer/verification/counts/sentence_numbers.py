"""The quantities a fact's evidence sentences state, read once per article, and the rates
among them (moved from :mod:`summarizer.verification.counts.number_rules`, which decides whether one
of them is a field's number)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..figures.collective_numbers import collective_page, with_collectives
from ..figures.mixed_numbers import with_fractions
from ..figures.numbers import NumberMention, sentence_numbers
from ..figures.point_rates import point_parts
from ..page.article import ArticleText
from .ranges import ranged
from .rate_totals import Rate, total


def number_value(value: Any) -> tuple[float, str] | None:
    """A field's number and its qualifier, or None when the value is not a number."""
    raw = getattr(value, "value", value)
    qualifier = getattr(value, "qualifier", "exact")
    qualifier = str(getattr(qualifier, "value", qualifier))
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    return float(raw), qualifier


def numbers_of_sentence(article: ArticleText, index: int) -> list[NumberMention]:
    """The quantities one sentence states, read once per article (frozen, so shared), ranges
    read as ranges (:func:`ranges.ranged`), a rate's part in points as percent (point_rates)."""
    key = ("numbers", index)
    known: list[NumberMention] | None = article.memo.get(key)
    if known is None:
        tokens = article.sentence_tokens(index)
        read = with_fractions(tokens, sentence_numbers(article, index), article.text)
        if collective_page(article):  # "two dozen", "a score of" (collective_numbers)
            read = with_collectives(tokens, read)
        known = point_parts(tokens, ranged(tokens, read, article.text), article.text)
        article.memo[key] = known
    return known


def evidence_rates(article: ArticleText, sentences: Sequence[int]) -> tuple[list[Rate], list[Rate]]:
    """The evidence's rates, each with its sentence's index: those not stated as a total,
    and those stated as one (:mod:`summarizer.verification.counts.rate_totals`)."""
    rates: list[Rate] = []
    totals: list[Rate] = []
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for mention in numbers_of_sentence(article, index):
            if mention.unit == "percent":
                (totals if total(tokens, mention, article.text) else rates).append((index, mention))
    return rates, totals


__all__ = ["evidence_rates", "number_value", "numbers_of_sentence"]
