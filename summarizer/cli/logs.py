"""``summarizer logs``: recent exchanges from the store, or one in full.

The rendering is plain functions from stored exchanges to text, testable without a terminal
and reusable (a report, a notebook); the command only parses flags, queries the store and
prints.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from summarizer.cli.options import EXIT_USAGE, ModelOpt, StoreOpt, err

if TYPE_CHECKING:  # imported when used: ``summarizer --help`` must not load pydantic
    from summarizer.storage.store import LogEntry

__all__ = ["entries_json", "logs", "render_entry", "render_list", "status_of"]

_HEADERS = ("id", "time (UTC)", "model", "article", "source", "tokens", "cost", "latency", "status")
_RIGHT = frozenset({"id", "tokens", "cost", "latency"})
_ARTICLE_WIDTH = 12
_SOURCE_WIDTH = 32
_MODEL_WIDTH = 24


def _clip_tail(text: str, width: int) -> str:
    """Keep the end of a path: the file name says more than the folders above it."""
    return text if len(text) <= width else "\u2026" + text[-(width - 1) :]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def status_of(entry: LogEntry) -> str:
    """``ok``, ``ok, N re-asks``, or ``error (kind)``: enough to spot what to ``--show``."""
    if entry.ok and entry.reasks:
        return f"ok, {entry.reasks} re-ask{'' if entry.reasks == 1 else 's'}"
    if entry.ok:
        return "ok"
    return f"error ({entry.error_kind})" if entry.error_kind else "error"


def _row(entry: LogEntry) -> tuple[str, ...]:
    from summarizer.storage.cost import format_usd

    return (
        str(entry.id),
        entry.created_at.strftime("%Y-%m-%d %H:%M:%S"),
        _clip(entry.model, _MODEL_WIDTH),
        (entry.article_id or "-")[:_ARTICLE_WIDTH],
        _clip_tail(entry.source, _SOURCE_WIDTH),
        f"{entry.total_tokens:,}",
        format_usd(entry.cost_usd),
        f"{entry.latency_s:.2f}s",
        status_of(entry),
    )


def render_list(entries: Sequence[LogEntry]) -> str:
    """A compact table, one exchange per line, newest first as given. Cost ``?`` means the
    model had no price (never shown as $0)."""
    if not entries:
        return "no exchanges logged"
    rows = [_HEADERS, *(_row(entry) for entry in entries)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADERS))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(width) if name in _RIGHT else cell.ljust(width)
            for name, cell, width in zip(_HEADERS, row, widths, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def render_entry(entry: LogEntry) -> str:
    """The full stored result, pretty JSON (as stored: already redacted), ready for ``jq``.
    Falls back to the raw text if the row is not valid JSON, so ``--show`` still shows it."""
    try:
        return json.dumps(json.loads(entry.result_json), indent=2, ensure_ascii=False)
    except ValueError:
        return entry.result_json


def entries_json(entries: Sequence[LogEntry]) -> str:
    """``--json``: every listed exchange with its metadata (key, endpoint, tokens, cost) and
    its parsed result, as one JSON array."""
    return json.dumps([entry.to_dict() for entry in entries], indent=2, ensure_ascii=False)


def logs(
    count: Annotated[int, typer.Option("-n", "--count", help="How many recent exchanges.")] = 20,
    model: ModelOpt = None,
    errors: Annotated[bool, typer.Option("--errors", help="Only failed exchanges.")] = False,
    show: Annotated[int | None, typer.Option("--show", help="Show one exchange in full.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    store: StoreOpt = None,
) -> None:
    """List recent exchanges from the store (every request is logged), or show one."""
    from summarizer.errors import SummarizerError
    from summarizer.storage.paths import default_store_path
    from summarizer.storage.store import Store

    try:
        with Store(store or default_store_path()) as db:
            if show is not None:
                entry = db.get(show)
                if entry is None:
                    err(f"no exchange {show} in {db.path}")
                    raise typer.Exit(EXIT_USAGE)
                typer.echo(entries_json([entry]) if as_json else render_entry(entry))
                return
            entries = db.recent(limit=count, model=model, errors_only=errors)
            typer.echo(entries_json(entries) if as_json else render_list(entries))
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
