"""``summarizer summarize``: articles in, results out (replayed, live or local)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.cli.options import (
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    BaseUrlOpt,
    CassettesOpt,
    EvidenceOpt,
    FormatOpt,
    HeaderOpt,
    LocalContextOpt,
    LocalModelOpt,
    LocalOpt,
    LocalThreadsOpt,
    MaxReasksOpt,
    MaxTokensOpt,
    ModelOpt,
    ModeOpt,
    RetryBudgetOpt,
    SecondReaderOpt,
    StoreOpt,
    TemperatureOpt,
    TimeoutOpt,
    err,
    os_error,
)


def summarize(
    paths: Annotated[
        list[str], typer.Argument(help="Article files, folders, globs, or - for stdin.")
    ],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fmt: FormatOpt = "json",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write files into this folder "
            "(one per article; results.jsonl for jsonl, which makes the run resumable) "
            "instead of stdout.",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Replay recorded cassettes even if a key is set.")
    ] = False,
    record: Annotated[
        bool,
        typer.Option(
            "--record", help="Call the live endpoint and (re)write the cassettes of --model."
        ),
    ] = False,
    mode: ModeOpt = None,
    evidence: EvidenceOpt = None,
    cassettes: CassettesOpt = None,
    concurrency: Annotated[
        int,
        typer.Option("--concurrency", "-c", min=1, max=1024, help="Articles in flight at once."),
    ] = 8,
    workers: Annotated[
        str,
        typer.Option(
            "--workers",
            "-w",
            metavar="N|auto",
            help="Processes sharing the --concurrency (auto: one per CPU core). Worth it when "
            "the endpoint answers fast (local vLLM, llama.cpp) and one process's CPU becomes "
            "the limit.",
        ),
    ] = "1",
    rpm: Annotated[float | None, typer.Option(help="Requests-per-minute budget.")] = None,
    tpm: Annotated[float | None, typer.Option(help="Tokens-per-minute budget.")] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not answer from the store; still log.")
    ] = False,
    store: StoreOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    timeout: TimeoutOpt = None,
    retry_budget: RetryBudgetOpt = None,
    max_reasks: MaxReasksOpt = None,
    max_tokens: MaxTokensOpt = None,
    temperature: TemperatureOpt = None,
    header: HeaderOpt = None,
    local: LocalOpt = False,
    local_model: LocalModelOpt = None,
    local_threads: LocalThreadsOpt = None,
    local_context: LocalContextOpt = None,
    second_reader: SecondReaderOpt = False,
) -> None:
    """Summarise articles into structured, grounded facts.

    Exit status: 0 all articles ok, 1 some article failed, 2 usage or input error."""
    from summarizer.errors import ConfigError, SummarizerError
    from summarizer.llm.local import local_server
    from summarizer.run.factory import engine_for_plan
    from summarizer.run.formats import FORMATS
    from summarizer.run.plan import plan_run, worker_count
    from summarizer.run.session import exit_code, run_summarize

    if fmt not in FORMATS:
        err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    engine = None
    try:
        processes = worker_count(workers)
        if local and (offline or base_url):
            raise ConfigError("--local excludes --offline and --base-url")
        endpoint: dict[str, Any] = {"model": model, "base_url": base_url, "mode": mode}
        endpoint.update(max_tokens=max_tokens, timeout=timeout, headers=header, evidence=evidence)
        with local_server(local, local_model, local_threads, local_context) as server:
            if server is not None:
                endpoint = server.overrides(endpoint)
                concurrency = 1  # llama-cpp-python's server answers one request at a time
            plan = plan_run(
                offline=offline,
                record=record,
                cassettes=cassettes,
                recorded_from=server.description if server is not None else None,
                max_reasks=max_reasks,
                retry_budget=retry_budget,
                temperature=temperature,
                **endpoint,
            )
            engine = engine_for_plan(
                plan,
                concurrency=concurrency,
                store_path=store,
                use_cache=not no_cache,
                rpm=rpm,
                tpm=tpm,
                workers=processes,
                second_reader=second_reader,
            )
            notice = server.description if server is not None else plan.notice
            stats = run_summarize(paths, engine, fmt=fmt, out=out, quiet=quiet, notice=notice)
    except KeyboardInterrupt:
        # Results already written stay; a jsonl run with --out resumes where it stopped.
        cancelled = engine.stats.cancelled if engine is not None else 0
        what = f"{cancelled} requests in flight cancelled; " if cancelled else ""
        err(f"interrupted: {what}rerun the same command to resume (with --out and --format jsonl)")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        err(os_error(exc, out if out is not None else "standard output"))
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(exit_code(stats))
