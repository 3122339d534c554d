"""Eval reports for people and programs: ``report.json``, ``report.md`` and ``report.html``.

Every report opens with :func:`origin_label`, saying where the scored model outputs came from
(a live model, recorded responses, or the hand-authored cassettes): a score computed on
hand-written answers must never be mistaken for a model's score. Model outputs are untrusted
text, so every value is escaped for the format it lands in. The HTML file is self-contained
(inline CSS, charts drawn as inline SVG here in Python, no JavaScript, fonts or network), so it
can be attached to a CI run or mailed and still open as it did.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.history import HistoryRecord, record_of
from summarizer.evaluation.scoring import ArticleStatus, Comparison, EvalReport, Outcome, Score

FIELD_TABLE_HEADER = ("field", "TP", "FD", "FN", "FA", "TN", "P", "R", "F1")
MISMATCH_KINDS = frozenset({"FD", "FN", "FA"})
BAR_COLOUR = "#2f6fdf"  # used by nothing else on the page, so a screenshot can find the bars
LINE_COLOUR = "#8a3fb8"
_QUANTITY_KEYS = frozenset({"value", "qualifier", "as_written"})
_AUTHORED_MODELS = frozenset({"authored", "authored-by-hand"})


# --- labels and numbers -------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def is_authored(report: EvalReport) -> bool:
    """Hand-written outputs: the origin says so, or the model is the authored set's name."""
    return "authored" in (report.origin or "").lower() or report.model in _AUTHORED_MODELS


def origin_label(report: EvalReport) -> str:
    """The one-line honesty label every report starts with."""
    origin = _one_line(report.origin or "")
    model = _one_line(report.model or "unnamed model")
    if is_authored(report):
        return "Model outputs: AUTHORED CASSETTES (hand-written, not a real model's output) — " + (
            origin or "authored cassettes"
        )
    if not origin:
        return f"Model outputs: model {model} (origin not recorded; treat as unverified)"
    if origin.startswith("replayed"):  # "recorded-from <endpoint>" is a live call being taped
        return f"Model outputs: recorded responses of model {model} ({origin})"
    return f"Model outputs: live model {model} ({origin})"


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.3f}"


def _score_row(name: str, score: Score) -> list[str]:
    counts = (score.tp, score.fd, score.fn, score.fa, score.tn)
    rates = (score.precision, score.recall, score.f1)
    return [name, *map(str, counts), *map(_rate, rates)]


def field_table(report: EvalReport) -> list[list[str]]:
    """The header (:data:`FIELD_TABLE_HEADER`) and then one row per scored field, as display
    strings, so the terminal table and the Markdown one cannot drift apart."""
    rows = [_score_row(name, score) for name, score in report.per_field.items()]
    return [list(FIELD_TABLE_HEADER), *rows]


def section_table(report: EvalReport) -> list[list[str]]:
    """Like :func:`field_table`, per top-level section (article, people, sanctions, ...)."""
    rows = [_score_row(name, score) for name, score in report.per_section.items()]
    return [list(FIELD_TABLE_HEADER), *rows]


def value_text(value: Any) -> str:
    """A field value as one line: strings quoted (so "" and a missing value differ), the rest
    as compact JSON, and empties spelled out."""
    if value is None or value in ("", [], {}):
        return "(empty)"
    if isinstance(value, dict) and "value" in value and set(value) <= _QUANTITY_KEYS:
        qualifier = str(value.get("qualifier") or "exact")
        prefix = "" if qualifier == "exact" else qualifier.replace("_", " ") + " "
        return f"{prefix}{value['value']}"  # a Quantity: "84", "about 84"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def mismatches(report: EvalReport) -> list[Outcome]:
    """Every FD, FN and FA, by article then path."""
    return [o for o in report.outcomes if o.outcome in MISMATCH_KINDS]


def _cost(
    report: EvalReport, history: Sequence[HistoryRecord], cost_usd: float | None
) -> float | None:
    """The cost given, else the one on this run's own history record (same time and model:
    :func:`~summarizer.evaluation.history.record_of` copies both), so callers that pass the
    history with the new record in it need not pass the cost twice."""
    if cost_usd is not None or report.created_at is None:
        return cost_usd
    for record in reversed(history):
        if record.created_at == report.created_at and record.model == report.model:
            return record.cost_usd
    return None


