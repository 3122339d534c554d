"""What one stored row is: the exchange log's columns, :class:`LogEntry` (a row as read back)
and :class:`Totals` (usage summed over rows). Split from :mod:`summarizer.storage.store`, which
owns the connection, so that the row's shape can be read without it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from summarizer.results import SummaryResult
from summarizer.storage.migrations import TOKEN_COLUMNS

__all__ = ["COLUMNS", "LogEntry", "Totals", "timestamp"]

COLUMNS = (
    "id",
    "created_at",
    "request_key",
    "model",
    "base_url",
    "prompt_version",
    "schema_version",
    "article_id",
    "source",
    "response_model",
    "origin",
    "result_json",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
    "reasks",
    "latency_s",
    "cost_usd",
    "error",
    "error_kind",
    *TOKEN_COLUMNS,
    "grounding_key",
)


def timestamp(moment: dt.datetime) -> str:
    """One fixed ISO format in UTC, so string order in SQL is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LogEntry:
    """One logged exchange, as stored (text already redacted)."""

    id: int
    created_at: dt.datetime
    request_key: str | None
    model: str
    base_url: str | None
    prompt_version: str
    schema_version: str
    article_id: str | None
    source: str
    response_model: str | None
    origin: str | None
    result_json: str
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    reasks: int
    latency_s: float
    cost_usd: float | None
    error: str | None
    error_kind: str | None
    cached_tokens: int = 0
    schema_tokens: int = 0
    instruction_tokens: int = 0
    article_tokens: int = 0
    reask_tokens: int = 0
    grounding_key: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def result(self) -> SummaryResult:
        """The stored result as a ``SummaryResult`` (raises pydantic's ValidationError if the
        row was written by an incompatible version)."""
        return SummaryResult.from_json(self.result_json)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with the stored result parsed rather than as a string."""
        data = asdict(self)
        data["created_at"] = timestamp(self.created_at)
        data["result"] = json.loads(data.pop("result_json"))
        return data

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> LogEntry:
        values = dict(zip(COLUMNS, row, strict=True))
        values["created_at"] = dt.datetime.fromisoformat(values["created_at"])
        return cls(**values)


@dataclass(frozen=True)
class Totals:
    """Usage summed over stored exchanges. ``cost_usd`` sums the priced rows only; ``unpriced``
    counts rows that used tokens but had no known price, so a total is never silently low."""

    exchanges: int = 0
    errors: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0
    cached_tokens: int = 0
