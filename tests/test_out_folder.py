"""One ``--out`` folder, one run at a time, and no result overwriting another's file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.run.writer import LOCK_FILE, locked_folder
from summarizer.testing.stub import StubServer, facts_reply
from tests.conftest import ROOT, SEED_FILES, authored_turns
from tests.test_cli import run


@pytest.mark.slow
def test_a_second_run_into_a_locked_folder_refuses_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with locked_folder(out):  # a run in progress (the lock is per open file, so a process works)
        done = run("summarize", str(SEED_FILES[0]), "--format", "jsonl", "--out", str(out))
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2
    assert lines == [
        f"error: {out}: another summarizer run is writing to this folder; wait for it to "
        "finish or choose another --out"
    ]
    assert not (out / "results.jsonl").exists()  # it touched nothing


@pytest.mark.slow
def test_the_lock_is_released_after_a_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run("summarize", str(SEED_FILES[0]), "--format", "jsonl", "--out", str(out), "-q")
    second = run("summarize", str(SEED_FILES[1]), "--format", "jsonl", "--out", str(out), "-q")
    assert (first.returncode, second.returncode) == (0, 0), second.stderr
    lines = (out / "results.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["source"] for line in lines) == sorted(
        [str(SEED_FILES[0]), str(SEED_FILES[1])]
    )
    assert (out / LOCK_FILE).exists()


@pytest.mark.slow
def test_same_file_name_in_two_folders_writes_two_files(tmp_path: Path) -> None:
    for folder, seed in (("a", SEED_FILES[0]), ("b", SEED_FILES[1]), ("c", SEED_FILES[0])):
        (tmp_path / folder).mkdir()
        shutil.copy(seed, tmp_path / folder / "story.txt")
    (tmp_path / "d").mkdir()
    shutil.copy(SEED_FILES[2], tmp_path / "d" / "other.txt")
    out = tmp_path / "out"
    done = run(
        "summarize", *(str(tmp_path / f) for f in "abcd"), "--format", "markdown", "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "4 ok, 0 failed" in done.stderr.decode()
    first, second = "fd6059d6d97c3021", "f9d800ded702b085"
    written = sorted(p.name for p in out.iterdir() if p.name != LOCK_FILE)
    assert written == sorted(
        [f"story-{first}.md", f"story-{first}-2.md", f"story-{second}.md", "other.md"]
    )


@pytest.mark.slow
def test_two_runs_at_once_into_one_folder_lose_nothing(tmp_path: Path) -> None:
    """The reported scenario: a second run started while the first writes into the same
    folder. It must refuse, and the first must still write every line exactly once."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.txt").write_text(f"Article {n}.\n\n" + SEED_FILES[1].read_text())
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["OPENAI_API_KEY"] = "sk-placeholder"
    with StubServer(
        responder=facts_reply(authored_turns("f9d800ded702b085")[-1]), latency=0.4
    ) as stub:
        args = ["summarize", str(folder), "--base-url", stub.url, "-m", "stub-model", "-c", "1",
                "--format", "jsonl", "--out", str(out), "-q"]  # fmt: skip
        first = subprocess.Popen(
            [sys.executable, "-m", "summarizer", *args], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while stub.calls < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            second = run(*args, env={"OPENAI_API_KEY": "sk-placeholder"})
            _, stderr = first.communicate(timeout=120)
        finally:
            if first.poll() is None:
                first.kill()
    assert second.returncode == 2
    assert b"another summarizer run is writing to this folder" in second.stderr
    assert first.returncode == 0, stderr
    sources = [
        json.loads(line)["source"] for line in (out / "results.jsonl").read_text().splitlines()
    ]
    assert sorted(sources) == sorted(str(p) for p in folder.iterdir())
