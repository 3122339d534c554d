"""The CLI behaves as users of other tools expect: --version, shell completion, help that
shows every environment variable and default, choice lists, -v/--debug."""

from __future__ import annotations

import logging
import re
import sys
from importlib.metadata import version

import pytest

from summarizer.cli.app import configure_logging
from summarizer.cli.options import FORMAT_CHOICES, MODE_CHOICES, STORY_FORMAT_CHOICES
from summarizer.llm.client import MODES
from summarizer.run.formats import FORMATS
from tests.conftest import SEED_FILES
from tests.test_cli import run


def help_text(*command: str) -> str:
    done = run(*command, "--help", env={"COLUMNS": "200", "TERM": "dumb"})
    assert done.returncode == 0, done.stderr
    return re.sub(r"\s+", " ", done.stdout.decode())


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == (
        f"summarizer {version('news-summarizer-facts')} (news-summarizer-facts)"
    )


def test_completion_is_offered() -> None:
    text = help_text()
    assert "--install-completion" in text and "--show-completion" in text
    # Typer detects the shell from the process tree (shellingham), which fails when pytest
    # runs without a shell above it (a background job, some CI runners); its documented test
    # switch makes --show-completion take the shell's name instead.
    switch = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = run("--show-completion", "bash", env=switch)
    assert done.returncode == 0 and b"complete" in done.stdout, done.stderr.decode()[-2000:]


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (
            ("summarize",),
            [
                "[env: SUMMARIZER_MODEL] [default: gpt-4o-mini live, 'authored' offline]",
                "[env: OPENAI_BASE_URL] [default: https://api.openai.com/v1]",
                "[env: SUMMARIZER_MODE] [default: tools]",
                "[env: SUMMARIZER_TIMEOUT] [default: 60]",
                "[env: SUMMARIZER_RETRY_BUDGET] [default: 120]",
                "[env: SUMMARIZER_MAX_TOKENS] [default: 4096]",
                "[env: SUMMARIZER_TEMPERATURE] [default: 0]",
                "[env: SUMMARIZER_HEADERS",
                "[default: json]",
                "--format <json|jsonl|markdown>",
                "--mode <tools|json_schema|json|md_json|llamacpp>",
            ],
        ),
        (("eval",), ["[env: SUMMARIZER_MODEL]", "[env: SUMMARIZER_MAX_TOKENS] [default: 4096]"]),
        (
            ("story",),
            [
                "[env: SUMMARIZER_MODEL]",
                "[env: OPENAI_BASE_URL]",
                "--format <markdown|json|html>",
                "[default: markdown]",
                "[evals/gold]",
                "AUTHORED",
            ],
        ),
        (("batch", "submit"), ["[env: SUMMARIZER_MODEL]", "[env: OPENAI_BASE_URL]"]),
        ((), ["OPENAI_API_KEY", "HTTPS_PROXY", "summarizer.toml", "--version", "--debug"]),
    ],
)
def test_help_shows_environment_variables_and_defaults(
    command: tuple[str, ...], expected: list[str]
) -> None:
    text = help_text(*command)
    for piece in expected:
        assert piece in text, piece
    assert "Model name ." not in text  # what Rich left of "[env ...]" before


def test_choice_lists_match_the_library() -> None:
    from summarizer.story.formats import RENDERERS

    assert tuple(FORMATS) == FORMAT_CHOICES
    assert tuple(MODES) == MODE_CHOICES
    assert tuple(RENDERERS) == STORY_FORMAT_CHOICES


def test_a_wrong_choice_is_a_usage_error_listing_the_choices() -> None:
    done = run("summarize", str(SEED_FILES[0]), "--format", "xml")
    assert done.returncode == 2 and b"'json', 'jsonl', 'markdown'" in done.stderr
    done = run("summarize", str(SEED_FILES[0]), "--mode", "xml")
    assert done.returncode == 2 and b"md_json" in done.stderr
    done = run("story", str(SEED_FILES[0]), "--format", "xml")
    assert done.returncode == 2 and b"'markdown', 'json', 'html'" in done.stderr


def test_verbose_and_debug_configure_logging() -> None:
    configure_logging(0, False)
    before = logging.getLogger("httpx2").level
    configure_logging(1, False)
    assert logging.getLogger("summarizer").level == logging.INFO
    assert logging.getLogger("httpx2").level == before
    configure_logging(0, True)
    assert logging.getLogger("httpx2").level == logging.DEBUG
    for name in ("summarizer", "httpx2", "openai", "httpx", "httpcore", "httpcore2"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.setLevel(logging.NOTSET)


def test_an_unexpected_error_is_one_line_or_a_traceback_with_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import summarizer.cli.app as cli_app
    import summarizer.run.plan

    def boom(**_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(summarizer.run.plan, "plan_run", boom)
    monkeypatch.setattr(sys, "argv", ["summarizer", "summarize", str(SEED_FILES[0]), "-q"])
    with pytest.raises(SystemExit) as exited:
        cli_app.main()
    assert exited.value.code == 1
    assert capsys.readouterr().err == (
        "error: unexpected RuntimeError: boom (rerun with --debug for the traceback)\n"
    )
    monkeypatch.setattr(sys, "argv", ["summarizer", "--debug", "summarize", str(SEED_FILES[0])])
    with pytest.raises(RuntimeError, match="boom"):
        cli_app.main()
    monkeypatch.setattr(cli_app, "_debug", False)
    configure_logging(0, False)
    for name in ("summarizer", "httpx2", "openai", "httpx", "httpcore", "httpcore2", "aiohttp"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_verbose_says_where_settings_came_from_and_masks_proxy_passwords() -> None:
    done = run(
        "-v",
        "summarize",
        str(SEED_FILES[0]),
        "--quiet",
        env={
            "SUMMARIZER_MODEL": "authored",
            "HTTPS_PROXY": "http://user:hunter2pw@127.0.0.1:9",
            "NO_PROXY": "*",
        },
    )
    assert done.returncode == 0, done.stderr
    stderr = done.stderr.decode()
    assert "settings: model from SUMMARIZER_MODEL" in stderr
    assert "client for https://api.openai.com/v1, no proxy" in stderr
    assert "hunter2pw" not in stderr
    quiet = run("summarize", str(SEED_FILES[0]), "--quiet")
    assert b"INFO" not in quiet.stderr
