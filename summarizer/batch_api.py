"""The OpenAI Batch API: submit many articles at once, collect the results a day later.

Batch requests cost half as much and do not count against the online rate limits, at the price
of latency (up to the completion window, 24h) and of instructor's re-ask loop: a batch answer is
final, so an answer that fails validation becomes an error result, never a second request.

Four steps, each usable alone because everything a later step needs is in the job file:

1. :func:`build_requests`: one JSONL line per article whose ``body`` is the exact
   ``chat.completions`` body the online path (:func:`summarizer.summarize`) sends for that
   article. It is produced by running that very call (same ``prepare``, same instructor
   request plan, same SDK) against a transport that keeps the request and stops it, so the two
   cannot drift.
2. :func:`submit`: upload the JSONL (``purpose="batch"``), create the batch, return a
   :class:`BatchJob` (save it with :meth:`BatchJob.save`).
3. :func:`status` / :func:`wait`: where the batch is.
4. :func:`collect`: download the output and error files and turn every line into the same
   :class:`SummaryResult` the online path returns: the same plan's parser (instructor's, for
   the mode), the schema's validation, grounding against the article text. Every submitted
   article gets a result; lines in the error file, failed validation and articles with no
   line at all become results with ``error`` set, so nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import httpx2
import openai
from pydantic import BaseModel, Field, ValidationError

from .articles import Article, load_article
from .cassettes import is_unmatched_request
from .client import Settings, instructor_mode, openai_client, settings_from_env
from .errors import CassetteError, ConfigError, InputError, LLMError, SummarizerError
from .extract import prepare
from .prompts import prompt_version
from .redact import redact
from .results import SummaryResult, Usage
from .schema import ArticleFacts, schema_version
from .structured import Refused, plan_for
from .verification.grounding import ground

__all__ = [
    "CHAT_COMPLETIONS",
    "BatchJob",
    "BatchNotReadyError",
    "BatchStatus",
    "build_requests",
    "collect",
    "encode_jsonl",
    "status",
    "submit",
    "wait",
]

CHAT_COMPLETIONS: Final = "/v1/chat/completions"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
MAX_REQUESTS = 50_000  # the Batch API's limits on one input file
MAX_INPUT_BYTES = 200 * 1024 * 1024
_METADATA_PREFIX = "summarizer_"


class BatchNotReadyError(SummarizerError):
    """``collect`` was asked for a batch that is still running: try again later."""


class BatchJob(BaseModel):
    """Everything ``status`` and ``collect`` need, saved as JSON next to the results.

    The prompt and schema versions are those the requests were built with: collecting with
    other versions would stamp results with versions that did not produce them."""

    batch_id: str
    input_file_id: str
    endpoint: str = CHAT_COMPLETIONS
    completion_window: str = "24h"
    model: str
    mode: str
    base_url: str | None = None
    response_model: str
    prompt_version: str
    schema_version: str
    articles: dict[str, str] = Field(description="article id (the custom_id) -> source")
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    metadata: dict[str, str] = Field(default_factory=dict)

    @property
    def filename(self) -> str:
        """The conventional job file name: ``batch-<id>.json``."""
        return f"batch-{self.batch_id}.json"

    def save(self, path: Path) -> Path:
        """Write the job as JSON (via a temporary file, so a crash never leaves half a job)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
        partial.replace(path)
        return path

    @classmethod
    def load(cls, path: Path) -> BatchJob:
        """A job file written by :meth:`save`, or a one-line :class:`InputError`."""
        try:
            return cls.model_validate_json(path.read_bytes())
        except OSError as exc:
            raise InputError(f"{path}: cannot read batch job file ({exc.strerror})") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "file"
            raise InputError(
                f"{path}: not a summarizer batch job ({where}: {first['msg']})"
            ) from None

    def settings(self, base: Settings | None = None) -> Settings:
        """Connection settings for this job: the model and mode it was built with; the caller's
        ``base`` (default: the environment) for key, timeout and retries, and, without ``base``,
        the endpoint the batch was submitted to (a batch lives on one endpoint only)."""
        if base is not None:
            return replace(base, model=self.model, mode=self.mode)
        env = settings_from_env()
        return replace(env, model=self.model, mode=self.mode, base_url=self.base_url)


