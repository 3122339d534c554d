"""Eval reports and the run history: honest origin labels first, every mismatch shown with its
evidence, untrusted model text escaped, charts with one mark per field / run, and a history
file that survives an interrupted append.

The reports are built from a tiny hand-made gold article and predictions with planted errors:
cosponsor count 84 -> 85 (FD, with the measure's evidence), Lavrov's role replaced by a script
tag (FD) and an affiliation the gold leaves empty (FA, a hallucination).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.gold import GoldLabel
from summarizer.evaluation.history import (
    HistoryRecord,
    append_history,
    last_record,
    load_history,
    record_of,
)
from summarizer.evaluation.report import (
    FIELD_TABLE_HEADER,
    field_table,
    origin_label,
    render_html,
    render_markdown,
    write_reports,
)
from summarizer.evaluation.scoring import Comparison, EvalReport, compare, evaluate
from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts, ArticleMeta, Count, Person, Quantity, SanctionsMeasure

EVIDENCE = "Graham introduced the Sanctioning Russia Act of 2025 in April, backed by 84 senators."
SCRIPT = "<script>alert('owned')</script>"
AUTHORED_ORIGIN = "replayed authored cassette (authored by hand)"
SVG = "{http://www.w3.org/2000/svg}"


def facts(
    cosponsors: int = 84, role: str = "Foreign Minister", affiliation: str | None = None
) -> ArticleFacts:
    return ArticleFacts(
        article=ArticleMeta(headline="Trump calls off Budapest summit", outlet="The Epoch Times"),
        people=[Person(name="Sergei Lavrov", role=role, affiliation=affiliation)],
        sanctions=[
            SanctionsMeasure(
                instrument="bill",
                name="Sanctioning Russia Act of 2025",
                sponsors=["Lindsey Graham"],
                counts=[Count(what="senators", value=Quantity(value=cosponsors))],
                evidence=[EVIDENCE],
            )
        ],
    )


GOLD = {"a1": GoldLabel(article_id="a1", source="seeds/a1.txt", labelled_by="test", facts=facts())}


def sample_report(
    prediction: ArticleFacts | None = None,
    model: str = "authored",
    origin: str | None = AUTHORED_ORIGIN,
    when: dt.datetime = dt.datetime(2025, 10, 22, 9, 30, tzinfo=dt.UTC),
) -> EvalReport:
    """An EvalReport for one article, with run metadata filled as the CLI does."""
    result = SummaryResult(
        article_id="a1",
        source="seeds/a1.txt",
        facts=prediction if prediction is not None else facts(),
        model=model,
        prompt_version="p1",
        schema_version="s1",
    )
    report = evaluate([result], GOLD)
    report.model, report.origin, report.created_at = model, origin, when
    report.prompt_version, report.schema_version, report.tokens = "p1", "s1", 1234
    return report


def flawed() -> ArticleFacts:
    return facts(cosponsors=85, role=SCRIPT, affiliation="Kremlin")


@pytest.fixture(scope="module")
def baseline() -> EvalReport:
    return sample_report()


@pytest.fixture(scope="module")
def current() -> EvalReport:
    return sample_report(flawed())


@pytest.fixture(scope="module")
def comparison(current: EvalReport, baseline: EvalReport) -> Comparison:
    return compare(current, baseline)


def history_of(*f1s: float | None) -> list[HistoryRecord]:
    start = dt.datetime(2025, 10, 1, tzinfo=dt.UTC)
    return [
        HistoryRecord(run_id=f"r{i}", created_at=start + dt.timedelta(days=i), micro_f1=f1)
        for i, f1 in enumerate(f1s)
    ]


class _Body(HTMLParser):
    """The first element inside <body> (tag, attributes, text) and the <title> text."""

    def __init__(self) -> None:
        super().__init__()
        self.in_body = self.in_title = False
        self.first: tuple[str, dict[str, str | None]] | None = None
        self.first_text = self.title = ""
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.in_body = True
        elif tag == "title":
            self.in_title = True
        elif self.in_body and self.first is None:
            self.first, self.depth = (tag, dict(attrs)), 1
        elif self.first is not None and self.depth:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.in_title = self.in_title and tag != "title"
        if self.first is not None and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.first is not None and self.depth:
            self.first_text += data


class _Tags(HTMLParser):
    """Every element and attribute name in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.attributes.update(name for name, _ in attrs)


