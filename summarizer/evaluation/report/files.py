"""Writing the three report files of one run into a folder, each atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.history import HistoryRecord
from summarizer.evaluation.report.html import render_html
from summarizer.evaluation.report.json_report import report_json
from summarizer.evaluation.report.markdown import render_markdown
from summarizer.evaluation.scoring import Comparison, EvalReport


def _write(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a report."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_reports(
    folder: Path,
    report: EvalReport,
    comparison: Comparison | None = None,
    history: Sequence[HistoryRecord] = (),
    *,
    cost_usd: float | None = None,
    verdict: Verdict | None = None,
) -> dict[str, Path]:
    """Write report.json, report.md and report.html into ``folder`` (created if needed);
    returns their paths keyed "json", "markdown", "html"."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": folder / "report.json",
        "markdown": folder / "report.md",
        "html": folder / "report.html",
    }
    _write(paths["json"], report_json(report, comparison, verdict))
    _write(
        paths["markdown"],
        render_markdown(report, comparison, history, cost_usd=cost_usd, verdict=verdict),
    )
    _write(
        paths["html"], render_html(report, comparison, history, cost_usd=cost_usd, verdict=verdict)
    )
    return paths
