"""One article in, one ``SummaryResult`` out: prompt, LLM call, validation, grounding.

The sync and async paths share everything but the call itself (``_prepare`` before it,
``_finish`` after it), so they cannot drift apart.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from pydantic import BaseModel

from .articles import Article, article_from_text, load_article
from .cassettes import (
    ARTICLE_HEADER,
    DEFAULT_CASSETTE_DIR,
    PROMPT_HEADER,
    SCHEMA_HEADER,
    active_session,
    cassette_session,
    check_cassette,
    is_unmatched_request,
    label_for,
)
from .client import (
    Settings,
    async_instructor_client,
    async_openai_client,
    instructor_client,
    openai_client,
    settings_from_env,
)
from .errors import (
    CassetteError,
    ConfigError,
    LLMError,
    OutputValidationError,
    SummarizerError,
)
from .grounding import ground
from .prompts import prompt_version, render_messages
from .redact import redact
from .results import SummaryResult, Usage
from .retry import ATTEMPTS_EXTENSION
from .schema import ArticleFacts, schema_version

if TYPE_CHECKING:
    import instructor
    import openai

# instructor logs every failed attempt at ERROR; with no handler configured Python would print
# those to stderr (and they may quote a server message). Our errors say it once, redacted.
logging.getLogger("instructor").addHandler(logging.NullHandler())


def as_article(article: Article | str | Path) -> Article:
    """An ``Article`` from an Article, a ``Path``, or a string. A string is article text unless
    it is a single line naming an existing file (then it is read as a path)."""
    if isinstance(article, Article):
        return article
    if isinstance(article, Path):
        return load_article(article)
    if "\n" not in article and len(article) < 4096 and os.path.isfile(article):
        return load_article(article)
    return article_from_text(article)


@cache
def wrapped_schema(schema: type[BaseModel]) -> type[BaseModel]:
    """instructor's wrapped form of ``schema``, built once per class. instructor wraps an
    unwrapped model into a new class on every call, which defeats its own schema cache (a new
    class each time): about 17 ms of CPU per request and hundreds of throwaway classes kept
    alive. Passing the wrapped class makes it skip the wrap; the request is the same."""
    import instructor

    wrapped: type[BaseModel] = instructor.response_schema(schema)
    return wrapped


@dataclass
class _Call:
    """What one article's request needs, computed before the call."""

    article: Article
    schema: type[BaseModel]
    settings: Settings
    messages: list[dict[str, Any]]
    headers: dict[str, str]
    prompt_version: str
    schema_version: str
    events: dict[str, int] = field(default_factory=lambda: {"responses": 0, "parse_errors": 0})
    started: float = field(default_factory=time.perf_counter)

    def hooks(self) -> Any:
        from instructor.core.hooks import Hooks

        hooks = Hooks()
        hooks.on("completion:response", lambda *_a, **_k: self._count("responses"))
        hooks.on("parse:error", lambda *_a, **_k: self._count("parse_errors"))
        return hooks

    def _count(self, key: str) -> None:
        self.events[key] += 1

    def kwargs(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "model": self.settings.model,
            "messages": self.messages,
            "response_model": wrapped_schema(self.schema),
            "max_retries": self.settings.max_reasks,
            "extra_headers": self.headers,
            "hooks": self.hooks(),
        }
        if self.settings.temperature is not None:
            options["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            options["max_tokens"] = self.settings.max_tokens
        return options


def _prepare(article: Article | str | Path, schema: type[BaseModel], settings: Settings) -> _Call:
    art = as_article(article)
    p_version = prompt_version()
    s_version = schema_version(schema)
    messages = render_messages(
        art.text,
        schema_name=schema.__name__,
        published=art.metadata.get("article:published_time"),
    )
    headers = {ARTICLE_HEADER: art.id, PROMPT_HEADER: p_version, SCHEMA_HEADER: s_version}
    return _Call(art, schema, settings, messages, headers, p_version, s_version)


def _usage_of(completion: Any, call: _Call) -> Usage:
    raw = getattr(completion, "usage", None)
    attempts = max(call.events["responses"], 1)
    return Usage(
        prompt_tokens=getattr(raw, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(raw, "completion_tokens", 0) or 0,
        total_tokens=getattr(raw, "total_tokens", 0) or 0,
        attempts=attempts,
        reasks=attempts - 1,
    )


def _finish(call: _Call, facts: BaseModel, completion: Any, origin: str) -> SummaryResult:
    return SummaryResult(
        article_id=call.article.id,
        source=call.article.source,
        facts=facts,
        grounding=ground(facts, call.article.text, call.article.metadata),
        model=call.settings.model,
        response_model=call.schema.__name__,
        prompt_version=call.prompt_version,
        schema_version=call.schema_version,
        usage=_usage_of(completion, call),
        latency_s=round(time.perf_counter() - call.started, 4),
        origin=origin,
    )


def _endpoint(settings: Settings) -> str:
    return urlparse(settings.base_url).netloc if settings.base_url else "api.openai.com"


def _root_api_error(exc: BaseException) -> BaseException:
    """instructor wraps transport failures in its retry exception: find the SDK's own error."""
    import openai

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, openai.APIError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc


def _translate(exc: Exception, call: _Call) -> SummarizerError:
    """One clear, secret-free line for whatever the SDK or instructor raised."""
    import openai
    from instructor.core.exceptions import InstructorRetryException

    source, settings = call.article.source, call.settings
    root = _root_api_error(exc)
    if isinstance(root, openai.APIError):
        exc = root
    if is_unmatched_request(exc):
        return CassetteError(
            f"{source}: the cassette has no exchange matching this request (model "
            f"{settings.model!r} or request options differ from the recording); re-record it"
        )
    if isinstance(exc, InstructorRetryException):
        attempts = getattr(exc, "n_attempts", settings.max_reasks + 1)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return OutputValidationError(
            redact(
                f"{source}: model output failed validation after {attempts} attempts "
                f"({settings.max_reasks} re-asks): {first}",
                [settings.api_key],
            )
        )
    if isinstance(exc, openai.APIStatusError):
        attempts = exc.response.extensions.get(ATTEMPTS_EXTENSION, 1)
        detail = exc.message.splitlines()[0] if exc.message else ""
        message = (
            f"{source}: {_endpoint(settings)} answered HTTP {exc.status_code} after {attempts} "
            f"attempt(s): {detail}"
        )
    elif isinstance(exc, openai.APITimeoutError):
        message = f"{source}: {_endpoint(settings)} timed out (timeout {settings.timeout:g}s)"
    elif isinstance(exc, openai.APIConnectionError):
        message = f"{source}: cannot reach {_endpoint(settings)} ({exc.__cause__ or exc})"
    else:
        message = f"{source}: {type(exc).__name__}: {exc}"
    return LLMError(redact(message, [settings.api_key]))


def _check_settings(settings: Settings, client: Any) -> None:
    if client is None and not settings.live_configured:
        raise ConfigError(
            "no OPENAI_API_KEY and no base URL: set one to run live, or replay recorded "
            "cassettes (summarizer summarize --offline, or summarize(..., within "
            "summarizer.cassette_session))"
        )


def summarize(
    article: Article | str | Path,
    *,
    schema: type[BaseModel] = ArticleFacts,
    model: str | None = None,
    client: instructor.Instructor | openai.OpenAI | None = None,
    settings: Settings | None = None,
    offline: bool = False,
    cassettes: Path | None = None,
) -> SummaryResult:
    """Summarise one article into ``schema`` and ground the result in the article text.

    ``client`` may be an ``instructor.Instructor`` or an ``openai.OpenAI`` (wrapped for you);
    otherwise one is built from ``settings`` (default: the environment). ``offline`` replays
    the recorded cassettes for ``model`` (default: the hand-authored set) instead of calling
    an endpoint. Raises a :class:`SummarizerError` subclass with a one-line message."""
    settings = (settings or settings_from_env(offline=offline)).with_overrides(model=model)
    call = _prepare(article, schema, settings)
    with _replay_scope(call, offline, cassettes) as origin:
        if origin == "live":
            _check_settings(settings, client)
        structured, owned = _sync_client(settings, client)
        try:
            facts, completion = structured.chat.completions.create_with_completion(**call.kwargs())
        except Exception as exc:
            raise _translate(exc, call) from None
        finally:
            if owned is not None:
                owned.close()
    return _finish(call, facts, completion, origin)


async def asummarize(
    article: Article | str | Path,
    *,
    schema: type[BaseModel] = ArticleFacts,
    model: str | None = None,
    client: instructor.AsyncInstructor | openai.AsyncOpenAI | None = None,
    settings: Settings | None = None,
    offline: bool = False,
    cassettes: Path | None = None,
) -> SummaryResult:
    """The asynchronous twin of :func:`summarize`. For many articles at once offline, open
    one :func:`cassette_session` around them all (VCR patches process-wide)."""
    settings = (settings or settings_from_env(offline=offline)).with_overrides(model=model)
    call = _prepare(article, schema, settings)
    with _replay_scope(call, offline, cassettes) as origin:
        if origin == "live":
            _check_settings(settings, client)
        structured, owned = _async_client(settings, client)
        try:
            facts, completion = await structured.chat.completions.create_with_completion(
                **call.kwargs()
            )
        except Exception as exc:
            raise _translate(exc, call) from None
        finally:
            if owned is not None:
                await owned.close()
    return _finish(call, facts, completion, origin)


@contextmanager
def _replay_scope(call: _Call, offline: bool, cassettes: Path | None) -> Iterator[str]:
    """Yields the result's origin. Inside an active replay session, or when ``offline``, the
    article's cassette is checked first (missing or stale fails before any request); a session
    is opened only if the caller has none."""
    active = active_session()
    if active is not None and active[1] == "record":
        yield f"recorded-from {_endpoint(call.settings)}"
        return
    if active is None and not offline:
        yield "live"
        return
    folder = (
        active[0]
        if active
        else (cassettes or DEFAULT_CASSETTE_DIR) / label_for(call.settings.model)
    )
    recorded = check_cassette(
        folder, call.article.id, call.article.source, call.prompt_version, call.schema_version
    )
    said = recorded.origin.split(".")[0] if recorded.origin else "origin not stated"
    origin = f"replayed {folder.name} cassette ({said})"
    if active is not None:
        yield origin
        return
    with cassette_session(folder, "replay"):
        yield origin


def _sync_client(
    settings: Settings, client: Any
) -> tuple[instructor.Instructor, openai.OpenAI | None]:
    """The instructor client to call, and the SDK client to close afterwards if we built it."""
    import instructor
    import openai

    if isinstance(client, instructor.Instructor):
        return client, None
    if isinstance(client, openai.OpenAI):
        return instructor_client(settings, client), None
    if client is not None:
        raise ConfigError(
            f"client must be instructor.Instructor or openai.OpenAI, not {type(client).__name__}"
        )
    owned = openai_client(settings)
    return instructor_client(settings, owned), owned


def _async_client(
    settings: Settings, client: Any
) -> tuple[instructor.AsyncInstructor, openai.AsyncOpenAI | None]:
    import instructor
    import openai

    if isinstance(client, instructor.AsyncInstructor):
        return client, None
    if isinstance(client, openai.AsyncOpenAI):
        return async_instructor_client(settings, client), None
    if client is not None:
        raise ConfigError(
            "client must be instructor.AsyncInstructor or openai.AsyncOpenAI, not "
            f"{type(client).__name__}"
        )
    owned = async_openai_client(settings)
    return async_instructor_client(settings, owned), owned
