"""A caller's instructor client of another provider: asked through instructor's public
``create_with_completion`` (its provider's request format, parsing and re-asks), counted,
grounded and priced like any other answer. The client is built with instructor's public API
(``Instructor`` over ``patch_v2`` for Mistral, whose handlers need no Mistral SDK) around a
fake ``chat.complete``."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import instructor
import pytest
from instructor.v2 import Provider
from instructor.v2.core.patch import patch_v2
from openai.types.chat import ChatCompletion

from summarizer import Settings, asummarize, summarize
from summarizer.errors import ConfigError, OutputValidationError
from summarizer.llm import foreign
from summarizer.storage.cost import DEFAULT_PRICES, RunCost
from summarizer.testing.authoring import wire_response
from tests.conftest import SEED_FILES, authored_turns

REASKED = "f9d800ded702b085"  # its authored first answer is invalid, the second valid
SEED = SEED_FILES[1]  # the article the REASKED turns answer
TURNS = authored_turns(REASKED)
MODEL = "mistral-large-latest"


class FakeMistral:
    """``chat.complete``: records every request, answers the scripted turns in order (the
    last one again once they run out), in the OpenAI-shaped form Mistral's API uses."""

    def __init__(self, turns: list[dict[str, Any]]) -> None:
        self.turns = list(turns)
        self.requests: list[dict[str, Any]] = []

    def answer(self, kwargs: dict[str, Any]) -> ChatCompletion:
        self.requests.append(json.loads(json.dumps(kwargs, default=str)))
        turn = self.turns.pop(0) if len(self.turns) > 1 else self.turns[0]
        reply = wire_response(turn, b"x" * 4_000, "tools", "m", "ArticleFacts")
        reply["model"] = kwargs["model"]
        return ChatCompletion.model_validate(reply)

    def complete(self, **kwargs: Any) -> ChatCompletion:
        return self.answer(kwargs)

    async def complete_async(self, **kwargs: Any) -> ChatCompletion:
        return self.answer(kwargs)


def mistral(fake: FakeMistral, *, is_async: bool = False) -> instructor.Instructor:
    create = patch_v2(
        func=fake.complete_async if is_async else fake.complete,
        provider=Provider.MISTRAL,
        mode=instructor.Mode.TOOLS,
        default_model=MODEL,
    )
    kind = instructor.AsyncInstructor if is_async else instructor.Instructor
    return kind(client=fake, create=create, mode=instructor.Mode.TOOLS, provider=Provider.MISTRAL)


def test_a_mistral_client_is_asked_through_instructor_and_grounded() -> None:
    fake = FakeMistral(TURNS)
    result = summarize(SEED, client=mistral(fake), settings=Settings(max_tokens=2_000))
    assert result.ok, result.error
    assert result.model == MODEL  # the client's own model, not the settings' gpt-4o-mini
    assert result.usage.attempts == 2 and result.usage.reasks == 1
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.grounding is not None and result.grounding.verified > 0
    first = fake.requests[0]
    assert first["model"] == MODEL and first["max_tokens"] == 2_000
    assert first["tool_choice"] == "any"  # Mistral's form, from instructor's Mistral handler
    assert first["messages"][-1]["content"].rstrip().endswith("</article>")
    assert fake.requests[1]["messages"][-1]["role"] == "tool"  # instructor's re-ask
    # priced as the model that answered (genai-prices knows Mistral's)
    assert RunCost(prices=DEFAULT_PRICES).add(result) is not None


def test_an_invented_passage_is_flagged_as_on_the_openai_path() -> None:
    answer = json.loads(json.dumps(TURNS[-1]))
    answer["sanctions"][0]["evidence"] = ["The leaders signed a treaty on the Moon."]
    result = summarize(SEED, client=mistral(FakeMistral([answer])))
    assert result.ok and result.grounding is not None
    assert any("Moon" in check.passage for check in result.grounding.unverified)


def test_the_async_twin_and_an_explicit_model() -> None:
    fake = FakeMistral(TURNS)
    result = asyncio.run(asummarize(SEED, client=mistral(fake, is_async=True), model="codestral"))
    assert result.ok and result.model == "codestral"
    assert [request["model"] for request in fake.requests] == ["codestral", "codestral"]
    assert "max_tokens" not in fake.requests[0]  # not set: the provider's default


def test_reasks_run_out_into_the_same_one_line_error() -> None:
    with pytest.raises(OutputValidationError) as caught:
        summarize(SEED, client=mistral(FakeMistral(TURNS[:1])), settings=Settings(max_reasks=1))
    message = str(caught.value)
    assert "failed validation after 2 attempts (1 re-asks)" in message and "\n" not in message


def test_a_foreign_client_cannot_replay_openai_cassettes() -> None:
    with pytest.raises(ConfigError, match="cannot replay the recorded cassettes"):
        summarize(SEED, client=mistral(FakeMistral(TURNS)), offline=True)


def test_a_foreign_client_is_not_offered_the_sentences_form() -> None:
    """Its answers come through instructor's own create, past the step that maps sentence
    numbers back to text, so asking for them is refused before anything is sent."""
    fake = FakeMistral(TURNS)
    with pytest.raises(ConfigError, match="--evidence sentences needs an OpenAI client"):
        summarize(SEED, client=mistral(fake), evidence="sentences")
    with pytest.raises(ConfigError, match="--evidence sentences needs an OpenAI client"):
        asyncio.run(asummarize(SEED, client=mistral(fake, is_async=True), evidence="sentences"))
    assert fake.requests == []


def test_only_clients_our_loop_does_not_plan_take_this_path() -> None:
    import openai

    sdk = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1")
    assert not foreign.is_foreign(sdk)
    assert not foreign.is_foreign(instructor.from_openai(sdk, mode=instructor.Mode.JSON))
    assert foreign.is_foreign(instructor.from_openai(sdk, mode=instructor.Mode.RESPONSES_TOOLS))
    assert foreign.is_foreign(mistral(FakeMistral(TURNS)))
    # an OpenAI SDK client that instructor files under another provider (by its base URL)
    # stays on our own loop
    together = instructor.Instructor(
        client=sdk,
        create=sdk.chat.completions.create,
        mode=instructor.Mode.TOOLS,
        provider=Provider.TOGETHER,
    )
    assert not foreign.is_foreign(together)
    assert not foreign.is_foreign(None)


def test_usage_in_either_shape() -> None:
    openai_shape = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    openai_shape["prompt_tokens_details"] = {"cached_tokens": 4}  # type: ignore[assignment]
    assert foreign.usage_numbers(openai_shape) == (10, 5, 15, 4)
    anthropic_shape = {
        "input_tokens": 10,
        "output_tokens": 5,
        "cache_read_input_tokens": 30,
        "cache_creation_input_tokens": 2,
    }
    assert foreign.usage_numbers(anthropic_shape) == (42, 5, 47, 30)
    assert foreign.usage_numbers(None) == (0, 0, 0, 0)
