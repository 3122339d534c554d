"""The structured-output loop: ask, parse, re-ask on invalid output, count every attempt.

instructor decides what each mode sends, how a reply is parsed and what a re-ask says: this
module calls the same public mode handlers (``instructor.v2.mode_registry``) that instructor's
own ``create`` calls, so the request bytes, the validation and the re-ask messages are
instructor's. What it does not take from ``create`` is the per-request bookkeeping around them:
``create`` walks the response model's whole class tree looking for async validators about
seven times per request (2.5 ms of CPU per article for :class:`~summarizer.schema.ArticleFacts`,
the largest single cost of a large run), deep-copies the messages, and runs a tenacity loop
and hooks we would only use to count attempts. Here the walk runs once per schema and mode, the
handlers' request options are reused while they do not depend on the messages, and attempts
and token usage are counted directly.

A test sends the same article through instructor's ``create`` and through this loop, in every
mode and through a re-ask, and requires the same JSON requests and the same result.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from summarizer.llm.compact import compact_model
from summarizer.storage.exchanges import Exchange, attach

_PROBE = [{"role": "system", "content": "probe"}, {"role": "user", "content": "probe"}]


@dataclass(frozen=True)
class Plan:
    """How one schema is asked for in one instructor mode; built once, shared by all calls."""

    handlers: Any  # instructor.v2.ModeHandlers
    model: type[BaseModel]  # instructor's prepared (wrapped) response model
    # The handler's request options (tools, tool_choice, response_format) when they do not
    # depend on the messages; None when the handler rewrites the messages (json, md_json
    # put the schema into the system prompt), and so must run per request.
    fixed: dict[str, Any] | None
    fixed_json: str = ""  # ``fixed`` as JSON, serialised once
    # Applied to each validated answer inside the loop (its ValidationError is re-asked):
    # evidence by reference maps sentence numbers back to passages (llm.references.bind).
    convert: Callable[[BaseModel], BaseModel] | None = None

    def request(self, messages: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
        """The keyword arguments of ``chat.completions.create`` for one first attempt."""
        if self.fixed is None:
            _, kwargs = self.handlers.request_handler(
                response_model=self.model, kwargs={"messages": messages, **options}
            )
        else:
            # The schema-sized options go in ``extra_body``, which the SDK sends as they are:
            # as named arguments its request transform would walk every nested dict of the
            # JSON Schema on every call (0.5 ms per request here) looking for aliased keys,
            # and a JSON Schema has none. The JSON sent is the same.
            kwargs = {**options, "messages": list(messages), "extra_body": self.fixed}
        if self.handlers.message_converter is not None:
            kwargs["messages"] = self.handlers.message_converter(kwargs["messages"])
        request: dict[str, Any] = kwargs
        return request

    def encode(self, params: dict[str, Any], extra_body: dict[str, Any] | None) -> bytes:
        """The JSON body for ``params`` and ``extra_body``, in the SDK's format (compact,
        UTF-8, no NaN) with the static part first: the schema-sized options (``tools`` and
        ``tool_choice``, or ``response_format``), then ``model`` and the other scalar options
        alphabetically, then ``messages`` (system prompt first, the article last). Every
        article's request so starts with the same bytes up to its article: the order
        providers build the prompt in (tool definitions ahead of the conversation), kept in the
        body too, so the static prefix is visible byte for byte (a test holds it) and any
        prefix cache on the way can use it. The same JSON as ``chat.completions.create``
        sends, in another key order. The schema-sized options were serialised once, when the
        plan was built; only the messages and the scalar options are serialised per
        request."""
        ordered = {"model": params.get("model")}
        ordered.update(sorted((k, v) for k, v in params.items() if k != "messages"))
        ordered["messages"] = params.get("messages")
        if extra_body is None or extra_body is not self.fixed or not self.fixed_json:
            body = {**(extra_body or {}), **ordered}
            return _dumps({k: body[k] for k in sorted(body, key=_static_first)}).encode()
        tail = _dumps({k: v for k, v in ordered.items() if k not in extra_body})
        return f"{self.fixed_json[:-1]},{tail[1:]}".encode()  # splice two JSON objects

    def parse(self, completion: Any) -> BaseModel:
        """The validated model from one reply. Raises what :data:`REASKABLE` lists when the
        reply is invalid (worth a re-ask), and ``IncompleteOutputException`` when it was cut
        off at the token limit (not worth one: the same limit would cut it again), and
        :class:`Refused` when the model declined (instructor would raise a bare
        ``AssertionError``)."""
        choices = getattr(completion, "choices", None)
        if not isinstance(choices, list) or not choices:
            # Not the model's output at all (an HTML login page behind a 200, a proxy's
            # answer, a server that returned no choices): re-asking would send the same
            # request to the same wrong place, so it is not worth a re-ask.
            raise NotACompletion(describe_body(completion, choices))
        refusal = getattr(choices[0].message, "refusal", None)
        if refusal:
            raise Refused(str(refusal))
        parsed: BaseModel = self.handlers.response_parser(
            response=completion,
            response_model=self.model,
            validation_context=None,
            strict=True,  # instructor's default: no silent coercion of wrong types
            stream=False,
            is_async=False,
        )
        return parsed if self.convert is None else self.convert(parsed)

    def reask(self, kwargs: dict[str, Any], completion: Any, error: Exception) -> dict[str, Any]:
        """The next attempt's arguments: instructor's re-ask (the model's reply and the
        validation error appended to the conversation)."""
        reasked: dict[str, Any] = self.handlers.reask_handler(
            kwargs=kwargs, response=completion, exception=error
        )
        return reasked


def reaskable() -> tuple[type[Exception], ...]:
    """The errors that mean "invalid output, worth a re-ask"."""
    return _reaskable()


def _reaskable() -> tuple[type[Exception], ...]:
    from instructor.core.exceptions import ResponseParsingError

    return (ValidationError, json.JSONDecodeError, ResponseParsingError)


@cache
def plan_for(schema: type[BaseModel], mode: Any) -> Plan:
    """The :class:`Plan` for ``schema`` in instructor ``mode`` (cached per pair).

    Raises ``ValueError`` for a schema instructor cannot run (one with instructor async
    validators), once, as instructor's ``create`` would on every call."""
    import instructor
    from instructor.v2 import Provider, mode_registry
    from instructor.v2.validation.async_validators import reject_async_validators

    reject_async_validators(schema)
    handlers = mode_registry.get_handlers(Provider.OPENAI, mode)
    # One wrapped class per schema: instructor wraps a plain model into a new class each
    # time, which would defeat its schema cache and leak classes.
    wrapped = instructor.response_schema(schema)
    # What the handlers send as the schema: the same structure in fewer tokens (compact.py).
    sent = compact_model(wrapped, schema)
    probe = [dict(message) for message in _PROBE]
    model, kwargs = handlers.request_handler(response_model=sent, kwargs={"messages": probe})
    untouched = kwargs.get("messages") == _PROBE
    fixed = {k: v for k, v in kwargs.items() if k != "messages"} if untouched else None
    return Plan(handlers, model, fixed, _dumps(fixed) if fixed else "")


