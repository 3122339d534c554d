"""report.html in a real browser: headless Chromium screenshots it and the pixels must show the
verdict banner and the charts, so "self-contained, no JavaScript" is checked as rendered, not
only as markup.

Skipped when Chromium or Pillow is missing, unless SUMMARIZER_REQUIRE_CHROMIUM=1 (CI), where a
skip would hide a report that no longer renders. SUMMARIZER_CHROMIUM names the browser binary;
SUMMARIZER_SCREENSHOT_DIR keeps the PNG (e.g. for a CI artifact).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from summarizer.evaluation.gate import judge
from summarizer.evaluation.history import record_of
from summarizer.evaluation.report import (
    BAR_COLOUR,
    BASELINE_COLOUR,
    CURRENT_COLOUR,
    FAIL_COLOUR,
    LINE_COLOUR,
    write_reports,
)
from summarizer.evaluation.scoring import compare
from tests.test_report import facts, flawed, history_of, sample_report

REQUIRED = os.environ.get("SUMMARIZER_REQUIRE_CHROMIUM") == "1"
TRACK_WIDTH, BAR_HEIGHT = 440, 16  # as drawn by report.charts.field_chart_svg
AUTHORED_BANNER = (0xFF, 0xF1, 0xC9)


def _unavailable(why: str) -> None:
    if REQUIRED:
        pytest.fail(f"{why}, and SUMMARIZER_REQUIRE_CHROMIUM=1")
    pytest.skip(why)


def _chromium() -> str:
    """SUMMARIZER_CHROMIUM if set, else the usual names (Debian, Ubuntu, GitHub runners)."""
    names = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
    for candidate in filter(None, (os.environ.get("SUMMARIZER_CHROMIUM"), *names)):
        found = shutil.which(candidate)
        if found:
            return found
    _unavailable("chromium is not installed")
    raise AssertionError("unreachable")


def _rgb(colour: str) -> tuple[int, int, int]:
    value = int(colour.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _mask(image: Any, colour: str, tolerance: int = 6) -> Any:
    """A mode "L" image: 255 where ``image`` is within ``tolerance`` per channel of ``colour``
    (its ``getbbox()`` bounds them, ``histogram()[255]`` counts them)."""
    from PIL import Image, ImageChops

    difference = ImageChops.difference(image, Image.new("RGB", image.size, _rgb(colour)))
    near = [band.point(lambda v: 255 if v <= tolerance else 0) for band in difference.split()]
    return ImageChops.darker(ImageChops.darker(near[0], near[1]), near[2])


def _found(mask: Any) -> tuple[int, tuple[int, int, int, int]]:
    """How many pixels a mask holds, and their bounding box."""
    count = mask.histogram()[255]
    assert count, "colour not drawn"
    return count, mask.getbbox()


def _ink(image: Any, box: tuple[int, int, int, int]) -> set[tuple[int, int]]:
    """The white letters inside a badge: pixels of ``box`` much lighter than the badge colour,
    as offsets from the top-left of the letters' own bounding box."""
    region = image.crop(box)
    width, data = region.width, region.tobytes()
    light = [
        (i // 3 % width, i // 3 // width)
        for i in range(0, len(data), 3)
        if min(data[i : i + 3]) > 140
    ]
    assert light, "no letters in the badge"
    x0, y0 = min(x for x, _ in light), min(y for _, y in light)
    return {(x - x0, y - y0) for x, y in light}


def _likeness(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
    """Overlap (intersection over union) of two glyph masks, at the best shift of a pixel."""
    shifts = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    return max(
        len(a & {(x + dx, y + dy) for x, y in b}) / len(a | {(x + dx, y + dy) for x, y in b})
        for dx, dy in shifts
    )


def _count(colours: Iterable[tuple[int, Any]], colour: str, tolerance: int = 6) -> int:
    """Pixels within ``tolerance`` per channel of ``colour``, from Image.getcolors counts."""
    target = _rgb(colour)
    return sum(
        n
        for n, rgb in colours
        if all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True))
    )


def screenshot(html: Path, png: Path, profile: Path) -> None:
    command = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", "--window-size=1280,2000",
        "--hide-scrollbars", "--force-color-profile=srgb", f"--screenshot={png}",
        html.resolve().as_uri(),
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("chromium did not finish the screenshot within 120 s")
    assert png.is_file(), f"no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"