class BatchStatus(BaseModel):
    """Where a batch is, as ``GET /v1/batches/{id}`` says."""

    batch_id: str
    status: str
    total: int = 0
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[str] = Field(default_factory=list)

    @property
    def terminal(self) -> bool:
        """No further change will come: collect now (expired/cancelled batches may hold part of
        the results; the rest become error results)."""
        return self.status in TERMINAL

    def describe(self) -> str:
        """One line for a terminal or a log."""
        line = f"batch {self.batch_id}: {self.status}, {self.completed}/{self.total} completed"
        if self.failed:
            line += f", {self.failed} failed"
        if self.errors:
            line += f" ({'; '.join(self.errors)})"
        return line


# --- building the requests -------------------------------------------------------------------


class _Captured(BaseException):
    """Stops the online call once its request is built. A ``BaseException`` so that neither the
    SDK (which turns ``Exception`` into a connection error) nor instructor (which logs failed
    attempts and wraps them) treats it as a failed call: it unwinds straight to us."""


class _CaptureTransport(httpx2.BaseTransport):
    """Keeps each request and sends nothing. A plain ``BaseTransport`` on purpose: VCR patches
    the concrete transports (HTTP, Mock), so building requests inside a cassette session
    neither records nor needs a recording."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        raise _Captured


def build_requests(
    articles: list[Article], settings: Settings, schema: type[BaseModel] = ArticleFacts
) -> list[dict[str, Any]]:
    """One Batch API request line per article: ``custom_id`` is the article id, ``body`` the
    exact JSON the online path sends for it (see the module docstring for how).

    An article given twice (same id, so same text) is sent once: custom ids must be unique in a
    batch, and the answer would be the same."""
    capture = _CaptureTransport()
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    plan = plan_for(schema, instructor_mode(settings.mode))
    with openai_client(settings, transport=capture) as sdk:
        for article in articles:
            if article.id in seen:
                continue
            seen.add(article.id)
            call = prepare(article, schema, settings)
            before = len(capture.requests)
            with suppress(_Captured):
                sdk.chat.completions.create(**call.request(plan))
            if len(capture.requests) != before + 1:
                raise SummarizerError(
                    f"{article.source}: the online call did not reach the transport; "
                    "cannot build its batch request"
                )
            request = capture.requests[-1]
            lines.append(
                {
                    "custom_id": article.id,
                    "method": request.method,
                    "url": CHAT_COMPLETIONS,
                    "body": json.loads(request.content),
                }
            )
    return lines


def encode_jsonl(lines: list[dict[str, Any]]) -> bytes:
    """The input file: one compact JSON object per line, UTF-8, newline-terminated."""
    return b"".join(
        json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        for line in lines
    )


# --- submit, status, wait --------------------------------------------------------------------


@contextmanager
def _sdk(settings: Settings, client: openai.OpenAI | None) -> Iterator[openai.OpenAI]:
    """The caller's client as is, or one built (and closed afterwards) from ``settings`` with
    the same retrying HTTP layer as the online path."""
    if client is not None:
        yield client
        return
    if not settings.live_configured:
        raise ConfigError(
            "the Batch API needs a live endpoint: set OPENAI_API_KEY (or --base-url); "
            "batches cannot be replayed from the offline cassettes"
        )
    with openai_client(settings) as owned:
        yield owned


def _api_error(exc: openai.APIError, settings: Settings, doing: str) -> SummarizerError:
    """One secret-free line for an SDK failure while ``doing`` something (a cassette that has
    no recording of the request says so, instead of posing as a connection error)."""
    if is_unmatched_request(exc):
        return CassetteError(
            f"{doing}: the cassette has no exchange matching this request (prompt, schema, "
            "articles or batch code changed since it was recorded); re-record it"
        )
    if isinstance(exc, openai.APIStatusError):
        detail = exc.message.splitlines()[0] if exc.message else ""
        message = f"{doing}: HTTP {exc.status_code}: {detail}"
    elif isinstance(exc, openai.APIConnectionError):  # what happened on the wire, in words
        from .retry import describe_transport_error
        from .store import endpoint_host

        what = describe_transport_error(exc.__cause__ or exc)
        message = f"{doing}: {endpoint_host(settings.base_url)}: {what}"
    else:
        message = f"{doing}: {type(exc).__name__}: {exc}"
    return LLMError(redact(message, settings.secrets))


def submit(
    articles: list[Article],
    settings: Settings,
    *,
    client: openai.OpenAI | None = None,
    schema: type[BaseModel] = ArticleFacts,
    completion_window: str = "24h",
    metadata: dict[str, str] | None = None,
    job_dir: Path | None = None,
) -> BatchJob:
    """Upload one request per article and create the batch; returns its :class:`BatchJob`.

    With ``job_dir`` the job file (``batch-<id>.json``) is written there as soon as the batch
    exists, before anything else can fail, so a created batch is never orphaned. The upload's
    multipart boundary is derived from the file's hash instead of random bytes, so the same
    articles upload byte-identical requests (reproducible cassettes)."""
    if not articles:
        raise InputError("no articles to submit")
    lines = build_requests(articles, settings, schema)
    data = encode_jsonl(lines)
    if len(lines) > MAX_REQUESTS or len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"{len(lines)} requests, {len(data)} bytes: over the Batch API's limit of "
            f"{MAX_REQUESTS} requests / {MAX_INPUT_BYTES} bytes per batch; split the input"
        )
    digest = hashlib.sha256(data).hexdigest()
    p_version, s_version = prompt_version(), schema_version(schema)
    ours = {
        f"{_METADATA_PREFIX}prompt_version": p_version,
        f"{_METADATA_PREFIX}schema_version": s_version,
        f"{_METADATA_PREFIX}articles": str(len(lines)),
    }
    batch_metadata = {**(metadata or {}), **ours}
    with _sdk(settings, client) as sdk:
        doing = "uploading the batch input"
        try:
            uploaded = sdk.files.create(
                file=(f"summarizer-batch-{digest[:12]}.jsonl", data, "application/jsonl"),
                purpose="batch",
                extra_headers={
                    "Content-Type": f"multipart/form-data; boundary=summarizer-{digest[:32]}"
                },
            )
            _expect(uploaded, "file", settings, doing)
            doing = "creating the batch"
            batch = sdk.batches.create(
                input_file_id=uploaded.id,
                endpoint=CHAT_COMPLETIONS,
                completion_window=completion_window,  # type: ignore[arg-type]
                metadata=batch_metadata,
            )
            _expect(batch, "batch", settings, "creating the batch")
        except openai.APIError as exc:
            raise _api_error(exc, settings, doing) from None
    sources = {article.id: article.source for article in reversed(articles)}
    job = BatchJob(
        batch_id=batch.id,
        input_file_id=uploaded.id,
        completion_window=completion_window,
        model=settings.model,
        mode=settings.mode,
        base_url=settings.base_url,
        response_model=schema.__name__,
        prompt_version=p_version,
        schema_version=s_version,
        articles={line["custom_id"]: sources[line["custom_id"]] for line in lines},
        metadata=batch_metadata,
    )
    if job_dir is not None:
        job.save(job_dir / job.filename)
    return job


def _status_of(batch: Any) -> BatchStatus:
    counts = batch.request_counts
    errors = [
        f"line {e.line}: {e.message}" if e.line is not None else str(e.message or e.code)
        for e in ((batch.errors.data or []) if batch.errors else [])
    ]
    return BatchStatus(
        batch_id=batch.id,
        status=batch.status,
        total=counts.total if counts else 0,
        completed=counts.completed if counts else 0,
        failed=counts.failed if counts else 0,
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
        errors=errors,
    )


def _expect(answer: Any, kind: str, settings: Settings, doing: str) -> None:
    """Refuse, in one line, an answer that is not the API object asked for: behind a wrong base
    URL, a 200 with an HTML login page reaches here as a plain string."""
    if not isinstance(getattr(answer, "id", None), str) or not hasattr(answer, "object"):
        from .store import endpoint_host
        from .structured import describe_body

        raise LLMError(
            f"{doing}: {endpoint_host(settings.base_url)} answered HTTP 200 with "
            f"{describe_body(answer, None)} instead of a {kind} object; check the base URL"
        )


def _retrieve(sdk: openai.OpenAI, job: BatchJob, settings: Settings) -> BatchStatus:
    try:
        batch = sdk.batches.retrieve(job.batch_id)
    except openai.APIError as exc:
        raise _api_error(exc, settings, f"batch {job.batch_id}") from None
    _expect(batch, "batch", settings, f"batch {job.batch_id}")
    return _status_of(batch)


def status(
    job: BatchJob, *, client: openai.OpenAI | None = None, settings: Settings | None = None
) -> BatchStatus:
    """The batch's current status, request counts and output/error file ids."""
    resolved = job.settings(settings)
    with _sdk(resolved, client) as sdk:
        return _retrieve(sdk, job, resolved)