def _static_first(key: str) -> int:
    """Sort key of a body's top-level keys: the schema-sized options, the scalars, and the
    messages last (a stable sort keeps each group's own order)."""
    if key == "messages":
        return 2
    return 0 if key in ("tools", "tool_choice", "response_format", "functions") else 1


def _default(value: Any) -> Any:
    """What the openai SDK's JSON encoder does with the two non-JSON types it accepts."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(exclude_unset=True, mode="json", by_alias=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _dumps(value: Any) -> str:
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_default
    )


_BEARER = {"bearer_auth": True}


def sender(sdk: Any, plan: Plan) -> Callable[..., Any]:
    """What ``sdk.chat.completions.create`` does for the requests ``plan`` builds, through the
    SDK's public low-level ``post`` (for a plain ``OpenAI`` or ``AsyncOpenAI``; any other client
    gets its own ``create``): the same URL, headers, auth, retries and response type,
    without the per-call work ``create`` adds. That work is a walk of every message through
    the SDK's parameter transform (~0.3 ms per request, which changes nothing in plain chat
    messages: they carry no aliased keys and no files) and a fresh serialisation of the
    schema-sized options; together 10% of a large run's CPU. Works for ``OpenAI`` (returns
    the completion) and ``AsyncOpenAI`` (returns an awaitable of it)."""
    import openai
    from openai.types.chat import ChatCompletion

    if type(sdk) not in (openai.OpenAI, openai.AsyncOpenAI):
        # A subclass (AzureOpenAI adds its deployment path in its own request builder) or
        # an instrumented client must see the call it expects.
        return sdk.chat.completions.create  # type: ignore[no-any-return]
    post = sdk.post

    def send(
        *,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: Any = None,
        **params: Any,
    ) -> Any:
        options: dict[str, Any] = {"headers": extra_headers or {}, "security": _BEARER}
        if extra_query:
            options["params"] = extra_query
        if timeout is not None:
            options["timeout"] = timeout
        return post(
            "/chat/completions",
            cast_to=ChatCompletion,
            content=plan.encode(params, extra_body),
            options=options,
        )

    return send


@dataclass
class Outcome:
    """A validated answer and what it took to get it."""

    value: BaseModel
    completion: Any
    attempts: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cached_tokens: int = 0  # prompt_tokens_details.cached_tokens, summed
    first_prompt_tokens: int = 0  # the first attempt's prompt_tokens (re-asks add to it)
    # every attempt's request and response, for the store
    exchange: Exchange | None = field(default=None, kw_only=True)


class Refused(Exception):
    """The model declined to answer; the message is its refusal."""


class NotACompletion(Exception):
    """The endpoint's successful answer is not a chat completion with choices."""


def describe_body(completion: Any, choices: Any) -> str:
    """What came back instead of a chat completion, in a few words."""
    import re

    if isinstance(choices, list):
        return "a chat completion without choices"
    text = completion.decode("utf-8", "replace") if isinstance(completion, bytes) else completion
    if isinstance(text, str):
        if re.search(r"(?i)<\s*(!doctype\s+html|html)\b", text[:2048]):
            title = re.search(r"(?is)<title[^>]*>(.*?)</title>", text)
            named = " ".join(title.group(1).split())[:80] if title else ""
            return f"an HTML page{f' ({named!r})' if named else ''}"
        return "a body that is not JSON"
    return f"a {type(completion).__name__}, not a chat completion"


