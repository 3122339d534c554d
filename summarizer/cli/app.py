"""The ``summarizer`` command: parse flags, call one library function, render, exit.

One module per command in this package; this one only assembles them. Heavy modules
(openai, instructor, vcr) are imported inside the commands so ``--help`` stays fast. Every
expected failure prints one ``error:`` line and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import typer

from summarizer.cli.batch import batch_app
from summarizer.cli.evaluate import eval_command
from summarizer.cli.logs import logs
from summarizer.cli.schema import schema
from summarizer.cli.story import story
from summarizer.cli.summarize import summarize

app = typer.Typer(
    help="Structured, verifiable summaries of news articles, and an eval harness for them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(summarize)
app.command()(schema)
app.command("eval")(eval_command)
app.command()(logs)
app.add_typer(batch_app, name="batch")
app.command()(story)


def main() -> None:
    """Console entry point: exit codes are the commands' own."""
    app()