def wait(
    job: BatchJob,
    *,
    client: openai.OpenAI | None = None,
    settings: Settings | None = None,
    interval: float = 60.0,
    timeout: float | None = None,
    sleep: Callable[[float], Any] = time.sleep,
    on_poll: Callable[[BatchStatus], None] | None = None,
) -> BatchStatus:
    """Poll every ``interval`` seconds until the batch is terminal, or ``timeout`` seconds have
    been spent waiting; returns the last status either way (check ``.terminal``). Batches take
    minutes to hours, so the default interval is gentle on the rate limit."""
    resolved = job.settings(settings)
    waited = 0.0
    with _sdk(resolved, client) as sdk:
        while True:
            current = _retrieve(sdk, job, resolved)
            if on_poll is not None:
                on_poll(current)
            if current.terminal or (timeout is not None and waited + interval > timeout):
                return current
            sleep(interval)
            waited += interval


# --- collect ---------------------------------------------------------------------------------


def _check_versions(job: BatchJob, schema: type[BaseModel]) -> None:
    """Results carry the job's versions; they must be the code's versions too, or grounding
    and validation would judge answers to a question we no longer ask."""
    stale = []
    if job.response_model != schema.__name__:
        stale.append(f"response model {job.response_model} -> {schema.__name__}")
    if job.prompt_version != (current := prompt_version()):
        stale.append(f"prompt {job.prompt_version} -> {current}")
    if job.schema_version != (current := schema_version(schema)):
        stale.append(f"schema {job.schema_version} -> {current}")
    if stale:
        raise ConfigError(
            f"batch {job.batch_id} was built with other versions ({'; '.join(stale)}): collect it "
            "with the code that submitted it, or submit the articles again"
        )


