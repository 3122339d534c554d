"""Scoring predicted facts against gold labels, and comparing two eval runs.

Every (article, field) lands in one of five outcomes: TP (both present, match), FD (both
present, wrong value), FN (gold present, prediction missing), FA (gold empty, prediction has a
value: a hallucination), TN (both empty). Fields are walked with the comparator each declares
in :mod:`summarizer.schema`; list items are paired first (:func:`matchers.pair_lists`) and then
scored field by field. Paths name values in the GOLD facts (``"sanctions[0].cosponsor_count"``)
so that two runs against the same gold align; a predicted item that pairs with no gold item is
named by its predicted index with a plus sign (``"sanctions[+1].name"``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from summarizer.comparators import Comparator, FreeText, Items, comparator_of
from summarizer.evaluation.gold import GoldLabel
from summarizer.evaluation.matchers import (
    Alternatives,
    is_empty,
    is_list_field,
    is_scored,
    item_comparator,
    item_model,
    join_path,
    list_candidates,
    match_value,
    pair_lists,
    parse_date,
    strip_indices,
)
from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts

OutcomeKind = Literal["TP", "FD", "FN", "FA", "TN"]
FailureKind = Literal["missing", "validation", "error"]
PASSING: frozenset[str] = frozenset({"TP", "TN"})
_VALIDATION_KINDS = frozenset({"validation", "parse", "schema"})


class Outcome(BaseModel):
    """One scored value. ``path`` is indexed (for listings), ``field`` index-free (for stats)."""

    article_id: str
    path: str
    field: str
    section: str
    outcome: OutcomeKind
    expected: Any = None
    got: Any = None
    evidence: list[str] = Field(default_factory=list)


class Score(BaseModel):
    """Counts and rates over a set of outcomes. A rate whose denominator is 0 is None: "no
    evidence either way" must not read as perfect (1) or as failing (0)."""

    tp: int = 0
    fd: int = 0
    fn: int = 0
    fa: int = 0
    tn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    hallucination_rate: float | None = None

    @classmethod
    def of(cls, kinds: Iterable[str]) -> Score:
        """P = TP/(TP+FD+FA), R = TP/(TP+FD+FN), F1 = 2TP/(2TP+2FD+FA+FN) (the harmonic mean of
        P and R where both are defined, and 0 rather than undefined when TP is 0 but something
        was wrong), hallucination rate FA/(FA+TN)."""
        counts = Counter(kinds)
        tp, fd, fn, fa, tn = (counts[k] for k in ("TP", "FD", "FN", "FA", "TN"))
        return cls(
            tp=tp,
            fd=fd,
            fn=fn,
            fa=fa,
            tn=tn,
            precision=_ratio(tp, tp + fd + fa),
            recall=_ratio(tp, tp + fd + fn),
            f1=_ratio(2 * tp, 2 * tp + 2 * fd + fa + fn),
            hallucination_rate=_ratio(fa, fa + tn),
        )


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _mean(values: Iterable[float | None]) -> float | None:
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


class Overall(BaseModel):
    """Micro: one Score over the pooled counts (big fields weigh more). Macro: the mean of the
    per-field rates over the fields where the rate is defined (every field weighs the same)."""

    micro: Score
    macro_precision: float | None = None
    macro_recall: float | None = None
    macro_f1: float | None = None
    macro_fields: int = 0


class Failures(BaseModel):
    """Gold articles that produced no facts, apart from wrong values: ``validation`` when the
    model's output never fit the schema (re-asks exhausted, or facts that fail validation),
    ``error`` for anything else (endpoint, cassette, input), ``missing`` when no result came."""

    total: int = 0
    missing: int = 0
    validation: int = 0
    error: int = 0
    by_error_kind: dict[str, int] = Field(default_factory=dict)


class ArticleStatus(BaseModel):
    article_id: str | None
    source: str
    status: Literal["scored", "failed", "missing", "unlabelled"]
    failure: FailureKind | None = None
    error_kind: str | None = None
    error: str | None = None
    reasks: int = 0
    grounding_rate: float | None = None


class FreeTextPair(BaseModel):
    """A free-text field (summary, key points): never exact-matched, kept for a judge."""

    article_id: str
    path: str
    expected: Any = None
    got: Any = None


