"""--max-tokens and --temperature: what each model is sent, and the default request unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import httpx2
import openai
import pytest
import yaml
from typer.testing import CliRunner

from summarizer import Settings, summarize
from summarizer.articles import load_article
from summarizer.cli.app import app
from summarizer.errors import LLMError
from summarizer.llm.client import is_reasoning_model
from summarizer.testing.stub import StubServer, facts_reply
from tests.conftest import CASSETTES, ROOT, SEED_FILES, authored_turns

SEED = SEED_FILES[1]
FACTS = authored_turns("f9d800ded702b085")[-1]


def first_request(*flags: str, model: str = "stub-model") -> dict[str, object]:
    """The JSON body the CLI sends with ``flags``, captured by a local stub."""
    env = {name: None for name in os.environ if name.startswith("OPENAI_")}
    with StubServer(responder=facts_reply(FACTS)) as stub:
        done = CliRunner().invoke(
            app,
            ["summarize", str(SEED), "--base-url", stub.url, "-m", model, "--no-cache", "-q",
             *flags],
            env={**env, "OPENAI_API_KEY": "sk-placeholder"},
        )  # fmt: skip
    assert done.exit_code == 0, done.stderr
    return stub.requests[0]


def test_flags_reach_the_request() -> None:
    body = first_request("--max-tokens", "900", "--temperature", "0.7")
    assert (body["max_tokens"], body["temperature"]) == (900, 0.7)
    assert "max_completion_tokens" not in body


def test_unset_options_are_left_to_the_server() -> None:
    """Issue 17: a live model gets max_tokens and temperature only when the user set them
    (flag, environment, .env or config file) or its family needs them."""
    body = first_request()
    assert not {"max_tokens", "max_completion_tokens", "temperature"} & body.keys()
    body = first_request(model="gpt-5-mini")
    assert not {"max_tokens", "max_completion_tokens", "temperature"} & body.keys()
    body = first_request(model="anthropic/claude-sonnet-4")  # refuses a request without one
    assert body["max_tokens"] == 4096 and "temperature" not in body


def test_recorded_sets_keep_their_recorded_options() -> None:
    from summarizer.llm.client import settings_from_env

    for model in ("authored", "gemma3-270m-q4_k_m"):
        settings = settings_from_env({}, model=model)
        assert (settings.temperature, settings.max_tokens) == (0.0, 4096)
    assert settings_from_env({}, offline=True).temperature == 0.0
    env = {"SUMMARIZER_TEMPERATURE": "0.5", "SUMMARIZER_MAX_TOKENS": "300"}
    settings = settings_from_env(env, model="gpt-4o-mini")
    assert (settings.temperature, settings.max_tokens) == (0.5, 300)


@pytest.mark.parametrize("model", ["o1", "o3-mini", "o4-mini-2025-04-16", "gpt-5", "gpt-5.1"])
def test_reasoning_models_get_max_completion_tokens_and_no_temperature(model: str) -> None:
    body = first_request("--max-tokens", "900", "--temperature", "0.7", model=model)
    assert body["max_completion_tokens"] == 900
    assert "max_tokens" not in body and "temperature" not in body


@pytest.mark.parametrize(
    ("model", "reasoning"),
    [
        ("o3", True),
        ("openai/o4-mini", True),
        ("gpt-5-mini", True),
        ("gpt-4o-mini", False),
        ("gpt-50", False),
        ("o2-model", False),
        ("ollama-o1x", False),
        ("authored", False),
    ],
)
def test_which_models_count_as_reasoning_models(model: str, reasoning: bool) -> None:
    assert is_reasoning_model(model) is reasoning


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_the_default_request_is_byte_for_byte_the_recorded_one(seed: Path) -> None:
    """The authored cassettes replay by body: with the new flags unset, the first request of
    every seed must still be exactly the one recorded."""
    article_id = load_article(seed).id
    cassette = CASSETTES / "authored" / f"{article_id}.yaml"
    recorded = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    expected = recorded["interactions"][0]["request"]["body"].encode("utf-8")
    sent: list[bytes] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        sent.append(request.read())
        return httpx2.Response(500, json={"error": {"message": "enough"}})

    sdk = openai.OpenAI(
        api_key="test", base_url="http://stub.invalid/v1", max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handle)),
    )  # fmt: skip
    with pytest.raises(LLMError):
        summarize(seed, settings=Settings(model="authored"), client=sdk)
    assert sent[0] == expected


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--max-tokens", "0", "--max-tokens must be a whole number of at least 1, not 0"),
        ("--temperature", "3", "--temperature must be a number from 0 to 2, not 3.0"),
        ("--temperature", "nan", "--temperature must be a number from 0 to 2, not nan"),
    ],
)
def test_out_of_range_values_exit_2(flag: str, value: str, message: str) -> None:
    done = CliRunner().invoke(app, ["summarize", str(SEED), "--offline", flag, value])
    assert done.exit_code == 2
    assert done.stderr.strip().splitlines() == [f"error: {message}"]


def test_eval_sends_the_flags_too(tmp_path: Path) -> None:
    env = {name: None for name in os.environ if name.startswith("OPENAI_")}
    with StubServer(responder=facts_reply(FACTS)) as stub:
        CliRunner().invoke(
            app,
            ["eval", "--live", "--base-url", stub.url, "-m", "stub-model", "--baseline", "none",
             "--out", str(tmp_path / "report"), "--history", str(tmp_path / "history.jsonl"),
             "-q", "--max-tokens", "777", "--temperature", "0.25"],
            env={**env, "OPENAI_API_KEY": "sk-placeholder"},
        )  # fmt: skip
    gold = list((ROOT / "evals" / "gold").glob("*.json"))
    assert len(stub.requests) == len(gold)  # one per gold article
    assert {(r["max_tokens"], r["temperature"]) for r in stub.requests} == {(777, 0.25)}
