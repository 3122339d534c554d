"""The ``summarize`` command's run: expand inputs, resume, run the engine, stream outputs,
report progress, and return the run's counters.

Failures are results too: an input that cannot be read, a stale cassette or an endpoint that
gives up becomes a ``SummaryResult`` with ``error`` set, so one bad article never loses the
others and nothing the user asked for is silently dropped.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from summarizer.run.dispatch import iterate_engine, start_workers
from summarizer.run.engine import Engine
from summarizer.run.outcomes import RunStats
from summarizer.run.plan import input_items
from summarizer.run.progress import Reporter
from summarizer.run.writer import (
    RESULTS_FILE,
    ResultWriter,
    completed_sources,
    locked_folder,
    output_names,
)

YOUNG_COLLECTION = 10_000  # allocations between two collections of the youngest generation


def settle_heap() -> None:
    """Take everything alive now (modules, schema classes, compiled validators, the SDK: tens
    of thousands of objects that live as long as the process) out of the garbage collector's
    reach, so that its full collections stop walking them again and again: 0.3 to 0.6 ms of
    CPU per article in a long run; and collect less often. It changes the whole process, so
    the CLI calls it and the library does not. No full collection first: at this point it
    finds nothing to free (0 unreachable objects after the run path's imports) and costs
    12-30 ms of a cached rerun."""
    import gc

    gc.freeze()
    # Modules imported later (the SDK at the first request, grounding at the first answer)
    # and a run's own garbage are left: collect young objects every YOUNG_COLLECTION
    # allocations instead of 700, and the older generations far more rarely. A cold run of
    # 1,000 articles spent ~2.4 s in ~800 collections (wall, on a loaded machine); with these
    # thresholds ~0.5 s in ~35. Cycles are still collected, ten thousand allocations later.
    gc.set_threshold(YOUNG_COLLECTION, 50, 50)


def run_summarize(
    specs: list[str],
    engine: Engine,
    *,
    fmt: str = "json",
    out: Path | None = None,
    quiet: bool = False,
    notice: str | None = None,
) -> RunStats:
    """Run, write and report; returns the counters (the CLI maps them to an exit code).
    With ``--out`` and jsonl the run resumes: sources already in results.jsonl are skipped.
    ``out`` is locked for the whole run: a second run into it refuses (see
    :func:`~summarizer.run.writer.locked_folder`)."""
    with locked_folder(out) if out is not None else nullcontext():
        return _run_summarize(specs, engine, fmt=fmt, out=out, quiet=quiet, notice=notice)


def _run_summarize(
    specs: list[str],
    engine: Engine,
    *,
    fmt: str,
    out: Path | None,
    quiet: bool,
    notice: str | None,
) -> RunStats:
    skip = completed_sources(out / RESULTS_FILE) if out is not None and fmt == "jsonl" else set()
    items = input_items(specs, skip)
    shared = output_names(str(item) for item in items if isinstance(item, Path))
    writer = ResultWriter(fmt, out, single=len(items) == 1 and not skip, shared_stems=shared)
    # A jsonl writer reads nothing of a result but its JSON line: each is serialised once
    # (for the store and the file), and hits whose stored grounding is current are copied
    # out as stored, not validated (run.hits.LineResult).
    engine.lines_only = fmt == "jsonl"
    settle_heap()
    engine.workers = max(1, min(engine.workers, len(items)))  # at most one process per input
    reporter: Reporter | None = None
    try:
        pool = start_workers(engine)  # forked now, before the progress display starts a thread
        reporter = Reporter(engine.stats, len(items), quiet=quiet, notice=notice)
        for result in iterate_engine(engine, items, pool):
            reporter.result(result)
            writer.write(result)
    finally:
        writer.close()
        if reporter is not None:
            reporter.close()
        if engine.store is not None:
            engine.store.close()
    return engine.stats


def exit_code(stats: RunStats) -> int:
    """0 all ok; 2 when an input or cassette problem stopped an article; 1 other failures."""
    if stats.failures_by_kind.get("input") or stats.failures_by_kind.get("cassette"):
        return 2
    return 1 if stats.failed else 0