class GroundingFlag(BaseModel):
    """One problem grounding found in a result: a passage not in the article (unverified), a
    value that does not follow from it (unsupported), a fact with no evidence (unevidenced),
    or a name or number in free text the article never states (unstated)."""

    article_id: str | None
    kind: Literal["unverified", "unsupported", "unevidenced", "unstated"]
    path: str
    value: str = ""
    reason: str = ""


def grounding_flags(result: SummaryResult) -> list[GroundingFlag]:
    report, article = result.grounding, result.article_id
    flags = [
        GroundingFlag(article_id=article, kind="unverified", path=c.path, value=c.passage,
                      reason=c.reason)
        for c in report.unverified
    ]  # fmt: skip
    flags += [
        GroundingFlag(article_id=article, kind="unsupported", path=c.path, value=c.value,
                      reason=c.reason)
        for c in report.unsupported
    ]  # fmt: skip
    flags += [
        GroundingFlag(article_id=article, kind="unevidenced", path=p, reason="no evidence given")
        for p in report.unevidenced
    ]
    flags += [
        GroundingFlag(article_id=article, kind="unstated", path=c.path, value=c.value,
                      reason=c.reason)
        for c in report.unstated
    ]  # fmt: skip
    return flags


class EvalReport(BaseModel):
    """Everything one eval run measured. Run metadata is filled by the caller."""

    model: str | None = None
    origin: str | None = None
    prompt_version: str | None = None
    schema_version: str | None = None
    created_at: dt.datetime | None = None
    tokens: int | None = None
    outcomes: list[Outcome] = Field(default_factory=list)
    per_field: dict[str, Score] = Field(default_factory=dict)
    per_section: dict[str, Score] = Field(default_factory=dict)
    per_article: dict[str, Score] = Field(default_factory=dict)
    overall: Overall = Field(default_factory=lambda: Overall(micro=Score()))
    hallucination_rate: float | None = None
    failures: Failures = Field(default_factory=Failures)
    reasks: int = 0
    grounding_rate: float | None = None
    support_rate: float | None = None
    grounding_flags: list[GroundingFlag] = Field(default_factory=list)
    articles: list[ArticleStatus] = Field(default_factory=list)
    free_text: list[FreeTextPair] = Field(default_factory=list)


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a field value for the outcome record."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


_Record = tuple[str, OutcomeKind, Any, Any, Sequence[str]]


