"""The JSON Schema files in ``schemas/``, for consumers that do not speak Pydantic.

A test regenerates these documents and fails when the committed files differ, so the exported
contract can never drift from the models (``summarizer schema --write schemas`` refreshes it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts, schema_version

SCHEMA_BASE = "https://summarizer.invalid/schemas/"


class ArticleSummaryResult(SummaryResult):
    """A ``SummaryResult`` whose facts are the default ``ArticleFacts``: what the CLI emits."""

    facts: ArticleFacts | None = None


def schema_documents() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema document, each stamped with the schema version."""
    documents = {
        "article_facts.schema.json": ArticleFacts.model_json_schema(),
        "summary_result.schema.json": ArticleSummaryResult.model_json_schema(),
    }
    version = schema_version()
    for name, document in documents.items():
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["$id"] = SCHEMA_BASE + name
        document["x-schema-version"] = version
    return documents


def render_document(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in schema_documents().items():
        path = folder / name
        path.write_text(render_document(document), encoding="utf-8")
        written.append(path)
    return written
