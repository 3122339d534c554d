"""``report.html``: one self-contained page (inline CSS and SVG charts, no JavaScript), so it can
be attached to a CI run or mailed and still open as it did. The origin banner is the first
element of the body; every value from a model is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.history import HistoryRecord, record_of
from summarizer.evaluation.report.charts import escaped, field_chart_svg, history_chart_svg
from summarizer.evaluation.report.tables import (
    FAILED_HEADER,
    FLAG_HEADER,
    article_table,
    failed_rows,
    field_table,
    flag_rows,
    headline_rows,
    is_authored,
    metadata_rows,
    mismatches,
    origin_label,
    outlet_table,
    overall_rows,
    percent,
    rate,
    run_cost,
    section_table,
    signed,
    value_text,
)
from summarizer.evaluation.scoring import Comparison, EvalReport, Outcome

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
    head = "".join(f"<th>{escaped(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escaped(c)}</td>' if i in numeric else f"<td>{escaped(c)}</td>"
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
        evidence = "".join(f"<li>{escaped(p)}</li>" for p in o.evidence) or "<li>(none given)</li>"
        rows.append(
            f'<tr><td class="mono">{escaped(o.article_id)}</td><td class="mono">'
            f'{escaped(o.path)}</td><td class="{o.outcome}">{o.outcome}</td>'
            f'<td class="mono">{escaped(value_text(o.expected))}</td><td class="mono">'
            f'{escaped(value_text(o.got))}</td><td><ul class="evidence">{evidence}</ul>'
            "</td></tr>"
        )
    return (
        "<table><thead><tr><th>article</th><th>path</th><th>outcome</th><th>expected</th>"
        f"<th>got</th><th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _comparison_html(c: Comparison) -> str:
    flips = "".join(
        f'<tr><td class="{f.direction}">{f.direction}</td><td class="mono">{escaped(f.article_id)}'
        f'</td><td class="mono">{escaped(f.path)}</td><td>{f.baseline or "absent"} → '
        f'{f.current or "absent"}</td><td class="mono">{escaped(value_text(f.expected))}</td>'
        f'<td class="mono">{escaped(value_text(f.got))}</td></tr>'
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
        ([d.field, rate(d.baseline_f1), rate(d.current_f1), signed(d.delta)] for d in c.fields),
        numeric=frozenset({1, 2, 3}),
    )
    return (
        f"<h2>Against the baseline</h2><p>micro F1 {rate(c.baseline_micro_f1)} → "
        f"{rate(c.current_micro_f1)} ({signed(c.micro_f1_delta)}); macro F1 "
        f"{rate(c.baseline_macro_f1)} → {rate(c.current_macro_f1)} "
        f"({signed(c.macro_f1_delta)})</p><h2>Flips ({len(c.regressed)} regressed, "
        f"{len(c.fixed)} fixed)</h2>{table}<h2>Per-field F1 deltas</h2>{deltas}"
    )


def _verdict_html(verdict: Verdict) -> str:
    """The gate's verdict and the items that regressed, right under the origin banner."""
    state = "pass" if verdict.passed else "fail"
    items = "".join(
        f'<li><span class="mono">{escaped(f.article_id)} {escaped(f.path)}</span>: '
        f"{escaped(f.baseline or 'absent')} → {escaped(f.current or 'absent')}</li>"
        for f in verdict.regressions
    )
    regressed = (
        f"<p>Regressed (pass → fail), {len(verdict.regressions)}:</p><ul>{items}</ul>"
        if verdict.regressions
        else ""
    )
    return (
        f'<section class="verdict {state}" id="verdict"><b>{escaped(verdict.headline)}</b>'
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
        f'<div class="card">{escaped(name)}<b>{escaped(value)}</b></div>'
        for name, value in (
            ("micro F1", rate(micro.f1)),
            ("macro F1", rate(report.overall.macro_f1)),
            ("hallucination rate", percent(report.hallucination_rate)),
            ("grounding rate", percent(report.grounding_rate)),
            ("support rate", percent(report.support_rate)),
            ("failed articles", str(report.failures.total)),
            ("re-asks", str(report.reasks)),
        )
    )
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    failed_html = (
        ("<h2>Failed articles</h2>" + _html_table(FAILED_HEADER, failed_rows(failed)))
        if failed
        else ""
    )
    records = list(history) or [record_of(report)]
    body = [
        f'<div class="banner {kind}" id="origin">{escaped(label)}</div><main>',
        _verdict_html(verdict) if verdict is not None else "",
        "<h1>Eval report</h1>",
        _html_table(("", ""), metadata_rows(report, run_cost(report, history, cost_usd))),
        f'<h2>Overall</h2><div class="cards">{cards}</div>',
        _html_table(
            ("", "precision", "recall", "F1"), overall_rows(report), numeric=frozenset({1, 2, 3})
        ),
        _html_table(("measure", "value"), headline_rows(report)),
        (
            f"<h2>Grounding flags ({len(report.grounding_flags)})</h2>"
            + _html_table(FLAG_HEADER, flag_rows(report))
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
        "<h2>Per outlet</h2>",
        _html_table(*_split(outlet_table(report)), frozenset(range(1, 10))),
        "<h2>Per article</h2>",
        _html_table(*_split(article_table(report)), frozenset(range(3, 11))),
        "<h2>Per field</h2>",
        _html_table(*_split(field_table(report)), counts),
        f"<h2>Mismatches ({len(wrong)})</h2>",
        _mismatch_html(wrong),
        _comparison_html(comparison) if comparison is not None else "",
        "</main>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escaped(label)} · eval report</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