class _Walker:
    """Scores one article: walks gold and predicted facts together, field by field."""

    def __init__(
        self, article_id: str, alternatives: Alternatives, article_date: dt.date | None = None
    ) -> None:
        self.article_id = article_id
        self.alternatives = alternatives
        # Relative dates in predictions ("yesterday") are resolved against the gold's date.
        self.article_date = article_date
        self.outcomes: list[Outcome] = []
        self.free_text: list[FreeTextPair] = []
        # One-sided: only one side exists (an unpaired item, a failed article). Its empty
        # fields are not "correctly absent", so they yield no TN.
        self.one_sided = False

    def emit(self, path: str, kind: OutcomeKind, gold: Any, pred: Any, ev: Sequence[str]) -> None:
        if kind == "TN" and self.one_sided:
            return
        field = strip_indices(path)
        self.outcomes.append(
            Outcome(
                article_id=self.article_id,
                path=path,
                field=field,
                section=field.split(".")[0],
                outcome=kind,
                expected=_plain(gold),
                got=_plain(pred),
                evidence=list(ev),
            )
        )

    def model(
        self,
        gold: BaseModel | None,
        pred: BaseModel | None,
        model: type[BaseModel],
        path: str,
        evidence: Sequence[str],
    ) -> None:
        if pred is not None and "evidence" in model.model_fields:
            evidence = getattr(pred, "evidence", None) or []
        for name, info in model.model_fields.items():
            comparator = comparator_of(info)
            child = join_path(path, name)
            gold_value = getattr(gold, name, None) if gold is not None else None
            pred_value = getattr(pred, name, None) if pred is not None else None
            if isinstance(comparator, FreeText):
                self.free_text.append(
                    FreeTextPair(
                        article_id=self.article_id,
                        path=child,
                        expected=_plain(gold_value),
                        got=_plain(pred_value),
                    )
                )
            elif not is_scored(comparator) or comparator is None:
                continue
            elif not isinstance(comparator, Items):
                self.leaf(gold_value, pred_value, comparator, child, evidence)
            elif not is_list_field(info.annotation):
                sub = item_model(info.annotation)
                if sub is None:
                    raise TypeError(f"{child}: Items() on a field that is neither list nor model")
                self.model(gold_value, pred_value, sub, child, evidence)
            else:
                self.items(
                    gold_value or [], pred_value or [], info.annotation, comparator, child, evidence
                )

    def leaf(
        self, gold: Any, pred: Any, comparator: Comparator, path: str, evidence: Sequence[str]
    ) -> None:
        """A gold value that is empty but lists alternatives accepts those: TP, not FA."""
        kind: OutcomeKind
        if is_empty(pred):
            kind = "TN" if is_empty(gold) else "FN"
        elif match_value(
            gold,
            pred,
            comparator,
            self.alternatives.get(path, ()),
            article_date=self.article_date,
        ):
            kind = "TP"
        else:
            kind = "FA" if is_empty(gold) else "FD"
        self.emit(path, kind, gold, pred, evidence)

    def items(
        self,
        gold: list[Any],
        pred: list[Any],
        annotation: Any,
        comparator: Items,
        path: str,
        evidence: Sequence[str],
    ) -> None:
        sub = item_model(annotation)
        if all(map(is_empty, gold)) and all(map(is_empty, pred)):
            self.emit(path, "TN", [], [], evidence)
        elif sub is None:
            self.strings(gold, pred, comparator, path, evidence)
        else:
            pairing = pair_lists(gold, pred, comparator, self.alternatives, path)
            for g, p, _ in pairing.pairs:
                self.model(gold[g], pred[p], sub, f"{path}[{g}]", evidence)
            was_one_sided, self.one_sided = self.one_sided, True
            for g in pairing.unmatched_gold:
                self.model(gold[g], None, sub, f"{path}[{g}]", evidence)
            for p in pairing.unmatched_pred:
                self.model(None, pred[p], sub, f"{path}[+{p}]", evidence)
            self.one_sided = was_one_sided

    def strings(
        self,
        gold: list[Any],
        pred: list[Any],
        comparator: Items,
        path: str,
        evidence: Sequence[str],
    ) -> None:
        """Per paired item TP when it passes the list's item rule, else FD (a changed item: "all
        Chinese goods" for "all Russian goods"); FN per unpaired gold item, FA per unpaired
        predicted item. When the gold lists alternative lists, the candidate list that scores
        best is used (ties go to the gold list), and item paths index that candidate."""
        alternatives = () if self.one_sided else self.alternatives.get(path, ())
        best: list[_Record] = []
        best_score = None
        for number, candidate in enumerate(list_candidates(gold, alternatives)):
            item_alternatives = self.alternatives if number == 0 else {}
            pairing = pair_lists(candidate, pred, comparator, item_alternatives, path)
            rule = item_comparator(comparator)
            records: list[_Record] = [
                *(
                    (
                        f"{path}[{g}]",
                        "TP"
                        if match_value(
                            candidate[g],
                            pred[p],
                            rule,
                            item_alternatives.get(f"{path}[{g}]", ()),
                            article_date=self.article_date,
                        )
                        else "FD",
                        candidate[g],
                        pred[p],
                        evidence,
                    )
                    for g, p, _ in pairing.pairs
                ),
                *(
                    (f"{path}[{g}]", "FN", candidate[g], None, evidence)
                    for g in pairing.unmatched_gold
                ),
                *((f"{path}[+{p}]", "FA", None, pred[p], evidence) for p in pairing.unmatched_pred),
            ]
            if not records:
                records = [(path, "TN", [], [], evidence)]
            score = sum(1 if kind in PASSING else -1 for _, kind, *_ in records)
            if best_score is None or score > best_score:
                best, best_score = records, score
        for record in best:
            self.emit(*record)


def _source_parts(source: str) -> tuple[str, ...]:
    return tuple(part for part in Path(source).parts if part not in (".", ""))


def _assign(
    results: Sequence[SummaryResult], gold: dict[str, GoldLabel]
) -> tuple[dict[str, SummaryResult], list[SummaryResult]]:
    """Each gold article's result, and the results no gold article claims. A result is claimed
    by its article id; one without an id (an input that failed before it was read) by its
    source path ending in the gold's source. Of several results, the first successful wins."""
    chosen: dict[str, SummaryResult] = {}
    unlabelled: list[SummaryResult] = []
    for result in results:
        article_id = result.article_id
        if article_id is None:
            parts = _source_parts(result.source)
            for candidate, label in gold.items():
                wanted = _source_parts(label.source)
                if wanted and parts[-len(wanted) :] == wanted:
                    article_id = candidate
                    break
        if article_id is None or article_id not in gold:
            unlabelled.append(result)
            continue
        current = chosen.get(article_id)
        if current is None or (not current.ok and result.ok):
            chosen[article_id] = result
    return chosen, unlabelled