def _metadata(report: EvalReport, cost_usd: float | None) -> list[tuple[str, str]]:
    statuses = [a.status for a in report.articles]
    articles = ", ".join(
        f"{statuses.count(s)} {s}" for s in ("scored", "failed", "missing", "unlabelled")
    )
    rows = [
        ("Model", report.model or "n/a"),
        ("Origin of outputs", report.origin or "not recorded"),
        ("Prompt version", report.prompt_version or "n/a"),
        ("Schema version", report.schema_version or "n/a"),
        ("Run at", report.created_at.isoformat() if report.created_at else "n/a"),
        ("Tokens", f"{report.tokens:,}" if report.tokens is not None else "n/a"),
        ("Articles", articles),
    ]
    if cost_usd is not None:
        rows.append(("Cost", f"${cost_usd:.4f}"))
    return rows


def _headline(report: EvalReport) -> list[tuple[str, str]]:
    failures = report.failures
    kinds = ", ".join(f"{k}: {n}" for k, n in failures.by_error_kind.items())
    return [
        ("Hallucination rate (FA / (FA + TN))", _pct(report.hallucination_rate)),
        ("Evidence grounding rate (verified / checked)", _pct(report.grounding_rate)),
        ("Value support rate (supported / checked)", _pct(report.support_rate)),
        ("Grounding flags", _flag_counts(report)),
        (
            "Failed articles (apart from wrong values)",
            f"{failures.total} (validation {failures.validation}, error {failures.error}, "
            f"missing {failures.missing})" + (f"; by kind: {kinds}" if kinds else ""),
        ),
        ("Re-asks", str(report.reasks)),
    ]


FLAG_HEADER = ("article", "flag", "path", "value", "reason")


def _flag_counts(report: EvalReport) -> str:
    kinds = [flag.kind for flag in report.grounding_flags]
    if not kinds:
        return "none"
    names = ("unsupported", "unverified", "unevidenced", "unstated")
    return ", ".join(f"{kinds.count(k)} {k}" for k in names if k in kinds)


def _flag_rows(report: EvalReport) -> list[list[str]]:
    return [
        [f.article_id or "", f.kind, f.path, _one_line(f.value)[:120], _one_line(f.reason)]
        for f in report.grounding_flags
    ]


def _overall_rows(report: EvalReport) -> list[list[str]]:
    overall = report.overall
    micro = overall.micro
    return [
        ["micro", _rate(micro.precision), _rate(micro.recall), _rate(micro.f1)],
        [
            f"macro (over {overall.macro_fields} fields)",
            _rate(overall.macro_precision),
            _rate(overall.macro_recall),
            _rate(overall.macro_f1),
        ],
    ]


# --- Markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&])")


def _md(text: Any) -> str:
    """Untrusted text as inert Markdown: one line, and every character that could start
    markup, a link, raw HTML or a table cell backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _one_line(str(text)))


def _code(text: Any, in_table: bool = False) -> str:
    """Untrusted text as a Markdown code span, which shows its content literally (no markup,
    no raw HTML): the fence is one backtick longer than any run inside. In a table a pipe
    would still end the cell, so it is escaped (GFM renders ``\\|`` in a span as ``|``)."""
    text = _one_line(str(text))
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    if in_table:
        text = text.replace("|", "\\|")
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], code: frozenset[int] = frozenset()
) -> list[str]:
    """A GFM table; the columns in ``code`` (names, paths, values) become code spans."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| "
        + " | ".join(_code(c, True) if i in code and c else _md(c) for i, c in enumerate(row))
        + " |"
        for row in rows
    ]
    return [*lines, ""]


