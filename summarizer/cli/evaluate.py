"""``summarizer eval``: score a run against the gold labels and judge it (the nightly gate)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.cli.options import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BaseUrlOpt,
    CassettesOpt,
    EvidenceOpt,
    HeaderOpt,
    LocalContextOpt,
    LocalModelOpt,
    LocalOpt,
    LocalThreadsOpt,
    MaxTokensOpt,
    ModelOpt,
    ModeOpt,
    SecondReaderOpt,
    StoreOpt,
    TemperatureOpt,
    err,
    note,
    os_error,
)


def eval_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold folder [evals/gold].")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    evidence: EvidenceOpt = None,
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
    max_verification_drop: Annotated[
        float,
        typer.Option(
            "--max-verification-drop",
            help="Exit 1 when grounding's false-alarm share rises, or its catch rate falls, "
            "more than this above/below the baseline's (rates 0..1; a rate measured on fewer "
            "than 10 items is not compared, and the report says so).",
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
    header: HeaderOpt = None,
    local: LocalOpt = False,
    local_model: LocalModelOpt = None,
    local_threads: LocalThreadsOpt = None,
    local_context: LocalContextOpt = None,
    second_reader: SecondReaderOpt = False,
) -> None:
    """Score the pipeline against the gold set, write reports and history, gate on regressions.

    Exit status: 0 passed; 1 an article failed, a field's F1 or the verification regressed
    against the baseline, or below --fail-under; 2 usage
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
        endpoint.update(max_tokens=max_tokens, temperature=temperature, headers=header)
        endpoint.update(evidence=evidence)
        with local_server(local, local_model, local_threads, local_context) as server:
            recorded_from = None
            if server is not None:
                note(server.description)
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
                max_verification_drop=max_verification_drop,
                concurrency=concurrency,
                store_path=store,
                second_reader=second_reader,
            )
            outcome = run_eval(options)
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:  # reports or history cannot be written (full disk, permissions)
        err(os_error(exc, out or paths.report_dir()))
        raise typer.Exit(EXIT_FAILED) from None
    from summarizer.evaluation.report.console import failed_article_lines, render_outcome

    for line in failed_article_lines(outcome):
        typer.echo(line, err=True)
    render_outcome(outcome, quiet=quiet)
    raise typer.Exit(outcome.exit_code)