@pytest.mark.slow
def test_report_html_renders_its_charts_in_chromium(tmp_path: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        _unavailable("Pillow is not installed (pip install pillow)")
    report = sample_report(flawed())
    records = history_of(0.62, 0.71, 0.69, 0.8, report.overall.micro.f1)
    html = write_reports(tmp_path / "report", report, history=records)["html"]
    png = tmp_path / "report.png"
    screenshot(html, png, tmp_path / "chromium-profile")
    keep = os.environ.get("SUMMARIZER_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / "report.png")

    with Image.open(png) as image:
        assert image.size == (1280, 2000)
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1280 * 2000)
        assert colours is not None
        banner = rgb.getpixel((640, 8))
    # The bars: every defined F1 drawn as F1 x track width by the bar height, give or take
    # anti-aliased edges.
    expected = sum(s.f1 * TRACK_WIDTH * BAR_HEIGHT for s in report.per_field.values() if s.f1)
    assert expected > 20_000
    assert 0.8 * expected <= _count(colours, BAR_COLOUR) <= 1.2 * expected
    # The history line and its points.
    assert _count(colours, LINE_COLOUR, tolerance=10) > 300
    # The honesty banner is the first thing on the page, in the authored colour.
    assert banner == AUTHORED_BANNER


def _badge_ink(image: Any) -> tuple[tuple[int, int, int, int], set[tuple[int, int]]]:
    """The verdict badge (the pixels in :data:`FAIL_COLOUR`) and the letters drawn on it."""
    count, box = _found(_mask(image, FAIL_COLOUR))
    assert count > 2000, f"no FAIL badge drawn ({count} pixels)"
    return box, _ink(image, box)


@pytest.mark.slow
def test_report_html_opens_with_the_verdict_and_a_scaled_history_in_chromium(
    tmp_path: Path,
) -> None:
    """The FAIL badge is drawn at the top, under the origin label and above every chart, and
    its letters are those of the word FAIL (matched against the word drawn alone with the
    page's own CSS, and not matched by PASS). The history chart's runs (this run's micro F1 and
    three earlier ones up to 0.07 above it) span most of its height, not a flat 19 px as on a
    0..1 axis; the baseline is a horizontal line above them and this run a point of its own
    colour at the bottom of the line. The runs are placed relative to this run's score, which
    follows the schema's field count."""
    try:
        from PIL import Image
    except ImportError:
        _unavailable("Pillow is not installed (pip install pillow)")
    report = sample_report(flawed())
    comparison = compare(report, sample_report(facts(cosponsors=85, affiliation="Kremlin")))
    verdict = judge(report, comparison, max_drop=0.0, fail_under=0.8)
    now = report.overall.micro.f1
    assert comparison.baseline_micro_f1 is not None and comparison.baseline_micro_f1 > now + 0.07
    records = [*history_of(now + 0.03, now + 0.07, now + 0.05), record_of(report)]
    html = write_reports(tmp_path / "report", report, comparison, records, verdict=verdict)
    png = tmp_path / "report.png"
    screenshot(html["html"], png, tmp_path / "chromium-profile")
    css = html["html"].read_text().split("<style>")[1].split("</style>")[0]
    words = tmp_path / "words.html"
    words.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>'
        + "".join(
            f'<div style="position:absolute;left:40px;top:{40 + 400 * i}px">'
            f'<span class="verdict-word fail">{word}</span></div>'
            for i, word in enumerate(("FAIL", "PASS"))
        )
        + "</body></html>",
        encoding="utf-8",
    )
    reference = tmp_path / "words.png"
    screenshot(words, reference, tmp_path / "chromium-profile-words")

    with Image.open(png) as image, Image.open(reference) as words_image:
        rgb, drawn = image.convert("RGB"), words_image.convert("RGB")
        banner = rgb.getpixel((640, 8))
        box, letters = _badge_ink(rgb)
        _, fail_letters = _badge_ink(drawn.crop((0, 0, 1280, 400)))
        _, pass_letters = _badge_ink(drawn.crop((0, 400, 1280, 800)))
        _, line = _found(_mask(rgb, LINE_COLOUR, tolerance=10))
        _, bars = _found(_mask(rgb, BAR_COLOUR))
        baseline = _mask(rgb, BASELINE_COLOUR, tolerance=10)
        dashes = _found(baseline)[1]
        current, mine = _found(_mask(rgb, CURRENT_COLOUR, tolerance=10))
    assert banner == AUTHORED_BANNER  # the origin label stays the first line
    # The verdict badge: near the top, before the history chart and the bars.
    assert 40 <= box[1] < 160, f"the verdict badge starts at y={box[1]}"
    assert box[3] < line[1] and box[3] < bars[1]
    assert _likeness(letters, fail_letters) > 0.8
    assert _likeness(letters, pass_letters) < 0.6, _likeness(letters, pass_letters)
    # The history: not flat, the baseline a horizontal line above the runs, this run marked.
    assert line[3] - line[1] >= 70, f"the history is drawn flat ({line[3] - line[1]} px)"
    assert baseline.histogram()[255] > 250  # one row of 2 px dashes over the plot is ~350
    assert dashes[3] - dashes[1] <= 4 and dashes[2] - dashes[0] > 500 and dashes[3] <= line[1]
    assert current > 90
    assert abs((mine[1] + mine[3]) / 2 - line[3]) <= 8
