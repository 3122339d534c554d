"""Azure OpenAI's deployment endpoints (``openai.AzureOpenAI``): settings from the SDK's own
variable names, requests at ``/openai/deployments/<model>/chat/completions?api-version=...``
with the key in an ``api-key`` header, against a local stub; and the key kept out of every
log line, error line, cassette and store row."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest

from summarizer import Settings, asummarize, summarize
from summarizer.errors import ConfigError, LLMError
from summarizer.llm.client import settings_from_env
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import SEED_FILES, authored_turns
from tests.test_cli import run
from tests.test_secrets import every_file_text

# Azure keys are 32 hex digits: nothing key-shaped ("sk-") for a pattern to catch.
KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
VERSION = "2024-10-21"
DEPLOYMENT = "facts-gpt4o-mini"
ANSWER = authored_turns("fd6059d6d97c3021")[-1]
PATH = f"/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={VERSION}"


def azure_env(endpoint: str) -> dict[str, str]:
    return {
        "AZURE_OPENAI_ENDPOINT": endpoint,
        "AZURE_OPENAI_API_KEY": KEY,
        "OPENAI_API_VERSION": VERSION,
        "SUMMARIZER_MODEL": DEPLOYMENT,
    }


def root(stub: StubServer) -> str:
    return stub.url.removesuffix("/v1")  # an Azure endpoint is the resource's root


def test_settings_come_from_the_sdks_variable_names() -> None:
    env = {**azure_env("https://res.openai.azure.com"), "OPENAI_API_KEY": "sk-openai-key"}
    settings = settings_from_env(env)
    assert settings.base_url == "https://res.openai.azure.com"
    assert settings.api_version == VERSION and settings.model == DEPLOYMENT
    assert settings.api_key == KEY  # never the OpenAI key: it must not travel to Azure
    assert KEY not in repr(settings) and KEY in settings.secrets


def test_a_base_url_wins_and_offline_replays_ignore_azure() -> None:
    env = azure_env("https://res.openai.azure.com")
    flagged = settings_from_env(env, base_url="http://localhost:11434/v1")
    assert flagged.api_version is None and flagged.base_url == "http://localhost:11434/v1"
    v1 = settings_from_env({**env, "OPENAI_BASE_URL": "https://res.openai.azure.com/openai/v1/"})
    assert v1.api_version is None and v1.base_url.endswith("/openai/v1/")  # type: ignore[union-attr]
    offline = settings_from_env(env, offline=True)
    assert offline.api_version is None and offline.base_url is None


@pytest.mark.parametrize(
    ("drop", "named"),
    [
        ("AZURE_OPENAI_API_KEY", "set AZURE_OPENAI_API_KEY too"),
        ("OPENAI_API_VERSION", "set OPENAI_API_VERSION too"),
    ],
)
def test_a_half_configured_resource_is_one_line(drop: str, named: str) -> None:
    env = {k: v for k, v in azure_env("https://res.openai.azure.com").items() if k != drop}
    with pytest.raises(ConfigError) as caught:
        settings_from_env({**env, "OPENAI_API_KEY": "sk-openai-key"})
    assert str(caught.value) == f"AZURE_OPENAI_ENDPOINT names an Azure OpenAI resource: {named}"


def settings_for(stub: StubServer) -> Settings:
    return Settings(model=DEPLOYMENT, base_url=root(stub), api_key=KEY, api_version=VERSION)


def test_requests_go_to_the_deployment_with_the_version_and_the_key_header(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with StubServer(responder=facts_reply(ANSWER)) as stub:
        result = summarize(SEED_FILES[0], settings=settings_for(stub))
        asynced = asyncio.run(asummarize(SEED_FILES[0], settings=settings_for(stub)))
    assert result.ok and asynced.ok and result.facts == asynced.facts
    assert result.grounding is not None and result.grounding.verified > 0  # grounded as ever
    assert stub.paths == [PATH, PATH]
    for headers in stub.headers:
        assert headers["api-key"] == KEY and "authorization" not in headers
    assert stub.requests[0]["model"] == DEPLOYMENT
    assert KEY not in caplog.text


def test_an_error_echoing_the_key_names_the_resource_without_the_key() -> None:
    echo = Reply(401, {"error": {"message": f"Access denied: key {KEY}", "code": "401"}})
    with StubServer(script=[echo]) as stub, pytest.raises(LLMError) as caught:
        summarize(SEED_FILES[0], settings=settings_for(stub))
    assert "127.0.0.1" in str(caught.value) and KEY not in str(caught.value)
    assert stub.paths == [PATH]


@pytest.mark.slow
def test_the_cli_records_and_logs_an_azure_run_without_the_key(tmp_path: Path) -> None:
    store, cassettes = tmp_path / "logs.db", tmp_path / "cassettes"
    with StubServer(responder=facts_reply(ANSWER)) as stub:
        done = run(
            "--debug",  # debug logs on stderr: the request line and headers
            "summarize",
            str(SEED_FILES[0]),
            "--record",
            "--cassettes",
            str(cassettes),
            "--store",
            str(store),
            "--quiet",
            env=azure_env(root(stub)),
        )
        assert stub.paths == [PATH] and stub.headers[0]["api-key"] == KEY
    assert done.returncode == 0, done.stderr
    assert "api-version" in done.stderr.decode()  # the request lines were logged
    assert KEY not in done.stderr.decode() + done.stdout.decode()
    recorded = every_file_text(cassettes)
    assert f"deployments/{DEPLOYMENT}/chat/completions" in recorded and KEY not in recorded
    assert KEY.encode() not in store.read_bytes()
    with sqlite3.connect(store) as db:
        assert KEY not in repr(db.execute("SELECT * FROM exchanges").fetchall())
    shown = run("logs", "--show", "1", "--json", "--store", str(store))
    assert shown.returncode == 0 and KEY not in shown.stdout.decode()
