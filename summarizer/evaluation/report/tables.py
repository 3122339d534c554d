"""What every report format shows, as display strings: the origin label, the metadata and
headline rows, the per-field and per-section score tables, the grounding-flag and failed-article
rows, and how a value or a rate is written.

Each format (Markdown, HTML, the console) only escapes and lays out these rows, so the formats
cannot drift apart in what they say.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.evaluation.history import HistoryRecord
from summarizer.evaluation.scoring import (
    ArticleStatus,
    Comparison,
    EvalReport,
    Flip,
    Outcome,
    Score,
)

FIELD_TABLE_HEADER = ("field", "TP", "FD", "FN", "FA", "TN", "P", "R", "F1")
MISMATCH_KINDS = frozenset({"FD", "FN", "FA"})
_QUANTITY_KEYS = frozenset({"value", "qualifier", "as_written"})
_AUTHORED_MODELS = frozenset({"authored", "authored-by-hand"})


def single_line(text: str) -> str:
    return " ".join(text.split())


def is_authored(report: EvalReport) -> bool:
    """Hand-written outputs: the origin says so, or the model is the authored set's name."""
    return "authored" in (report.origin or "").lower() or report.model in _AUTHORED_MODELS


def origin_label(report: EvalReport) -> str:
    """The one-line honesty label every report starts with."""
    origin = single_line(report.origin or "")
    model = single_line(report.model or "unnamed model")
    if is_authored(report):
        return "Model outputs: AUTHORED CASSETTES (hand-written, not a real model's output) — " + (
            origin or "authored cassettes"
        )
    if not origin:
        return f"Model outputs: model {model} (origin not recorded; treat as unverified)"
    if origin.startswith("replayed"):  # "recorded-from <endpoint>" is a live call being taped
        return f"Model outputs: recorded responses of model {model} ({origin})"
    return f"Model outputs: live model {model} ({origin})"


def rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.3f}"


def _score_row(name: str, score: Score) -> list[str]:
    counts = (score.tp, score.fd, score.fn, score.fa, score.tn)
    rates = (score.precision, score.recall, score.f1)
    return [name, *map(str, counts), *map(rate, rates)]


def field_table(report: EvalReport) -> list[list[str]]:
    """The header (:data:`FIELD_TABLE_HEADER`) and then one row per scored field, as display
    strings, so the terminal table and the Markdown one cannot drift apart."""
    rows = [_score_row(name, score) for name, score in report.per_field.items()]
    return [list(FIELD_TABLE_HEADER), *rows]


def section_table(report: EvalReport) -> list[list[str]]:
    """Like :func:`field_table`, per top-level section (article, people, sanctions, ...)."""
    rows = [_score_row(name, score) for name, score in report.per_section.items()]
    return [list(FIELD_TABLE_HEADER), *rows]


ARTICLE_TABLE_HEADER = ("article", "outlet", "status", *FIELD_TABLE_HEADER[1:])
OUTLET_TABLE_HEADER = ("outlet", "articles", *FIELD_TABLE_HEADER[1:])


def article_table(report: EvalReport) -> list[list[str]]:
    """One row per gold article: its id, outlet (from the gold), status and scores."""
    status = {a.article_id: a for a in report.articles}
    rows = []
    for article_id, score in report.per_article.items():
        known = status.get(article_id)
        outlet = (known.outlet if known else None) or "(unknown)"
        row = _score_row(article_id, score)
        rows.append([row[0], outlet, known.status if known else "scored", *row[1:]])
    return [list(ARTICLE_TABLE_HEADER), *rows]


def outlet_table(report: EvalReport) -> list[list[str]]:
    """One row per outlet (the gold's ``article.outlet``; "(unknown)" when it names none)."""
    articles: dict[str, int] = {}
    for a in report.articles:
        if a.status != "unlabelled":
            name = a.outlet or "(unknown)"
            articles[name] = articles.get(name, 0) + 1
    rows = []
    for name, score in report.per_outlet.items():
        row = _score_row(name, score)
        rows.append([row[0], str(articles.get(name, 0)), *row[1:]])
    return [list(OUTLET_TABLE_HEADER), *rows]


