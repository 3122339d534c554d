"""One ``--out`` folder, one run at a time, and no result overwriting another's file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from summarizer.output import LOCK_FILE, locked_folder

from .conftest import SEED_FILES
from .test_cli import run


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
