"""report.html in a real browser: headless Chromium screenshots it and the pixels must show the
charts, so "self-contained, no JavaScript" is checked as rendered, not only as markup.

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

from summarizer.evaluation.report import BAR_COLOUR, LINE_COLOUR, write_reports
from tests.test_report import flawed, history_of, sample_report

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
