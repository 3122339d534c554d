"""A run against a baseline run on the same gold: every value that flipped between passing and
failing, and the per-field and overall F1 deltas. The nightly gate and the reports' "against
baseline" sections read this; it never rescores, it only aligns two reports by path.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from summarizer.evaluation.scoring.records import (
    PASSING,
    EvalReport,
    OutcomeKind,
)


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


class AuditDelta(BaseModel):
    """The verification audit's two headline rates in the baseline and in this run, with the
    sizes they were measured on (flags the gold can judge; wrong values), so the gate can tell
    a rate it may compare from one measured on too few. ``baseline_audited`` is False for a
    baseline written before the audit existed (session 28): nothing of it can be compared."""

    baseline_audited: bool
    baseline_false_alarm_share: float | None = None
    current_false_alarm_share: float | None = None
    false_alarm_share_delta: float | None = None
    baseline_catch_rate: float | None = None
    current_catch_rate: float | None = None
    catch_rate_delta: float | None = None
    baseline_judged_flags: int | None = None
    current_judged_flags: int | None = None
    baseline_wrong_values: int | None = None
    current_wrong_values: int | None = None
    # Set only when one run grounded in confirm-only mode and the other did not (or in other
    # fields): what each used. Their rates then measure different flags and are not compared.
    modes_differ: str | None = Field(default=None, exclude_if=lambda value: value is None)


def _mode(report: EvalReport) -> str:
    return f"confirm-only {', '.join(report.confirm_only)}" if report.confirm_only else "default"


def audit_delta(current: EvalReport, baseline: EvalReport) -> AuditDelta:
    """The two runs' false-alarm share and catch rate side by side (None where undefined)."""
    before, after = baseline.verification, current.verification
    delta = AuditDelta(baseline_audited=before is not None)
    if (current.confirm_only or []) != (baseline.confirm_only or []):
        delta.modes_differ = f"baseline {_mode(baseline)}, this run {_mode(current)}"
    if after is not None:
        delta.current_false_alarm_share = after.false_alarm_share
        delta.current_catch_rate = after.catch_rate
        delta.current_judged_flags = after.judged_flags
        delta.current_wrong_values = after.wrong_values
    if before is not None:
        delta.baseline_false_alarm_share = before.false_alarm_share
        delta.baseline_catch_rate = before.catch_rate
        delta.baseline_judged_flags = before.judged_flags
        delta.baseline_wrong_values = before.wrong_values
    delta.false_alarm_share_delta = _delta(
        delta.baseline_false_alarm_share, delta.current_false_alarm_share
    )
    delta.catch_rate_delta = _delta(delta.baseline_catch_rate, delta.current_catch_rate)
    return delta


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
    # the verification audit against the baseline's (None only in comparisons written before
    # session 29)
    verification: AuditDelta | None = None

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
        verification=audit_delta(current, baseline),
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
