"""A batch job as a file: everything ``status`` and ``collect`` need, so each step runs alone
(another day, another process) from the job file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Final

from pydantic import BaseModel, Field, ValidationError

from summarizer.errors import InputError, SummarizerError
from summarizer.llm.client import Settings, settings_from_env
from summarizer.results import Provenance

CHAT_COMPLETIONS: Final = "/v1/chat/completions"
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
MAX_REQUESTS = 50_000  # the Batch API's limits on one input file
MAX_INPUT_BYTES = 200 * 1024 * 1024
METADATA_PREFIX = "summarizer_"


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

    @property
    def provenance(self) -> Provenance:
        """What every result collected from this batch is stamped with."""
        return Provenance(
            self.model,
            self.response_model,
            self.prompt_version,
            self.schema_version,
            f"batch {self.batch_id}",
        )

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
