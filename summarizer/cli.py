"""The ``summarizer`` command: parse flags, call one library function, render, exit.

Heavy modules (openai, instructor, vcr) are imported inside commands so ``--help`` stays fast.
Every expected failure prints one ``error:`` line and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Structured, verifiable summaries of news articles, and an eval harness for them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _err(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def _note(message: str) -> None:
    typer.echo(message, err=True)


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name [env SUMMARIZER_MODEL; default gpt-4o-mini "
                 "live, 'authored' offline]."),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 "
                 "for Ollama [env OPENAI_BASE_URL]."),
]
ModeOpt = Annotated[
    str | None,
    typer.Option("--mode", help="How the schema is requested: tools (OpenAI), json_schema, "
                 "json or md_json (servers without tool calling) [env SUMMARIZER_MODE]."),
]
StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="SQLite log and cache [env SUMMARIZER_HOME/logs.db; default "
                 "the user data folder]."),
]
CassettesOpt = Annotated[
    Path | None,
    typer.Option("--cassettes", help="Cassette root (one folder per model) [default "
                 "evals/cassettes]."),
]


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, globs, or - for stdin.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or markdown.")] = "json",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write files into this folder "
                   "(one per article; results.jsonl for jsonl, which makes the run resumable) "
                   "instead of stdout.")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Replay recorded cassettes even if "
                       "a key is set.")] = False,
    record: Annotated[bool, typer.Option("--record", help="Call the live endpoint and (re)write "
                      "the cassettes of --model.")] = False,
    mode: ModeOpt = None,
    cassettes: CassettesOpt = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, max=1024,
                           help="Articles in flight at once.")] = 8,
    rpm: Annotated[float | None, typer.Option(help="Requests-per-minute budget.")] = None,
    tpm: Annotated[float | None, typer.Option(help="Tokens-per-minute budget.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not answer from the store; "
                        "still log.")] = False,
    store: StoreOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    timeout: Annotated[float | None, typer.Option(help="Seconds per HTTP request.")] = None,
    max_reasks: Annotated[int | None, typer.Option(help="Re-asks after invalid output.")] = None,
) -> None:
    """Summarise articles into structured, grounded facts.

    Exit status: 0 all articles ok, 1 some article failed, 2 usage or input error."""
    from .errors import SummarizerError
    from .render import FORMATS
    from .runner import engine_for_plan, exit_code, plan_run, run_summarize

    if fmt not in FORMATS:
        _err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        plan = plan_run(offline=offline, record=record, cassettes=cassettes, model=model,
                        base_url=base_url, mode=mode, timeout=timeout, max_reasks=max_reasks)
        engine = engine_for_plan(plan, concurrency=concurrency, store_path=store,
                                 use_cache=not no_cache, rpm=rpm, tpm=tpm)
        stats = run_summarize(paths, engine, fmt=fmt, out=out, quiet=quiet, notice=plan.notice)
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror}")
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(exit_code(stats))


@app.command()
def schema(
    write: Annotated[Path | None, typer.Option("--write", help="Export the JSON Schema files "
                     "into this folder (e.g. schemas/) instead of printing.")] = None,
) -> None:
    """Print the JSON Schema of the extracted facts (ArticleFacts)."""
    from .schema_export import export_schemas, schema_documents

    if write is not None:
        for path in export_schemas(write):
            _note(f"wrote {path}")
        return
    import json

    typer.echo(json.dumps(schema_documents()["article_facts.schema.json"], indent=2))


def main() -> None:
    """Console entry point: exit codes are the commands' own."""
    app()
