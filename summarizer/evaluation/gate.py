"""The verdict of an eval run: PASS only when the run measured what it was asked to measure.

A release gate that passes when it could not measure is worse than none: the nightly job once
printed PASS with every article failed (F1 0.000 against an endpoint answering 401). So the
verdict fails on anything that makes the scores meaningless (an article that produced no
facts), as well as on the score checks themselves (a field's F1 dropping more than
``--max-drop`` below the baseline, micro F1 under ``--fail-under``). Its reasons and the
regressed (article, field) items are what every report and the console show first.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.evaluation.scoring import Comparison, EvalReport, Flip, regressions

# The error kinds that mean the run's own inputs were unusable (exit 2, as for `summarize`);
# any other failure is the run failing (exit 1).
USAGE_KINDS = frozenset({"input", "config", "cassette"})
SHOWN_FIELDS = 5  # regressed fields named in the one-line headline; the reports list them all


@dataclass(frozen=True)
class Verdict:
    """Why the run failed (empty: it passed), and the items that flipped pass → fail."""

    reasons: tuple[str, ...] = ()
    regressions: tuple[Flip, ...] = ()
    regressed_fields: tuple[str, ...] = ()
    below_floor: bool = False
    exit_code: int = 0
    failed_errors: tuple[str, ...] = ()

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


def judge(
    report: EvalReport,
    comparison: Comparison | None,
    *,
    max_drop: float | None,
    fail_under: float | None,
) -> Verdict:
    """The verdict for ``report`` (already compared with its baseline, if any)."""
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
    )


__all__ = ["USAGE_KINDS", "Verdict", "judge"]
