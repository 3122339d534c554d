"""The ``summarizer`` command: parse flags, call one library function, render, exit.

One module per command in this package; this one only assembles them and holds the options
of the program itself (``--version``, ``-v``, ``--debug``, shell completion). Heavy modules
(openai, instructor, vcr) are imported inside the commands so ``--help`` stays fast. Every
expected failure prints one ``error:`` line and exits non-zero; an unexpected one too, with
the traceback under ``--debug``.
"""

from __future__ import annotations

import logging
import os
from typing import Annotated

import typer

from summarizer.cli.batch import batch_app
from summarizer.cli.evaluate import eval_command
from summarizer.cli.logs import logs
from summarizer.cli.options import EXIT_FAILED, EXIT_USAGE, err
from summarizer.cli.schema import schema
from summarizer.cli.story import story
from summarizer.cli.summarize import summarize
from summarizer.verification.confirm_fields import CONFIRM_ENV, kinds_of

DISTRIBUTION = "news-summarizer-facts"

app = typer.Typer(
    help="Structured, verifiable summaries of news articles, and an eval harness for them.\n\n"
    "Settings come from flags, then the environment, then .env in the project, then "
    "summarizer.toml in the project or $SUMMARIZER_HOME/config.toml. The key is "
    "OPENAI_API_KEY (never shown, logged or recorded); HTTPS_PROXY, HTTP_PROXY and NO_PROXY "
    "are honoured.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help: Rich would read "[env: SUMMARIZER_MODEL]" in an option's help as a style tag.
    rich_markup_mode=None,
)
app.command()(summarize)
app.command()(schema)
app.command("eval")(eval_command)
app.command()(logs)
app.add_typer(batch_app, name="batch")
app.command()(story)

_debug = False


def version_text() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"summarizer {version(DISTRIBUTION)} ({DISTRIBUTION})"
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "summarizer (not installed)"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


def configure_logging(verbose: int, debug: bool) -> None:
    """``-v``: this package's info lines; ``-vv`` or ``--debug``: debug lines, with HTTP
    (httpx2, the openai SDK, aiohttp). Secrets are masked in every line
    (:class:`summarizer.llm.network.RedactingFilter`)."""
    if not (verbose or debug):
        return
    from summarizer.llm.network import RedactingFilter

    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    level = logging.DEBUG if debug or verbose > 1 else logging.INFO
    names = ["summarizer"]
    if level == logging.DEBUG:
        names += ["openai", "httpx", "httpx2", "httpcore", "httpcore2", "aiohttp", "instructor"]
    for name in names:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
    verbose: Annotated[
        int,
        typer.Option("--verbose", "-v", count=True, help="More log lines on stderr (-vv: debug)."),
    ] = 0,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Debug logs, HTTP included (secrets masked), and a traceback for "
            "unexpected errors.",
        ),
    ] = False,
    confirm: Annotated[
        str | None,
        typer.Option(
            "--confirm",
            envvar=CONFIRM_ENV,
            metavar="FIELDS",
            help="Confirm-only grounding for these fields (comma list: role, affiliation, "
            "actors): a value no rule refutes is still flagged unconfirmed unless a reading "
            "ties it (a role or an affiliation to its holder, an actor to the act). Stricter, "
            "with more weak flags on correct values; see README. Sets SUMMARIZER_CONFIRM_ONLY "
            "for the run.",
        ),
    ] = None,
) -> None:
    """Structured, verifiable summaries of news articles, and an eval harness for them."""
    global _debug
    _debug = debug
    configure_logging(verbose, debug)
    if confirm is not None:
        use_confirm(confirm)


def use_confirm(fields: str) -> None:
    """Check the confirm-only field names once, here, so a typo is one error line before any
    work (not a failure inside every article's grounding), and hand them to the grounding
    through its environment variable, which every command's grounding reads."""
    try:
        kinds_of(fields.split(","))
    except ValueError as exc:
        err(f"--confirm: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    os.environ[CONFIRM_ENV] = fields


def main() -> None:
    """Console entry point: exit codes are the commands' own. An unexpected exception is one
    ``error:`` line (exit 1), or its traceback with ``--debug``."""
    try:
        app(standalone_mode=True)
    except Exception as exc:
        if _debug:
            raise
        err(f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)")
        raise SystemExit(EXIT_FAILED) from None
