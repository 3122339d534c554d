"""``summarizer schema``: the JSON Schema of the facts and of a result."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.options import (
    note,
)


def schema(
    write: Annotated[
        Path | None,
        typer.Option(
            "--write",
            help="Export the JSON Schema files "
            "into this folder (e.g. schemas/) instead of printing.",
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of the extracted facts (ArticleFacts)."""
    from summarizer.storage.schema_files import export_schemas, schema_documents

    if write is not None:
        for path in export_schemas(write):
            note(f"wrote {path}")
        return
    import json

    typer.echo(json.dumps(schema_documents()["article_facts.schema.json"], indent=2))
