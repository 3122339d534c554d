"""``report.html``: one self-contained page (inline CSS and SVG charts, no JavaScript), so it can
be attached to a CI run or mailed and still open as it did. Every value from a model is
HTML-escaped.

It is laid out as a morning dashboard, in the order a reader needs it: the origin banner
(whose outputs these are), the verdict banner (PASS or FAIL as a word on its colour, the
gate's reasons one per line, the fields that regressed against the baseline with the items
that flipped, the failed articles), the headline scores and the micro F1 history chart (scaled
to the data, the baseline and this run marked) with the verification's false-alarm share and
catch rate drawn the same way beside it, smaller, then the details (run metadata, per-field and
per-section tables, the mismatch rows and the flips collapsed in ``<details>``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.history import HistoryRecord, record_of
from summarizer.evaluation.report.charts import (
    CATCH_RATE,
    FALSE_ALARM_SHARE,
    escaped,
    field_chart_svg,
    history_chart_svg,
)
from summarizer.evaluation.report.tables import (
    FAILED_HEADER,
    FLAG_HEADER,
    article_table,
    failed_rows,
    field_table,
    flag_rows,
    flip_text,
    headline_rows,
    is_authored,
    metadata_rows,
    mismatches,
    origin_label,
    outlet_table,
    overall_rows,
    rate,
    regressed_fields,
    run_cost,
    score_cards,
    section_table,
    signed,
    value_text,
)
from summarizer.evaluation.report.verification import (
    VERIFICATION_HEADER,
    VERIFICATION_TITLE,
    audit_change,
    verification_lines,
    verification_note,
    verification_rows,
)
from summarizer.evaluation.scoring import ArticleStatus, Comparison, EvalReport, Flip, Outcome

# The verdict word's background: used by nothing else on the page (the red and green of the
# outcome cells are other shades), so a screenshot test can find the word.
PASS_COLOUR = "#137333"
FAIL_COLOUR = "#c5221f"

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
 margin:0;color:#1d232b;background:#fafbfc}
main{max-width:1180px;margin:0 auto;padding:8px 24px 48px}
.banner{padding:14px 24px;font-weight:600;font-size:16px;border-bottom:3px solid}
.banner.authored{background:#fff1c9;border-color:#c98a00;color:#5c3d00}
.banner.live{background:#e3f3e6;border-color:#2e7d3a;color:#174d21}
.banner.unknown{background:#f3e3e3;border-color:#a33;color:#5a1515}
.verdict{margin:16px 0;padding:12px 18px;border-left:8px solid;font-size:15px}
.verdict.pass{background:#e3f3e6;border-color:#2e7d3a}
.verdict.fail{background:#f8e0e0;border-color:#b3261e}
.verdict.none{background:#eceff3;border-color:#5f6368}
.verdict-head{display:flex;align-items:center;gap:16px}
.verdict-word{display:inline-block;padding:4px 18px;border-radius:6px;color:#fff;
 font-size:30px;font-weight:700;letter-spacing:1px}
.verdict-word.pass{background:{PASS}}.verdict-word.fail{background:{FAIL}}
.verdict-word.none{background:#5f6368}.verdict .lead{font-size:17px;font-weight:600}
.verdict ul.reasons{margin:8px 0 4px;padding-left:22px;font-size:16px}
.verdict h2{font-size:16px;margin:14px 0 4px}ul.flips{margin:0;padding-left:16px}
summary{cursor:pointer}.nowrap{white-space:nowrap}summary h2{display:inline}
.card .note{display:block;color:#4a5562;font-size:12px}
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
svg .current-label{font-weight:700}svg .baseline-label{font-weight:600}
.history-row{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}
.history-row svg{display:block}svg .chart-name{font-weight:600}
""".replace("{PASS}", PASS_COLOUR).replace("{FAIL}", FAIL_COLOUR)


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
        f"({signed(c.macro_f1_delta)}); {escaped(audit_change(c))}</p>"
        f'<details id="flips"><summary><h2>Flips '
        f"({len(c.regressed)} regressed, {len(c.fixed)} fixed)</h2></summary>{table}</details>"
        f"<h2>Per-field F1 deltas</h2>{deltas}"
    )


