"""``summarizer logs``: recent exchanges from the store, or one in full.

The rendering is plain functions from stored exchanges to text, testable without a terminal
and reusable (a report, a notebook); the command only parses flags, queries the store and
prints.

``--show N`` prints the whole exchange: each attempt's request (options, the messages in full,
the schema-sized options summarised as the tool names, size and hash of the part stored once
for every request; a re-ask shows only the messages it added), each attempt's response (finish
reason, usage, the tool-call arguments or content, pretty JSON) and what rejected or ended it,
then the parsed result. ``--show N --json`` gives everything, the static parts expanded.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarizer.cli.options import EXIT_USAGE, ModelOpt, StoreOpt, err

if TYPE_CHECKING:  # imported when used: ``summarizer --help`` must not load pydantic
    from summarizer.storage.exchanges import StoredExchange
    from summarizer.storage.store import LogEntry

__all__ = [
    "NOT_STORED",
    "entries_json",
    "logs",
    "render_entry",
    "render_exchange",
    "render_list",
    "show_json",
    "status_of",
]

NOT_STORED = (
    "(the request and response were not stored with this row: it was logged before summarizer "
    "kept them (store layout 3), or by a library caller that passed none)"
)

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
    return _pretty(entry.result_json)


def _pretty(text: Any) -> str:
    """JSON text pretty-printed (tool-call arguments, JSON content); other text as it is."""
    if not isinstance(text, str):
        return json.dumps(text, indent=2, ensure_ascii=False)
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


def _compact(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _summary(key: str, ref: Any, parts: dict[str, Any]) -> str:
    """A schema-sized option in one line: what it names, its size, its stored hash."""
    from summarizer.storage.exchanges import PART, is_part

    if not is_part(ref):
        return f"{key}: {_compact(ref)}"
    digest = ref[PART]
    if digest not in parts:
        return f"{key}: part {digest} (missing from the store)"
    value = parts[digest]
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            named = item.get("function", item.get("json_schema", item))
            name = named.get("name") if isinstance(named, dict) else None
            names.append(f"{item.get('type', 'item')} {name}" if name else str(item.get("type")))
    size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())
    what = ", ".join(names) or "?"
    return f"{key}: {what} (stored once as {digest[:19]}, {size:,} bytes; --json expands it)"


def _said(message: Any) -> Any:
    """What an assistant message or a response's first choice said: its content and its
    tool calls' arguments, to spot a re-ask quoting the answer it rejects."""
    if isinstance(message, dict) and isinstance(message.get("choices"), list):
        choices = message["choices"]
        message = (choices[0] or {}).get("message") if choices else None
    if not isinstance(message, dict):
        return None
    calls = [(c.get("function") or {}).get("arguments") for c in message.get("tool_calls") or []]
    return message.get("content") or None, calls  # a re-ask sends "" for None


def _request_lines(
    request: dict[str, Any],
    previous: dict[str, Any] | None,
    parts: dict[str, Any],
    answer: Any = None,
) -> list[str]:
    from summarizer.storage.exchanges import PART, STATIC_OPTIONS, is_part

    lines: list[str] = []
    scalars = {k: v for k, v in request.items() if k not in ("messages", "headers")}
    if previous is not None and scalars == {
        k: v for k, v in previous.items() if k not in ("messages", "headers")
    }:
        lines.append("options and schema as in the attempt before")
    else:
        simple = [f"{k}: {_compact(v)}" for k, v in scalars.items() if k not in STATIC_OPTIONS]
        lines.append("  ".join(simple))
        lines += [_summary(key, scalars[key], parts) for key in STATIC_OPTIONS if key in scalars]
    if previous is None or request.get("headers") != previous.get("headers"):
        for name, value in (request.get("headers") or {}).items():
            lines.append(f"header {name}: {value}")
    messages = request.get("messages") or []
    same = 0
    if previous is not None:
        before = previous.get("messages") or []
        while same < min(len(messages), len(before)) and messages[same] == before[same]:
            same += 1
    if same:
        lines.append(f"messages 1-{same}: as in the attempt before")
    for number, message in enumerate(messages[same:], start=same + 1):
        if is_part(message):
            message = parts.get(message[PART], message)
        if not isinstance(message, dict):
            lines += [f"--- message {number}", _compact(message)]
            continue
        lines.append(f"--- message {number}: {message.get('role')}")
        if message.get("role") == "assistant" and answer is not None and _said(message) == answer:
            lines.append("(the answer of the attempt before, shown above)")
            continue
        extra = {k: v for k, v in message.items() if k not in ("role", "content")}
        if extra:
            lines.append(_compact(extra))
        if message.get("content") is not None:
            lines.append(_pretty(message["content"]) if extra else _compact(message["content"]))
    return lines