def _comparison_md(comparison: Comparison) -> list[str]:
    lines = [
        "## Against the baseline",
        "",
        f"- micro F1: {_rate(comparison.baseline_micro_f1)} → "
        f"{_rate(comparison.current_micro_f1)} ({_signed(comparison.micro_f1_delta)})",
        f"- macro F1: {_rate(comparison.baseline_macro_f1)} → "
        f"{_rate(comparison.current_macro_f1)} ({_signed(comparison.macro_f1_delta)})",
        "",
        f"### Flips ({len(comparison.regressed)} regressed, {len(comparison.fixed)} fixed)",
        "",
    ]
    if comparison.flips:
        lines += _md_table(
            ("direction", "article", "path", "before → after", "expected", "got"),
            (
                [
                    f.direction,
                    f.article_id,
                    f.path,
                    f"{f.baseline or 'absent'} → {f.current or 'absent'}",
                    value_text(f.expected),
                    value_text(f.got),
                ]
                for f in comparison.flips
            ),
            code=frozenset({1, 2, 4, 5}),
        )
    else:
        lines += ["No (article, field) changed between pass and fail.", ""]
    lines += ["### Per-field F1 deltas", ""]
    lines += _md_table(
        ("field", "baseline F1", "current F1", "delta"),
        (
            [d.field, _rate(d.baseline_f1), _rate(d.current_f1), _signed(d.delta)]
            for d in comparison.fields
        ),
        code=frozenset({0}),
    )
    return lines


FAILED_HEADER = ("article", "status", "failure", "kind", "error")


def _failed_rows(failed: Sequence[ArticleStatus]) -> list[list[str]]:
    """One row per article that produced no facts (both renderings show the same table)."""
    return [
        [a.article_id or a.source, a.status, a.failure or "", a.error_kind or "", a.error or ""]
        for a in failed
    ]


def _verdict_md(verdict: Verdict) -> list[str]:
    """The gate's verdict and the items that regressed, before anything else is read."""
    lines = [f"**{_md(verdict.headline)}**", ""]
    if verdict.regressions:
        lines += [f"Regressed (pass → fail), {len(verdict.regressions)}:", ""]
        lines += [
            f"- {_code(f.article_id)} {_code(f.path)}: {f.baseline or 'absent'} → "
            f"{f.current or 'absent'}"
            for f in verdict.regressions
        ]
        lines.append("")
    return lines


def render_markdown(
    report: EvalReport,
    comparison: Comparison | None = None,
    history: Sequence[HistoryRecord] = (),
    *,
    cost_usd: float | None = None,
    verdict: Verdict | None = None,
) -> str:
    """The whole report as Markdown; its first line is :func:`origin_label`, then the
    verdict (PASS/FAIL and the regressions) when the run was judged."""
    lines = [_md(origin_label(report)), ""]
    if verdict is not None:
        lines += _verdict_md(verdict)
    lines += ["# Eval report", ""]
    lines += _md_table(("", ""), _metadata(report, _cost(report, history, cost_usd)))
    lines += ["## Overall", ""]
    lines += _md_table(("", "precision", "recall", "F1"), _overall_rows(report))
    lines += [f"- {name}: {_md(value)}" for name, value in _headline(report)] + [""]
    if report.grounding_flags:
        lines += [f"## Grounding flags ({len(report.grounding_flags)})", ""]
        lines += _md_table(FLAG_HEADER, _flag_rows(report), code=frozenset({0, 2}))
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    if failed:
        lines += ["## Failed articles", ""]
        lines += _md_table(
            FAILED_HEADER,
            _failed_rows(failed),
            code=frozenset({0}),
        )
    for title, (header, *rows) in (
        ("Per section", section_table(report)),
        ("Per field", field_table(report)),
    ):
        lines += [f"## {title}", "", *_md_table(header, rows, frozenset({0}))]
    wrong = mismatches(report)
    lines += [f"## Mismatches ({len(wrong)})", ""]
    for o in wrong:
        lines.append(
            f"- **{o.outcome}** {_code(o.article_id)} {_code(o.path)}: expected "
            f"{_code(value_text(o.expected))}, got {_code(value_text(o.got))}"
        )
        lines += [f"  - evidence: {_md(passage)}" for passage in o.evidence] or [
            "  - evidence: (none given)"
        ]
    if not wrong:
        lines.append("None: every scored value matched.")
    lines.append("")
    if comparison is not None:
        lines += _comparison_md(comparison)
    if history:
        lines += ["## Run history (latest 20)", ""]
        lines += _md_table(
            ("run", "model", "micro F1", "macro F1", "failures"),
            (
                [
                    r.created_at.isoformat(timespec="seconds"),
                    r.model or "n/a",
                    _rate(r.micro_f1),
                    _rate(r.macro_f1),
                    str(r.failures),
                ]
                for r in history[-20:]
            ),
        )
    return "\n".join(lines).rstrip() + "\n"


