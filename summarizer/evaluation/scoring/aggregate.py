"""From results and gold labels to one :class:`~.records.EvalReport`: which result belongs to
which gold article, why an article has no facts, and the metrics pooled over fields, sections,
articles and the whole run (micro and macro), with the grounding rates and flags.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from summarizer.evaluation.dates import parse_date
from summarizer.evaluation.gold import GoldLabel
from summarizer.evaluation.scoring.fields import FieldWalker
from summarizer.evaluation.scoring.flag_audit import audit
from summarizer.evaluation.scoring.records import (
    ArticleStatus,
    EvalReport,
    FailureKind,
    Failures,
    GroundingFlag,
    Outcome,
    Overall,
    Score,
    SecondReaderCounts,
    mean,
    ratio,
)
from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts
from summarizer.verification.confirm_fields import confirm_from_env, fields_of


def grounding_flags(result: SummaryResult) -> list[GroundingFlag]:
    report, article = result.grounding, result.article_id
    flags = [
        GroundingFlag(article_id=article, kind="unverified", path=c.path, value=c.passage,
                      reason=c.reason)
        for c in report.unverified
    ]  # fmt: skip
    flags += [
        GroundingFlag(article_id=article, kind="unconfirmed" if c.unconfirmed else "unsupported",
                      path=c.path, value=c.value, reason=c.reason)
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
        # The kind comes from the error class (``OutputValidationError.kind``), never from
        # words in the message.
        return None, "validation" if result.error_kind == "validation" else "error"
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


#: The outlet of a gold article that names none (per-outlet scores).
UNKNOWN_OUTLET = "(unknown)"


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
    and every grounding flag are summed over all results given, labelled or not; the flags
    are then judged by the gold (:func:`~.flag_audit.audit`).
    """
    chosen, unlabelled = _assign(results, gold)
    report = EvalReport()
    by_outlet: dict[str, list[str]] = defaultdict(list)
    failure_kinds: Counter[str] = Counter()
    error_kinds: Counter[str] = Counter()
    for article_id in sorted(gold):
        label, result = gold[article_id], chosen.get(article_id)
        facts, failure = _facts_of(result)
        published = label.facts.article.published
        walker = FieldWalker(
            article_id, label.alternatives, parse_date(published) if published else None
        )
        walker.one_sided = facts is None
        walker.model(label.facts, facts, ArticleFacts, "", [])
        report.outcomes.extend(walker.outcomes)
        report.free_text.extend(walker.free_text)
        report.per_article[article_id] = Score.of(o.outcome for o in walker.outcomes)
        outlet = label.facts.article.outlet or UNKNOWN_OUTLET
        by_outlet[outlet].extend(o.outcome for o in walker.outcomes)
        status: Literal["scored", "failed", "missing"] = (
            "scored" if failure is None else "missing" if failure == "missing" else "failed"
        )
        report.articles.append(
            _status(article_id, label.source, result, status, failure).model_copy(
                update={"outlet": outlet}
            )
        )
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
    report.per_outlet = {name: Score.of(by_outlet[name]) for name in sorted(by_outlet)}
    report.per_field = _grouped(report.outcomes, "field")
    report.per_section = _grouped(report.outcomes, "section")
    micro = Score.of(o.outcome for o in report.outcomes)
    fields = report.per_field.values()
    report.overall = Overall(
        micro=micro,
        macro_precision=mean(s.precision for s in fields),
        macro_recall=mean(s.recall for s in fields),
        macro_f1=mean(s.f1 for s in fields),
        macro_fields=sum(s.f1 is not None for s in fields),
    )
    report.hallucination_rate = micro.hallucination_rate
    report.reasks = sum(result.usage.reasks for result in results)
    checked = sum(len(result.grounding.evidence) for result in results)
    verified = sum(result.grounding.verified for result in results)
    report.grounding_rate = ratio(verified, checked)
    values = sum(len(result.grounding.support) for result in results)
    supported = sum(result.grounding.supported for result in results)
    report.support_rate = ratio(supported, values)
    readers = [r.grounding.second_reader for r in results if r.grounding.second_reader]
    if readers:
        report.second_reader = SecondReaderCounts(
            asked=sum(tally.asked for tally in readers),
            cleared=sum(tally.cleared for tally in readers),
            kept=sum(tally.kept for tally in readers),
            failed=sum(tally.failed for tally in readers),
        )
    confirm = confirm_from_env()  # the mode the results were grounded in (this process's)
    if confirm:
        report.confirm_only = fields_of(confirm)
    report.grounding_flags = [flag for result in results for flag in grounding_flags(result)]
    report.verification = audit(report.outcomes, report.grounding_flags)
    return report