def _download(sdk: openai.OpenAI, file_id: str | None, settings: Settings) -> list[dict[str, Any]]:
    """The JSON lines of a result file (none when there is no file)."""
    if not file_id:
        return []
    try:
        text = sdk.files.content(file_id).content.decode("utf-8", "replace")
    except openai.APIError as exc:
        raise _api_error(exc, settings, f"downloading {file_id}") from None
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError:
            raise LLMError(
                f"{file_id} line {number} is not JSON; the batch output is corrupt"
            ) from None
        if isinstance(line, dict):
            lines.append(line)
    return lines


def _line_error(line: dict[str, Any]) -> str | None:
    """Why a result line carries no answer, or None if it carries one."""
    response = line.get("response") or {}
    error = line.get("error")
    if error:
        return f"{error.get('code') or 'error'}: {error.get('message') or ''}".strip()
    if response.get("status_code") != 200:
        body = response.get("body") or {}
        detail = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
        return f"HTTP {response.get('status_code')}: {detail or 'no body'}"
    return None


class _Collector:
    """Turns one batch's lines into results, one article at a time."""

    def __init__(self, job: BatchJob, schema: type[BaseModel], settings: Settings) -> None:
        self.job, self.schema, self.settings = job, schema, settings
        self.plan = plan_for(schema, instructor_mode(job.mode))

    def error(self, article_id: str, kind: str, message: str) -> SummaryResult:
        source = self.job.articles[article_id]
        return SummaryResult(
            article_id=article_id,
            source=source,
            model=self.job.model,
            response_model=self.job.response_model,
            prompt_version=self.job.prompt_version,
            schema_version=self.job.schema_version,
            origin=f"batch {self.job.batch_id}",
            error=redact(f"{source}: {message}", self.settings.secrets),
            error_kind=kind,
        )

    def answer(self, article: Article, line: dict[str, Any]) -> SummaryResult:
        """Parse, validate and ground one successful line exactly as the online path would
        after its first attempt; an invalid answer is final (there is no re-ask in a batch)."""
        from instructor.core.exceptions import IncompleteOutputException, InstructorError
        from openai.types.chat import ChatCompletion

        try:
            completion = ChatCompletion.model_validate(line["response"]["body"])
        except (ValidationError, KeyError, TypeError) as exc:
            return self.error(
                article.id, "llm", f"malformed chat.completion in batch output: {exc}"
            )
        try:
            facts = self.plan.parse(completion)
        except Refused as exc:
            return self.error(article.id, "llm", f"the model refused: {exc}")
        except IncompleteOutputException:
            return self.error(
                article.id,
                "validation",
                "output truncated at max_tokens (no re-ask in a batch; raise max_tokens or "
                "summarise it online)",
            )
        except (InstructorError, ValueError) as exc:  # pydantic and JSON errors are ValueErrors
            first = " ".join(str(exc).strip().splitlines()[:3])
            return self.error(
                article.id,
                "validation",
                "model output failed validation (no re-ask in a batch; summarise it online to "
                f"re-ask): {first}",
            )
        usage = completion.usage
        return SummaryResult(
            article_id=article.id,
            source=self.job.articles[article.id],
            facts=facts,
            grounding=ground(facts, article.text, article.metadata),
            model=self.job.model,
            response_model=self.job.response_model,
            prompt_version=self.job.prompt_version,
            schema_version=self.job.schema_version,
            usage=Usage(
                prompt_tokens=usage.prompt_tokens if usage else 0,
                completion_tokens=usage.completion_tokens if usage else 0,
                total_tokens=usage.total_tokens if usage else 0,
                attempts=1,
                reasks=0,
            ),
            latency_s=0.0,
            origin=f"batch {self.job.batch_id}",
        )


