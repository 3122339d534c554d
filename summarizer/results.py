"""The envelope every summarisation returns: the facts plus everything needed to trust them
(grounding) and to reproduce them (model, prompt and schema versions, usage, timing)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from .schema import ArticleFacts
from .verification.grounding import GroundingReport


class Usage(BaseModel):
    """Tokens summed over every attempt, re-asks included."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    attempts: int = 0
    reasks: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            attempts=self.attempts + other.attempts,
            reasks=self.reasks + other.reasks,
        )


class SummaryResult(BaseModel):
    """One article's result. ``facts`` is an :class:`ArticleFacts` unless the caller passed a
    schema of their own; ``error`` is set (and ``facts`` is None) when the article failed."""

    article_id: str | None
    source: str
    facts: Any = None
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    model: str
    response_model: str | None = None
    prompt_version: str
    schema_version: str
    usage: Usage = Field(default_factory=Usage)
    latency_s: float = 0.0  # first request to validated answer, re-asks in, grounding out
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    origin: str = "live"
    error: str | None = None
    error_kind: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def facts_as(self, model: type[BaseModel] = ArticleFacts) -> BaseModel:
        """``facts`` validated as ``model`` (after a JSON round-trip they are a plain dict)."""
        if isinstance(self.facts, model):
            return self.facts
        return model.model_validate(self.facts)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> SummaryResult:
        result = cls.model_validate_json(data)
        if result.facts is not None and result.response_model in (None, "ArticleFacts"):
            result.facts = ArticleFacts.model_validate(result.facts)
        return result
