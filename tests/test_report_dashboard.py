"""The eval report as a morning dashboard: the verdict banner first (PASS or FAIL as a word,
the gate's reasons one per line, the regressed fields with their flipped items, the failed
articles), then the headline scores and the history chart, then the details with the
mismatch rows collapsed; the history chart's y axis scaled to the data, with the baseline and
this run marked and the values in words. The Markdown report keeps the same order.

Built on test_report's planted errors: against a baseline that already had the cosponsor
count and the affiliation wrong, only Lavrov's role regresses (TP → FD).
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

import pytest

from summarizer.evaluation.gate import Verdict, judge
from summarizer.evaluation.history import record_of
from summarizer.evaluation.report import render_html, render_markdown
from summarizer.evaluation.report.charts import MIN_SPAN, history_chart_svg, y_axis
from summarizer.evaluation.scoring import Comparison, EvalReport, compare, evaluate
from tests.test_report import GOLD, SVG, facts, flawed, history_of, sample_report, svg, with_class


@pytest.fixture(scope="module")
def current() -> EvalReport:
    return sample_report(flawed())


@pytest.fixture(scope="module")
def comparison(current: EvalReport) -> Comparison:
    return compare(current, sample_report(facts(cosponsors=85, affiliation="Kremlin")))


@pytest.fixture(scope="module")
def failing(current: EvalReport, comparison: Comparison) -> Verdict:
    verdict = judge(current, comparison, max_drop=0.0, fail_under=0.8)
    assert len(verdict.reasons) == 2 and verdict.regressed_fields == ("people.role",)
    return verdict


def scores_of(comparison: Comparison) -> tuple[str, str, str]:
    """This run's micro F1, the baseline's and the change, as the reports print them (the
    fixture's numbers follow the schema's field count, so they are read, not restated)."""
    assert comparison.current_micro_f1 is not None and comparison.baseline_micro_f1 is not None
    now, then = comparison.current_micro_f1, comparison.baseline_micro_f1
    return f"{now:.3f}", f"{then:.3f}", f"{now - then:+.3f}"


def section(html: str, ident: str) -> str:
    match = re.search(rf'<section class="verdict [a-z]+" id="{ident}">.*?</section>', html, re.S)
    assert match, f"no section {ident}"
    return match.group(0)


# --- the verdict banner -----------------------------------------------------------------------


def test_html_reads_verdict_then_scores_then_details(
    current: EvalReport, comparison: Comparison, failing: Verdict
) -> None:
    html = render_html(current, comparison, verdict=failing)
    order = [
        'id="origin"',
        'id="verdict"',
        '<span class="verdict-word fail">FAIL</span>',
        'id="regressions"',
        'id="scores"',
        'id="chart-history"',
        'id="details"',
        'id="chart-fields"',
        'id="mismatches"',
        'id="flips"',
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    scores = html[html.index('id="scores"') : html.index('id="chart-history"')]
    assert [name for name in ("micro F1", "grounding rate", "support rate") if name in scores]
    assert scores.index("micro F1") < scores.index("grounding rate") < scores.index("support")
    _, then, delta = scores_of(comparison)
    assert delta.startswith("-") and f"baseline {then}, {delta}" in scores


def test_the_banner_gives_each_reason_a_line_and_the_regressions_with_flipped_items(
    current: EvalReport, comparison: Comparison, failing: Verdict
) -> None:
    banner = section(render_html(current, comparison, verdict=failing), "verdict")
    reasons = re.findall(r"<li>(.*?)</li>", banner.split('class="reasons">')[1].split("</ul>")[0])
    assert reasons == list(failing.reasons)
    assert "Regressed (pass → fail), 1:" in banner
    row = re.search(r"<tr><td class=\"mono\">people\.role</td>.*?</tr>", banner, re.S)
    assert row, "the regressed field is not in the banner"
    assert "F1 1.000 → 0.000 (-1.000)" in row.group(0) and "fails the gate" in row.group(0)
    assert "a1 people[0].role</span>: TP → FD" in row.group(0)
    assert "&lt;script&gt;" in row.group(0) and "<script" not in banner
    # the fields that did not get worse are not in the banner
    assert "sanctions.counts.value" not in banner and "people.affiliation" not in banner


@pytest.mark.parametrize(
    ("verdict", "state", "word"),
    [(Verdict(), "pass", "PASS"), (None, "none", "NOT JUDGED")],
)
def test_pass_and_unjudged_banners_say_so_in_words(
    current: EvalReport, verdict: Verdict | None, state: str, word: str
) -> None:
    html = render_html(current, verdict=verdict)
    banner = section(html, "verdict")
    assert f'class="verdict {state}"' in banner
    assert f'<span class="verdict-word {state}">{word}</span>' in banner
    assert 'class="reasons"' not in banner and "Regress" not in banner


def test_failed_articles_are_in_the_banner(current: EvalReport) -> None:
    broken = evaluate([], GOLD)
    verdict = judge(broken, None, max_drop=None, fail_under=None)
    html = render_html(broken, verdict=verdict)
    banner = section(html, "verdict")
    assert "Failed articles (1)" in banner and "<td>a1</td><td>missing</td>" in banner
    assert html.count("Failed articles (1)") == 1
    assert "1 of 1 articles failed" in banner


def test_mismatch_rows_are_collapsed(current: EvalReport, comparison: Comparison) -> None:
    html = render_html(current, comparison)
    block = re.search(r'<details id="mismatches">(.*?)</details>', html, re.S)
    assert block and "<summary><h2>Mismatches (3)</h2></summary>" in block.group(1)
    assert '<td class="FD">FD</td>' in block.group(1)
    assert not re.search(r"<details[^>]*\bopen\b", html)


# --- the history chart ------------------------------------------------------------------------


def test_history_chart_is_scaled_to_the_data(current: EvalReport) -> None:
    """Four runs within 0.04 of each other fill most of the plot; on a 0..1 axis they were a
    flat line 8 px tall."""
    f1s = (0.90, 0.93, 0.91, 0.94)
    chart = ET.fromstring(history_chart_svg(history_of(*f1s)))
    ys = [float(p.get("cy") or 0) for p in with_class(chart, "circle", "point")]
    plot_height = 200
    assert max(ys) - min(ys) >= 0.5 * plot_height
    ticks = [float(t.text or "") for t in with_class(chart, "text", "tick")]
    assert ticks[0] <= min(f1s) and ticks[-1] >= max(f1s) and ticks[-1] - ticks[0] < 0.2
    steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and steps <= {0.01, 0.02, 0.025, 0.05}


@pytest.mark.parametrize(
    "values",
    [[0.5], [0.912, 0.913], [0.0, 1.0], [0.99, 1.0], [0.0, 0.01], [0.62, 0.71, 0.8], []],
)
def test_y_axis_covers_the_values_with_round_ticks_and_a_minimum_span(values: list[float]) -> None:
    low, high, ticks = y_axis(values)
    assert 0.0 <= low <= min(values, default=0.0) and max(values, default=1.0) <= high <= 1.0
    assert high - low >= MIN_SPAN - 1e-9 and 3 <= len(ticks) <= 11
    assert (ticks[0], ticks[-1]) == (low, high)
    step = ticks[1] - ticks[0]
    assert any(abs(step - m * 10**k) < 1e-9 for m in (1, 2, 2.5, 5) for k in (-3, -2, -1))


def test_history_chart_marks_the_baseline_and_this_run_and_says_the_values(
    current: EvalReport, comparison: Comparison, failing: Verdict
) -> None:
    records = [*history_of(0.74, 0.80, 0.77), record_of(current)]
    chart = svg(render_html(current, comparison, records, verdict=failing), "chart-history")
    points = with_class(chart, "circle", "point")
    mine = with_class(chart, "circle", "current")
    assert len(points) == 4 and mine == [points[-1]]
    assert float(mine[0].get("r") or 0) > float(points[0].get("r") or 0)
    assert mine[0].get("fill") != points[0].get("fill")
    (baseline,) = with_class(chart, "g", "baseline")
    line = baseline.find(f"{SVG}line")
    assert line is not None and line.get("y1") == line.get("y2")
    labels = ["".join(t.itertext()) for t in chart.iter(f"{SVG}text")]
    now, then, _ = scores_of(comparison)
    assert float(then) > max(0.80, float(now))
    assert f"baseline {then}" in labels and f"this run {now}" in labels
    # the baseline is above every run (0.74 to 0.80, and this run), inside the plot
    ys = [float(p.get("cy") or 0) for p in points]
    assert 24 <= float(line.get("y1") or 0) < min(ys)
    title = chart.find(f"{SVG}title")
    assert title is not None and title.text == chart.get("aria-label")
    for value in ("0.740", "0.800", "0.770", f"{now} (this run)", f"baseline {then}"):
        assert value in (title.text or "")


def test_history_chart_without_a_baseline_says_so(current: EvalReport) -> None:
    chart = svg(render_html(current), "chart-history")
    assert not with_class(chart, "g", "baseline")
    assert "no baseline" in (chart.get("aria-label") or "")
    assert len(with_class(chart, "circle", "current")) == 1


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_has_the_same_order(
    current: EvalReport, comparison: Comparison, failing: Verdict
) -> None:
    text = render_markdown(current, comparison, verdict=failing)
    lines = text.splitlines()
    assert lines[2] == f"**{failing.headline}**"
    assert lines[4:6] == [f"- {reason}" for reason in failing.reasons]
    order = [
        "Regressed (pass → fail), 1:",
        "- `people.role`: F1 1.000 → 0.000 (-1.000), fails the gate",
        "  - `a1` `people[0].role`: TP → FD, expected",
        "# Eval report",
        "- micro F1: **{}** (baseline {}, {})".format(*scores_of(comparison)),
        "- grounding rate:",
        "- support rate:",
        "## Run",
        "## Mismatches (3)",
        "## Against the baseline",
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


def test_markdown_of_a_passing_or_unjudged_run(current: EvalReport) -> None:
    assert render_markdown(current, verdict=Verdict()).splitlines()[2] == "**PASS**"
    assert render_markdown(current).splitlines()[2].startswith("**NOT JUDGED**")
