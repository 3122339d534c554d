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
CassettesOpt = Annotated[
    Path | None,
    typer.Option("--cassettes", help="Cassette root (one folder per model) [default "
                 "evals/cassettes]."),
]


def _plan(
    *, model: str | None, base_url: str | None, mode: str | None, offline: bool, record: bool,
    cassettes: Path | None, timeout: float | None = None, max_reasks: int | None = None,
) -> object:
    """Decide live, replay or record once, and say so when falling back to replay."""
    from .cassettes import DEFAULT_CASSETTE_DIR
    from .client import settings_from_env
    from .errors import ConfigError
    from .runner import RunPlan

    if offline and record:
        raise ConfigError("--offline and --record exclude each other")
    live_settings = settings_from_env(
        model=model, base_url=base_url, mode=mode, timeout=timeout, max_reasks=max_reasks
    )
    root = cassettes or DEFAULT_CASSETTE_DIR
    if record:
        if not live_settings.live_configured:
            raise ConfigError("--record needs a live endpoint: set OPENAI_API_KEY or --base-url")
        return RunPlan(live_settings, "record", root)
    if offline or not live_settings.live_configured:
        settings = settings_from_env(
            offline=True, model=model, base_url=base_url, mode=mode, timeout=timeout,
            max_reasks=max_reasks,
        )
        plan = RunPlan(settings, "replay", root)
        if not offline:
            _note(f"no OPENAI_API_KEY or --base-url: replaying recorded cassettes from "
                  f"{plan.cassette_folder} (offline)")
        return plan
    return RunPlan(live_settings, "live", root)


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, globs, or - for stdin.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or markdown.")] = "json",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write files into this folder "
                   "(one per article; results.jsonl for jsonl) instead of stdout.")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Replay recorded cassettes even if "
                       "a key is set.")] = False,
    record: Annotated[bool, typer.Option("--record", help="Call the live endpoint and (re)write "
                      "the cassettes of --model.")] = False,
    mode: ModeOpt = None,
    cassettes: CassettesOpt = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds per HTTP request.")] = None,
    max_reasks: Annotated[int | None, typer.Option(help="Re-asks after invalid output.")] = None,
) -> None:
    """Summarise articles into structured, grounded facts.

    Exit status: 0 all articles ok, 1 some article failed, 2 usage or input error."""
    from .errors import SummarizerError
    from .render import EXTENSIONS, FORMATS, render
    from .runner import RunPlan, summarize_paths

    if fmt not in FORMATS:
        _err(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    try:
        plan = _plan(model=model, base_url=base_url, mode=mode, offline=offline, record=record,
                     cassettes=cassettes, timeout=timeout, max_reasks=max_reasks)
        assert isinstance(plan, RunPlan)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        results = []
        for result in summarize_paths(paths, plan):
            if result.error:
                _err(result.error)
            results.append(result)
    except SummarizerError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror}")
        raise typer.Exit(EXIT_USAGE) from None
    good = [r for r in results if r.ok]
    if out is None:
        if good:
            sys.stdout.write(render(good, fmt))
    elif fmt == "jsonl":
        (out / "results.jsonl").write_text(render(results, fmt), encoding="utf-8")
    else:
        for result in good:
            stem = Path(result.source).stem if result.source != "<stdin>" else result.article_id
            (out / f"{stem}.{EXTENSIONS[fmt]}").write_text(render([result], fmt), encoding="utf-8")
    failed = [r for r in results if not r.ok]
    if any(r.error_kind in ("input", "cassette") for r in failed):
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


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
