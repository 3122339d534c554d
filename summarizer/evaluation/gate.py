"""The verdict of an eval run: PASS only when the run measured what it was asked to measure.

A release gate that passes when it could not measure is worse than none: the nightly job once
printed PASS with every article failed (F1 0.000 against an endpoint answering 401). So the
verdict fails on anything that makes the scores meaningless (an article that produced no
facts), as well as on the score checks themselves (a field's F1 dropping more than
``--max-drop`` below the baseline, micro F1 under ``--fail-under``) and on the verification
getting worse (grounding's false-alarm share rising, or its catch rate falling, by more than
``--max-verification-drop`` against the baseline's audit). Its reasons and the regressed
(article, field) items are what every report and the console show first; a check it could not
make (a baseline without an audit, a rate measured on too few items) is said in its notes, so
a pass is never presented as a check that did not happen.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.evaluation.scoring import AuditDelta, Comparison, EvalReport, Flip, regressions

# The error kinds that mean the run's own inputs were unusable (exit 2, as for `summarize`);
# any other failure is the run failing (exit 1).
USAGE_KINDS = frozenset({"input", "config", "cassette"})
SHOWN_FIELDS = 5  # regressed fields named in the one-line headline; the reports list them all
# A verification rate measured on fewer items than this (flags the gold can judge, for the
# false-alarm share; wrong values, for the catch rate) is not compared: one item would move it
# by more than 0.1, so a "drop" would be the luck of which values went wrong, not the rules.
MIN_MEASURED = 10


@dataclass(frozen=True)
class Verdict:
    """Why the run failed (empty: it passed), and the items that flipped pass → fail."""

    reasons: tuple[str, ...] = ()
    regressions: tuple[Flip, ...] = ()
    regressed_fields: tuple[str, ...] = ()
    below_floor: bool = False
    exit_code: int = 0
    failed_errors: tuple[str, ...] = ()
    verification_worse: bool = False
    notes: tuple[str, ...] = ()  # checks the gate could not make, and why

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def headline(self) -> str:
        """``PASS`` or ``FAIL: reason; reason`` on one line."""
        return "PASS" if self.passed else "FAIL: " + "; ".join(self.reasons)

    def regression_lines(self) -> list[str]:
        """One plain line per item that flipped from pass to fail."""
        return [
            f"{flip.article_id} {flip.path}: {flip.baseline or 'absent'} -> "
            f"{flip.current or 'absent'}"
            for flip in self.regressions
        ]


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _measured(name: str, baseline: int | None, current: int | None, unit: str) -> str | None:
    """Why ``name`` cannot be compared (too few items on one side), or None when it can."""
    for side, size in (("the baseline", baseline), ("this run", current)):
        if (size or 0) < MIN_MEASURED:
            return (
                f"{name} not compared: {side} has {size or 0} {unit} (at least {MIN_MEASURED} "
                "are needed to measure it)"
            )
    return None


def verification_check(
    delta: AuditDelta | None, tolerance: float
) -> tuple[str | None, tuple[str, ...]]:
    """The reason to fail when the false-alarm share rose or the catch rate fell by more than
    ``tolerance`` against the baseline (one reason naming both), and the notes for what could
    not be compared. A baseline without an audit is one note, not a silent pass."""
    if delta is None or not delta.baseline_audited:
        return None, (
            "verification not compared: the baseline has no verification audit (a report.json "
            "written before session 28); refresh the baseline to gate on it",
        )
    if delta.modes_differ:  # the mode alone moves both rates: not a regression of the rules
        return None, (
            "verification not compared: the runs ground in different modes "
            f"({delta.modes_differ}); compare with a baseline run in the same mode",
        )
    notes: list[str] = []
    worse: list[str] = []
    share = _measured(
        "false-alarm share",
        delta.baseline_judged_flags,
        delta.current_judged_flags,
        "flags the gold can judge",
    )
    change = delta.false_alarm_share_delta
    if share is not None:
        notes.append(share)
    elif change is not None and change > tolerance + 1e-9:
        worse.append(
            f"false-alarm share {_rate(delta.baseline_false_alarm_share)} -> "
            f"{_rate(delta.current_false_alarm_share)} ({change:+.3f})"
        )
    catch = _measured(
        "catch rate", delta.baseline_wrong_values, delta.current_wrong_values, "wrong values"
    )
    change = delta.catch_rate_delta
    if catch is not None:
        notes.append(catch)
    elif change is not None and -change > tolerance + 1e-9:
        worse.append(
            f"catch rate {_rate(delta.baseline_catch_rate)} -> "
            f"{_rate(delta.current_catch_rate)} ({change:+.3f})"
        )
    reason = (
        f"verification worse than the baseline: {', '.join(worse)}, more than "
        f"--max-verification-drop {tolerance:g}"
        if worse
        else None
    )
    return reason, tuple(notes)


def judge(
    report: EvalReport,
    comparison: Comparison | None,
    *,
    max_drop: float | None,
    fail_under: float | None,
    max_verification_drop: float | None = None,
) -> Verdict:
    """The verdict for ``report`` (already compared with its baseline, if any). The
    verification is judged only with a baseline and a ``max_verification_drop``."""
    reasons: list[str] = []
    scored = len(report.articles)
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    if failed:
        reasons.append(
            f"{len(failed)} of {scored} articles failed, so the scores do not measure the model"
        )
    regressed_fields: list[str] = []
    if comparison is not None and max_drop is not None:
        regressed_fields = regressions(comparison, max_drop)
        if regressed_fields:
            shown = ", ".join(regressed_fields[:SHOWN_FIELDS])
            more = len(regressed_fields) - SHOWN_FIELDS
            reasons.append(
                f"F1 dropped more than {max_drop:g} on {len(regressed_fields)} field(s): "
                f"{shown}" + (f" and {more} more" if more > 0 else "")
            )
    notes: tuple[str, ...] = ()
    worse: str | None = None
    if comparison is not None and max_verification_drop is not None:
        worse, notes = verification_check(comparison.verification, max_verification_drop)
        if worse:
            reasons.append(worse)
    f1 = report.overall.micro.f1
    below_floor = fail_under is not None and (f1 is None or f1 < fail_under)
    if below_floor:
        reasons.append(f"micro F1 {_rate(f1)} is below --fail-under {fail_under:g}")
    exit_code = 0
    if reasons:
        kinds = {a.error_kind for a in failed}
        exit_code = 2 if kinds & USAGE_KINDS else 1
    return Verdict(
        reasons=tuple(reasons),
        regressions=tuple(comparison.regressed) if comparison is not None else (),
        regressed_fields=tuple(regressed_fields),
        below_floor=below_floor,
        exit_code=exit_code,
        failed_errors=tuple(a.error or f"{a.source}: {a.status}" for a in failed),
        verification_worse=worse is not None,
        notes=notes,
    )


__all__ = ["MIN_MEASURED", "USAGE_KINDS", "Verdict", "judge", "verification_check"]
