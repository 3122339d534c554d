"""Terminal rendering of an eval run (Rich), kept out of cli.py so the command stays thin."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from .evaluation import EvalOutcome
from .report import field_table, origin_label


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_outcome(
    outcome: EvalOutcome, *, quiet: bool = False, console: Console | None = None
) -> None:
    """The honesty label first, then the per-field table, flips and the verdict."""
    console = console or Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    report = outcome.report
    micro = report.overall.micro
    console.print(origin_label(report), markup=False)
    if not quiet:
        table = Table(title=f"Per-field scores ({len(report.articles)} articles)")
        header, *rows = field_table(report)
        for index, name in enumerate(header):
            table.add_column(name, justify="left" if index == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)
        if outcome.comparison is not None:
            flips = outcome.comparison.flips
            console.print(
                f"Compared with {outcome.baseline_path}: {len(flips)} flipped", markup=False
            )
            for flip in flips:
                console.print(
                    f"  {flip.direction}: {flip.article_id} {flip.path}: "
                    f"{flip.baseline} -> {flip.current}",
                    markup=False,
                )
    failures = report.failures
    console.print(
        f"micro P/R/F1 {_pct(micro.precision)}/{_pct(micro.recall)}/{_pct(micro.f1)}, macro F1 "
        f"{_pct(report.overall.macro_f1)}, hallucination rate {_pct(report.hallucination_rate)}, "
        f"grounding {_pct(report.grounding_rate)}, support {_pct(report.support_rate)} "
        f"({len(report.grounding_flags)} flags), failures {failures.total} "
        f"({failures.validation} validation), re-asks {report.reasks}, tokens {report.tokens}",
        markup=False,
    )
    if not quiet:
        for path in outcome.reports.values():
            console.print(f"wrote {path}", markup=False)
    if outcome.regressed_fields:
        console.print(f"REGRESSION: {', '.join(outcome.regressed_fields)}", markup=False)
    if outcome.below_floor:
        console.print(f"BELOW FLOOR: micro F1 {_pct(micro.f1)}", markup=False)
    console.print("PASS" if outcome.passed else "FAIL", markup=False)
