"""A whole ``summarize`` run: decide where answers come from, expand inputs, resume, run the
engine, stream outputs, report progress, and return the run's counters.

Failures are results too: an input that cannot be read, a stale cassette or an endpoint that
gives up becomes a ``SummaryResult`` with ``error`` set, so one bad article never loses the
others and nothing the user asked for is silently dropped.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from summarizer.articles import expand_spec
from summarizer.errors import ConfigError, InputError
from summarizer.llm.cassettes import label_for
from summarizer.llm.client import Settings, settings_from_env
from summarizer.llm.ratelimit import RateGate
from summarizer.run.dispatch import iterate_engine, start_workers
from summarizer.run.engine import Engine
from summarizer.run.outcomes import Failed, RunStats
from summarizer.run.progress import Reporter
from summarizer.run.writer import (
    RESULTS_FILE,
    ResultWriter,
    completed_sources,
    locked_folder,
    output_names,
)
from summarizer.schema import ArticleFacts
from summarizer.storage import paths

RunMode = Literal["live", "replay", "record"]
NO_ENDPOINT_HINT = (
    "set OPENAI_API_KEY, pass --base-url for a running server, or --local for the packaged "
    "local model"
)


@dataclass(frozen=True)
class RunPlan:
    """Where answers come from for a run, decided once."""

    settings: Settings
    mode: RunMode
    cassettes: Path = field(default_factory=paths.cassette_dir)
    notice: str | None = None
    recorded_from: str | None = None  # what answers, for the cassettes a recording writes

    @property
    def cassette_folder(self) -> Path:
        return self.cassettes / label_for(self.settings.model)


def plan_run(
    *,
    offline: bool = False,
    record: bool = False,
    cassettes: Path | None = None,
    recorded_from: str | None = None,
    **overrides: Any,
) -> RunPlan:
    """Live when a key or base URL is configured, else replay (and the plan's ``notice`` says
    so); ``offline`` forces replay, ``record`` forces a live run that rewrites the cassettes.
    The packaged local model's request settings are filled in where not given
    (:func:`~summarizer.llm.local.local_defaults`), so its cassettes replay."""
    from summarizer.llm.local import local_defaults

    if offline and record:
        raise ConfigError("--offline and --record exclude each other")
    root = cassettes or paths.cassette_dir()
    overrides = local_defaults(overrides)
    live = settings_from_env(**overrides)
    if record:
        if not live.live_configured:
            raise ConfigError(f"--record needs a live endpoint: {NO_ENDPOINT_HINT}")
        return RunPlan(live, "record", root, recorded_from=recorded_from)
    if offline or not live.live_configured:
        plan = RunPlan(settings_from_env(offline=True, **overrides), "replay", root)
        if offline:
            return plan
        notice = (
            f"no OPENAI_API_KEY, --base-url or --local: replaying recorded cassettes from "
            f"{plan.cassette_folder} (offline)"
        )
        return RunPlan(plan.settings, "replay", root, notice)
    return RunPlan(live, "live", root)


def input_items(
    specs: list[str], skip: frozenset[str] | set[str] = frozenset()
) -> list[Path | Failed]:
    """Each file the specs name (or the reason a spec named none, and each subfolder that
    could not be read), minus ``skip``, in order, each file once by its real path."""
    items: list[Path | Failed] = []
    seen: set[str] = set()
    for spec in specs:
        try:
            paths, problems = expand_spec(spec)
        except InputError as exc:
            items.append(Failed(spec, exc))
            continue
        items.extend(Failed(folder, exc) for folder, exc in problems)
        for path in paths:
            key = path if path == "-" else os.path.realpath(path)
            if key not in seen and path not in skip:
                seen.add(key)
                items.append(Path(path))
    return items


def engine_for_plan(
    plan: RunPlan,
    *,
    schema: type[BaseModel] = ArticleFacts,
    concurrency: int = 8,
    store_path: Path | None = None,
    use_store: bool = True,
    use_cache: bool = True,
    rpm: float | None = None,
    tpm: float | None = None,
    workers: int = 1,
) -> Engine:
    store = None
    if use_store:
        from summarizer.storage.paths import default_store_path
        from summarizer.storage.store import Store

        store = Store(store_path or default_store_path(), secrets=plan.settings.secrets)
        try:
            store.check_writable()  # before any request is paid for
        except BaseException:
            store.close()
            raise
    cassettes = None
    if plan.mode != "live":
        cassettes = (plan.cassette_folder, "record" if plan.mode == "record" else "replay")
    from summarizer.storage.cost import RunCost, load_prices

    return Engine(
        stats=RunStats(cost=RunCost(prices=load_prices())),
        settings=plan.settings,
        schema=schema,
        concurrency=concurrency,
        store=store,
        use_cache=use_cache and plan.mode != "record",
        gate=RateGate(rpm=rpm, tpm=tpm, max_pause=plan.settings.retry.pause_cap()),
        cassettes=cassettes,  # type: ignore[arg-type]
        workers=workers,
        recorded_from=plan.recorded_from,
    )


def usable_cpus() -> int:
    """The cores this process may run on (a container's or taskset's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def worker_count(value: str | int) -> int:
    """``--workers``: a positive number, or ``auto`` for one process per usable CPU core."""
    if str(value).strip().lower() == "auto":
        return usable_cpus()
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise ConfigError(f"--workers must be a positive number or auto, not {value!r}")
    return count


def settle_heap() -> None:
    """Take everything alive now (modules, schema classes, compiled validators, the SDK: tens
    of thousands of objects that live as long as the process) out of the garbage collector's
    reach, so that its full collections stop walking them again and again: 0.3 to 0.6 ms of
    CPU per article in a long run. It changes the whole process, so the CLI calls it and the
    library does not."""
    import gc

    gc.collect()
    gc.freeze()


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