class ReasksExhausted(Exception):
    """Every attempt's output was invalid; ``__cause__`` is the last validation error."""

    def __init__(self, attempts: int, last: Exception) -> None:
        first = str(last).strip().splitlines()[0] if str(last).strip() else type(last).__name__
        super().__init__(first)
        self.attempts = attempts
        self.last = last


_SPENT = "_summarizer_spent"


def spent_on(error: BaseException) -> tuple[int, int, int, int, int, int] | None:
    """(attempts, prompt, completion, total, cached, first attempt's prompt tokens) the failed
    call ``error`` ended had used, when it came out of :func:`create` / :func:`acreate`."""
    spent: tuple[int, int, int, int, int, int] | None = getattr(error, _SPENT, None)
    return spent


@dataclass
class Attempts:
    """The state of one article's attempts, shared by the sync and async loops so they
    cannot drift apart: ``kwargs`` is what to send next, :meth:`take` judges each reply.
    ``exchange`` keeps a reference to every request and reply (and the error that rejected
    or ended it), serialised only when the store writes the article's row."""

    plan: Plan
    kwargs: dict[str, Any]
    max_reasks: int
    hooks: Any = None  # an instructor Hooks of a caller's instructor client, if any
    attempts: int = 0
    # prompt, completion, total, cached, first attempt's prompt tokens
    usage: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])
    exchange: Exchange = field(default_factory=Exchange)

    def before(self) -> None:
        self.attempts += 1
        self.exchange.begin(self.kwargs)
        if self.hooks is not None:
            self.hooks.emit_completion_arguments(**self.kwargs)

    def failed(self, error: Exception) -> None:
        self.exchange.ended(error)
        if self.hooks is not None:
            self.hooks.emit_completion_error(error)

    def spent(self, error: Exception) -> None:
        """Mark ``error`` with what the attempts so far used (:func:`spent_on`): a failed
        article's tokens were paid for too, and must be logged as such; and with the exchange
        up to it (:func:`summarizer.storage.exchanges.exchange_of`)."""
        self.exchange.ended(error)
        attach(error, self.exchange)
        with contextlib.suppress(AttributeError, TypeError):  # an exception without __dict__
            setattr(error, _SPENT, (self.attempts, *self.usage))

    def take(self, completion: Any) -> Outcome | None:
        """The outcome if ``completion`` is valid; None after preparing a re-ask; raises
        :class:`ReasksExhausted` when none are left."""
        self.exchange.answered(completion)
        if self.hooks is not None:
            self.hooks.emit_completion_response(completion)
        usage = getattr(completion, "usage", None)
        if usage is not None:
            prompt = usage.prompt_tokens or 0
            self.usage[0] += prompt
            self.usage[1] += usage.completion_tokens or 0
            self.usage[2] += usage.total_tokens or 0
            details = getattr(usage, "prompt_tokens_details", None)
            self.usage[3] += getattr(details, "cached_tokens", None) or 0
            if self.attempts == 1:
                self.usage[4] = prompt
        try:
            value = self.plan.parse(completion)
        except _reaskable() as error:
            self.exchange.ended(error)
            if self.hooks is not None:
                self.hooks.emit_parse_error(error)
            if self.attempts > self.max_reasks:
                raise ReasksExhausted(self.attempts, error) from error
            self.kwargs = self.plan.reask(self.kwargs, completion, error)
            return None
        return Outcome(value, completion, self.attempts, *self.usage, exchange=self.exchange)


def create(
    send: Callable[..., Any],
    plan: Plan,
    kwargs: dict[str, Any],
    max_reasks: int,
    hooks: Any = None,
) -> Outcome:
    """Ask through ``send`` (an SDK's ``chat.completions.create``) until a reply validates or
    ``max_reasks`` re-asks are spent. Transport errors propagate at once: HTTP retries belong
    to the transport, and a 500 never spends a re-ask."""
    state = Attempts(plan, kwargs, max_reasks, hooks)
    while True:
        state.before()
        try:
            completion = send(**state.kwargs)
        except Exception as error:
            state.failed(error)
            state.spent(error)
            raise
        try:
            outcome = state.take(completion)
        except Exception as error:
            state.spent(error)
            raise
        if outcome is not None:
            return outcome


async def acreate(
    send: Callable[..., Awaitable[Any]],
    plan: Plan,
    kwargs: dict[str, Any],
    max_reasks: int,
    hooks: Any = None,
) -> Outcome:
    """The asynchronous twin of :func:`create`."""
    state = Attempts(plan, kwargs, max_reasks, hooks)
    while True:
        state.before()
        try:
            completion = await send(**state.kwargs)
        except Exception as error:
            state.failed(error)
            state.spent(error)
            raise
        try:
            outcome = state.take(completion)
        except Exception as error:
            state.spent(error)
            raise
        if outcome is not None:
            return outcome
