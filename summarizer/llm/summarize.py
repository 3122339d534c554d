"""One article in, one ``SummaryResult`` out: prompt, LLM call, validation, grounding.

The sync and async paths share everything but the call itself (``prepare`` before it,
``_finish`` after it), so they cannot drift apart.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from summarizer.articles import Article, article_from_text, load_article
from summarizer.errors import (
    ConfigError,
    SummarizerError,
)
from summarizer.llm import attempts as attempt_loop
from summarizer.llm import foreign
from summarizer.llm.attempts import Outcome, Plan
from summarizer.llm.cassettes import (
    ARTICLE_HEADER,
    PROMPT_HEADER,
    SCHEMA_HEADER,
    active_session,
    cassette_session,
    check_cassette,
    folder_label,
)
from summarizer.llm.client import (
    Settings,
    async_openai_client,
    check_evidence,
    instructor_mode,
    is_reasoning_model,
    openai_client,
    settings_from_env,
)
from summarizer.llm.failures import describe_failure
from summarizer.llm.prompts import fence, prompt_version, render_messages
from summarizer.llm.references import bind, by_reference, request_model, versions
from summarizer.llm.sentences import Sentences, numbered, render_numbered
from summarizer.llm.tokens import InputEstimate, split
from summarizer.results import FactsT, Provenance, SummaryResult, Usage
from summarizer.schema import ArticleFacts, schema_version
from summarizer.storage import paths
from summarizer.storage.exchanges import attach, exchange_of
from summarizer.storage.keys import endpoint_host
from summarizer.verification.grounding import ground

if TYPE_CHECKING:
    import instructor
    import openai


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


@dataclass
class Call:
    """What one article's request needs, computed before the call."""

    article: Article
    schema: type[BaseModel]
    settings: Settings
    messages: list[dict[str, Any]]
    headers: dict[str, str]
    prompt_version: str
    schema_version: str
    started: float = field(default_factory=time.perf_counter)
    estimated: InputEstimate | None = None  # set by :meth:`request`
    sentences: Sentences | None = None  # the article's numbering, in the sentences form

    @property
    def request_schema(self) -> type[BaseModel]:
        """What the model fills in: the schema, or its sentence-number variant."""
        return self.schema if self.sentences is None else request_model(self.schema)

    def plan_for(self, mode: Any, name: str = "") -> Plan:
        """The attempt plan: for the request schema, mapping sentence numbers back to
        passages (and re-asking a bad number) in the sentences form."""
        plan = _plan(self.request_schema, mode, name)
        return plan if self.sentences is None else bind(plan, self.schema, self.sentences)

    def request(self, plan: Plan) -> dict[str, Any]:
        """The first attempt's ``chat.completions.create`` arguments (and the estimated size
        of their schema, instructions and article, for :attr:`Usage.input_split`)."""
        options: dict[str, Any] = {"model": self.settings.model, "extra_headers": self.headers}
        reasoning = is_reasoning_model(self.settings.model)
        if self.settings.temperature is not None and not reasoning:
            options["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            limit = "max_completion_tokens" if reasoning else "max_tokens"
            options[limit] = self.settings.max_tokens
        request = plan.request(self.messages, **options)
        shown = self.article.text if self.sentences is None else self.sentences.shown
        self.estimated = InputEstimate.of(plan.fixed_json, request["messages"], fence(shown))
        return request


def prepare(article: Article | str | Path, schema: type[BaseModel], settings: Settings) -> Call:
    """What an article's request needs (its text read, its prompt rendered), ready for
    :func:`ask`."""
    check_evidence(settings.evidence)
    art = as_article(article)
    if settings.evidence == "sentences":
        p_version, s_version = versions(schema, settings.evidence)
    else:
        p_version, s_version = prompt_version(), schema_version(schema)
    published = art.metadata.get("article:published_time")
    sentences = numbered(art.text) if settings.evidence == "sentences" else None
    if sentences is None:
        messages = render_messages(art.text, schema_name=schema.__name__, published=published)
    else:
        messages = render_numbered(sentences, schema_name=schema.__name__, published=published)
    headers = {ARTICLE_HEADER: art.id, PROMPT_HEADER: p_version, SCHEMA_HEADER: s_version}
    return Call(art, schema, settings, messages, headers, p_version, s_version, sentences=sentences)


def usage_of(
    estimated: InputEstimate | None,
    attempts: int,
    prompt: int,
    completion: int,
    total: int,
    cached: int = 0,
    first_prompt: int = 0,
) -> Usage:
    """Tokens summed over every attempt, re-asks included (they are all paid for), with the
    input split into schema, instructions, article and re-asks (:func:`tokens.split`)."""
    parts = split(estimated, prompt, first_prompt, attempts) if estimated else (0, 0, 0, 0)
    return Usage(
        prompt_tokens=prompt,
        completion_tokens=completion,
        total_tokens=total,
        attempts=attempts,
        reasks=max(0, attempts - 1),
        cached_tokens=cached,
        schema_tokens=parts[0],
        instruction_tokens=parts[1],
        article_tokens=parts[2],
        reask_tokens=parts[3],
    )


def _usage_of(call: Call, outcome: Outcome) -> Usage:
    return usage_of(
        call.estimated,
        outcome.attempts,
        outcome.prompt_tokens,
        outcome.completion_tokens,
        outcome.total_tokens,
        outcome.cached_tokens,
        outcome.first_prompt_tokens,
    )


def _finish(call: Call, outcome: Outcome, origin: str, latency: float) -> SummaryResult:
    facts = outcome.value
    asked = Provenance(
        call.settings.model,
        call.schema.__name__,
        call.prompt_version,
        call.schema_version,
        origin,
        call.settings.evidence,
    )
    report = ground(facts, call.article.text, call.article.metadata, call.article.captions)
    if call.sentences is not None:
        report = by_reference(report, call.sentences)
    return asked.answered(
        call.article.id, call.article.source, facts, report, _usage_of(call, outcome), latency
    )


def _translate(exc: Exception, call: Call) -> SummarizerError:
    return describe_failure(
        exc,
        call.settings,
        call.article.source,
        unmatched=f"model {call.settings.model!r} or request options differ from the recording",
    )


def _failed(exc: Exception, call: Call) -> SummarizerError:
    """:func:`_translate`, carrying the tokens the failed attempts used (the answer cut off at
    the token limit was paid for), the time they took, and the exchange up to the failure."""
    error = _translate(exc, call)
    attach(error, exchange_of(exc))
    spent = attempt_loop.spent_on(exc)
    if spent is not None and error.usage is None:
        error.usage = usage_of(call.estimated, *spent)
        error.latency_s = round(time.perf_counter() - call.started, 4)
    return error


def _check_settings(settings: Settings, client: Any) -> None:
    if client is None and not settings.live_configured:
        raise ConfigError(
            "no OPENAI_API_KEY and no base URL: set OPENAI_API_KEY, pass a base URL of a "
            "running server, or run the packaged local model (--local; library: "
            "summarizer.LocalServer); or replay recorded cassettes (--offline)"
        )


def summarize(
    article: Article | str | Path,
    *,
    schema: type[FactsT] = ArticleFacts,  # type: ignore[assignment]
    model: str | None = None,
    client: instructor.Instructor | openai.OpenAI | None = None,
    settings: Settings | None = None,
    offline: bool = False,
    cassettes: Path | None = None,
    evidence: str | None = None,
) -> SummaryResult[FactsT]:
    """Summarise one article into ``schema`` and ground the result in the article text.

    ``client`` may be an ``openai.OpenAI``, or an ``instructor.Instructor`` over one (its mode
    and hooks are honoured), or an instructor client of another provider (``from_provider``),
    asked through its own ``create`` with ``model`` if given, else its own model (see
    :mod:`summarizer.llm.foreign`); otherwise one is built from ``settings`` (default: the
    environment). ``offline`` replays
    the recorded cassettes for ``model`` (default: the hand-authored set) instead of calling
    an endpoint. ``evidence``: ``quotes`` (passages copied verbatim, the default) or
    ``sentences`` (the article sent as numbered sentences, evidence given as their numbers and
    mapped back to their exact text: see :mod:`summarizer.llm.references`). Raises a
    :class:`SummarizerError` subclass with a one-line message."""
    settings = (settings or settings_from_env(offline=offline)).with_overrides(
        model=model, evidence=evidence
    )
    call = prepare(article, schema, settings)
    if foreign.is_foreign(client):
        return _foreign_sync(call, client, model, offline or cassettes is not None).finish()
    with _replay_scope(call, offline, cassettes) as origin:
        if origin == "live":
            _check_settings(settings, client)
        sdk, mode, hooks, owned = _sync_client(settings, client)
        try:
            plan = call.plan_for(mode, settings.mode)
            call.started = time.perf_counter()
            outcome = attempt_loop.create(
                attempt_loop.sender(sdk, plan), plan, call.request(plan), settings.max_reasks, hooks
            )
        except Exception as exc:
            raise _failed(exc, call) from None
        finally:
            if owned:
                sdk.close()
    return _finish(call, outcome, origin, time.perf_counter() - call.started)


async def asummarize(
    article: Article | str | Path,
    *,
    schema: type[FactsT] = ArticleFacts,  # type: ignore[assignment]
    model: str | None = None,
    client: instructor.AsyncInstructor | openai.AsyncOpenAI | None = None,
    settings: Settings | None = None,
    offline: bool = False,
    cassettes: Path | None = None,
    evidence: str | None = None,
) -> SummaryResult[FactsT]:
    """The asynchronous twin of :func:`summarize`. For many articles at once offline, open
    one :func:`cassette_session` around them all (VCR patches process-wide)."""
    settings = (settings or settings_from_env(offline=offline)).with_overrides(
        model=model, evidence=evidence
    )
    if foreign.is_foreign(client):
        call = prepare(article, schema, settings)
        replay = offline or cassettes is not None
        return (await _foreign_async(call, client, model, replay)).finish()
    asked = await ask(article, schema, settings, client, offline, cassettes)
    return asked.finish()


@dataclass
class Asked:
    """A validated answer not yet checked against its article: :meth:`finish` grounds it and
    builds the result. Split from the asking so that a run can send its next request before
    it spends CPU on this one (see :mod:`summarizer.run.engine`)."""

    call: Call
    outcome: Outcome
    origin: str
    latency: float  # seconds from the first request to the validated answer, re-asks included

    def finish(self) -> SummaryResult:
        return _finish(self.call, self.outcome, self.origin, self.latency)


async def ask(
    article: Article | str | Path | Call,
    schema: type[BaseModel],
    settings: Settings,
    client: Any = None,
    offline: bool = False,
    cassettes: Path | None = None,
) -> Asked:
    r"""Everything of :func:`asummarize` up to a validated answer (re-asks included).
    ``article`` may be a :func:`prepare`\ d call."""
    call = article if isinstance(article, Call) else prepare(article, schema, settings)
    with _replay_scope(call, offline, cassettes) as origin:
        if origin == "live":
            _check_settings(settings, client)
        sdk, mode, hooks, owned = _async_client(settings, client)
        try:
            plan = call.plan_for(mode, settings.mode)
            call.started = time.perf_counter()
            outcome = await attempt_loop.acreate(
                attempt_loop.sender(sdk, plan), plan, call.request(plan), settings.max_reasks, hooks
            )
        except Exception as exc:
            raise _failed(exc, call) from None
        finally:
            if owned:
                await sdk.close()
    return Asked(call, outcome, origin, time.perf_counter() - call.started)


def _answered(call: Call, outcome: Outcome, model: str | None) -> Asked:
    """The result names the model that answered, so it is priced as that model."""
    answered = foreign.model_of(outcome.completion, model, call.settings)
    call.settings = replace(call.settings, model=answered)
    return Asked(call, outcome, "live", time.perf_counter() - call.started)


def _foreign_sync(call: Call, client: Any, model: str | None, replay: bool) -> Asked:
    """:class:`Asked` from a foreign sync instructor client (:mod:`summarizer.llm.foreign`)."""
    foreign.refuse(replay, call.settings.evidence)
    call.started = time.perf_counter()
    try:
        outcome = foreign.create(client, call.schema, call.messages, call.settings, model)
        return _answered(call, outcome, model)
    except Exception as exc:
        raise _failed(exc, call) from None


async def _foreign_async(call: Call, client: Any, model: str | None, replay: bool) -> Asked:
    """The asynchronous twin of :func:`_foreign_sync`."""
    foreign.refuse(replay, call.settings.evidence)
    call.started = time.perf_counter()
    try:
        outcome = await foreign.acreate(client, call.schema, call.messages, call.settings, model)
        return _answered(call, outcome, model)
    except Exception as exc:
        raise _failed(exc, call) from None


@contextmanager
def _replay_scope(call: Call, offline: bool, cassettes: Path | None) -> Iterator[str]:
    """Yields the result's origin. Inside an active replay session, or when ``offline``, the
    article's cassette is checked first (missing or stale fails before any request); a session
    is opened only if the caller has none."""
    active = active_session()
    if active is not None and active[1] == "record":
        yield f"recorded-from {endpoint_host(call.settings.base_url)}"
        return
    if active is None and not offline:
        yield "live"
        return
    label = folder_label(call.settings.model, call.settings.evidence)
    folder = active[0] if active else (cassettes or paths.cassette_dir()) / label
    recorded = check_cassette(
        folder, call.article.id, call.article.source, call.prompt_version, call.schema_version
    )
    # The first sentence ("authored by hand", "recorded-from 127.0.0.1:8080, model ...").
    said = recorded.origin.split(". ")[0] if recorded.origin else "origin not stated"
    origin = f"replayed {folder.name} cassette ({said})"
    if active is not None:
        yield origin
        return
    with cassette_session(folder, "replay"):
        yield origin


def _plan(schema: type[BaseModel], mode: Any, name: str = "") -> Plan:
    try:
        if name == "llamacpp" and mode == instructor_mode(name):
            from summarizer.llm import llamacpp

            return llamacpp.plan_for(schema)
        return attempt_loop.plan_for(schema, mode)
    except ValueError as exc:  # instructor refuses the schema (async validators)
        raise ConfigError(f"{schema.__name__}: {exc}") from None


def _unwrap_instructor(client: Any) -> tuple[Any, Any, Any]:
    """(SDK client, mode, hooks) of a caller's instructor client: its mode and hooks are
    honoured, its SDK client does the calls."""
    from summarizer.llm.client import supported_mode

    return client.client, supported_mode(client.mode), client.hooks


def _sync_client(settings: Settings, client: Any) -> tuple[openai.OpenAI, Any, Any, bool]:
    """(SDK client to call, instructor mode, instructor hooks or None, whether we built the
    client and so must close it)."""
    import instructor
    import openai

    if isinstance(client, instructor.Instructor) and isinstance(client.client, openai.OpenAI):
        return (*_unwrap_instructor(client), False)
    if isinstance(client, openai.OpenAI):
        return client, instructor_mode(settings.mode), None, False
    if client is not None:
        raise ConfigError(
            "client must be an openai.OpenAI or an instructor client over one, not "
            f"{type(client).__name__}"
        )
    return openai_client(settings), instructor_mode(settings.mode), None, True


def _async_client(settings: Settings, client: Any) -> tuple[openai.AsyncOpenAI, Any, Any, bool]:
    import instructor
    import openai

    if isinstance(client, instructor.AsyncInstructor) and isinstance(
        client.client, openai.AsyncOpenAI
    ):
        return (*_unwrap_instructor(client), False)
    if isinstance(client, openai.AsyncOpenAI):
        return client, instructor_mode(settings.mode), None, False
    if client is not None:
        raise ConfigError(
            "client must be an openai.AsyncOpenAI or an instructor async client over one, not "
            f"{type(client).__name__}"
        )
    return async_openai_client(settings), instructor_mode(settings.mode), None, True
