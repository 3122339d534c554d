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
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter

from summarizer.comparators import (
    Date,
    FreeText,
    Items,
    Supported,
    Text,
    comparator_of,
    support_of,
)
from summarizer.results import DateResolution, EvidenceCheck, GroundingReport, SupportCheck
from summarizer.text.numerals import readable, shown
from summarizer.text.relative_dates import resolve
from .bylines.denied_values import amended
from .confirm_only import confirm_from_env, kinds_of, tied_or_unconfirmed
from .context import Context, Result, Unconfirmed
from .events.meeting_media import support_medium
from .free_text.free_dates import PageDates
from .free_text.mentions import ArticleVocabulary
from .free_text.piece_problems import piece_problems
from .occasions.other_occasions import OCCASION_KINDS, told_apart
from .page.article import ArticleText
from .page.locator import Folded, Located, Span, find
from .page.word_memo import forget_words
from .people.person_rules import PERSON_RULES
from .quotes.quote_words import says_nothing, unquoted
from .quotes.referred_parties import REFERRED_KINDS, referred
from .rule_failures import strict_from_env, unchecked
from .rules import RULES as FIELD_RULES

RULES = {**FIELD_RULES, **PERSON_RULES}  # a person's role and affiliation (person_rules)
# A place, proposer or count whose own clause tells another occasion (other_occasions)
RULES.update({kind: told_apart(RULES[kind], kind) for kind in OCCASION_KINDS})
# Kinds that add to the free-text check instead of replacing it (person_rules)
_WITH_FREE_TEXT = frozenset(PERSON_RULES)
# Kinds whose rule answers None for a value it does not judge (a summit's format that names
# no medium, meeting_media): no support check is recorded, the free-text check stands.
OPTIONAL_RULES: dict[str, Callable[[Any, Supported, Context], Result | None]] = {
    "format": support_medium,
}


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
        comparator, rule = comparator_of(info), support_of(info)
        rules.append(
            (name, rule, isinstance(comparator, Date), _held_as_free_text(comparator, rule))
        )
    return tuple(rules)


def _held_as_free_text(comparator: object, rule: Supported | None) -> bool:
    """Whether a field's text is held to the free-text check (every number and proper name in
    it occurs in the article): prose, and every name or short text with no support rule of its
    own (an affiliation, who gave a status, where a quote was said, a truce's terms). Without
    this a made-up name in such a field went through unchecked; a rule of its own reads more
    and replaces it. Dates are left out: a date written as the article does not ("2025-10-21"
    for "Oct. 21") is the same date, and resolving it is the date check's job."""
    if isinstance(comparator, FreeText):
        return True
    if rule is not None and rule.kind not in OPTIONAL_RULES:  # a format keeps it (meeting_media)
        return rule.kind in _WITH_FREE_TEXT
    if isinstance(comparator, Items):
        comparator = comparator.item
    return isinstance(comparator, Text)  # Date is no Text: dates stay out (above)


@cache
def _walked_fields(
    model: type[BaseModel],
) -> tuple[tuple[str, Supported | None, bool, bool], ...]:
    """:func:`_field_rules` without the evidence, which :func:`ground` reads first."""
    return tuple(rule for rule in _field_rules(model) if rule[0] != "evidence")


def _plan(
    model: type[BaseModel],
) -> tuple[bool, bool, tuple[tuple[str, Supported | None, bool, bool], ...]]:
    """(has an evidence field, is self-evident, the walked fields) of a model class."""
    plan = _PLANS.get(model)
    if plan is None:
        plan = _PLANS[model] = (
            _has_evidence(model),
            _is_self_evident(model),
            _walked_fields(model),
        )
    return plan


_PLANS: dict[
    type[BaseModel], tuple[bool, bool, tuple[tuple[str, Supported | None, bool, bool], ...]]
] = {}


@cache
def _has_evidence(model: type[BaseModel]) -> bool:
    return "evidence" in model.model_fields


@cache
def _is_self_evident(model: type[BaseModel]) -> bool:
    """A model whose own verbatim field is its evidence (a quote's text)."""
    return any(
        rule is not None and rule.kind == "verbatim" for _, rule, _, _ in _field_rules(model)
    )


_MODEL_TYPES: dict[type, bool] = {}


def _is_model(value: object) -> bool:
    """``isinstance(value, BaseModel)``, by a dict of the types seen: the check goes through
    ``ABCMeta`` (pydantic's model metaclass derives from it) and runs for every field."""
    kind = type(value)
    known = _MODEL_TYPES.get(kind)
    if known is None:
        known = _MODEL_TYPES[kind] = isinstance(value, BaseModel)
    return known