def value_text(value: Any) -> str:
    """A field value as one line: strings quoted (so "" and a missing value differ), the rest
    as compact JSON, and empties spelled out."""
    if value is None or value in ("", [], {}):
        return "(empty)"
    if isinstance(value, dict) and "value" in value and set(value) <= _QUANTITY_KEYS:
        qualifier = str(value.get("qualifier") or "exact")
        prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
        return f"{prefix}{value['value']}"  # a Quantity: "84", "about 84"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def mismatches(report: EvalReport) -> list[Outcome]:
    """Every FD, FN and FA, by article then path."""
    return [o for o in report.outcomes if o.outcome in MISMATCH_KINDS]


def run_cost(
    report: EvalReport, history: Sequence[HistoryRecord], cost_usd: float | None
) -> float | None:
    """The cost given, else the one on this run's own history record (same time and model:
    :func:`~summarizer.evaluation.history.record_of` copies both), so callers that pass the
    history with the new record in it need not pass the cost twice."""
    if cost_usd is not None or report.created_at is None:
        return cost_usd
    for record in reversed(history):
        if record.created_at == report.created_at and record.model == report.model:
            return record.cost_usd
    return None


def metadata_rows(report: EvalReport, cost_usd: float | None) -> list[tuple[str, str]]:
    statuses = [a.status for a in report.articles]
    articles = ", ".join(
        f"{statuses.count(s)} {s}" for s in ("scored", "failed", "missing", "unlabelled")
    )
    rows = [
        ("Model", report.model or "n/a"),
        ("Origin of outputs", report.origin or "not recorded"),
        ("Prompt version", report.prompt_version or "n/a"),
        ("Schema version", report.schema_version or "n/a"),
        ("Run at", report.created_at.isoformat() if report.created_at else "n/a"),
        ("Tokens", f"{report.tokens:,}" if report.tokens is not None else "n/a"),
        ("Articles", articles),
    ]
    if cost_usd is not None:
        rows.append(("Cost", f"${cost_usd:.4f}"))
    return rows


def second_reader_note(report: EvalReport) -> str:
    """``; second reader cleared 2, kept 5, failed 1 of 8 unconfirmed flags`` when the run
    had one (the support rate beside it stays the rules' own), else ``""``."""
    counts = report.second_reader
    if counts is None:
        return ""
    return (
        f"; second reader cleared {counts.cleared}, kept {counts.kept}, failed {counts.failed} "
        f"of {counts.asked} unconfirmed flags"
    )


def confirm_note(report: EvalReport) -> str:
    """``; confirm-only: affiliation, actors`` when the run grounded in that mode (its support
    rate then counts values no reading tied as unconfirmed), else ``""``."""
    if not report.confirm_only:
        return ""
    return f"; confirm-only: {', '.join(report.confirm_only)}"


def headline_rows(report: EvalReport) -> list[tuple[str, str]]:
    failures = report.failures
    kinds = ", ".join(f"{k}: {n}" for k, n in failures.by_error_kind.items())
    return [
        ("Hallucination rate (FA / (FA + TN))", percent(report.hallucination_rate)),
        ("Evidence grounding rate (verified / checked)", percent(report.grounding_rate)),
        ("Value support rate (supported / checked)", percent(report.support_rate)),
        *(
            [("Confirm-only grounding", ", ".join(report.confirm_only))]
            if report.confirm_only
            else []
        ),
        *(
            [("Second reader", second_reader_note(report).removeprefix("; second reader "))]
            if report.second_reader is not None
            else []
        ),
        ("Grounding flags", _flag_counts(report)),
        (
            "Failed articles (apart from wrong values)",
            f"{failures.total} (validation {failures.validation}, error {failures.error}, "
            f"missing {failures.missing})" + (f"; by kind: {kinds}" if kinds else ""),
        ),
        ("Re-asks", str(report.reasks)),
    ]


FLAG_HEADER = ("article", "flag", "path", "value", "reason")


def _flag_counts(report: EvalReport) -> str:
    kinds = [flag.kind for flag in report.grounding_flags]
    if not kinds:
        return "none"
    names = ("unsupported", "unconfirmed", "unverified", "unevidenced", "unstated")
    return ", ".join(f"{kinds.count(k)} {k}" for k in names if k in kinds)


def flag_rows(report: EvalReport) -> list[list[str]]:
    return [
        [f.article_id or "", f.kind, f.path, single_line(f.value)[:120], single_line(f.reason)]
        for f in report.grounding_flags
    ]


def overall_rows(report: EvalReport) -> list[list[str]]:
    overall = report.overall
    micro = overall.micro
    return [
        ["micro", rate(micro.precision), rate(micro.recall), rate(micro.f1)],
        [
            f"macro (over {overall.macro_fields} fields)",
            rate(overall.macro_precision),
            rate(overall.macro_recall),
            rate(overall.macro_f1),
        ],
    ]