def _verdict_html(
    verdict: Verdict | None, comparison: Comparison | None, failed: Sequence[ArticleStatus]
) -> str:
    """The banner under the origin label: PASS or FAIL as a word on its colour, the gate's
    reasons one per line, the fields that regressed against the baseline with their flipped
    items, and the failed articles. A report rendered without a verdict says NOT JUDGED."""
    if verdict is None:
        state, word, lead = "none", "NOT JUDGED", "This report was not judged by the gate."
    elif verdict.passed:
        state, word, lead = "pass", "PASS", "The gate passed this run."
    else:
        count = len(verdict.reasons)
        state, word = "fail", "FAIL"
        lead = f"The gate failed this run, for {count} reason{'s' if count > 1 else ''}:"
    reasons = "".join(f"<li>{escaped(r)}</li>" for r in verdict.reasons) if verdict else ""
    parts = [
        f'<section class="verdict {state}" id="verdict"><div class="verdict-head">'
        f'<span class="verdict-word {state}">{word}</span><span class="lead">{escaped(lead)}'
        "</span></div>",
        f'<ul class="reasons">{reasons}</ul>' if reasons else "",
        (
            '<ul class="notes">'
            + "".join(f"<li>note: {escaped(n)}</li>" for n in verdict.notes)
            + "</ul>"
            if verdict is not None and verdict.notes
            else ""
        ),
    ]
    fields = regressed_fields(comparison, verdict.regressed_fields if verdict else ())
    if fields:
        flips = sum(len(f.flips) for f in fields)
        rows = "".join(
            f'<tr><td class="mono">{escaped(f.field)}</td><td class="nowrap">'
            f"{escaped(f.change)}</td><td>{'fails the gate' if f.gated else 'dropped'}</td>"
            f'<td><ul class="flips">{_flip_items(f.flips) or "<li>(no item flipped)</li>"}'
            "</ul></td></tr>"
            for f in fields
        )
        parts.append(
            f'<h2 id="regressions">Regressions against the baseline</h2><p>{len(fields)} '
            f"field(s) got worse. Regressed (pass → fail), {flips}:</p><table><thead><tr>"
            "<th>field</th><th>baseline → now</th><th>gate</th><th>flipped items</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    elif comparison is not None:
        parts.append('<p id="regressions">No field regressed against the baseline.</p>')
    if failed:
        parts.append(
            f'<h2 id="failed">Failed articles ({len(failed)})</h2>'
            + _html_table(FAILED_HEADER, failed_rows(failed))
        )
    return "".join(parts) + "</section>"


def _flip_items(flips: Sequence[Flip]) -> str:
    return "".join(
        f'<li><span class="mono">{escaped(f.article_id)} {escaped(f.path)}</span>: '
        f"{flip_text(f)}, expected <code>{escaped(value_text(f.expected))}</code>, got "
        f"<code>{escaped(value_text(f.got))}</code></li>"
        for f in flips
    )


def _verification_html(report: EvalReport) -> str:
    """Grounding's flags judged by the gold: the counts, the note, the rows."""
    lines = verification_lines(report)
    if not lines:
        return ""
    items = "".join(f"<li>{escaped(line)}</li>" for line in lines)
    rows = verification_rows(report)
    return (
        f'<h2 id="verification">{VERIFICATION_TITLE}</h2><ul>{items}</ul>'
        f"<p>{escaped(verification_note(report))}</p>"
        + (_html_table(VERIFICATION_HEADER, rows) if rows else "")
    )


def _current_index(report: EvalReport, records: Sequence[HistoryRecord]) -> int | None:
    """This run's record: the one with its time and model, else the last (the harness passes
    the history with this run's record appended)."""
    for index in range(len(records) - 1, -1, -1):
        record = records[index]
        if record.created_at == report.created_at and record.model == report.model:
            return index
    return len(records) - 1 if records else None


def render_html(
    report: EvalReport,
    comparison: Comparison | None = None,
    history: Sequence[HistoryRecord] = (),
    *,
    cost_usd: float | None = None,
    verdict: Verdict | None = None,
) -> str:
    """One self-contained HTML page, in the order it is read in the morning: the origin
    banner (first element of <body>; the label is also in <title>), the verdict banner, the
    headline scores and the history chart, then the details, with the mismatch rows and the
    flips collapsed. With no history given, the history chart shows this run alone."""
    label = origin_label(report)
    kind = "authored" if is_authored(report) else "live" if report.origin else "unknown"
    counts = frozenset(range(1, 9))
    wrong = mismatches(report)
    cards = "".join(
        f'<div class="card">{escaped(name)}<b>{escaped(value)}</b>'
        f'<span class="note">{escaped(note)}</span></div>'
        for name, value, note in score_cards(report, comparison)
    )
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    records = list(history) or [record_of(report)]
    now = _current_index(report, records)
    delta = comparison.verification if comparison is not None else None
    body = [
        f'<div class="banner {kind}" id="origin">{escaped(label)}</div><main>',
        _verdict_html(verdict, comparison, failed),
        f'<h1>Eval report</h1><div class="cards" id="scores">{cards}</div>',
        "<h2>Micro F1 over the run history, and beside it the verification's</h2>",
        '<div class="history-row">',
        history_chart_svg(
            records,
            current=now,
            baseline_f1=comparison.baseline_micro_f1 if comparison is not None else None,
        ),
        '<div class="audit-charts">',
        history_chart_svg(
            records,
            current=now,
            baseline_f1=delta.baseline_false_alarm_share if delta is not None else None,
            metric=FALSE_ALARM_SHARE,
        ),
        history_chart_svg(
            records,
            current=now,
            baseline_f1=delta.baseline_catch_rate if delta is not None else None,
            metric=CATCH_RATE,
        ),
        "</div></div>",
        '<h2 id="details">Details</h2>',
        _html_table(("", ""), metadata_rows(report, run_cost(report, history, cost_usd))),
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
        "<h2>F1 per field</h2>",
        field_chart_svg(report),
        "<h2>Per field</h2>",
        _html_table(*_split(field_table(report)), counts),
        "<h2>Per section</h2>",
        _html_table(*_split(section_table(report)), counts),
        "<h2>Per outlet</h2>",
        _html_table(*_split(outlet_table(report)), frozenset(range(1, 10))),
        '<details id="articles"><summary><h2>Per article</h2></summary>',
        _html_table(*_split(article_table(report)), frozenset(range(3, 11))),
        "</details>",
        f'<details id="mismatches"><summary><h2>Mismatches ({len(wrong)})</h2></summary>',
        _mismatch_html(wrong),
        "</details>",
        _verification_html(report),
        _comparison_html(comparison) if comparison is not None else "",
        "</main>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escaped(label)} · eval report</title><style>{_CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
