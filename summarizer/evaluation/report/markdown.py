"""``report.md``: the report as GitHub-flavoured Markdown, for a pull request or a CI summary.

Model outputs are untrusted text: every value is either backslash-escaped or put in a code
span with a fence longer than any backtick run inside, so nothing in it can become markup, a
link or raw HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from summarizer.evaluation.gate import Verdict
from summarizer.evaluation.history import HistoryRecord
from summarizer.evaluation.report.tables import (
    FAILED_HEADER,
    FLAG_HEADER,
    article_table,
    audit_cards,
    failed_rows,
    field_table,
    flag_rows,
    flip_text,
    headline_rows,
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
    single_line,
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
from summarizer.evaluation.scoring import ArticleStatus, Comparison, EvalReport

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&])")


def _md(text: Any) -> str:
    """Untrusted text as inert Markdown: one line, and every character that could start
    markup, a link, raw HTML or a table cell backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", single_line(str(text)))


def _code(text: Any, in_table: bool = False) -> str:
    """Untrusted text as a Markdown code span, which shows its content literally (no markup,
    no raw HTML): the fence is one backtick longer than any run inside. In a table a pipe
    would still end the cell, so it is escaped (GFM renders ``\\|`` in a span as ``|``)."""
    text = single_line(str(text))
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
        f"- micro F1: {rate(comparison.baseline_micro_f1)} → "
        f"{rate(comparison.current_micro_f1)} ({signed(comparison.micro_f1_delta)})",
        f"- macro F1: {rate(comparison.baseline_macro_f1)} → "
        f"{rate(comparison.current_macro_f1)} ({signed(comparison.macro_f1_delta)})",
        f"- {_md(audit_change(comparison))}",
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
            [d.field, rate(d.baseline_f1), rate(d.current_f1), signed(d.delta)]
            for d in comparison.fields
        ),
        code=frozenset({0}),
    )
    return lines


def _verdict_md(
    verdict: Verdict | None, comparison: Comparison | None, failed: Sequence[ArticleStatus]
) -> list[str]:
    """The verdict (``**PASS**`` or ``**FAIL: reason; reason**`` on one line, then each reason
    on its own line when there are several), the fields that regressed against the baseline
    with their flipped items, and the failed articles: before anything else is read."""
    if verdict is None:
        lines = ["**NOT JUDGED**: this report was not judged by the gate.", ""]
    else:
        lines = [f"**{_md(verdict.headline)}**", ""]
        if len(verdict.reasons) > 1:
            lines += [f"- {_md(reason)}" for reason in verdict.reasons] + [""]
        if verdict.notes:
            lines += [f"- note: {_md(note)}" for note in verdict.notes] + [""]
    fields = regressed_fields(comparison, verdict.regressed_fields if verdict else ())
    if fields:
        flips = sum(len(f.flips) for f in fields)
        lines += [
            f"**Regressions against the baseline**: {len(fields)} field(s) got worse. "
            f"Regressed (pass → fail), {flips}:",
            "",
        ]
        for f in fields:
            gate = "fails the gate" if f.gated else "dropped"
            lines.append(f"- {_code(f.field)}: {f.change}, {gate}")
            lines += [
                f"  - {_code(flip.article_id)} {_code(flip.path)}: {flip_text(flip)}, expected "
                f"{_code(value_text(flip.expected))}, got {_code(value_text(flip.got))}"
                for flip in f.flips
            ]
        lines.append("")
    elif comparison is not None:
        lines += ["No field regressed against the baseline.", ""]
    if failed:
        lines += [f"**Failed articles ({len(failed)})**", ""]
        lines += _md_table(FAILED_HEADER, failed_rows(failed), code=frozenset({0}))
    return lines


def _verification_md(report: EvalReport) -> list[str]:
    """Grounding's flags judged by the gold: the counts, the note, the rows."""
    lines = verification_lines(report)
    if not lines:
        return []
    out = [f"## {VERIFICATION_TITLE}", "", *(f"- {_md(line)}" for line in lines), ""]
    out += [_md(verification_note(report)), ""]
    rows = verification_rows(report)
    if rows:
        out += _md_table(VERIFICATION_HEADER, rows, code=frozenset({2, 3, 4}))
    return out


def render_markdown(
    report: EvalReport,
    comparison: Comparison | None = None,
    history: Sequence[HistoryRecord] = (),
    *,
    cost_usd: float | None = None,
    verdict: Verdict | None = None,
) -> str:
    """The whole report as Markdown, in the HTML page's order: its first line is
    :func:`origin_label`, then the verdict (PASS/FAIL, the reasons, the regressions, the
    failed articles), then the headline scores, then the details."""
    failed = [a for a in report.articles if a.status in ("failed", "missing")]
    lines = [_md(origin_label(report)), ""]
    lines += _verdict_md(verdict, comparison, failed)
    lines += ["# Eval report", "", "## Scores", ""]
    cards = score_cards(report, comparison)
    lines += [
        f"- {name}: **{_md(value)}**" + (f" ({_md(note)})" if note else "")
        for name, value, note in [cards[0], *audit_cards(report, comparison), *cards[1:]]
    ] + [""]
    lines += ["## Run", ""]
    lines += _md_table(("", ""), metadata_rows(report, run_cost(report, history, cost_usd)))
    lines += ["## Overall", ""]
    lines += _md_table(("", "precision", "recall", "F1"), overall_rows(report))
    lines += [f"- {name}: {_md(value)}" for name, value in headline_rows(report)] + [""]
    if report.grounding_flags:
        lines += [f"## Grounding flags ({len(report.grounding_flags)})", ""]
        lines += _md_table(FLAG_HEADER, flag_rows(report), code=frozenset({0, 2}))
    for title, (header, *rows) in (
        ("Per section", section_table(report)),
        ("Per outlet", outlet_table(report)),
        ("Per article", article_table(report)),
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
    lines += _verification_md(report)
    if comparison is not None:
        lines += _comparison_md(comparison)
    if history:
        lines += ["## Run history (latest 20)", ""]
        lines += _md_table(
            ("run", "model", "micro F1", "macro F1", "false-alarm share", "catch rate", "failures"),
            (
                [
                    r.created_at.isoformat(timespec="seconds"),
                    r.model or "n/a",
                    rate(r.micro_f1),
                    rate(r.macro_f1),
                    rate(r.false_alarm_share),
                    rate(r.catch_rate),
                    str(r.failures),
                ]
                for r in history[-20:]
            ),
        )
    return "\n".join(lines).rstrip() + "\n"
