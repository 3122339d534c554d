"""Settings from the environment and flags: an empty variable means unset (CI expands an
undefined repository variable to ""), and values that cannot work are usage errors (exit 2)
with one line that never shows a URL's password."""

from __future__ import annotations

import pytest

from summarizer.errors import ConfigError
from summarizer.llm.client import (
    DEFAULT_BASE_URL,
    async_openai_client,
    openai_client,
    settings_from_env,
)
from tests.conftest import SEED_FILES
from tests.test_cli import run


def test_empty_variables_are_unset() -> None:
    settings = settings_from_env(
        {
            "OPENAI_BASE_URL": "",
            "OPENAI_API_KEY": "  ",
            "SUMMARIZER_MODEL": "",
            "SUMMARIZER_MODE": "",
            "SUMMARIZER_TIMEOUT": "",
            "SUMMARIZER_RETRY_BUDGET": "",
        }
    )
    assert settings.base_url is None and settings.api_key is None
    assert settings.model == "gpt-4o-mini" and settings.mode == "tools"
    assert not settings.live_configured
    assert settings_from_env({}, base_url="").base_url is None  # an empty flag too


def test_the_sdk_never_takes_an_empty_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The openai SDK reads OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID itself when
    not given them, and would use "" as the URL and send empty headers."""
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.setenv(name, "")
    settings = settings_from_env({"OPENAI_API_KEY": "sk-test-0123456789"})
    for sdk in (openai_client(settings), async_openai_client(settings)):
        assert str(sdk.base_url).rstrip("/") == DEFAULT_BASE_URL
        assert sdk.organization is None and sdk.project is None
        headers = sdk.default_headers
        assert not isinstance(headers.get("OpenAI-Organization"), str)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("localhost:8000/v1", "needs http:// or https:// and a host"),
        ("http://[::1", "is not a valid URL"),
        ("http://user:hunter2secret@[::1", "is not a valid URL"),
        ("http://user:hunter2secret@host:99999/v1", "is not a valid URL"),
        ("ftp://host/v1", "needs http:// or https://"),
        ("http:///v1", "needs http:// or https:// and a host"),
    ],
)
def test_an_unusable_base_url_is_a_config_error_without_its_password(
    url: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_env({"OPENAI_BASE_URL": url})
    assert message in str(caught.value)
    assert "hunter2secret" not in str(caught.value)


@pytest.mark.slow
@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-1"])
def test_a_timeout_that_is_not_a_positive_finite_number_exits_2(value: str) -> None:
    done = run("summarize", str(SEED_FILES[0]), "--timeout", value, "--quiet")
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("error: --timeout ") and "must be a finite number of seconds" in line
    with pytest.raises(ConfigError):
        settings_from_env({"SUMMARIZER_TIMEOUT": value})


@pytest.mark.slow
@pytest.mark.parametrize(
    "url", ["localhost:8000/v1", "http://[::1", "http://user:hunter2secret@[::1/v1"]
)
def test_a_bad_base_url_exits_2_with_one_masked_line(url: str) -> None:
    for command in (
        ["summarize", str(SEED_FILES[0])],
        ["eval", "--live"],
        ["batch", "submit", str(SEED_FILES[0])],
    ):
        done = run(*command, "--base-url", url)
        assert done.returncode == 2, (command, done.stderr)
        (line,) = done.stderr.decode().splitlines()
        assert line.startswith("error: base URL ") and "hunter2secret" not in line
