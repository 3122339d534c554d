"""Talking to the Batch API: upload the input file and create the batch, then ask where it is."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openai
from pydantic import BaseModel

from summarizer.articles import Article
from summarizer.errors import ConfigError, InputError, LLMError, SummarizerError
from summarizer.llm.batch.jobs import (
    CHAT_COMPLETIONS,
    MAX_INPUT_BYTES,
    MAX_REQUESTS,
    METADATA_PREFIX,
    BatchJob,
    BatchStatus,
)
from summarizer.llm.batch.requests import build_requests, encode_jsonl
from summarizer.llm.client import Settings, openai_client
from summarizer.llm.failures import describe_failure
from summarizer.llm.prompts import prompt_version
from summarizer.schema import ArticleFacts, schema_version


@contextmanager
def batch_client(settings: Settings, client: openai.OpenAI | None) -> Iterator[openai.OpenAI]:
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


def sdk_failure(exc: BaseException, settings: Settings, doing: str) -> SummarizerError:
    """One secret-free line for an SDK failure while ``doing`` a batch step."""
    return describe_failure(
        exc,
        settings,
        doing,
        unmatched="prompt, schema, articles or batch code changed since it was recorded",
    )


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
    if settings.evidence != "quotes":  # collect maps no sentence numbers back
        raise ConfigError(
            f"the batch API asks for quoted evidence only, not evidence {settings.evidence!r}: "
            "unset SUMMARIZER_EVIDENCE (or evidence in the config file)"
        )
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
        f"{METADATA_PREFIX}prompt_version": p_version,
        f"{METADATA_PREFIX}schema_version": s_version,
        f"{METADATA_PREFIX}articles": str(len(lines)),
    }
    batch_metadata = {**(metadata or {}), **ours}
    with batch_client(settings, client) as sdk:
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
            raise sdk_failure(exc, settings, doing) from None
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
        from summarizer.llm.attempts import describe_body
        from summarizer.storage.keys import endpoint_host

        raise LLMError(
            f"{doing}: {endpoint_host(settings.base_url)} answered HTTP 200 with "
            f"{describe_body(answer, None)} instead of a {kind} object; check the base URL"
        )


def retrieve_status(sdk: openai.OpenAI, job: BatchJob, settings: Settings) -> BatchStatus:
    try:
        batch = sdk.batches.retrieve(job.batch_id)
    except openai.APIError as exc:
        raise sdk_failure(exc, settings, f"batch {job.batch_id}") from None
    _expect(batch, "batch", settings, f"batch {job.batch_id}")
    return _status_of(batch)


def status(
    job: BatchJob, *, client: openai.OpenAI | None = None, settings: Settings | None = None
) -> BatchStatus:
    """The batch's current status, request counts and output/error file ids."""
    resolved = job.settings(settings)
    with batch_client(resolved, client) as sdk:
        return retrieve_status(sdk, job, resolved)


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
    with batch_client(resolved, client) as sdk:
        while True:
            current = retrieve_status(sdk, job, resolved)
            if on_poll is not None:
                on_poll(current)
            if current.terminal or (timeout is not None and waited + interval > timeout):
                return current
            sleep(interval)
            waited += interval
