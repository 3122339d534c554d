"""Eval reports for people and programs: ``report.json``, ``report.md`` and ``report.html``.

Every report opens with :func:`origin_label`, saying where the scored model outputs came from
(a live model, recorded responses, or the hand-authored cassettes): a score computed on
hand-written answers must never be mistaken for a model's score. Then comes the gate's verdict
(PASS or FAIL, its reasons, the fields that regressed against the baseline with the items that
flipped, the failed articles), then the headline scores, then the details: the Markdown and
HTML reports read in that order, like a morning dashboard. Model outputs are untrusted
text, so every value is escaped for the format it lands in. The HTML file is self-contained
(inline CSS, charts drawn as inline SVG here in Python, no JavaScript, fonts or network), so it
can be attached to a CI run or mailed and still open as it did.

One module per format: :mod:`.json_report`, :mod:`.markdown`, :mod:`.html` (with its SVG
:mod:`.charts`) and :mod:`.console` for the terminal; what they all show is built once in
:mod:`.tables`, and :mod:`.files` writes the three files. A new format is a module beside
them that lays out the rows of :mod:`.tables`. This package exposes the file formats' API; the
console format renders a whole eval outcome (it imports the harness) and is imported from its
module, so that importing the report formats never pulls in the harness or Rich.
"""

from __future__ import annotations

from summarizer.evaluation.report.charts import (
    BAR_COLOUR,
    BASELINE_COLOUR,
    CURRENT_COLOUR,
    LINE_COLOUR,
    field_chart_svg,
    history_chart_svg,
)
from summarizer.evaluation.report.files import (
    write_reports,
)
from summarizer.evaluation.report.html import (
    FAIL_COLOUR,
    PASS_COLOUR,
    render_html,
)
from summarizer.evaluation.report.json_report import (
    report_json,
)
from summarizer.evaluation.report.markdown import (
    render_markdown,
)
from summarizer.evaluation.report.tables import (
    FIELD_TABLE_HEADER,
    field_table,
    is_authored,
    mismatches,
    origin_label,
    section_table,
    value_text,
)

__all__ = [
    "BAR_COLOUR",
    "BASELINE_COLOUR",
    "CURRENT_COLOUR",
    "FAIL_COLOUR",
    "FIELD_TABLE_HEADER",
    "LINE_COLOUR",
    "PASS_COLOUR",
    "field_chart_svg",
    "field_table",
    "history_chart_svg",
    "is_authored",
    "mismatches",
    "origin_label",
    "render_html",
    "render_markdown",
    "report_json",
    "section_table",
    "value_text",
    "write_reports",
]