def _response_lines(response: Any, error: dict[str, Any] | None) -> list[str]:
    lines: list[str] = []
    if isinstance(response, dict) and isinstance(response.get("choices"), list):
        usage = response.get("usage") or {}
        counts = ", ".join(
            f"{k.removesuffix('_tokens')} {v:,}" for k, v in usage.items() if isinstance(v, int)
        )
        for choice in response["choices"]:
            message = choice.get("message") or {}
            lines.append(
                f"finish_reason: {choice.get('finish_reason')}  model: {response.get('model')}"
                + (f"  usage: {counts}" if counts else "")
            )
            for call in message.get("tool_calls") or []:
                function = call.get("function") or {}
                lines.append(f"tool call {function.get('name')} ({call.get('id')}):")
                lines.append(_pretty(function.get("arguments", "")))
            if message.get("refusal"):
                lines.append(f"refusal: {message['refusal']}")
            if message.get("content") is not None:
                lines += ["content:", _pretty(message["content"])]
    elif response is not None:
        lines += ["not a chat completion:", _compact(response)]
    else:
        lines.append("no response")
    if error is not None:
        verb = "rejected" if response is not None else "failed"
        status = f" (HTTP {error['status']})" if "status" in error else ""
        lines.append(f"{verb}: {error.get('type')}{status}: {error.get('message')}")
    return lines


def render_exchange(entry: LogEntry, stored: StoredExchange | None) -> str:
    """``--show``: the row's metadata, every attempt's request and response, then the
    parsed result (:func:`render_entry`)."""
    from summarizer.storage.cost import format_usd

    lines = [
        f"exchange {entry.id}  {entry.created_at.strftime('%Y-%m-%d %H:%M:%S')} UTC  "
        f"model {entry.model}  {entry.source}",
        f"article {entry.article_id or '-'}  {status_of(entry)}  {entry.total_tokens:,} tokens"
        f"  {format_usd(entry.cost_usd)}  {entry.latency_s:.2f}s  {entry.origin or ''}".rstrip(),
    ]
    if entry.error:
        lines.append(f"error: {entry.error}")
    attempts = stored.data.get("attempts", []) if stored is not None else []
    if stored is None:
        lines += ["", NOT_STORED]
    elif not attempts:
        lines += ["", "(no request was sent: the article failed before its first request)"]
    previous: dict[str, Any] | None = None
    answer: Any = None
    for number, attempt in enumerate(attempts, start=1):
        request = attempt.get("request") or {}
        title = f"attempt {number} of {len(attempts)}"
        lines += ["", f"=== {title}: request"]
        lines += _request_lines(request, previous, stored.parts if stored else {}, answer)
        lines += ["", f"=== {title}: response"]
        lines += _response_lines(attempt.get("response"), attempt.get("error"))
        previous, answer = request, _said(attempt.get("response"))
    lines += ["", "=== result", render_entry(entry)]
    return "\n".join(lines)


def show_json(entry: LogEntry, stored: StoredExchange | None) -> str:
    """``--show N --json``: the row as ``--json`` lists it, plus ``exchange``: every
    attempt with the static parts expanded (null when none was stored)."""
    data = entry.to_dict()
    data["exchange"] = stored.expanded() if stored is not None else None
    return json.dumps([data], indent=2, ensure_ascii=False)


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
                stored = db.exchange(show)
                shown = show_json if as_json else render_exchange
                typer.echo(shown(entry, stored))
                return
            entries = db.recent(limit=count, model=model, errors_only=errors)
            typer.echo(entries_json(entries) if as_json else render_list(entries))
    except SummarizerError as exc:
        err(str(exc))
        raise typer.Exit(exc.exit_code) from None
