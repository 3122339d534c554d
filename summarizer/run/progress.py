"""Progress for long runs: a Rich bar on a terminal, periodic plain lines otherwise (CI logs,
pipes), nothing with ``--quiet``. Everything goes to stderr so stdout stays machine-readable."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from summarizer.errors import one_line
from summarizer.results import SummaryResult
from summarizer.run.outcomes import RunStats
from summarizer.storage.cost import format_usd


def summary_line(stats: RunStats, elapsed: float) -> str:
    """The end-of-run line: outcomes, then tokens and dollars (see ``RunCost.summary``)."""
    failed = ", ".join(f"{n} {kind}" for kind, n in sorted(stats.failures_by_kind.items()))
    return (
        f"{stats.done} ok, {stats.failed} failed{f' ({failed})' if failed else ''} in "
        f"{elapsed:.1f}s; {stats.cost.summary()}"
    )


class Reporter:
    """Call :meth:`result` for each finished article (it prints the one line a failed input
    gets and refreshes the display), and :meth:`close` at the end."""

    def __init__(
        self,
        stats: RunStats,
        total: int,
        *,
        quiet: bool = False,
        stream: IO[str] | None = None,
        interval: float = 5.0,
        notice: str | None = None,
    ) -> None:
        self.stats, self.total, self.quiet = stats, total, quiet
        self.notice = None if quiet else notice
        self.stream = stream or sys.stderr
        self.interval = interval
        self.started = time.monotonic()
        self._last = self.started
        self._progress: Any = None
        self._task: Any = None
        if not quiet and self.stream.isatty() and total > 1:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]summarizing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[detail]}"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._task = self._progress.add_task("run", total=total, detail="")
            self._progress.start()

    def _detail(self) -> str:
        s = self.stats
        return (
            f"failed {s.failed} · in flight {s.in_flight} · {s.tokens} tok · "
            f"{format_usd(s.cost.cost_usd)}"
        )

    def result(self, result: SummaryResult) -> None:
        """Report one finished article. The run's notice (e.g. "replaying cassettes") is shown
        before the first article that got past input checks, so a run that only met bad input
        prints exactly one line per bad input."""
        if self.notice and result.error_kind != "input":
            self._say(self.notice)
            self.notice = None
        if result.error:
            self._say(f"error: {one_line(result.error)}")
        self.update()

    def _say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def update(self) -> None:
        finished = self.stats.done + self.stats.failed
        if self._progress is not None:
            self._progress.update(self._task, completed=finished, detail=self._detail())
            return
        now = time.monotonic()
        # Plain mode: one line per interval while the run goes on; the final state is the
        # summary line written by close().
        if self.quiet or self.total <= 1 or now - self._last < self.interval:
            return
        self._last = now
        rate = finished / max(now - self.started, 1e-9)
        eta = (self.total - finished) / rate if rate else 0.0
        self.stream.write(
            f"progress: {finished}/{self.total} ({self._detail()}), {rate:.1f}/s, eta {eta:.0f}s\n"
        )
        self.stream.flush()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
        worth_a_summary = self.total > 1 or self.stats.done > 0
        if not self.quiet and worth_a_summary:
            self._say(summary_line(self.stats, time.monotonic() - self.started))
