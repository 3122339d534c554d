"""The live path end to end against a real local HTTP server: retries, Retry-After, budgets,
validation re-asks, usage accounting, async, a caller's own schema, and secret hygiene."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from pydantic import BaseModel, Field

from summarizer import Settings, asummarize, summarize
from summarizer.errors import ConfigError, LLMError
from summarizer.llm.retry import RetryPolicy
from summarizer.testing.authoring import wire_response
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import SEED_FILES, authored_turns

SECRET = "sk-test-" + "Z9" * 16
SANCTIONS_SEED = SEED_FILES[1]
VALID = authored_turns("f9d800ded702b085")[-1]
INVALID = {**VALID, "confidence": 0.9}  # extra fields are forbidden: fails validation


def ok(arguments: dict[str, Any] = VALID) -> Reply:
    return Reply(200, wire_response(arguments, b"x" * 400, "tools", "t", "ArticleFacts"))


def error(status: int, headers: dict[str, str] | None = None, message: str = "boom") -> Reply:
    return Reply(status, {"error": {"message": message, "type": "server_error"}}, headers or {})


def settings_for(stub: StubServer, **retry: Any) -> Settings:
    policy = RetryPolicy(**{"budget": 10.0, "initial_wait": 0.05, "max_wait": 0.2, **retry})
    return Settings(model="stub-model", base_url=stub.url, api_key=SECRET, retry=policy)


@pytest.mark.slow
def test_429_retry_after_is_honoured_then_succeeds() -> None:
    with StubServer([error(429, {"Retry-After": "1"}), ok()]) as stub:
        started = time.perf_counter()
        result = summarize(SANCTIONS_SEED, settings=settings_for(stub))
        elapsed = time.perf_counter() - started
    assert stub.calls == 2
    assert 1.0 <= elapsed < 5.0
    assert result.facts.sanctions[0].counts[0].value.value == 84
    assert result.usage.attempts == 1  # HTTP retries are not re-asks


def test_retry_after_beyond_the_budget_fails_fast_and_clearly() -> None:
    with StubServer([error(429, {"Retry-After": "3600"})] * 3) as stub:
        started = time.perf_counter()
        with pytest.raises(LLMError) as info:
            summarize(SANCTIONS_SEED, settings=settings_for(stub, budget=3.0))
        elapsed = time.perf_counter() - started
    assert elapsed < 2.5
    assert stub.calls == 1
    assert "HTTP 429 after 1 attempt(s)" in str(info.value)


def test_500s_until_the_budget_runs_out() -> None:
    with StubServer(responder=lambda body, raw: error(500)) as stub:
        started = time.perf_counter()
        with pytest.raises(LLMError) as info:
            summarize(SANCTIONS_SEED, settings=settings_for(stub, budget=1.0, max_attempts=50))
        elapsed = time.perf_counter() - started
    message = str(info.value)
    assert "HTTP 500 after" in message and "boom" in message
    assert stub.calls >= 3
    assert elapsed < 3.0
    assert "\n" not in message


def test_attempt_cap_bounds_retries() -> None:
    with (
        StubServer(responder=lambda body, raw: error(503)) as stub,
        pytest.raises(LLMError, match="HTTP 503 after 3 attempt"),
    ):
        summarize(SANCTIONS_SEED, settings=settings_for(stub, max_attempts=3))
    assert stub.calls == 3


def test_validation_failure_is_reasked_then_accepted() -> None:
    with StubServer([ok(INVALID), ok(VALID)]) as stub:
        result = summarize(SANCTIONS_SEED, settings=settings_for(stub))
    assert stub.calls == 2
    assert result.usage.attempts == 2 and result.usage.reasks == 1
    one = wire_response(VALID, b"x" * 400, "tools", "t", "ArticleFacts")["usage"]
    assert result.usage.total_tokens == 2 * one["total_tokens"] - (
        one["completion_tokens"]
        - wire_response(INVALID, b"x" * 400, "tools", "t", "A")["usage"]["completion_tokens"]
    )
    reask = stub.requests[1]["messages"]
    assert any("confidence" in str(m.get("content", "")) for m in reask)


def test_http_retries_do_not_spend_reasks() -> None:
    with StubServer([error(500), ok(INVALID), error(502), ok(VALID)]) as stub:
        result = summarize(SANCTIONS_SEED, settings=settings_for(stub).with_overrides(max_reasks=1))
    assert stub.calls == 4
    assert result.usage.reasks == 1


def test_reasks_exhausted_is_a_clear_error() -> None:
    with (
        StubServer(responder=lambda body, raw: ok(INVALID)) as stub,
        pytest.raises(LLMError, match="failed validation after 3 attempts"),
    ):
        summarize(SANCTIONS_SEED, settings=settings_for(stub).with_overrides(max_reasks=2))
    assert stub.calls == 3


def test_unreachable_endpoint() -> None:
    settings = Settings(
        model="m",
        base_url="http://127.0.0.1:9/v1",
        api_key=SECRET,
        retry=RetryPolicy(budget=0.5, initial_wait=0.05, max_wait=0.1),
    )
    with pytest.raises(LLMError, match=r"127\.0\.0\.1:9: connection refused after \d+ attempt"):
        summarize(SANCTIONS_SEED, settings=settings)


def test_key_never_appears_in_errors() -> None:
    leak = f"Incorrect API key provided: {SECRET}"
    with StubServer([error(401, message=leak)]) as stub, pytest.raises(LLMError) as info:
        summarize(SANCTIONS_SEED, settings=settings_for(stub))
    assert "HTTP 401" in str(info.value)
    assert SECRET not in str(info.value) and "Z9Z9" not in str(info.value)
    assert stub.headers[0]["authorization"] == f"Bearer {SECRET}"  # it was sent, only hidden
    assert SECRET not in repr(settings_for(stub))


def test_no_key_and_no_base_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no OPENAI_API_KEY"):
        summarize(SANCTIONS_SEED)


def test_async_path_retries_and_reasks() -> None:
    async def run() -> Any:
        with StubServer([error(429, {"retry-after-ms": "200"}), ok(INVALID), ok(VALID)]) as stub:
            result = await asummarize(SANCTIONS_SEED, settings=settings_for(stub))
            return stub.calls, result

    calls, result = asyncio.run(run())
    assert calls == 3
    assert result.usage.reasks == 1
    assert result.facts.sanctions[0].tariff_rate_percent.value == 500


class BillOnly(BaseModel):
    """A caller's own schema: just the bill."""

    bill_name: str | None = Field(None, description="Name of the sanctions bill")
    cosponsors: int | None = None
    evidence: list[str] = Field(default_factory=list)


