"""The HTML report's charts, drawn here in Python as inline SVG: F1 per field, and micro F1 over
the run history. No JavaScript, fonts or network, so the page opens as it did wherever it is
attached; fixed 0..1 axes, so noise never looks like a cliff. The bar and line colours are
used by nothing else on the page, so a screenshot test can find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from summarizer.evaluation.history import HistoryRecord
from summarizer.evaluation.report.tables import rate
from summarizer.evaluation.scoring import EvalReport

BAR_COLOUR = "#2f6fdf"  # used by nothing else on the page, so a screenshot can find the bars
LINE_COLOUR = "#8a3fb8"


def escaped(value: Any) -> str:
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
            f'<g class="bar-row" data-field="{escaped(name)}">'
            f'<text x="{label_w - 8}" y="{y + 14}" text-anchor="end" '
            f'class="label">{escaped(name)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{track_w}" height="{row - 6}" '
            'class="track"/>'
        )
        if f1 is not None:
            parts.append(
                f'<rect class="bar" x="{label_w}" y="{y + 3}" '
                f'width="{f1 * track_w:.1f}" height="{row - 6}" fill="{BAR_COLOUR}">'
                f"<title>{escaped(name)}: F1 {f1:.3f}</title></rect>"
            )
        parts.append(
            f'<text x="{label_w + track_w + 8}" y="{y + 14}" class="value">{rate(f1)}</text></g>'
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
            f'fill="{LINE_COLOUR}"><title>{escaped(r.created_at.isoformat())} · '
            f"{escaped(r.model or 'n/a')} · micro F1 {rate(r.micro_f1)}</title></circle>"
        )
    return "".join(parts) + "</svg>"