def _facts_of(result: SummaryResult | None) -> tuple[ArticleFacts | None, FailureKind | None]:
    """The result's facts, or why there are none."""
    if result is None:
        return None, "missing"
    if result.error is not None or result.facts is None:
        validation = result.error_kind in _VALIDATION_KINDS or "failed validation" in (
            result.error or ""
        )
        return None, "validation" if validation else "error"
    try:
        facts = result.facts_as(ArticleFacts)
    except ValidationError:
        return None, "validation"
    return (facts, None) if isinstance(facts, ArticleFacts) else (None, "validation")


def _status(
    article_id: str | None,
    source: str,
    result: SummaryResult | None,
    status: Literal["scored", "failed", "missing", "unlabelled"],
    failure: FailureKind | None,
) -> ArticleStatus:
    return ArticleStatus(
        article_id=article_id,
        source=result.source if result else source,
        status=status,
        failure=failure,
        error_kind=result.error_kind if result else None,
        error=result.error if result else None,
        reasks=result.usage.reasks if result else 0,
        grounding_rate=result.grounding.rate if result else None,
    )


def _grouped(outcomes: Iterable[Outcome], key: str) -> dict[str, Score]:
    kinds: dict[str, list[str]] = defaultdict(list)
    for outcome in outcomes:
        kinds[getattr(outcome, key)].append(outcome.outcome)
    return {name: Score.of(kinds[name]) for name in sorted(kinds)}


def evaluate(results: list[SummaryResult], gold: dict[str, GoldLabel]) -> EvalReport:
    """Score ``results`` against ``gold``; the gold set defines the eval.

    A gold article with no result, or whose result failed (``error`` set, or facts that do not
    validate), counts as a failure AND has every non-empty gold field scored FN: a run that
    fails half its articles must not score as if those articles were not asked. Its empty gold
    fields yield no TN (the model did not say "absent"; it said nothing). Results for articles
    without gold are listed as "unlabelled" and not scored. Re-asks, the evidence grounding
    rate (verified / checked passages), the value support rate (supported / checked values)
    and every grounding flag are summed over all results given, labelled or not.
    """
    chosen, unlabelled = _assign(results, gold)
    report = EvalReport()
    failure_kinds: Counter[str] = Counter()
    error_kinds: Counter[str] = Counter()
    for article_id in sorted(gold):
        label, result = gold[article_id], chosen.get(article_id)
        facts, failure = _facts_of(result)
        published = label.facts.article.published
        walker = _Walker(
            article_id, label.alternatives, parse_date(published) if published else None
        )
        walker.one_sided = facts is None
        walker.model(label.facts, facts, ArticleFacts, "", [])
        report.outcomes.extend(walker.outcomes)
        report.free_text.extend(walker.free_text)
        report.per_article[article_id] = Score.of(o.outcome for o in walker.outcomes)
        status: Literal["scored", "failed", "missing"] = (
            "scored" if failure is None else "missing" if failure == "missing" else "failed"
        )
        report.articles.append(_status(article_id, label.source, result, status, failure))
        if failure is not None:
            failure_kinds[failure] += 1
            if result is not None:
                error_kinds[result.error_kind or "invalid_facts"] += 1
    for result in unlabelled:
        report.articles.append(
            _status(result.article_id, result.source, result, "unlabelled", None)
        )
    report.failures = Failures(
        total=sum(failure_kinds.values()),
        missing=failure_kinds["missing"],
        validation=failure_kinds["validation"],
        error=failure_kinds["error"],
        by_error_kind=dict(sorted(error_kinds.items())),
    )
    report.per_field = _grouped(report.outcomes, "field")
    report.per_section = _grouped(report.outcomes, "section")
    micro = Score.of(o.outcome for o in report.outcomes)
    fields = report.per_field.values()
    report.overall = Overall(
        micro=micro,
        macro_precision=_mean(s.precision for s in fields),
        macro_recall=_mean(s.recall for s in fields),
        macro_f1=_mean(s.f1 for s in fields),
        macro_fields=sum(s.f1 is not None for s in fields),
    )
    report.hallucination_rate = micro.hallucination_rate
    report.reasks = sum(result.usage.reasks for result in results)
    checked = sum(len(result.grounding.evidence) for result in results)
    verified = sum(result.grounding.verified for result in results)
    report.grounding_rate = _ratio(verified, checked)
    values = sum(len(result.grounding.support) for result in results)
    supported = sum(result.grounding.supported for result in results)
    report.support_rate = _ratio(supported, values)
    report.grounding_flags = [flag for result in results for flag in grounding_flags(result)]
    return report


