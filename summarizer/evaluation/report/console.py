"""The console format: an eval run rendered for a terminal or a CI log (Rich), kept out of the
CLI so the command stays thin. It shows the same rows as the files (:mod:`.tables`), led by the
origin label and the verdict, since a CI log is often read only from its top and bottom."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from summarizer.errors import one_line
from summarizer.evaluation.harness import EvalOutcome
from summarizer.evaluation.report.tables import (
    confirm_note,
    field_table,
    origin_label,
    rate,
    second_reader_note,
)
from summarizer.evaluation.report.verification import (
    audit_change,
    verification_note,
    verification_rows,
    verification_summary,
    verification_trend,
)

SHOWN_REGRESSIONS = 20  # at the top of a CI log; the reports list every one


def render_outcome(
    outcome: EvalOutcome, *, quiet: bool = False, console: Console | None = None
) -> None:
    """The honesty label first, then the verdict with its regressions (what a reader of a CI
    log needs before anything else), then the per-field table, flips, and the verdict again
    as the last line."""
    console = console or Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    report = outcome.report
    micro = report.overall.micro
    verdict = outcome.verdict
    # soft_wrap: one logical line stays one line in a CI log, however narrow the console
    console.print(origin_label(report), markup=False, soft_wrap=True)
    console.print(verdict.headline, markup=False, soft_wrap=True)
    lines = verdict.regression_lines()
    for line in lines[:SHOWN_REGRESSIONS]:
        console.print(f"  regressed: {line}", markup=False, soft_wrap=True)
    if len(lines) > SHOWN_REGRESSIONS:
        console.print(
            f"  ... and {len(lines) - SHOWN_REGRESSIONS} more regressed (all in report.md)",
            markup=False,
        )
    for note in verdict.notes:
        console.print(f"  note: {note}", markup=False, soft_wrap=True)
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
    weak = sum(flag.kind == "unconfirmed" for flag in report.grounding_flags)
    console.print(
        f"micro P/R/F1 {rate(micro.precision)}/{rate(micro.recall)}/{rate(micro.f1)}, macro F1 "
        f"{rate(report.overall.macro_f1)}, hallucination rate {rate(report.hallucination_rate)}, "
        f"grounding {rate(report.grounding_rate)}, support {rate(report.support_rate)} "
        f"({len(report.grounding_flags)} flags{f', {weak} unconfirmed' if weak else ''}"
        f"{second_reader_note(report)}{confirm_note(report)}), "
        f"failures {failures.total} "
        f"({failures.validation} validation), re-asks {report.reasks}, tokens {report.tokens}",
        markup=False,
    )
    _print_verification(outcome, console, quiet)
    if not quiet:
        for path in outcome.reports.values():
            console.print(f"wrote {path}", markup=False)
    if outcome.regressed_fields:
        console.print(f"REGRESSION: {', '.join(outcome.regressed_fields)}", markup=False)
    if verdict.verification_worse:
        console.print(
            f"VERIFICATION REGRESSION: {audit_change(outcome.comparison)}",
            markup=False,
            soft_wrap=True,
        )
    if outcome.below_floor:
        console.print(f"BELOW FLOOR: micro F1 {rate(micro.f1)}", markup=False)
    console.print("PASS" if outcome.passed else "FAIL", markup=False)


def _print_verification(outcome: EvalOutcome, console: Console, quiet: bool) -> None:
    """Grounding's flags judged by the gold: one line, the trend against the baseline (micro
    F1, false-alarm share, catch rate) on another, then (unless quiet) the note and the false
    alarms and misses, the rows a reader acts on (the catches are in report.md)."""
    summary = verification_summary(outcome.report)
    if not summary:
        return
    console.print(summary, markup=False, soft_wrap=True)
    trend = verification_trend(outcome.comparison)
    if trend:
        console.print(trend, markup=False, soft_wrap=True)
    if quiet:
        return
    console.print(f"  {verification_note(outcome.report)}", markup=False, soft_wrap=True)
    for verdict, strength, article, path, value, reason in verification_rows(outcome.report):
        if verdict != "caught":
            shown = f"{verdict} ({strength})" if strength else verdict
            console.print(
                f"  {shown}: {article} {path} = {value}: {reason}", markup=False, soft_wrap=True
            )


def failed_article_lines(outcome: EvalOutcome) -> list[str]:
    """One ``error:`` line per article that produced no facts, for stderr."""
    return [f"error: {one_line(message)}" for message in outcome.verdict.failed_errors]
