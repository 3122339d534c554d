"""The "Verification against the gold" section every format shows: grounding's flags judged by
the gold (:func:`~summarizer.evaluation.scoring.flag_audit.audit`), as display strings.

Three counts, each split by strength: flags on values the gold confirms (false alarms), flags
on values the gold says are wrong (caught), and wrong values no flag touched (missed); then one
row per false alarm, catch and miss. On the authored cassettes the wrong values are mistakes
the cassettes' authors planted by hand, which the section says, so its counts are not read as
a model's. Kept apart from :mod:`.tables` so the formats gain one call each.
"""

from __future__ import annotations

from summarizer.evaluation.report.tables import (
    is_authored,
    percent,
    rate,
    signed,
    single_line,
    value_text,
)
from summarizer.evaluation.scoring import ByStrength, Comparison, EvalReport

VERIFICATION_TITLE = "Verification against the gold"
VERIFICATION_HEADER = ("verdict", "strength", "article", "path", "value", "reason")
_VERDICT_NAMES = {"false_alarm": "false alarm", "caught": "caught"}
_ORDER = {"false alarm": 0, "caught": 1, "missed": 2}


def _split(count: ByStrength) -> str:
    return f"{count.total} ({count.strong} strong, {count.unconfirmed} unconfirmed)"


def verification_lines(report: EvalReport) -> list[str]:
    """The section's counts as sentences (none for a report written before session 28)."""
    found = report.verification
    if found is None:
        return []
    lines = [
        f"Flags on correct values (false alarms): {_split(found.false_alarms)}",
        f"Flags on wrong values (caught): {_split(found.caught)}",
        f"Wrong values not flagged (missed): {found.missed} of {found.wrong_values}; flagged "
        f"{_split(found.flagged)} by their strongest flag",
        f"Flags on nothing the gold scores (evidence, free text): {found.unscored.total}",
        f"Of the flags the gold can judge, {percent(found.false_alarm_share)} are false alarms; "
        f"{percent(found.catch_rate)} of the wrong values are flagged",
    ]
    return lines


def verification_note(report: EvalReport) -> str:
    """What the wrong values are: a model's mistakes, or the authored cassettes' plants."""
    if is_authored(report):
        return (
            "The wrong values here are deliberate mistakes planted by the authors of the "
            "hand-written cassettes, not a model's errors: these counts measure the grounding "
            "rules on those plants."
        )
    return (
        "A flag is judged by the values it sits on (by their predicted path); a wrong value "
        "counts as flagged when a flag is on it, on an item holding it, or on its evidence."
    )


def verification_summary(report: EvalReport) -> str:
    """One line for the console: the three counts."""
    found = report.verification
    if found is None:
        return ""
    return (
        f"verification against the gold: false alarms {_split(found.false_alarms)}, caught "
        f"{_split(found.caught)}, missed {found.missed} of "
        f"{found.wrong_values} wrong values"
    )


def verification_rows(report: EvalReport) -> list[list[str]]:
    """One row per false alarm, catch and miss (false alarms first), as display strings:
    a flag's value and reason; a missed value's prediction and what the gold says."""
    found = report.verification
    if found is None:
        return []
    rows = [
        [
            _VERDICT_NAMES[flag.verdict],
            flag.strength,
            flag.article_id or "",
            flag.path,
            single_line(flag.value)[:120],
            single_line(flag.reason),
        ]
        for flag in found.flags
        if flag.verdict in _VERDICT_NAMES
    ]
    rows += [
        [
            "missed",
            "",
            value.article_id,
            value.pred_path,
            value_text(value.got)[:120],
            f"not flagged ({value.outcome}); the gold: {value_text(value.expected)[:120]}",
        ]
        for value in found.values
        if value.verdict == "missed"
    ]
    return sorted(rows, key=lambda row: _ORDER[row[0]])


def audit_change(comparison: Comparison | None) -> str:
    """The false-alarm share and the catch rate, baseline → now (empty without a baseline; a
    baseline without an audit says so)."""
    if comparison is None:
        return ""
    delta = comparison.verification
    if delta is None or not delta.baseline_audited:
        return "verification: the baseline has no audit to compare with"
    return (
        f"false-alarm share {rate(delta.baseline_false_alarm_share)} → "
        f"{rate(delta.current_false_alarm_share)} ({signed(delta.false_alarm_share_delta)}), "
        f"catch rate {rate(delta.baseline_catch_rate)} → {rate(delta.current_catch_rate)} "
        f"({signed(delta.catch_rate_delta)})"
    )


def verification_trend(comparison: Comparison | None) -> str:
    """One line for the console: micro F1 and :func:`audit_change` against the baseline."""
    if comparison is None:
        return ""
    return (
        f"against the baseline: micro F1 {rate(comparison.baseline_micro_f1)} → "
        f"{rate(comparison.current_micro_f1)} ({signed(comparison.micro_f1_delta)}), "
        f"{audit_change(comparison)}"
    )
