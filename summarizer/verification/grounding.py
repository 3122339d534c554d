"""Checking extracted facts against the article they came from.

Three checks, all mechanical (the rules live in :mod:`summarizer.verification`):
1. every evidence passage (and every quote's text) is located in the article on token
   boundaries: exactly, after folding case, quotes, dashes and whitespace, or as a bounded
   ellipsis splice within one paragraph. A passage that cannot be located is *unverified*, with
   the reason, never reported as verified.
2. every field that declares ``Supported(kind, ...)`` (see :mod:`summarizer.comparators`)
   follows from the article the way its kind says: a number next to its cue word with an
   agreeing qualifier, a sponsor as the one who introduced the bill, a speaker as the one the
   article attributes the quote to. Evidence-scoped kinds read only the sentences the fact's
   own verified evidence lies in.
3. nothing escapes: a fact that states something with no evidence is *unevidenced*; numbers and
   names in free text (summary, key points) that the article never states are *unstated*;
   metadata (headline, outlet, byline, date) is checked against the text and page metadata.
Relative dates in date fields are resolved against the article's date when it is known.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from pydantic import BaseModel

from summarizer.comparators import Date, FreeText, Supported, comparator_of, support_of
from summarizer.results import DateResolution, EvidenceCheck, GroundingReport, SupportCheck
from summarizer.text.relative_dates import resolve
from summarizer.verification.article import ArticleText
from summarizer.verification.context import Context
from summarizer.verification.locator import Folded, Located, Span, find
from summarizer.verification.mentions import ArticleVocabulary, unstated
from summarizer.verification.rules import RULES


def locate(passage: str, text: str, folded: tuple[str, list[int]] | None = None) -> Span | None:
    """Where ``passage`` stands in ``text`` (token-bounded), or None. ``folded`` may carry a
    precomputed ``fold_with_map(text)`` when many passages are located in one article."""
    return find(passage, ArticleText(text), Folded(text, folded)).span


def locate_why(passage: str, text: str) -> Located:
    """:func:`locate` with the reason a passage is not verified."""
    return find(passage, ArticleText(text), Folded(text))


@cache
def _field_rules(model: type[BaseModel]) -> tuple[tuple[str, Supported | None, bool, bool], ...]:
    """(name, support rule, is a date, is free text) per field of a model class; read once per
    class because grounding runs on every article."""
    rules = []
    for name, info in model.model_fields.items():
        comparator = comparator_of(info)
        rules.append(
            (name, support_of(info), isinstance(comparator, Date), isinstance(comparator, FreeText))
        )
    return tuple(rules)


@cache
def _walked_fields(
    model: type[BaseModel],
) -> tuple[tuple[str, Supported | None, bool, bool], ...]:
    """:func:`_field_rules` without the evidence, which :func:`ground` reads first."""
    return tuple(rule for rule in _field_rules(model) if rule[0] != "evidence")


@cache
def _has_evidence(model: type[BaseModel]) -> bool:
    return "evidence" in model.model_fields


@cache
def _is_self_evident(model: type[BaseModel]) -> bool:
    """A model whose own verbatim field is its evidence (a quote's text)."""
    return any(
        rule is not None and rule.kind == "verbatim" for _, rule, _, _ in _field_rules(model)
    )


def _shown(value: Any) -> str:
    raw = getattr(value, "value", value)
    raw = getattr(raw, "value", raw)  # an enum inside
    return f"{raw:g}" if isinstance(raw, int | float) and not isinstance(raw, bool) else str(raw)


def resolve_date(expression: str, published: dt.date | None) -> dt.date | None:
    """An absolute date for a relative expression, given the article's date; None when the
    expression is vague ("last week", "within two weeks") or the article date is unknown.
    See :func:`summarizer.text.relative_dates.resolve`."""
    return resolve(expression, published)


def published_date(facts: BaseModel, metadata: dict[str, str] | None = None) -> dt.date | None:
    """The article's own date: from the facts if the model found one, else page metadata."""
    candidates = [getattr(getattr(facts, "article", None), "published", None)]
    candidates.append((metadata or {}).get("article:published_time"))
    for value in candidates:
        if value:
            try:
                return dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                continue
    return None


def ground(facts: BaseModel, text: str, metadata: dict[str, str] | None = None) -> GroundingReport:
    """Check every evidence passage, quote text and supported value of ``facts`` in ``text``.
    Works on any Pydantic model: fields named ``evidence`` (lists of strings) are passages,
    ``Supported`` metadata marks values to check, ``FreeText`` fields are checked for names and
    numbers the article never states."""
    report = GroundingReport()
    article = ArticleText(text)
    folded = Folded(text)
    meta = dict(metadata or {})
    vocabulary = ArticleVocabulary(article, meta)
    published = published_date(facts, metadata)

    def check_passage(path: str, passage: str) -> Located:
        located = find(passage, article, folded)
        span = located.span
        # The validating constructor, not model_construct: pydantic-core validates these few
        # plain fields faster than model_construct walks them in Python.
        report.evidence.append(
            EvidenceCheck(
                path=path,
                passage=passage,
                verified=span is not None,
                method=span.method if span else "none",
                start=span.start if span else None,
                end=span.end if span else None,
                reason=located.reason,
            )
        )
        return located

    def visit(model: BaseModel, path: str, inherited: tuple[set[int], bool] | None = None) -> None:
        """Check ``model`` and everything inside it. A part without evidence of its own (a
        count inside a sanctions measure) is read against its parent's evidence."""
        prefix = f"{path}." if path else ""
        kind = type(model)
        # Only a declared field counts (a plain getattr of a missing name is slow on a model).
        evidence = model.evidence if _has_evidence(kind) else None  # type: ignore[attr-defined]
        passages = [p for p in evidence if isinstance(p, str)] if isinstance(evidence, list) else []
        stated_passages = [p for p in passages if p.strip()]
        sentences: set[int] = set()
        for index, passage in enumerate(passages):
            span = check_passage(f"{prefix}evidence[{index}]", passage).span
            if span is not None:
                sentences.update(article.sentences_over(span.start, span.end))
        own = (sentences, bool(stated_passages))
        scope = own if _has_evidence(kind) or inherited is None else inherited
        context: Context | None = None  # made for the first field with a rule, if any
        states_something = False
        for name, rule, is_date, is_free in _walked_fields(kind):
            value = getattr(model, name)
            if value is None or (not value and isinstance(value, (list, str))):
                continue  # most optional facts are absent: nothing to check, nothing inside
            child_path = prefix + name
            is_model = isinstance(value, BaseModel)
            is_list = not is_model and isinstance(value, list)
            if not is_model and not (is_list and isinstance(value[0], BaseModel)):
                states_something = True
            if rule is not None:
                if context is None:
                    context = Context(article, folded, model, sorted(scope[0]), scope[1], meta)
                check_value(rule, value, child_path, context)
            if is_free:
                check_free_text(value, child_path)
            if is_date and isinstance(value, str):
                resolved = resolve_date(value, published)
                report.dates.append(
                    DateResolution(
                        path=child_path,
                        as_written=value,
                        resolved=resolved.isoformat() if resolved else None,
                    )
                )
            if is_model:
                visit(value, child_path, scope)
            elif is_list:
                for index, item in enumerate(value):
                    if isinstance(item, BaseModel):
                        visit(item, f"{child_path}[{index}]", scope)
        if (
            _has_evidence(kind)
            and not stated_passages
            and states_something
            and not _is_self_evident(kind)
        ):
            report.unevidenced.append(path or "(facts)")

    def check_value(rule: Supported, value: Any, path: str, context: Context) -> None:
        if rule.kind == "verbatim":
            check_passage(path, str(value))
            return
        if rule.kind not in RULES:
            raise ValueError(f"unknown support kind {rule.kind!r} on {path}")
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if item is None or item == "":
                continue
            ok, reason = RULES[rule.kind](item, rule, context)
            report.support.append(
                SupportCheck(
                    path=f"{path}[{index}]" if isinstance(value, list) else path,
                    value=_shown(item),
                    kind=rule.kind,
                    supported=ok,
                    reason=reason,
                )
            )

    def check_free_text(value: Any, path: str) -> None:
        texts = value if isinstance(value, list) else [value]
        for index, piece in enumerate(texts):
            if not isinstance(piece, str):
                continue
            where = f"{path}[{index}]" if isinstance(value, list) else path
            for shown, reason in unstated(piece, vocabulary):
                report.unstated.append(
                    SupportCheck(
                        path=where, value=shown, kind="mention", supported=False, reason=reason
                    )
                )

    visit(facts, "")
    if meta.get("truncated") == "true":
        report.article_warnings.append(
            "the article text ends mid-sentence (cut off): a fact it does not state may be in "
            "the missing part"
        )
    return report


__all__ = [
    "DateResolution",
    "EvidenceCheck",
    "GroundingReport",
    "Span",
    "SupportCheck",
    "Supported",
    "ground",
    "locate",
    "locate_why",
    "resolve_date",
]