def _shown(value: Any) -> str:
    if type(value) is str:
        return value  # most values (names, places); a missing attribute is slow to look up
    raw = getattr(value, "value", value)
    raw = getattr(raw, "value", raw)  # an enum inside
    return shown(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else str(raw)


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


def ground(
    facts: BaseModel,
    text: str,
    metadata: dict[str, str] | None = None,
    captions: tuple[str, ...] = (),
    strict: bool | None = None,
    confirm: Iterable[str] | None = None,
) -> GroundingReport:
    """Check every evidence passage, quote text and supported value of ``facts`` in ``text``.
    Works on any Pydantic model: fields named ``evidence`` (lists of strings) are passages,
    ``Supported`` metadata marks values to check, ``FreeText`` fields are checked for names and
    numbers the article never states. ``captions`` (the page's photo captions, kept out of
    ``text``) count only for free text's names: the page names them, but a caption's date or
    credit never backs a field. A rule that raises flags its value *unchecked* (rule_failures;
    ``strict`` re-raises); ``confirm``: fields only a reading's tie passes (confirm_only)."""
    walk = _Walk(text, dict(metadata or {}), published_date(facts, metadata), captions)
    walk.strict = strict_from_env() if strict is None else strict
    walk.confirm = confirm_from_env() if confirm is None else kinds_of(confirm)
    walk.visit(facts, "", None)
    return walk.report()


_EVIDENCE_CHECKS: TypeAdapter[list[EvidenceCheck]] = TypeAdapter(list[EvidenceCheck])
_SUPPORT_CHECKS: TypeAdapter[list[SupportCheck]] = TypeAdapter(list[SupportCheck])
_DATE_RESOLUTIONS: TypeAdapter[list[DateResolution]] = TypeAdapter(list[DateResolution])
_Scope = tuple[set[int], bool]


class _Walk:
    """One grounding of one facts model: walks it, collecting the checks as plain dicts, which
    become report models in one validation per list at the end (a model's own constructor per
    check cost more than the check itself for most passages)."""

    __slots__ = (
        "_unstated_of",
        "article",
        "confirm",
        "dates",
        "evidence",
        "folded",
        "meta",
        "page_dates",
        "published",
        "strict",
        "support",
        "unevidenced",
        "unstated",
        "vocabulary",
    )

    def __init__(
        self,
        text: str,
        meta: dict[str, str],
        published: dt.date | None,
        captions: tuple[str, ...] = (),
    ) -> None:
        forget_words()  # the word readers' answers live for one grounding (word_memo)
        self.article = ArticleText(text)
        self.folded = Folded(text)
        self.meta = meta
        self.vocabulary = ArticleVocabulary(self.article, meta, captions)
        self.published = published
        self.page_dates = PageDates(text, meta, published)
        self.evidence: list[dict[str, Any]] = []
        self.support: list[dict[str, Any]] = []
        self.unevidenced: list[str] = []
        self.unstated: list[dict[str, Any]] = []
        # Short fields repeat their words ("Russia" as twenty people's affiliation): each
        # distinct text is read once per article.
        self._unstated_of: dict[str, list[tuple[str, str]]] = {}
        self.dates: list[dict[str, Any]] = []
        self.strict = False  # re-raise a rule's exception (rule_failures)
        self.confirm: frozenset[str] = frozenset()  # kinds only a tie passes (confirm_only)

    def report(self) -> GroundingReport:
        report = GroundingReport()
        # The report's own fields stay unset, as when the lists were appended to one by one.
        report.evidence.extend(_EVIDENCE_CHECKS.validate_python(self.evidence))
        report.support.extend(_SUPPORT_CHECKS.validate_python(self.support))
        report.unevidenced.extend(self.unevidenced)
        report.unstated.extend(_SUPPORT_CHECKS.validate_python(self.unstated))
        report.dates.extend(_DATE_RESOLUTIONS.validate_python(self.dates))
        if self.meta.get("truncated") == "true":
            report.article_warnings.append(
                "the article text ends mid-sentence (cut off): a fact it does not state may be "
                "in the missing part"
            )
        return report

    def check_passage(self, path: str, passage: str, quote: bool = False) -> Located:
        """Locate ``passage``; a ``quote``'s text must also say something and stand where the
        page quotes someone (quote_words)."""
        try:
            located = find(passage, self.article, self.folded)
            found = located.span
            if quote and found is not None:
                if says_nothing(passage):
                    located = Located(None, "a lone function word is no quotation")
                elif unquoted(self.article, found.start, found.end, passage):
                    located = Located(None, "the page quotes no one there: no quotation marks")
        except Exception as error:  # the safety net (rule_failures)
            located = Located(
                None, unchecked(path, passage, "passage", error, self.strict)["reason"]
            )
        span = located.span
        self.evidence.append(
            {
                "path": path,
                "passage": passage,
                "verified": span is not None,
                "method": span.method if span else "none",
                "start": span.start if span else None,
                "end": span.end if span else None,
                "reason": located.reason,
            }
        )
        return located

    def visit(
        self, model: BaseModel, path: str, inherited: _Scope | None,
        parent: BaseModel | None = None,
    ) -> None:  # fmt: skip
        """Check ``model`` and everything inside it. A part without evidence of its own (a
        count inside a sanctions measure) is read against its parent's evidence."""
        prefix = f"{path}." if path else ""
        kind = type(model)
        has_evidence, self_evident, fields = _PLANS.get(kind) or _plan(kind)
        # Only a declared field counts (a plain getattr of a missing name is slow on a model).
        evidence = model.evidence if has_evidence else None  # type: ignore[attr-defined]
        passages = [p for p in evidence if isinstance(p, str)] if isinstance(evidence, list) else []
        stated_passages = [p for p in passages if p.strip()]
        sentences: set[int] = set()
        for index, passage in enumerate(passages):
            span = self.check_passage(f"{prefix}evidence[{index}]", passage).span
            if span is not None:
                sentences.update(self.article.sentences_over(span.start, span.end))
        own = (sentences, bool(stated_passages))
        scope = own if has_evidence or inherited is None else inherited
        context: Context | None = None  # made for the first field with a rule, if any
        states_something = False
        values = model.__dict__
        for name, rule, is_date, is_free in fields:
            value = values[name]
            if value is None or (not value and isinstance(value, (list, str))):
                continue  # most optional facts are absent: nothing to check, nothing inside
            child_path = prefix + name
            is_model = _is_model(value)
            is_list = not is_model and isinstance(value, list)
            if not is_model and not (is_list and _is_model(value[0])):
                states_something = True
            if rule is not None:
                if context is None:
                    context = Context(
                        self.article,
                        self.folded,
                        model,
                        sorted(scope[0]),
                        scope[1],
                        self.meta,
                        self.published,
                        parent,
                    )
                self.check_value(rule, value, child_path, context)
            if is_free:
                self.check_free_text(value, child_path)
            if is_date and isinstance(value, str):
                resolved = resolve_date(value, self.published)
                self.dates.append(
                    {
                        "path": child_path,
                        "as_written": value,
                        "resolved": resolved.isoformat() if resolved else None,
                    }
                )
            if is_model:
                self.visit(value, child_path, scope, model)
            elif is_list:
                for index, item in enumerate(value):
                    if _is_model(item):
                        self.visit(item, f"{child_path}[{index}]", scope, model)
        if has_evidence and not stated_passages and states_something and not self_evident:
            self.unevidenced.append(path or "(facts)")

    def check_value(self, rule: Supported, value: Any, path: str, context: Context) -> None:
        if rule.kind == "verbatim":
            self.check_passage(path, str(value), quote=True)
            return
        if rule.kind not in RULES and rule.kind not in OPTIONAL_RULES:
            raise ValueError(f"unknown support kind {rule.kind!r} on {path}")
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if item is None or item == "":
                continue
            where = f"{path}[{index}]" if isinstance(value, list) else path
            try:
                if rule.kind in OPTIONAL_RULES:  # a rule that may give no verdict (None)
                    verdict = OPTIONAL_RULES[rule.kind](item, rule, context)
                    if verdict is None:
                        continue  # not its rule's to judge: the free-text check stands
                    ok, reason = verdict
                else:
                    ok, reason = RULES[rule.kind](item, rule, context)
                if not ok and rule.kind in REFERRED_KINDS:  # "the Russian president agreed"
                    ok, reason = referred(RULES[rule.kind], item, rule, context, (ok, reason))
                # the story's correction notes, values stated only to be denied (denied_values)
                ok, reason = amended(RULES, item, rule, context, (ok, reason))
                if ok and rule.kind in self.confirm:  # only a reading's tie passes it
                    ok, reason = tied_or_unconfirmed(item, rule, context, (ok, reason))
            except Exception as error:  # the safety net (rule_failures)
                self.support.append(unchecked(where, _shown(item), rule.kind, error, self.strict))
                continue
            self.support.append(
                {
                    "path": where,
                    "value": _shown(item),
                    "kind": rule.kind,
                    "supported": ok,
                    "reason": readable(str(reason)),  # "13.5 billion", not "1.35e+10"
                    "unconfirmed": isinstance(reason, Unconfirmed),
                }
            )

    def check_free_text(self, value: Any, path: str) -> None:
        texts = value if isinstance(value, list) else [value]
        for index, piece in enumerate(texts):
            if not isinstance(piece, str):
                continue
            where = f"{path}[{index}]" if isinstance(value, list) else path
            problems = self._unstated_of.get(piece)
            if problems is None:
                try:
                    problems = piece_problems(piece, self.vocabulary, self.page_dates)
                except Exception as error:  # the safety net (rule_failures)
                    self.unstated.append(unchecked(where, piece, "free-text", error, self.strict))
                    continue
                self._unstated_of[piece] = problems
            for written, reason in problems:
                self.unstated.append(
                    {
                        "path": where,
                        "value": readable(written),
                        "kind": "mention",
                        "supported": False,
                        "reason": readable(reason),
                    }
                )


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