# --- SVG charts ---------------------------------------------------------------------------


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def field_chart_svg(report: EvalReport) -> str:
    """Horizontal bars of per-field F1 on a 0..1 track; a field with undefined F1 gets its
    row and the text "n/a" but no bar, so it cannot be read as 0."""
    names = list(report.per_field)
    longest = max(map(len, names), default=10)
    row, top, label_w, track_w = 22, 28, max(120, round(7.6 * longest) + 16), 440
    width, height = label_w + track_w + 70, top + row * len(names) + 10
    parts = [
        f'<svg id="chart-fields" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="F1 per field">',
        f'<text x="{label_w}" y="16" class="axis">F1 per field (0 → 1)</text>',
    ]
    for tick in (0, 0.5, 1):
        x = label_w + tick * track_w
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 8}" class="grid"/>'
        )
    for index, name in enumerate(names):
        f1 = report.per_field[name].f1
        y = top + index * row
        parts.append(
            f'<g class="bar-row" data-field="{_e(name)}">'
            f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" '
            f'class="label">{_e(name)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{track_w}" height="{row - 6}" '
            'class="track"/>'
        )
        if f1 is not None:
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y + 3}" '
                f'width="{f1 * track_w:.1f}" height="{row - 6}" fill="{BAR_COLOUR}">'
                f"<title>{_e(name)}: F1 {f1:.3f}</title></rect>"
            )
        parts.append(
            f'<text x="{label_w + track_w + 8}" y="{y + 14}" class="value">{_rate(f1)}</text></g>'
        )
    return "".join(parts) + "</svg>"


