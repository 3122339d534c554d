"""Turning a finished batch into results: the same parser, validation and grounding as the
online path, and a result for every submitted article (nothing silently dropped).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import openai
from pydantic import BaseModel, ValidationError

from summarizer.articles import Article, load_article
from summarizer.errors import ConfigError, LLMError, SummarizerError
from summarizer.llm.attempts import Refused, plan_for
from summarizer.llm.batch.jobs import BatchJob, BatchNotReadyError
from summarizer.llm.batch.submit import batch_client, retrieve_status, sdk_failure
from summarizer.llm.client import Settings, instructor_mode
from summarizer.llm.prompts import prompt_version
from summarizer.llm.summarize import prepare, usage_of
from summarizer.results import ErrorKind, SummaryResult, Usage
from summarizer.schema import ArticleFacts, schema_version
from summarizer.storage.redact import redact
from summarizer.verification.grounding import ground


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
        raise sdk_failure(exc, settings, f"downloading {file_id}") from None
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

    def error(self, article_id: str, kind: ErrorKind, message: str) -> SummaryResult:
        source = self.job.articles[article_id]
        error = redact(f"{source}: {message}", self.settings.secrets)
        return self.job.provenance.failed(source, error, kind, article_id=article_id)

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
        return self.job.provenance.answered(
            article.id,
            self.job.articles[article.id],
            facts,
            ground(facts, article.text, article.metadata, article.captions),
            self.usage(article, completion),
            latency_s=0.0,
        )

    def usage(self, article: Article, completion: Any) -> Usage:
        """The provider's counts, cached input tokens included, with the input split the
        online path gives (:func:`usage_of`): the request is rebuilt the way ``submit`` built
        it (same ``prepare``), which is what the estimate is taken from."""
        usage = completion.usage
        if usage is None:
            return Usage(attempts=1)
        call = prepare(article, self.schema, self.settings)
        call.request(self.plan)
        details = getattr(usage, "prompt_tokens_details", None)
        prompt = usage.prompt_tokens or 0
        return usage_of(
            call.estimated,
            1,
            prompt,
            usage.completion_tokens or 0,
            usage.total_tokens or 0,
            cached=getattr(details, "cached_tokens", None) or 0,
            first_prompt=prompt,
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
    with batch_client(resolved, client) as sdk:
        current = retrieve_status(sdk, job, resolved)
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
