"""A caller's instructor client that we do not plan requests for: another provider's
(``instructor.from_provider("anthropic/...")``, ``from_mistral``...) or an OpenAI client in a
mode our loop does not run (the Responses API). It is asked through instructor's public
``create_with_completion``, so its provider's request format, parsing and re-asks are
instructor's, and the answer is grounded in the article like any other.

What the own loop (:mod:`summarizer.llm.attempts`) gives and this path does not: our request
byte order and the exchange kept in the store. Tokens and attempts are still counted, through
per-call hooks. Modes that answer with several objects (parallel tools) cannot fill one schema
and stay refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from summarizer.errors import ConfigError
from summarizer.llm.attempts import Outcome, ReasksExhausted
from summarizer.llm.cassettes import active_session

if TYPE_CHECKING:
    from pydantic import BaseModel

    from summarizer.llm.client import Settings

__all__ = ["acreate", "create", "is_foreign", "model_of", "refuse"]


def is_foreign(client: Any) -> bool:
    """An instructor client our own loop does not serve: not over an OpenAI SDK client (another
    provider's), or in a mode outside :data:`~summarizer.llm.client.MODES`. A client over an
    OpenAI SDK client that instructor files under another provider (Azure, Together, Groq by
    base URL) stays on our loop, as before."""
    if client is None:
        return False
    import instructor
    import openai

    from summarizer.llm.client import MODES, instructor_mode

    if not isinstance(client, instructor.Instructor):
        return False
    planned = {instructor_mode(name) for name in MODES}
    is_async = isinstance(client, instructor.AsyncInstructor)
    sdk = openai.AsyncOpenAI if is_async else openai.OpenAI
    return not (isinstance(client.client, sdk) and client.mode in planned)


def refuse(replay: bool, evidence: str = "quotes") -> None:
    """A foreign instructor client is live only: the cassettes hold OpenAI chat completions.
    It answers the facts model through instructor's own ``create``, so the sentences form,
    whose numbers our attempt loop maps back to text, is not available through it."""
    if evidence != "quotes":
        raise ConfigError(
            f"--evidence {evidence} needs an OpenAI client: an instructor client of another "
            "provider answers with passages (use --evidence quotes)"
        )
    if replay or active_session() is not None:
        raise ConfigError(
            "an instructor client of another provider or mode cannot replay the recorded "
            "cassettes (they are OpenAI chat completions): call it live, or pass an OpenAI client"
        )


def _refuse_many(client: Any) -> None:
    value = str(getattr(client.mode, "value", client.mode))
    if "parallel" in value:
        raise ConfigError(
            f"instructor mode {value!r} is not supported: it answers with several objects, not "
            "one schema; use a single-tool mode (tools, json_schema, json, md_json)"
        )


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def usage_numbers(usage: Any) -> tuple[int, int, int, int]:
    """(prompt, completion, total, cached) tokens of one reply's ``usage`` in either shape:
    OpenAI's (``prompt_tokens``, ``prompt_tokens_details.cached_tokens``) or Anthropic's
    (``input_tokens`` not counting cache reads and writes, which are added back in)."""
    if usage is None:
        return 0, 0, 0, 0
    prompt, completion = _get(usage, "prompt_tokens"), _get(usage, "completion_tokens")
    if prompt is None:
        read = _get(usage, "cache_read_input_tokens") or 0
        written = _get(usage, "cache_creation_input_tokens") or 0
        prompt = (_get(usage, "input_tokens") or 0) + read + written
        completion, cached = _get(usage, "output_tokens") or 0, read
    else:
        cached = _get(_get(usage, "prompt_tokens_details"), "cached_tokens") or 0
    completion = completion or 0
    total = _get(usage, "total_tokens") or prompt + completion
    return int(prompt), int(completion), int(total), int(cached)


class _Tally:
    """Per-call hooks: attempts and the tokens of every reply, re-asks included."""

    def __init__(self) -> None:
        self.attempts = 0
        self.numbers = [0, 0, 0, 0]
        self.first_prompt = 0

    def hooks(self) -> Any:
        from instructor.core.hooks import Hooks

        hooks = Hooks()
        hooks.on("completion:kwargs", self._asked)
        hooks.on("completion:response", self._answered)
        return hooks

    def _asked(self, *_args: Any, **_kwargs: Any) -> None:
        self.attempts += 1

    def _answered(self, response: Any) -> None:
        numbers = usage_numbers(_get(response, "usage"))
        self.numbers = [a + b for a, b in zip(self.numbers, numbers, strict=True)]
        if self.attempts == 1:
            self.first_prompt = numbers[0]

    def outcome(self, value: Any, completion: Any) -> Outcome:
        prompt, completion_tokens, total, cached = self.numbers
        attempts = max(self.attempts, 1)
        return Outcome(
            value, completion, attempts, prompt, completion_tokens, total, cached, self.first_prompt
        )

    def exhausted(self, error: Exception) -> Exception:
        """instructor's retry error as what our loop raises: :class:`ReasksExhausted` when the
        last attempt failed validation, the last attempt's own error (a transport or API error,
        for its one-line description) otherwise; any other error as it is."""
        from instructor.core.exceptions import InstructorRetryException

        from summarizer.llm.attempts import reaskable

        if not isinstance(error, InstructorRetryException):
            return error
        last = error.__cause__ if isinstance(error.__cause__, Exception) else error
        if isinstance(last, reaskable()):
            return ReasksExhausted(getattr(error, "n_attempts", None) or self.attempts, last)
        return last


def _request(
    client: Any,
    schema: type[BaseModel],
    messages: list[dict[str, Any]],
    settings: Settings,
    model: str | None,
    tally: _Tally,
) -> dict[str, Any]:
    """Everything both twins pass to ``create_with_completion``: the schema, our re-ask limit,
    the tally's hooks and :func:`_arguments`."""
    return {
        "response_model": schema,
        "max_retries": settings.max_reasks,
        "hooks": tally.hooks(),
        **_arguments(client, messages, settings, model),
    }


