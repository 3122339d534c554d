"""The run history: one JSON line per eval run, so scores can be followed over time.

Each ``summarizer eval`` appends a :class:`HistoryRecord` (model, where its outputs came from,
prompt and schema versions, time, headline scores, the verification audit's headline numbers,
tokens, cost) to a JSONL file. JSONL rather
than one JSON document because an append never rewrites earlier runs: a crash mid-write can at
worst leave one incomplete last line, which :func:`load_history` skips and the next
:func:`append_history` removes. Anything else that does not parse is reported, not skipped:
silently dropping runs would redraw the history chart with holes nobody asked for.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from summarizer.errors import InputError
from summarizer.evaluation.scoring import EvalReport


class HistoryRecord(BaseModel):
    """The headline numbers of one eval run. Everything but the id and time has a default, so
    a record written by an older version (fewer fields) still loads; unknown keys from a newer
    version are ignored for the same reason."""

    run_id: str
    created_at: dt.datetime
    model: str | None = None
    origin: str | None = None
    prompt_version: str | None = None
    schema_version: str | None = None
    micro_precision: float | None = None
    micro_recall: float | None = None
    micro_f1: float | None = None
    macro_f1: float | None = None
    hallucination_rate: float | None = None
    grounding_rate: float | None = None
    failures: int = 0
    reasks: int = 0
    tokens: int | None = None
    cost_usd: float | None = None
    per_field: dict[str, float | None] = Field(default_factory=dict)
    report_path: str | None = None
    # The verification audit's headline (flags judged by the gold): None in records written
    # before session 29, and in runs whose report had no audit.
    false_alarm_share: float | None = None
    catch_rate: float | None = None
    false_alarms_strong: int | None = None
    false_alarms_unconfirmed: int | None = None
    caught: int | None = None  # flags on wrong values
    missed: int | None = None  # wrong values no flag touched


def _new_run_id(created_at: dt.datetime) -> str:
    """Sortable by time, and unique even for two runs started in the same second."""
    stamp = created_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{uuid.uuid4().hex[:8]}"


def record_of(
    report: EvalReport, cost_usd: float | None = None, report_path: Path | str | None = None
) -> HistoryRecord:
    """The history record of ``report``. A report without ``created_at`` is stamped now: the
    history is ordered by when runs were recorded, so a record must always carry a time."""
    created_at = report.created_at or dt.datetime.now(dt.UTC)
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=dt.UTC)
    micro = report.overall.micro
    found = report.verification
    audited = (
        {
            "false_alarm_share": found.false_alarm_share,
            "catch_rate": found.catch_rate,
            "false_alarms_strong": found.false_alarms.strong,
            "false_alarms_unconfirmed": found.false_alarms.unconfirmed,
            "caught": found.caught.total,
            "missed": found.missed,
        }
        if found is not None
        else {}
    )
    return HistoryRecord(
        run_id=_new_run_id(created_at),
        created_at=created_at,
        model=report.model,
        origin=report.origin,
        prompt_version=report.prompt_version,
        schema_version=report.schema_version,
        micro_precision=micro.precision,
        micro_recall=micro.recall,
        micro_f1=micro.f1,
        macro_f1=report.overall.macro_f1,
        hallucination_rate=report.hallucination_rate,
        grounding_rate=report.grounding_rate,
        failures=report.failures.total,
        reasks=report.reasks,
        tokens=report.tokens,
        cost_usd=cost_usd,
        per_field={name: score.f1 for name, score in report.per_field.items()},
        report_path=str(report_path) if report_path is not None else None,
        **audited,
    )


def _drop_partial_tail(path: Path) -> None:
    """Make the file end at a line boundary before appending. A tail without a newline is a
    write that never finished; if it still parses (a hand edit that lost the final newline) it
    is kept and completed, otherwise it is cut, exactly as :func:`load_history` ignores it."""
    with path.open("rb+") as handle:
        data = handle.read()
        if not data or data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        try:
            HistoryRecord.model_validate_json(data[cut:])
        except ValidationError:
            handle.truncate(cut)
        else:
            handle.write(b"\n")
        handle.flush()
        os.fsync(handle.fileno())


def append_history(path: Path, record: HistoryRecord) -> None:
    """Append ``record`` as one line, creating the folders, and fsync it: the history is what
    tells a regression from noise later, so a run that reported success must be on disk. One
    ``write`` in append mode keeps concurrent appenders' lines whole on local filesystems."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        _drop_partial_tail(path)
    line = record.model_dump_json() + "\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def load_history(path: Path) -> list[HistoryRecord]:
    """Every record in file (= run) order; no file means no runs yet. A last line without a
    newline that does not parse is an interrupted append and is skipped; any other line that
    is not a record raises an InputError naming the file and line."""
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(
            f"{path}: not a run history (not UTF-8 text); move it aside or pass another "
            "history file"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read run history ({exc})") from None
    lines = text.split("\n")
    records: list[HistoryRecord] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append(HistoryRecord.model_validate_json(line))
        except ValidationError as exc:
            if number == len(lines):  # no newline after it: an append cut short
                continue
            problem = exc.errors()[0]
            where = ".".join(str(part) for part in problem["loc"]) or "line"
            raise InputError(
                f"{path}: line {number} is not a run history record ({where}: "
                f"{problem['msg']}); fix or delete that line"
            ) from None
    return records


def last_record(path: Path, model: str | None = None) -> HistoryRecord | None:
    """The most recently appended record, or the most recent one for ``model``; None if the
    history has none. File order, not ``created_at``: clocks skew, appends do not."""
    for record in reversed(load_history(path)):
        if model is None or record.model == model:
            return record
    return None


__all__ = ["HistoryRecord", "append_history", "last_record", "load_history", "record_of"]