def parse(html: str) -> _Body:
    parser = _Body()
    parser.feed(html)
    return parser


def svg(html: str, chart_id: str) -> ET.Element:
    """The chart's <svg>, parsed as XML (which also proves it is well-formed)."""
    match = re.search(rf'<svg id="{chart_id}".*?</svg>', html, re.S)
    assert match, f"no <svg id={chart_id}>"
    return ET.fromstring(match.group(0))


def with_class(root: ET.Element, tag: str, css: str) -> list[ET.Element]:
    return [e for e in root.iter(f"{SVG}{tag}") if css in (e.get("class") or "").split()]


# --- honesty label ----------------------------------------------------------------------------


def test_every_format_opens_with_the_authored_label(tmp_path: Path, current: EvalReport) -> None:
    paths = write_reports(tmp_path / "out", current)
    assert sorted(p.name for p in paths.values()) == ["report.html", "report.json", "report.md"]
    label = origin_label(current)
    assert label.startswith("Model outputs: AUTHORED CASSETTES (hand-written, not a real model")
    assert paths["markdown"].read_text().splitlines()[0] == label
    data = json.loads(paths["json"].read_text())
    assert next(iter(data)) == "source_of_outputs" and data["source_of_outputs"] == label
    page = parse(paths["html"].read_text())
    assert page.first is not None
    tag, attrs = page.first
    assert (tag, attrs.get("id")) == ("div", "origin") and "banner" in (attrs["class"] or "")
    assert page.first_text == label
    assert page.title.startswith(label)


@pytest.mark.parametrize(
    ("model", "origin", "expected"),
    [
        ("gpt-4o-mini", "live", "Model outputs: live model gpt-4o-mini (live)"),
        (
            "gpt-4o-mini",
            "replayed gpt-4o-mini cassette (recorded-from https://api.example)",
            "Model outputs: recorded responses of model gpt-4o-mini (replayed gpt-4o-mini",
        ),
        (
            "gpt-4o-mini",
            "recorded-from https://api.example",
            "Model outputs: live model gpt-4o-mini (recorded-from https://api.example)",
        ),
        ("gpt-4o-mini", None, "Model outputs: model gpt-4o-mini (origin not recorded"),
        ("authored", None, "Model outputs: AUTHORED CASSETTES"),
    ],
)
def test_label_names_live_recorded_or_unknown_sources(
    model: str, origin: str | None, expected: str
) -> None:
    report = sample_report(model=model, origin=origin)
    label = origin_label(report)
    assert label.startswith(expected)
    assert ("AUTHORED" in label) == (model == "authored")
    assert render_markdown(report).splitlines()[0] == label
    assert parse(render_html(report)).first_text == label


# --- content ----------------------------------------------------------------------------------


def test_field_table_has_a_header_and_a_row_per_field(current: EvalReport) -> None:
    header, *rows = field_table(current)
    assert tuple(header) == FIELD_TABLE_HEADER
    assert [row[0] for row in rows] == list(current.per_field)
    by_field = {row[0]: row for row in rows}
    assert by_field["sanctions.counts.value"] == [
        "sanctions.counts.value", "0", "1", "0", "0", "0", "0.000", "0.000", "0.000",
    ]  # fmt: skip
    assert by_field["article.byline"][-3:] == ["n/a", "n/a", "n/a"]  # only TN: undefined