def history_chart_svg(records: Sequence[HistoryRecord]) -> str:
    """Micro F1 per run, oldest left, on a fixed 0..1 axis (an auto-scaled axis would make
    noise look like a cliff). A run whose F1 is undefined gets no point and the line joins
    its neighbours; a single run is a single point in the middle."""
    left, right, top, bottom, width, height = 64, 56, 24, 56, 760, 280
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(records)

    def x_of(i: int) -> float:
        return left + (plot_w / 2 if n == 1 else i * plot_w / (n - 1))

    def y_of(v: float) -> float:
        return top + (1 - v) * plot_h

    parts = [
        f'<svg id="chart-history" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Overall micro F1 per run">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1):
        y = y_of(tick)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
            f'class="grid"/><text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="axis">{tick:.2f}</text>'
        )
    parts.append(
        f'<text x="14" y="{top + plot_h / 2:.0f}" class="axis" text-anchor="middle" '
        f'transform="rotate(-90 14 {top + plot_h / 2:.0f})">micro F1</text>'
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 8}" class="axis" '
        f'text-anchor="middle">run (oldest → newest), {n} in total</text>'
    )
    step = max(1, -(-n // 8))  # at most ~8 date labels so they never overlap
    for i, record in enumerate(records):
        if i % step == 0 or i == n - 1:
            parts.append(
                f'<text x="{x_of(i):.1f}" y="{top + plot_h + 18}" class="axis" '
                f'text-anchor="middle">{record.created_at:%m-%d %H:%M}</text>'
            )
    points = [
        (x_of(i), y_of(r.micro_f1), r) for i, r in enumerate(records) if r.micro_f1 is not None
    ]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2"/>'
        )
    for x, y, r in points:
        parts.append(
            f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="4.5" '
            f'fill="{LINE_COLOUR}"><title>{_e(r.created_at.isoformat())} · '
            f"{_e(r.model or 'n/a')} · micro F1 {_rate(r.micro_f1)}</title></circle>"
        )
    return "".join(parts) + "</svg>"


# --- HTML ---------------------------------------------------------------------------------

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
 margin:0;color:#1d232b;background:#fafbfc}
main{max-width:1180px;margin:0 auto;padding:8px 24px 48px}
.banner{padding:14px 24px;font-weight:600;font-size:16px;border-bottom:3px solid}
.banner.authored{background:#fff1c9;border-color:#c98a00;color:#5c3d00}
.banner.live{background:#e3f3e6;border-color:#2e7d3a;color:#174d21}
.banner.unknown{background:#f3e3e3;border-color:#a33;color:#5a1515}
.verdict{margin:16px 0;padding:10px 16px;border-left:6px solid;font-size:15px}
.verdict.pass{background:#e3f3e6;border-color:#2e7d3a}
.verdict.fail{background:#f8e0e0;border-color:#b3261e}
h1{font-size:24px;margin:18px 0 8px}h2{font-size:19px;margin:28px 0 8px}
table{border-collapse:collapse;margin:6px 0 12px;background:#fff}
th,td{border:1px solid #d8dde3;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}td.num{text-align:right;font-variant-numeric:tabular-nums}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.FD,.FN,.FA,.regressed{color:#b3261e;font-weight:600}.fixed{color:#1e7a34;font-weight:600}
.evidence{margin:0;padding-left:16px;color:#4a5562}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:8px 14px}
.card b{display:block;font-size:22px}svg{background:#fff;border:1px solid #d8dde3}
svg text{font:12px system-ui,sans-serif;fill:#1d232b}svg .label{font-family:ui-monospace,monospace}
svg .axis{fill:#4a5562}svg .grid{stroke:#e3e7ec}svg .track{fill:#f0f2f5}
"""


def _split(table: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    return table[0], table[1:]


def _html_table(
    header: Sequence[str], rows: Iterable[Sequence[str]], numeric: frozenset[int] = frozenset()
) -> str:
    """A table of escaped cells; the columns in ``numeric`` are right-aligned. An all-empty
    header (a key/value table) is left out."""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_e(c)}</td>' if i in numeric else f"<td>{_e(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    thead = f"<thead><tr>{head}</tr></thead>" if any(header) else ""
    return f"<table>{thead}<tbody>{body}</tbody></table>"


def _mismatch_html(wrong: Sequence[Outcome]) -> str:
    if not wrong:
        return "<p>None: every scored value matched.</p>"
    rows = []
    for o in wrong:
        evidence = "".join(f"<li>{_e(p)}</li>" for p in o.evidence) or "<li>(none given)</li>"
        rows.append(
            f'<tr><td class="mono">{_e(o.article_id)}</td><td class="mono">'
            f'{_e(o.path)}</td><td class="{o.outcome}">{o.outcome}</td>'
            f'<td class="mono">{_e(value_text(o.expected))}</td><td class="mono">'
            f'{_e(value_text(o.got))}</td><td><ul class="evidence">{evidence}</ul>'
            "</td></tr>"
        )
    return (
        "<table><thead><tr><th>article</th><th>path</th><th>outcome</th><th>expected</th>"
        f"<th>got</th><th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _comparison_html(c: Comparison) -> str:
    flips = "".join(
        f'<tr><td class="{f.direction}">{f.direction}</td><td class="mono">{_e(f.article_id)}'
        f'</td><td class="mono">{_e(f.path)}</td><td>{f.baseline or "absent"} → '
        f'{f.current or "absent"}</td><td class="mono">{_e(value_text(f.expected))}</td>'
        f'<td class="mono">{_e(value_text(f.got))}</td></tr>'
        for f in c.flips
    )
    table = (
        f"<table><thead><tr><th>direction</th><th>article</th><th>path</th><th>before → "
        f"after</th><th>expected</th><th>got</th></tr></thead><tbody>{flips}</tbody>"
        "</table>"
        if c.flips
        else "<p>No (article, field) changed between pass and fail.</p>"
    )
    deltas = _html_table(
        ("field", "baseline F1", "current F1", "delta"),
        ([d.field, _rate(d.baseline_f1), _rate(d.current_f1), _signed(d.delta)] for d in c.fields),
        numeric=frozenset({1, 2, 3}),
    )
    return (
        f"<h2>Against the baseline</h2><p>micro F1 {_rate(c.baseline_micro_f1)} → "
        f"{_rate(c.current_micro_f1)} ({_signed(c.micro_f1_delta)}); macro F1 "
        f"{_rate(c.baseline_macro_f1)} → {_rate(c.current_macro_f1)} "
        f"({_signed(c.macro_f1_delta)})</p><h2>Flips ({len(c.regressed)} regressed, "
        f"{len(c.fixed)} fixed)</h2>{table}<h2>Per-field F1 deltas</h2>{deltas}"
    )


def _verdict_html(verdict: Verdict) -> str:
    """The gate's verdict and the items that regressed, right under the origin banner."""
    state = "pass" if verdict.passed else "fail"
    items = "".join(
        f'<li><span class="mono">{_e(f.article_id)} {_e(f.path)}</span>: '
        f"{_e(f.baseline or 'absent')} → {_e(f.current or 'absent')}</li>"
        for f in verdict.regressions
    )
    regressed = (
        f"<p>Regressed (pass → fail), {len(verdict.regressions)}:</p><ul>{items}</ul>"
        if verdict.regressions
        else ""
    )
    return (
        f'<section class="verdict {state}" id="verdict"><b>{_e(verdict.headline)}</b>'
        f"{regressed}</section>"
    )


def render_html(
    report: EvalReport,
    comparison: Comparison | None = None,
    history: Sequence[HistoryRecord] = (),
    *,
    cost_usd: float | None = None,
    verdict: Verdict | None = None,
) -> str:
    """One self-contained HTML page. The origin banner is the first element of <body> and the
    label is in <title>. With no history given, the history chart shows this run alone."""
    label = origin_label(report)
    kind = "authored" if is_authored(report) else "live" if report.origin else "unknown"
    counts = frozenset(range(1, 9))
    wrong = mismatches(report)
    micro = report.overall.micro
    cards = "".join(
        f'<div class="card">{_e(name)}<b>{_e(value)}</b></div>'
        for name, value in (
            ("micro F1", _rate(micro.f1)),
            ("macro F1", _rate(report.overall.macro_f1)),
            ("hallucination rate", _pct(report.hallucination_rate)),
            ("grounding rate", _pct(report.grounding_rate)),
            ("support rate", _pct(report.support_rate)),
            ("failed articles", str(report.failures.total)),
            ("re-asks", str(report.reasks)),
        )
    )
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    failed_html = (
        ("<h2>Failed articles</h2>" + _html_table(FAILED_HEADER, _failed_rows(failed)))
        if failed
        else ""
    )
    records = list(history) or [record_of(report)]
    body = [
        f'<div class="banner {kind}" id="origin">{_e(label)}</div><main>',
        _verdict_html(verdict) if verdict is not None else "",
        "<h1>Eval report</h1>",
        _html_table(("", ""), _metadata(report, _cost(report, history, cost_usd))),
        f'<h2>Overall</h2><div class="cards">{cards}</div>',
        _html_table(
            ("", "precision", "recall", "F1"), _overall_rows(report), numeric=frozenset({1, 2, 3})
        ),
        _html_table(("measure", "value"), _headline(report)),
        (
            f"<h2>Grounding flags ({len(report.grounding_flags)})</h2>"
            + _html_table(FLAG_HEADER, _flag_rows(report))
            if report.grounding_flags
            else ""
        ),
        failed_html,
        "<h2>F1 per field</h2>",
        field_chart_svg(report),
        "<h2>Overall micro F1 over the run history</h2>",
        history_chart_svg(records),
        "<h2>Per section</h2>",
        _html_table(*_split(section_table(report)), counts),
        "<h2>Per field</h2>",
        _html_table(*_split(field_table(report)), counts),
        f"<h2>Mismatches ({len(wrong)})</h2>",
        _mismatch_html(wrong),
        _comparison_html(comparison) if comparison is not None else "",
        "</main>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(label)} · eval report</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


# --- files --------------------------------------------------------------------------------


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
    data.update(report.model_dump(mode="json"))
    if comparison is not None:
        data["comparison"] = comparison.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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


__all__ = [
    "BAR_COLOUR",
    "FIELD_TABLE_HEADER",
    "LINE_COLOUR",
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