def _articles_of(job: BatchJob) -> tuple[dict[str, Article], dict[str, str]]:
    """Reload the job's articles from their sources: (found, problem per article id). A file
    edited since submission is a problem, not a match: its answer is about the old text."""
    found: dict[str, Article] = {}
    problems: dict[str, str] = {}
    for article_id, source in job.articles.items():
        try:
            article = load_article(source)
        except SummarizerError as exc:
            problems[article_id] = f"cannot ground the batch answer: {exc}"
            continue
        if article.id != article_id:
            problems[article_id] = (
                f"changed since it was submitted (id {article.id}, batch answered {article_id})"
            )
        else:
            found[article_id] = article
    return found, problems


def collect(
    job: BatchJob,
    articles_by_id: Mapping[str, Article] | None = None,
    *,
    client: openai.OpenAI | None = None,
    settings: Settings | None = None,
    schema: type[BaseModel] = ArticleFacts,
) -> list[SummaryResult]:
    """One :class:`SummaryResult` per submitted article, in submission order.

    Each answer is parsed the way instructor parses it for the job's mode (tool-call arguments
    for ``tools``, message content for the JSON modes), validated with ``schema`` and grounded
    against the article text (``articles_by_id``; default: reloaded from the sources in the
    job). There is no re-ask in a batch: an answer that fails validation is an error result
    with ``error_kind="validation"``. Error-file lines are ``"llm"`` errors, articles the batch
    never answered ``"missing"``, articles whose text is unavailable ``"input"``.

    Raises :class:`ConfigError` when the job was built with another prompt or schema version,
    and :class:`BatchNotReadyError` while the batch is still running."""
    _check_versions(job, schema)
    problems: dict[str, str] = {}
    if articles_by_id is None:
        articles_by_id, problems = _articles_of(job)
    resolved = job.settings(settings)
    with _sdk(resolved, client) as sdk:
        current = _retrieve(sdk, job, resolved)
        if not current.terminal:
            raise BatchNotReadyError(
                f"{current.describe()}; collect it once it is completed "
                "(summarizer batch status shows where it is)"
            )
        outputs = _download(sdk, current.output_file_id, resolved)
        failures = _download(sdk, current.error_file_id, resolved)
    by_id: dict[str, dict[str, Any]] = {}
    for entry in [*failures, *outputs]:  # an answer wins over an error for the same id
        if isinstance(entry.get("custom_id"), str):
            by_id[entry["custom_id"]] = entry
    collector = _Collector(job, schema, resolved)
    results = []
    for article_id in job.articles:
        line = by_id.get(article_id)
        article = articles_by_id.get(article_id)
        if line is None:
            why = f"; {'; '.join(current.errors)}" if current.errors else ""
            results.append(
                collector.error(
                    article_id,
                    "missing",
                    f"no answer in batch {job.batch_id} ({current.status}{why})",
                )
            )
        elif (problem := _line_error(line)) is not None:
            results.append(collector.error(article_id, "llm", f"batch request failed: {problem}"))
        elif article is None:
            results.append(
                collector.error(
                    article_id, "input", problems.get(article_id, "article text not available")
                )
            )
        else:
            results.append(collector.answer(article, line))
    return results
