"""What moves through a run: the inputs, the stages an article passes (read and prepared,
answered and waiting to be finished), the result a failure becomes, and the counters.

Kept apart from the engine so that the worker pool and the progress display can speak of
them without importing the engine that produces them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from summarizer.articles import Article
from summarizer.errors import SummarizerError
from summarizer.llm.client import Settings
from summarizer.llm.references import versions
from summarizer.results import Provenance, SummaryResult
from summarizer.storage.cost import RunCost

if (
    TYPE_CHECKING
):  # the attempt loop, its prompts and grounding: not needed to answer from the cache
    from summarizer.llm.summarize import Asked, Call

Item = Article | str | Path


@dataclass(frozen=True)
class Failed:
    """An input that could not even be read (it still yields a result, with the reason)."""

    source: str
    error: SummarizerError


@dataclass(frozen=True)
class Ready:
    """An item whose request is prepared (article read, prompt rendered), not yet sent."""

    item: Item
    call: Call
    key: str | None


@dataclass(frozen=True)
class Pending:
    """A validated answer waiting to be grounded, counted and logged."""

    item: Item
    asked: Asked
    key: str | None


@dataclass
class RunStats:
    """Counters a progress display or a summary line reads while the run goes on; tokens and
    dollars are kept by :class:`~summarizer.storage.cost.RunCost`."""

    done: int = 0
    failed: int = 0
    in_flight: int = 0
    cancelled: int = 0  # requests in flight when the run was stopped early
    failures_by_kind: dict[str, int] = field(default_factory=dict)
    cost: RunCost = field(default_factory=RunCost)

    def add(self, result: SummaryResult, from_cache: bool = False) -> float | None:
        """Count one result; returns its cost in dollars (None when the model has no price)."""
        if result.ok:
            self.done += 1
        else:
            self.failed += 1
            kind = result.error_kind or "llm"
            self.failures_by_kind[kind] = self.failures_by_kind.get(kind, 0) + 1
        return self.cost.add(result, cached=from_cache)

    @property
    def cached(self) -> int:
        return self.cost.cache_hits

    @property
    def tokens(self) -> int:
        return self.cost.prompt_tokens + self.cost.completion_tokens


def source_of(item: Item | Failed) -> str:
    """Where an input came from, as a result names it (before it has been read)."""
    if isinstance(item, Failed | Article):
        return item.source
    return str(item) if isinstance(item, Path) else "<text>"


def failure_result(
    source: str,
    exc: SummarizerError,
    settings: Settings,
    schema: type[BaseModel],
    article_id: str | None = None,
    origin: str = "",
) -> SummaryResult:
    """A result that records why an input produced no facts."""
    p_version, s_version = versions(schema, settings.evidence)
    asked = Provenance(
        settings.model, schema.__name__, p_version, s_version, origin, settings.evidence
    )
    return asked.failed(
        source,
        str(exc),
        exc.kind,
        article_id=article_id,
        usage=exc.usage,
        latency_s=exc.latency_s,
    )