def _arguments(
    client: Any, messages: list[dict[str, Any]], settings: Settings, model: str | None
) -> dict[str, Any]:
    """The keyword arguments of ``create_with_completion``: the rendered messages, and only
    the options every provider's instructor client takes. ``model`` is sent when the caller
    named one; otherwise the client's own (``from_provider``'s) applies. Anthropic requires a
    token limit, so it always gets one."""
    from instructor.v2 import Provider

    options: dict[str, Any] = {"messages": [dict(message) for message in messages]}
    if model:
        options["model"] = model
    if settings.max_tokens is not None:
        options["max_tokens"] = settings.max_tokens
    elif getattr(client, "provider", None) == Provider.ANTHROPIC:
        options["max_tokens"] = 4096
    if settings.temperature is not None:
        options["temperature"] = settings.temperature
    return options


def model_of(completion: Any, asked: str | None, settings: Settings) -> str:
    """The model that answered, for the result: the reply's own ``model``, else the one asked
    for, else the settings'."""
    named = _get(completion, "model")
    return named if isinstance(named, str) and named else asked or settings.model


def create(
    client: Any,
    schema: type[BaseModel],
    messages: list[dict[str, Any]],
    settings: Settings,
    model: str | None = None,
) -> Outcome:
    """Ask a foreign sync instructor client for ``schema`` with the rendered ``messages``."""
    _refuse_many(client)
    tally = _Tally()
    send: Callable[..., Any] = client.create_with_completion
    try:
        value, completion = send(**_request(client, schema, messages, settings, model, tally))
    except Exception as error:
        ours = tally.exhausted(error)
        if ours is error:
            raise
        raise ours from error
    return tally.outcome(value, completion)


async def acreate(
    client: Any,
    schema: type[BaseModel],
    messages: list[dict[str, Any]],
    settings: Settings,
    model: str | None = None,
) -> Outcome:
    """The asynchronous twin of :func:`create`."""
    _refuse_many(client)
    tally = _Tally()
    try:
        value, completion = await client.create_with_completion(
            **_request(client, schema, messages, settings, model, tally)
        )
    except Exception as error:
        ours = tally.exhausted(error)
        if ours is error:
            raise
        raise ours from error
    return tally.outcome(value, completion)
