from __future__ import annotations

import io

from summarizer.results import SummaryResult
from summarizer.run.outcomes import RunStats
from summarizer.run.progress import Reporter


def result(error: str | None = None, kind: str | None = None) -> SummaryResult:
    return SummaryResult(
        article_id="a",
        source="s",
        model="authored",
        prompt_version="p",
        schema_version="s",
        error=error,
        error_kind=kind,
    )


def test_plain_lines_are_periodic_and_end_with_one_summary() -> None:
    stream = io.StringIO()
    stats = RunStats()
    reporter = Reporter(stats, total=50, stream=stream, interval=3600, notice="replaying")
    for index in range(50):
        item = result("boom", "llm") if index == 7 else result()
        stats.add(item)
        reporter.result(item)
    reporter.close()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "replaying"
    assert lines[1] == "error: boom"
    assert len(lines) == 3 and lines[2].startswith("49 ok, 1 failed (1 llm) in ")


def test_bad_input_only_prints_just_its_error() -> None:
    stream = io.StringIO()
    stats = RunStats()
    reporter = Reporter(stats, total=1, stream=stream, notice="replaying")
    item = result("x.txt: empty article", "input")
    stats.add(item)
    reporter.result(item)
    reporter.close()
    assert stream.getvalue() == "error: x.txt: empty article\n"


def test_quiet_prints_errors_only() -> None:
    stream = io.StringIO()
    stats = RunStats()
    reporter = Reporter(stats, total=5, stream=stream, quiet=True, interval=0, notice="n")
    for item in (result(), result("bad", "llm")):
        stats.add(item)
        reporter.result(item)
    reporter.close()
    assert stream.getvalue() == "error: bad\n"
