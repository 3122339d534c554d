"""``summarizer batch``: submit, watch and collect a provider batch job (half price, within a
day)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.options import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    BaseUrlOpt,
    FormatOpt,
    HeaderOpt,
    ModelOpt,
    ModeOpt,
    err,
    note,
)

batch_app = typer.Typer(
    help="OpenAI Batch API: submit many articles, poll, collect the same SummaryResult lines.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@batch_app.command("submit")
def batch_submit(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders or globs.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the job file.")] = Path("."),
    header: HeaderOpt = None,
) -> None:
    """Upload one request per article and create a batch; prints the job file's path."""
    from summarizer.errors import SummarizerError
    from summarizer.llm.batch import submit
    from summarizer.llm.client import settings_from_env
    from summarizer.run.outcomes import Failed
    from summarizer.run.plan import input_items

    try:
        settings = settings_from_env(model=model, base_url=base_url, mode=mode, headers=header)
        from summarizer.articles import load_article

        articles, bad = [], 0
        for item in input_items(paths):
            try:
                if isinstance(item, Failed):
                    raise item.error
                articles.append(load_article(item))
            except SummarizerError as exc:
                err(str(exc))
                bad += 1
        job = submit(articles, settings, job_dir=out)
    except SummarizerError as exc:
        err(str(exc))
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
                on_poll=lambda s: note(s.describe()),
            )
            if wait
            else status(job, settings=settings)
        )
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    typer.echo(current.describe())
    raise typer.Exit(
        EXIT_FAILED if current.status in {"failed", "expired", "cancelled"} else EXIT_OK
    )


@batch_app.command("collect")
def batch_collect(
    job_file: Annotated[Path, typer.Argument(help="The batch-<id>.json written by submit.")],
    fmt: FormatOpt = "jsonl",
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
        err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        settings = settings_from_env(base_url=base_url) if base_url else None
        results = collect(BatchJob.load(job_file), settings=settings)
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    writer = ResultWriter(fmt, out, single=len(results) == 1)
    for result in results:
        if result.error:
            err(result.error)
        writer.write(result)
    writer.close()
    kinds = {r.error_kind for r in results if r.error}
    raise typer.Exit(EXIT_USAGE if "input" in kinds else EXIT_FAILED if kinds else EXIT_OK)
