"""The HTML report's charts, drawn here in Python as inline SVG: F1 per field, and micro F1 over
the run history, beside which the verification audit's false-alarm share and catch rate are
drawn the same way (one :class:`HistoryMetric` each). No JavaScript, fonts or network, so the
page opens as it did wherever it is attached. The bars sit on a fixed 0..1 track (a bar's
length is its F1); the history charts' y axes are scaled to the runs, so a change of a few
points is visible, but never to less than :data:`MIN_SPAN`, so noise does not look like a
cliff, and their labels say where they start. The chart colours are used by nothing else on
the page, so a screenshot test can find them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from summarizer.evaluation.history import HistoryRecord
from summarizer.evaluation.report.tables import rate
from summarizer.evaluation.scoring import EvalReport

BAR_COLOUR = "#2f6fdf"  # used by nothing else on the page, so a screenshot can find the bars
LINE_COLOUR = "#8a3fb8"
CURRENT_COLOUR = "#0a8f8f"  # this run's point in the history chart
BASELINE_COLOUR = "#e07b00"  # the baseline's dashed line
# The verification charts' own colours, so the micro F1 chart's can still be found alone.
AUDIT_LINE_COLOUR = "#1f9e6e"
AUDIT_CURRENT_COLOUR = "#c2185b"
AUDIT_BASELINE_COLOUR = "#5b6b00"
MIN_SPAN = 0.05  # the history chart's y axis never spans less than this


@dataclass(frozen=True)
class HistoryMetric:
    """One number of the history records drawn over the runs: the chart's id, its name in the
    labels, the longer name its summary starts with, how to read it from a record, and how it
    is drawn: full size, or ``compact`` (half width, half height, its name as a heading, no
    axis captions) to sit beside the micro F1 chart, in colours of its own."""

    chart_id: str
    name: str
    title: str
    value: Callable[[HistoryRecord], float | None]
    compact: bool = False
    colours: tuple[str, str, str] = (LINE_COLOUR, CURRENT_COLOUR, BASELINE_COLOUR)


MICRO_F1 = HistoryMetric("chart-history", "micro F1", "Overall micro F1", lambda r: r.micro_f1)
_AUDIT = (AUDIT_LINE_COLOUR, AUDIT_CURRENT_COLOUR, AUDIT_BASELINE_COLOUR)
FALSE_ALARM_SHARE = HistoryMetric(
    "chart-false-alarm-share",
    "false-alarm share",
    "False-alarm share of the flags the gold can judge (lower is better)",
    lambda r: r.false_alarm_share,
    compact=True,
    colours=_AUDIT,
)
CATCH_RATE = HistoryMetric(
    "chart-catch-rate",
    "catch rate",
    "Catch rate: wrong values flagged (higher is better)",
    lambda r: r.catch_rate,
    compact=True,
    colours=_AUDIT,
)


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


def y_axis(values: Sequence[float]) -> tuple[float, float, list[float]]:
    """The history chart's y range and ticks, scaled to ``values``: their min and max with a
    margin, never narrower than :data:`MIN_SPAN` (so noise of a few thousandths stays small
    on the page), within 0..1, with ticks at round steps (0.01, 0.02, 0.025, 0.05, ...)."""
    if not values:
        return 0.0, 1.0, [0.0, 0.25, 0.5, 0.75, 1.0]
    low, high = min(values), max(values)
    if high - low < MIN_SPAN:
        middle = (low + high) / 2
        low, high = middle - MIN_SPAN / 2, middle + MIN_SPAN / 2
    margin = (high - low) * 0.1
    low, high = low - margin, high + margin
    low, high = (0.0, high - low) if low < 0 else (low, high)  # shifted, not cut, at 0 and 1
    low, high = (max(0.0, low - (high - 1.0)), 1.0) if high > 1 else (low, high)
    raw = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = max(0.0, math.floor(low / step + 1e-9) * step)
    last = min(1.0, math.ceil(high / step - 1e-9) * step)
    count = round((last - first) / step)
    ticks = [round(first + i * step, 6) for i in range(count + 1)]
    return ticks[0], ticks[-1], ticks


def _tick_text(tick: float, ticks: Sequence[float]) -> str:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    decimals = max(2, -math.floor(math.log10(step) + 1e-9) + (1 if round(step * 1e6) % 10 else 0))
    return f"{tick:.{min(decimals, 4)}f}"


def history_summary(
    records: Sequence[HistoryRecord],
    current: int | None,
    baseline_f1: float | None,
    metric: HistoryMetric = MICRO_F1,
) -> str:
    """The chart in words, for its <title> and aria-label: every run's value of ``metric``
    (micro F1 unless told), which one is this run, and the baseline."""
    values = ", ".join(
        f"{r.created_at:%Y-%m-%d %H:%M} {rate(metric.value(r))}"
        + (" (this run)" if i == current else "")
        for i, r in enumerate(records)
    )
    baseline = f"; baseline {rate(baseline_f1)}" if baseline_f1 is not None else "; no baseline"
    return f"{metric.title} over {len(records)} run(s), oldest first: {values}{baseline}"


def history_chart_svg(
    records: Sequence[HistoryRecord],
    *,
    current: int | None = None,
    baseline_f1: float | None = None,
    metric: HistoryMetric = MICRO_F1,
) -> str:
    """Micro F1 (or another ``metric``; ``baseline_f1`` is then the baseline's value of it) per
    run, oldest left, on a y axis scaled to the runs and the baseline (see
    :func:`y_axis`; the axis labels say where it starts). The run at index ``current`` is
    drawn larger in :data:`CURRENT_COLOUR` and labelled "this run"; the baseline's value is
    a dashed line in :data:`BASELINE_COLOUR`, labelled (a compact metric: its own colours).
    A run whose value is undefined (an older record without an audit) gets no point and the
    line joins its neighbours; a single run is a single point in the middle."""
    left, right, top, bottom, width, height = (
        (48, 112, 26, 24, 360, 140) if metric.compact else (64, 120, 24, 56, 760, 280)
    )
    line_colour, current_colour, baseline_colour = metric.colours
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(records)
    values = [metric.value(r) for r in records]
    defined = [v for v in values if v is not None]
    low, high, ticks = y_axis(defined + ([baseline_f1] if baseline_f1 is not None else []))

    def x_of(i: int) -> float:
        return left + (plot_w / 2 if n == 1 else i * plot_w / (n - 1))

    def y_of(v: float) -> float:
        return top + (high - v) / (high - low) * plot_h

    summary = history_summary(records, current, baseline_f1, metric)
    parts = [
        f'<svg id="{metric.chart_id}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escaped(summary)}"><title>{escaped(summary)}</title>'
    ]
    for tick in ticks:
        y = y_of(tick)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
            f'class="grid"/><text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="axis tick">{_tick_text(tick, ticks)}</text>'
        )
    if metric.compact:
        parts.append(f'<text x="8" y="15" class="chart-name">{metric.name} by run</text>')
    else:
        parts.append(
            f'<text x="14" y="{top + plot_h / 2:.0f}" class="axis" text-anchor="middle" '
            f'transform="rotate(-90 14 {top + plot_h / 2:.0f})">{metric.name} '
            f"({_tick_text(low, ticks)} to {_tick_text(high, ticks)})</text>"
            f'<text x="{left + plot_w / 2:.0f}" y="{height - 8}" class="axis" '
            f'text-anchor="middle">run (oldest → newest), {n} in total</text>'
        )
    step = max(1, -(-n // 8))  # at most ~8 date labels so they never overlap
    for i, record in enumerate(records):
        if i == n - 1 or (i % step == 0 if not metric.compact else i == 0):
            parts.append(
                f'<text x="{x_of(i):.1f}" y="{top + plot_h + 16}" class="axis" '
                f'text-anchor="middle">{record.created_at:%m-%d %H:%M}</text>'
            )
    if baseline_f1 is not None:
        y = y_of(baseline_f1)
        parts.append(
            f'<g class="baseline"><line x1="{left}" y1="{y:.1f}" x2="{width - right}" '
            f'y2="{y:.1f}" stroke="{baseline_colour}" stroke-width="2" stroke-dasharray="8 5">'
            f"<title>baseline {metric.name} {rate(baseline_f1)}</title></line>"
            f'<text x="{width - right + 6}" y="{y + 4:.1f}" class="baseline-label">baseline '
            f"{rate(baseline_f1)}</text></g>"
        )
    points = [(x_of(i), y_of(v), i, v) for i, v in enumerate(values) if v is not None]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{line_colour}" stroke-width="2"/>'
        )
    for x, y, i, v in points:
        r, mine = records[i], i == current
        parts.append(
            f'<circle class="point{" current" if mine else ""}" cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{7 if mine else 4.5}" fill="{current_colour if mine else line_colour}">'
            f"<title>{escaped(r.created_at.isoformat())} · {escaped(r.model or 'n/a')} · "
            f"{metric.name} {rate(v)}{' (this run)' if mine else ''}</title></circle>"
        )
        if mine:
            parts.append(
                f'<text x="{x:.1f}" y="{y - 12:.1f}" text-anchor="middle" '
                f'class="current-label">this run {rate(v)}</text>'
            )
    return "".join(parts) + "</svg>"
