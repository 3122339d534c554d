"""Summarising many named inputs in one run: the library behind ``summarizer summarize``.

Failures are results too: an input that cannot be read, a stale cassette or an endpoint that
gives up becomes a ``SummaryResult`` with ``error`` set, so one bad article never loses the
others and nothing the user asked for is silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from .articles import expand_paths, load_article
from .cassettes import DEFAULT_CASSETTE_DIR, cassette_session, label_for
from .client import Settings, instructor_client, openai_client
from .errors import CassetteError, InputError, SummarizerError
from .extract import summarize
from .prompts import prompt_version
from .results import SummaryResult
from .schema import ArticleFacts, schema_version

RunMode = Literal["live", "replay", "record"]


@dataclass(frozen=True)
class RunPlan:
    """Where answers come from for a run, decided once."""

    settings: Settings
    mode: RunMode
    cassettes: Path = DEFAULT_CASSETTE_DIR

    @property
    def cassette_folder(self) -> Path:
        return self.cassettes / label_for(self.settings.model)


def failure(source: str, exc: SummarizerError, plan: RunPlan, schema: type[BaseModel]) -> SummaryResult:
    """A result that records why an input produced no facts."""
    kind = (
        "input" if isinstance(exc, InputError)
        else "cassette" if isinstance(exc, CassetteError)
        else "llm"
    )
    return SummaryResult(
        article_id=None,
        source=source,
        model=plan.settings.model,
        response_model=schema.__name__,
        prompt_version=prompt_version(),
        schema_version=schema_version(schema),
        origin=plan.mode,
        error=str(exc),
        error_kind=kind,
    )


def _inputs(specs: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """Each file the specs name, or the spec with the error that stopped it expanding."""
    for spec in specs:
        try:
            for path in expand_paths([spec]):
                yield path, None
        except InputError as exc:
            yield spec, exc


def summarize_paths(
    specs: list[str], plan: RunPlan, schema: type[BaseModel] = ArticleFacts
) -> Iterator[SummaryResult]:
    """One result per article named by ``specs`` (files, folders, globs, ``-``), in order."""
    session = (
        nullcontext()
        if plan.mode == "live"
        else cassette_session(plan.cassette_folder, "record" if plan.mode == "record" else "replay")
    )
    sdk = openai_client(plan.settings)
    client = instructor_client(plan.settings, sdk)
    seen: set[str] = set()
    with session, sdk:
        for source, problem in _inputs(specs):
            if source in seen:
                continue
            seen.add(source)
            if problem is not None:
                yield failure(source, problem, plan, schema)
                continue
            try:
                article = load_article(source)
            except SummarizerError as exc:
                yield failure(source, exc, plan, schema)
                continue
            try:
                yield summarize(article, schema=schema, settings=plan.settings, client=client)
            except SummarizerError as exc:
                result = failure(source, exc, plan, schema)
                result.article_id = article.id
                yield result