def test_callers_own_schema_through_the_library() -> None:
    answer = {
        "bill_name": "Sanctioning Russia Act of 2025",
        "cosponsors": 84,
        "evidence": ["the bill currently has 84 co-sponsors."],
    }
    with StubServer(responder=facts_reply(answer)) as stub:
        result = summarize(SANCTIONS_SEED.read_text(), schema=BillOnly, settings=settings_for(stub))
    assert isinstance(result.facts, BillOnly)
    assert result.facts.cosponsors == 84
    assert result.response_model == "BillOnly"
    assert result.grounding.rate == 1.0
    tool = stub.requests[0]["tools"][0]["function"]
    assert tool["name"] == "BillOnly"
    assert "bill_name" in tool["parameters"]["properties"]
    assert result.schema_version != Settings().model  # a version of BillOnly, not ArticleFacts


def test_json_mode_for_servers_without_tools() -> None:
    with StubServer(responder=facts_reply(VALID, mode="json")) as stub:
        settings = settings_for(stub).with_overrides(mode="json")
        result = summarize(SANCTIONS_SEED, settings=settings)
    assert "tools" not in stub.requests[0]
    assert result.facts.sanctions[0].name == "Sanctioning Russia Act of 2025"


def test_settings_from_flags_and_environment() -> None:
    from summarizer.llm.client import settings_from_env

    env = {
        "OPENAI_API_KEY": SECRET,
        "OPENAI_BASE_URL": "http://127.0.0.1:1/v1",
        "SUMMARIZER_MODEL": "m-env",
        "SUMMARIZER_TIMEOUT": "7",
        "SUMMARIZER_RETRY_BUDGET": "9",
    }
    settings = settings_from_env(env)
    assert (settings.model, settings.timeout, settings.retry.budget) == ("m-env", 7.0, 9.0)
    flags = settings_from_env(env, model="m-flag", retry_budget=3, timeout=2.0)
    assert (flags.model, flags.timeout, flags.retry.budget) == ("m-flag", 2.0, 3.0)
    assert settings_from_env({}, offline=True).model == "authored"
    with pytest.raises(ConfigError, match="not a number"):
        settings_from_env({"SUMMARIZER_TIMEOUT": "soon"})
    with pytest.raises(ConfigError, match="unknown mode"):
        settings_from_env({}, mode="xml")