FAILED_HEADER = ("article", "status", "failure", "kind", "error")


def failed_rows(failed: Sequence[ArticleStatus]) -> list[list[str]]:
    """One row per article that produced no facts (both renderings show the same table)."""
    return [
        [a.article_id or a.source, a.status, a.failure or "", a.error_kind or "", a.error or ""]
        for a in failed
    ]


@dataclass(frozen=True)
class RegressedField:
    """A field that got worse against the baseline: its F1 before and after (None when
    undefined), whether the gate failed the run on it, and the items in it that flipped from
    pass to fail."""

    field: str
    baseline_f1: float | None
    current_f1: float | None
    delta: float | None
    gated: bool
    flips: tuple[Flip, ...]

    @property
    def change(self) -> str:
        """``F1 1.000 → 0.000 (-1.000)``."""
        return f"F1 {rate(self.baseline_f1)} → {rate(self.current_f1)} ({signed(self.delta)})"


def regressed_fields(
    comparison: Comparison | None, gated: Sequence[str] = ()
) -> list[RegressedField]:
    """The fields whose F1 dropped or in which an item flipped pass → fail, those the gate
    failed on (``gated``) first, then the largest drop first."""
    if comparison is None:
        return []
    deltas = {d.field: d for d in comparison.fields}
    names = {d.field for d in comparison.fields if d.delta is not None and d.delta < 0}
    names |= {flip.field for flip in comparison.regressed} | set(gated)
    rows = []
    for name in names:
        d = deltas.get(name)
        rows.append(
            RegressedField(
                field=name,
                baseline_f1=d.baseline_f1 if d else None,
                current_f1=d.current_f1 if d else None,
                delta=d.delta if d else None,
                gated=name in gated,
                flips=tuple(f for f in comparison.regressed if f.field == name),
            )
        )
    return sorted(rows, key=lambda r: (not r.gated, r.delta if r.delta is not None else 0, r.field))


def flip_text(flip: Flip) -> str:
    """``TP → FD``: the item's outcome in the baseline and now."""
    return f"{flip.baseline or 'absent'} → {flip.current or 'absent'}"


def audit_cards(report: EvalReport, comparison: Comparison | None) -> list[tuple[str, str, str]]:
    """The verification audit's false-alarm share and catch rate as (name, value, note), each
    with the baseline's (none for a report written before the audit): report.md lists them
    beside micro F1; report.html draws them as the two charts beside its micro F1 chart."""
    found = report.verification
    if found is None:
        return []
    delta = comparison.verification if comparison is not None else None

    def against(before: float | None, change: float | None) -> str:
        if delta is None:
            return "no baseline"
        if not delta.baseline_audited:
            return "the baseline has no audit"
        return f"baseline {rate(before)}, {signed(change)}"

    return [
        (
            "false-alarm share",
            rate(found.false_alarm_share),
            f"{found.false_alarms.total} of {found.judged_flags} judged flags; "
            + against(
                delta.baseline_false_alarm_share if delta else None,
                delta.false_alarm_share_delta if delta else None,
            ),
        ),
        (
            "catch rate",
            rate(found.catch_rate),
            f"{found.flagged.total} of {found.wrong_values} wrong values flagged; "
            + against(
                delta.baseline_catch_rate if delta else None,
                delta.catch_rate_delta if delta else None,
            ),
        ),
    ]


def score_cards(report: EvalReport, comparison: Comparison | None) -> list[tuple[str, str, str]]:
    """The headline scores as (name, value, note): micro F1 (with the baseline's when there
    is one), the grounding and support rates first, then the rest."""
    micro = rate(report.overall.micro.f1)
    note = (
        f"baseline {rate(comparison.baseline_micro_f1)}, {signed(comparison.micro_f1_delta)}"
        if comparison is not None
        else "no baseline"
    )
    return [
        ("micro F1", micro, note),
        ("grounding rate", percent(report.grounding_rate), "evidence found in the article"),
        (
            "support rate",
            percent(report.support_rate),
            "values the evidence states" + second_reader_note(report),
        ),
        ("macro F1", rate(report.overall.macro_f1), f"over {report.overall.macro_fields} fields"),
        ("hallucination rate", percent(report.hallucination_rate), "FA / (FA + TN)"),
        ("failed articles", str(report.failures.total), f"of {len(report.articles)}"),
        ("re-asks", str(report.reasks), ""),
    ]