def test_markdown_lists_every_mismatch_with_evidence_and_the_flips(
    current: EvalReport, comparison: Comparison
) -> None:
    text = render_markdown(current, comparison, cost_usd=0.0123)
    line = next(x for x in text.splitlines() if x.startswith("- **FD** `a1` `sanctions[0]"))
    assert line == "- **FD** `a1` `sanctions[0].counts[0].value`: expected `84`, got `85`"
    assert f"  - evidence: {EVIDENCE}" in text
    assert '- **FA** `a1` `people[0].affiliation`: expected `(empty)`, got `"Kremlin"`' in text
    assert "## Mismatches (3)" in text
    for fact in ("| Model | authored |", "| Prompt version | p1 |", "| Tokens | 1,234 |",
                 "| Cost | $0.0123 |", "Re-asks: 0", "Hallucination rate"):  # fmt: skip
        assert fact in text
    assert "### Flips (3 regressed, 0 fixed)" in text
    assert "| regressed | `a1` | `sanctions[0].counts[0].value` | TP → FD | `84` | `85` |" in text
    assert "| `sanctions.counts.value` | 1.000 | 0.000 | -1.000 |" in text


def test_markdown_keeps_model_text_inert(current: EvalReport) -> None:
    """A model value can hold markup; it must stay inside a code span (shown literally)."""
    line = next(x for x in render_markdown(current).splitlines() if "people[0].role" in x)
    assert f'got `"{SCRIPT}"`' in line
    odd = sample_report(facts(role="a`b|c"))
    assert 'got ``"a`b|c"``' in render_markdown(odd)


def test_html_shows_mismatches_with_expected_got_and_evidence(
    current: EvalReport, comparison: Comparison
) -> None:
    html = render_html(current, comparison)
    row = re.search(r"<tr><td[^>]*>a1</td><td[^>]*>sanctions\[0\]\.counts\[0\]\.value</td>.*?</tr>",
                    html)  # fmt: skip
    assert row, "the planted FD row is missing"
    assert ">FD<" in row.group(0) and ">84<" in row.group(0) and ">85<" in row.group(0)
    assert f"<li>{EVIDENCE}</li>" in row.group(0)
    assert "Mismatches (3)" in html and "Flips (3 regressed, 0 fixed)" in html
    assert "TP → FD" in html


def test_html_escapes_model_text_and_loads_nothing_from_outside(current: EvalReport) -> None:
    hostile = current.model_copy(deep=True)
    hostile.origin = "replayed <img src=x onerror=alert(1)> cassette"
    hostile.model = "gpt-<b>4</b>"
    html = render_html(hostile, compare(hostile, current))
    assert "<script" not in html.lower() and "<img" not in html.lower() and "-<b>" not in html
    assert "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    tags = _Tags()
    tags.feed(html)
    assert not tags.names & {"script", "img", "link", "iframe", "object", "embed"}
    assert not tags.attributes & {"src", "href", "onerror", "onload"}
    assert "@import" not in html and "url(" not in html
    assert set(re.findall(r"https?://[^\s\"'<]+", html)) == {"http://www.w3.org/2000/svg"}


# --- charts -----------------------------------------------------------------------------------


def test_field_chart_has_one_bar_per_field_with_a_defined_f1(current: EvalReport) -> None:
    chart = svg(render_html(current), "chart-fields")
    rows = with_class(chart, "g", "bar-row")
    assert [row.get("data-field") for row in rows] == list(current.per_field)
    bars = with_class(chart, "rect", "bar")
    defined = {name: s.f1 for name, s in current.per_field.items() if s.f1 is not None}
    assert len(bars) == len(defined) > 0
    tracks = with_class(chart, "rect", "track")
    full = float(tracks[0].get("width") or 0)
    widths = [float(bar.get("width") or -1) for bar in bars]
    assert widths == pytest.approx([f1 * full for f1 in defined.values()], abs=0.1)
    shown = {row.get("data-field"): with_class(row, "text", "value")[0].text for row in rows}
    assert shown["article.byline"] == "n/a" and shown["sanctions.counts.value"] == "0.000"
    assert shown["sanctions.sponsors"] == "1.000"


