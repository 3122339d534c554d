"""The structured-output loop against instructor's own ``create``: the same JSON requests, the
same re-asks, the same result, in every mode; attempts and tokens counted; the mode and hooks
of a caller's instructor client honoured."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import instructor
import openai
import pytest
from pydantic import BaseModel

from summarizer.articles import load_article
from summarizer.errors import ConfigError, LLMError, OutputValidationError
from summarizer.llm import attempts as structured
from summarizer.llm.client import MODES, Settings, instructor_mode
from summarizer.llm.summarize import prepare, summarize
from summarizer.schema import ArticleFacts
from summarizer.testing.authoring import fake_endpoint, wire_response
from tests.conftest import authored_turns

ROOT = Path(__file__).resolve().parent.parent
REASKED = "f9d800ded702b085"  # its authored first answer is invalid: one re-ask
SEED = ROOT / "seeds" / "001_591bf30ef7c23ef6.txt"


def recording(
    transport: httpx2.BaseTransport, requests: list[httpx2.Request] | None = None
) -> tuple[httpx2.BaseTransport, list[bytes]]:
    bodies: list[bytes] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        request.read()
        bodies.append(request.content)
        if requests is not None:
            requests.append(request)
        return transport.handle_request(request)

    return httpx2.MockTransport(handle), bodies


def sdk_over(transport: httpx2.BaseTransport) -> openai.OpenAI:
    return openai.OpenAI(
        api_key="test", base_url="http://stub.invalid/v1", max_retries=0,
        http_client=httpx2.Client(transport=transport),
    )  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
def test_same_requests_and_result_as_instructor_create(mode: str) -> None:
    assert load_article(SEED).id == REASKED
    settings = Settings(model="authored", mode=mode, max_reasks=2)
    call = prepare(SEED, ArticleFacts, settings)
    turns = {REASKED: authored_turns(REASKED)}
    assert len(turns[REASKED]) == 2

    sent_theirs: list[httpx2.Request] = []
    sent_ours: list[httpx2.Request] = []
    theirs_transport, theirs = recording(fake_endpoint(turns, mode=mode), sent_theirs)
    client = instructor.from_openai(sdk_over(theirs_transport), mode=instructor_mode(mode))
    plan = structured.plan_for(ArticleFacts, instructor_mode(mode))
    first = call.request(plan)
    options = {k: v for k, v in first.items() if k in ("model", "temperature", "max_tokens")}
    expected = client.chat.completions.create(
        response_model=plan.model,
        messages=call.messages,  # type: ignore[arg-type]
        max_retries=2,
        extra_headers=call.headers,
        **options,
    )

    ours_transport, ours = recording(fake_endpoint(turns, mode=mode), sent_ours)
    sdk = sdk_over(ours_transport)
    outcome = structured.create(structured.sender(sdk, plan), plan, first, max_reasks=2)

    assert len(ours) == 2  # the invalid first answer was re-asked once
    # The same JSON (key order aside: the schema-sized options are serialised once per plan)
    # to the same URL with the same headers (auth, content type and length, our article and
    # version headers, the SDK's own).
    assert [json.loads(b) for b in ours] == [json.loads(b) for b in theirs]
    for mine, their in zip(sent_ours, sent_theirs, strict=True):
        assert (mine.method, mine.url) == (their.method, their.url)
        assert dict(mine.headers) == dict(their.headers)
    assert outcome.attempts == 2
    assert outcome.value.model_dump() == expected.model_dump()


def test_tokens_are_summed_over_attempts() -> None:
    settings = Settings(model="authored", max_reasks=2)
    turns = {REASKED: authored_turns(REASKED)}
    transport, bodies = recording(fake_endpoint(turns))
    result = summarize(SEED, settings=settings, client=sdk_over(transport))
    replies = [
        wire_response(turn, body, "tools", "x", "ArticleFacts")["usage"]
        for turn, body in zip(turns[REASKED], bodies, strict=True)
    ]
    assert result.usage.attempts == 2 and result.usage.reasks == 1
    assert result.usage.prompt_tokens == sum(r["prompt_tokens"] for r in replies)
    assert result.usage.completion_tokens == sum(r["completion_tokens"] for r in replies)
    assert replies[0]["prompt_tokens"] != result.usage.prompt_tokens


def test_reasks_run_out_into_one_line_error() -> None:
    invalid = authored_turns(REASKED)[0]
    transport, bodies = recording(fake_endpoint({REASKED: [invalid]}))
    settings = Settings(model="authored", max_reasks=1)
    with pytest.raises(OutputValidationError) as caught:
        summarize(SEED, settings=settings, client=sdk_over(transport))
    assert len(bodies) == 2
    message = str(caught.value)
    assert "failed validation after 2 attempts (1 re-asks)" in message
    assert "\n" not in message


def test_truncated_output_is_not_reasked() -> None:
    answer = authored_turns(REASKED)[-1]

    def handler(request: httpx2.Request) -> httpx2.Response:
        reply = wire_response(answer, request.content, "tools", "cut", "ArticleFacts")
        reply["choices"][0]["finish_reason"] = "length"
        return httpx2.Response(200, json=reply)

    transport, bodies = recording(httpx2.MockTransport(handler))
    with pytest.raises(
        OutputValidationError,
        match=r"cut off at the token limit \(4096 tokens\); raise it with --max-tokens",
    ):
        summarize(SEED, settings=Settings(model="authored"), client=sdk_over(transport))
    assert len(bodies) == 1


def test_instructor_client_mode_and_hooks_are_honoured() -> None:
    turns = {REASKED: authored_turns(REASKED)}
    transport, bodies = recording(fake_endpoint(turns, mode="json"))
    client = instructor.from_openai(sdk_over(transport), mode=instructor.Mode.JSON)
    seen: list[str] = []
    client.on("completion:response", lambda *_a, **_k: seen.append("response"))
    client.on("parse:error", lambda *_a, **_k: seen.append("parse error"))
    result = summarize(SEED, settings=Settings(model="authored"), client=client)
    assert result.ok and result.usage.attempts == 2
    assert seen == ["response", "parse error", "response"]
    assert "response_format" in json.loads(bodies[0])  # json mode, not the settings' tools


def test_unsupported_instructor_mode_is_one_line_config_error() -> None:
    client = instructor.from_openai(
        sdk_over(httpx2.MockTransport(lambda r: httpx2.Response(500))),
        mode=instructor.Mode.PARALLEL_TOOLS,
    )
    with pytest.raises(ConfigError, match="mode 'parallel_tool_call' is not supported"):
        summarize(SEED, settings=Settings(model="authored"), client=client)


def test_request_options_are_reused_only_when_messages_are_untouched() -> None:
    tools = structured.plan_for(ArticleFacts, instructor_mode("tools"))
    md_json = structured.plan_for(ArticleFacts, instructor_mode("md_json"))
    assert tools.fixed is not None and set(tools.fixed) == {"tools", "tool_choice"}
    assert md_json.fixed is None  # the schema goes into its system message
    messages: list[dict[str, Any]] = [{"role": "user", "content": "text"}]
    request = tools.request(messages, model="m")
    request["messages"].append({"role": "user", "content": "re-ask"})
    assert messages == [{"role": "user", "content": "text"}]  # the caller's list is never grown


def test_schema_instructor_cannot_run_is_a_config_error() -> None:
    from instructor.v2.validation.async_validators import async_field_validator

    class WithAsync(BaseModel):
        name: str

        @async_field_validator("name")
        async def check(self, value: str) -> str:
            return value

    settings = Settings(model="authored")
    transport, _ = recording(fake_endpoint({}))
    with pytest.raises(ConfigError, match=r"WithAsync: .*async validators"):
        summarize(SEED, schema=WithAsync, settings=settings, client=sdk_over(transport))


def test_a_refusal_is_one_line_and_not_reasked() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        reply = wire_response({}, request.content, "tools", "no", "ArticleFacts")
        message = {"role": "assistant", "content": None, "refusal": "I can't help with that."}
        reply["choices"][0]["message"] = message
        return httpx2.Response(200, json=reply)

    transport, bodies = recording(httpx2.MockTransport(handler))
    with pytest.raises(LLMError) as caught:
        summarize(SEED, settings=Settings(model="authored"), client=sdk_over(transport))
    assert str(caught.value).endswith("the model refused: I can't help with that.")
    assert len(bodies) == 1


@pytest.mark.parametrize("mode", MODES)
def test_sender_sends_the_bytes_create_sends(mode: str) -> None:
    """The sender skips the SDK's per-call work, not anything it sends: the same JSON body
    (cassettes match bodies as JSON; the sender puts the static keys first for prompt
    caching, see test_prompt_cache), the same length, URL and headers, the same parsed
    completion, for first attempts and re-asks alike."""
    settings = Settings(model="authored", mode=mode, max_reasks=2, temperature=0.0)
    call = prepare(SEED, ArticleFacts, settings)
    plan = structured.plan_for(ArticleFacts, instructor_mode(mode))
    turns = {REASKED: authored_turns(REASKED)}
    first = call.request(plan)
    via_create: list[httpx2.Request] = []
    via_sender: list[httpx2.Request] = []
    transport, _ = recording(fake_endpoint(turns, mode=mode), via_create)
    created = sdk_over(transport).chat.completions.create(**first)
    transport, _ = recording(fake_endpoint(turns, mode=mode), via_sender)
    sent = structured.sender(sdk_over(transport), plan)(**first)
    assert type(sent) is type(created)
    assert sent.model_dump() == created.model_dump()
    reask = plan.reask(first, created, ValueError("invalid"))
    sdk_over(recording(fake_endpoint(turns, mode=mode), via_create)[0]).chat.completions.create(
        **reask
    )
    structured.sender(sdk_over(recording(fake_endpoint(turns, mode=mode), via_sender)[0]), plan)(
        **reask
    )
    for mine, theirs in zip(via_sender, via_create, strict=True):
        assert json.loads(mine.content) == json.loads(theirs.content)
        assert len(mine.content) == len(theirs.content)
        assert list(json.loads(mine.content))[-1] == "messages"
        assert (mine.url, dict(mine.headers)) == (theirs.url, dict(theirs.headers))


def test_sender_leaves_sdk_subclasses_their_own_create() -> None:
    """AzureOpenAI builds its deployment path in its own request builder, from the JSON
    body; an instrumented client may wrap create. Only plain clients get the fast path."""

    class Instrumented(openai.OpenAI):
        pass

    plan = structured.plan_for(ArticleFacts, instructor_mode("tools"))
    plain = sdk_over(httpx2.MockTransport(lambda request: httpx2.Response(500)))
    sub = Instrumented(api_key="test", base_url="http://stub.invalid/v1")
    azure = openai.AzureOpenAI(
        api_key="test", azure_endpoint="http://stub.invalid", api_version="2024-10-21"
    )
    assert structured.sender(sub, plan) == sub.chat.completions.create
    assert structured.sender(azure, plan) == azure.chat.completions.create
    assert structured.sender(plain, plan) != plain.chat.completions.create
