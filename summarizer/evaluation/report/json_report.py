"""``report.json``: the :class:`~summarizer.evaluation.scoring.EvalReport` for programs, with
where the outputs came from as its first key, and the gate's verdict and the comparison with
the baseline when there are any. A later run reads it back as its baseline.
"""

from __future__ import annotations

import json
from typing import Any

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.report.tables import origin_label
from summarizer.evaluation.scoring import Comparison, EvalReport


def report_json(
    report: EvalReport, comparison: Comparison | None = None, verdict: Verdict | None = None
) -> str:
    """The EvalReport as JSON with ``source_of_outputs`` as its first key, then the gate's
    ``verdict`` when judged (passed, reasons, exit code; for a program reading the file), and
    the comparison under ``comparison`` when given. EvalReport ignores both when it reads the
    file back as a baseline."""
    data: dict[str, Any] = {"source_of_outputs": origin_label(report)}
    if verdict is not None:
        data["verdict"] = {
            "passed": verdict.passed,
            "headline": verdict.headline,
            "reasons": list(verdict.reasons),
            "exit_code": verdict.exit_code,
            "regressed": len(verdict.regressions),
        }
        if verdict.notes:  # checks the gate could not make (absent when it made them all)
            data["verdict"]["notes"] = list(verdict.notes)
    data.update(report.model_dump(mode="json"))
    if comparison is not None:
        data["comparison"] = comparison.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