@pytest.mark.parametrize("f1s", [(0.5,), (0.2, 0.9, 0.75), (0.4, None, 0.6, 1.0)])
def test_history_chart_has_one_point_per_run(current: EvalReport, f1s: tuple[float | None]) -> None:
    records = history_of(*f1s)
    chart = svg(render_html(current, history=records), "chart-history")
    points = with_class(chart, "circle", "point")
    defined = [f1 for f1 in f1s if f1 is not None]
    assert len(points) == len(defined)
    ys = [float(p.get("cy") or 0) for p in points]
    assert sorted(range(len(ys)), key=lambda i: -ys[i]) == sorted(
        range(len(defined)), key=lambda i: defined[i]
    )  # higher F1, higher on the page
    assert len(chart.findall(f"{SVG}polyline")) == (1 if len(defined) > 1 else 0)
    labels = " ".join("".join(t.itertext()) for t in chart.iter(f"{SVG}text"))
    assert "micro F1" in labels and "run (oldest → newest)" in labels


def test_history_chart_without_history_shows_this_run(current: EvalReport) -> None:
    chart = svg(render_html(current), "chart-history")
    assert len(with_class(chart, "circle", "point")) == 1


# --- files and history ------------------------------------------------------------------------


def test_json_report_round_trips(tmp_path: Path, current: EvalReport, comparison: Any) -> None:
    path = write_reports(tmp_path, current, comparison)["json"]
    data = json.loads(path.read_text())
    assert data["comparison"]["flips"]
    assert EvalReport.model_validate(data) == current


def test_record_of_copies_the_headline_numbers(current: EvalReport) -> None:
    record = record_of(current, cost_usd=0.5, report_path=Path("out/report.json"))
    assert (record.model, record.origin, record.prompt_version, record.schema_version) == (
        "authored", AUTHORED_ORIGIN, "p1", "s1",
    )  # fmt: skip
    assert record.created_at == current.created_at and record.tokens == 1234
    assert record.micro_f1 == current.overall.micro.f1 and record.macro_f1 is not None
    assert record.per_field["sanctions.counts.value"] == 0.0
    assert record.per_field["article.byline"] is None
    assert (record.cost_usd, record.report_path, record.failures) == (0.5, "out/report.json", 0)
    assert record.run_id.startswith("20251022T093000Z-")
    assert record_of(current).run_id != record.run_id
    assert "| Cost | $0.5000 |" in render_markdown(current, history=[record])


def test_history_round_trip_survives_a_truncated_last_line(
    tmp_path: Path, current: EvalReport, baseline: EvalReport
) -> None:
    path = tmp_path / "deep" / "er" / "history.jsonl"
    assert load_history(path) == [] and last_record(path) is None
    first, second = record_of(baseline), record_of(current)
    second.model = "gpt-4o-mini"
    append_history(path, first)
    append_history(path, second)
    assert load_history(path) == [first, second]
    with path.open("a") as handle:  # a crash in the middle of the third append
        handle.write(record_of(current).model_dump_json()[:40])
    assert load_history(path) == [first, second]
    third = record_of(current)
    append_history(path, third)
    assert path.read_text().count("\n") == 3
    assert load_history(path) == [first, second, third]
    assert last_record(path) == third
    assert last_record(path, model="gpt-4o-mini") == second
    assert last_record(path, model="nobody") is None


def test_history_keeps_a_complete_last_line_that_lost_its_newline(
    tmp_path: Path, current: EvalReport
) -> None:
    path = tmp_path / "history.jsonl"
    first, second = record_of(current), record_of(current)
    path.write_text(first.model_dump_json())  # hand-edited: no final newline
    append_history(path, second)
    assert load_history(path) == [first, second]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'not json\n{"run_id": "x"}\n', "line 1 is not a run history record"),
        (b'{"run_id": "x", "created_at": "2025-10-01T00:00:00Z"}\n[1, 2]\n\n', "line 2"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
    ],
)
def test_garbage_history_is_a_clear_input_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "history.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        load_history(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
