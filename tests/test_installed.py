"""An installed wheel works on the project in the working directory: nothing is looked up
next to the package's own source file, so a wheel in site-packages neither misses
``evals/cassettes`` nor writes reports into site-packages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_an_installed_wheel_evaluates_the_project_it_is_run_in(tmp_path: Path) -> None:
    dist, site = tmp_path / "dist", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    (wheel,) = dist.glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    env = {**os.environ, "PYTHONPATH": str(site), "SUMMARIZER_HOME": str(tmp_path / "home")}
    env = {k: v for k, v in env.items() if not k.startswith("OPENAI_")}
    where = subprocess.run(
        [sys.executable, "-c", "import summarizer.llm.prompts as p; print(p.PROMPTS_DIR)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)  # the wheel, not the checkout
    assert sorted(p.name for p in Path(where.stdout.strip()).glob("*.j2")) == [
        "system.j2",
        "user.j2",
    ]
    done = subprocess.run(  # run as a script from site/bin: the checkout is not on sys.path
        [sys.executable, str(site / "bin" / "summarizer"), "eval", "--out", str(tmp_path / "r")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    assert report["articles"] and not list(site.rglob("evals"))
