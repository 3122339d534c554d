"""The story page in a real browser: headless Chromium screenshots it, and the pixels must
show the conflict list (drawn first) and the highlighted evidence passages; opened with a
value marked (``#v=1``, the first conflict's first claim, as a click does), its passages are
drawn in the active colour. Skipped when Chromium or Pillow is missing, unless
SUMMARIZER_REQUIRE_CHROMIUM=1."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from summarizer.story import consolidate, read_sources
from summarizer.story.html import ACTIVE, CONFLICT, HIGHLIGHT, UNVERIFIED, to_html
from tests.test_story import gold_facts_dir

REQUIRED = os.environ.get("SUMMARIZER_REQUIRE_CHROMIUM") == "1"
WIDTH, HEIGHT = 1400, 1600


def unavailable(why: str) -> None:
    if REQUIRED:
        pytest.fail(f"{why}, and SUMMARIZER_REQUIRE_CHROMIUM=1")
    pytest.skip(why)


def chromium() -> str:
    names = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
    for candidate in filter(None, (os.environ.get("SUMMARIZER_CHROMIUM"), *names)):
        found = shutil.which(candidate)
        if found:
            return found
    unavailable("chromium is not installed")
    raise AssertionError("unreachable")


def shoot(url: str, png: Path, profile: Path) -> None:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        f"--window-size={WIDTH},{HEIGHT}",
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        "--virtual-time-budget=3000",
        f"--screenshot={png}",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert png.is_file(), f"no screenshot (exit {done.returncode}): {done.stderr[-2000:]}"


def pixels(png: Path, colour: str, tolerance: int = 6) -> int:
    from PIL import Image

    target = tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=WIDTH * HEIGHT) or []
    return sum(
        n
        for n, rgb in colours
        if all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True))
    )


@pytest.mark.slow
def test_story_page_draws_conflicts_and_highlights(tmp_path: Path) -> None:
    try:
        import PIL  # noqa: F401
    except ImportError:
        unavailable("Pillow is not installed")
    page = tmp_path / "story.html"
    page.write_text(to_html(consolidate(read_sources([gold_facts_dir()]))), encoding="utf-8")
    markup = page.read_text(encoding="utf-8")
    for external in (" src=", " href=", "@import", "url(", "<link"):
        assert external not in markup, external  # self-contained: no asset from elsewhere
    plain, marked = tmp_path / "plain.png", tmp_path / "marked.png"
    shoot(page.resolve().as_uri(), plain, tmp_path / "profile-a")
    shoot(page.resolve().as_uri() + "#v=1", marked, tmp_path / "profile-b")
    keep = os.environ.get("SUMMARIZER_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(plain, Path(keep) / "story.png")
        shutil.copy(marked, Path(keep) / "story-marked.png")
    assert pixels(plain, CONFLICT) > 20_000  # four conflict boxes at the top
    assert pixels(plain, HIGHLIGHT) > 5_000  # evidence passages in the first article
    assert pixels(plain, ACTIVE, tolerance=10) < 500  # nothing marked until asked
    assert pixels(plain, UNVERIFIED, tolerance=10) > 200  # unverified values are marked
    assert pixels(marked, ACTIVE, tolerance=10) > 2_000  # the clicked value's passages