class Flip(BaseModel):
    """An (article, path) that passed (TP/TN) in one run and failed in the other. A path with
    no outcome in a run (e.g. an extra predicted item that run did not produce) counts as
    passing there, so a new hallucination shows as a regression."""

    article_id: str
    path: str
    field: str
    baseline: OutcomeKind | None
    current: OutcomeKind | None
    direction: Literal["regressed", "fixed"]
    expected: Any = None
    got: Any = None


class FieldDelta(BaseModel):
    field: str
    baseline_f1: float | None
    current_f1: float | None
    delta: float | None


class Comparison(BaseModel):
    """How a run differs from a baseline run against the same gold."""

    flips: list[Flip] = Field(default_factory=list)
    fields: list[FieldDelta] = Field(default_factory=list)
    baseline_micro_f1: float | None = None
    current_micro_f1: float | None = None
    micro_f1_delta: float | None = None
    baseline_macro_f1: float | None = None
    current_macro_f1: float | None = None
    macro_f1_delta: float | None = None

    @property
    def regressed(self) -> list[Flip]:
        return [flip for flip in self.flips if flip.direction == "regressed"]

    @property
    def fixed(self) -> list[Flip]:
        return [flip for flip in self.flips if flip.direction == "fixed"]


def _delta(before: float | None, after: float | None) -> float | None:
    return after - before if before is not None and after is not None else None


def compare(current: EvalReport, baseline: EvalReport) -> Comparison:
    """Align outcomes by (article_id, indexed path) and list every pass/fail flip, with
    per-field and overall F1 deltas (None where either side is undefined)."""
    before = {(o.article_id, o.path): o for o in baseline.outcomes}
    after = {(o.article_id, o.path): o for o in current.outcomes}
    flips: list[Flip] = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        old_pass = old is None or old.outcome in PASSING
        new_pass = new is None or new.outcome in PASSING
        if old_pass == new_pass:
            continue
        shown = new or old
        assert shown is not None
        flips.append(
            Flip(
                article_id=key[0],
                path=key[1],
                field=shown.field,
                baseline=old.outcome if old else None,
                current=new.outcome if new else None,
                direction="fixed" if new_pass else "regressed",
                expected=shown.expected,
                got=new.got if new else None,
            )
        )
    fields = [
        FieldDelta(
            field=name,
            baseline_f1=_f1(baseline, name),
            current_f1=_f1(current, name),
            delta=_delta(_f1(baseline, name), _f1(current, name)),
        )
        for name in sorted(baseline.per_field.keys() | current.per_field.keys())
    ]
    return Comparison(
        flips=flips,
        fields=fields,
        baseline_micro_f1=baseline.overall.micro.f1,
        current_micro_f1=current.overall.micro.f1,
        micro_f1_delta=_delta(baseline.overall.micro.f1, current.overall.micro.f1),
        baseline_macro_f1=baseline.overall.macro_f1,
        current_macro_f1=current.overall.macro_f1,
        macro_f1_delta=_delta(baseline.overall.macro_f1, current.overall.macro_f1),
    )


def _f1(report: EvalReport, field: str) -> float | None:
    score = report.per_field.get(field)
    return score.f1 if score else None


def regressions(comparison: Comparison, max_drop: float) -> list[str]:
    """Fields whose F1 fell by more than ``max_drop`` (a field whose F1 became undefined, or
    that one run lacks, is not a measurable drop and is not listed)."""
    return [
        delta.field
        for delta in comparison.fields
        if delta.delta is not None and -delta.delta > max_drop + 1e-9
    ]


__all__ = [
    "ArticleStatus",
    "Comparison",
    "EvalReport",
    "FailureKind",
    "Failures",
    "FieldDelta",
    "Flip",
    "FreeTextPair",
    "Outcome",
    "OutcomeKind",
    "Overall",
    "Score",
    "compare",
    "evaluate",
    "regressions",
]
