"""The CLI as a user runs it: a real subprocess, no key in the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SEED_FILES


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))
    }
    environment.update(env or {})  # SUMMARIZER_HOME stays the test's temporary folder
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_seed_summary_validates_against_the_exported_schema() -> None:
    done = run("summarize", str(SEED_FILES[1]))
    assert done.returncode == 0, done.stderr
    notice, summary = done.stderr.decode().strip().splitlines()
    assert notice == (
        f"no OPENAI_API_KEY, --base-url or --local: replaying recorded cassettes from "
        f"{ROOT / 'evals' / 'cassettes' / 'authored'} (offline)"
    )
    assert summary.startswith("1 ok, 0 failed in ") and "tokens" in summary and "cost $0" in summary
    result = json.loads(done.stdout)
    schema = json.loads((ROOT / "schemas" / "summary_result.schema.json").read_text())
    jsonschema.validate(result, schema)
    bill = result["facts"]["sanctions"][0]
    assert (
        bill["name"],
        bill["counts"][0]["value"]["value"],
        bill["tariff_rate_percent"]["value"],
    ) == ("Sanctioning Russia Act of 2025", 84, 500)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"\x00\x01\x02\x03", "binary file"), (b"", "empty article")],
)
def test_bad_inputs_print_one_line_and_exit_2(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    done = run("summarize", str(path))
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2
    assert lines[-1] == f"error: {path}: {message}" or lines[-1].startswith(
        f"error: {path}: {message}"
    )
    assert "Traceback" not in done.stderr.decode()
    assert done.stdout == b""


@pytest.mark.slow
def test_one_bad_input_does_not_lose_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    done = run("summarize", str(bad), str(SEED_FILES[0]), "--format", "jsonl")
    assert done.returncode == 2
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(lines) == 2  # each line self-describing: the failure is recorded with its reason
    good = next(line for line in lines if line["error"] is None)
    bad_line = next(line for line in lines if line["error"] is not None)
    assert good["article_id"] == "fd6059d6d97c3021"
    assert bad_line["source"] == str(bad) and bad_line["error_kind"] == "input"
    assert "empty article" in bad_line["error"] and "empty article" in done.stderr.decode()


@pytest.mark.slow
def test_folder_markdown_and_out_dir(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run("summarize", str(ROOT / "seeds"), "--format", "markdown", "--out", str(out))
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in out.iterdir() if p.name != ".summarizer.lock")
    assert written == [f"{p.stem}.md" for p in SEED_FILES]
    report = (out / f"{SEED_FILES[2].stem}.md").read_text()
    assert "Duration (days): 30" in report and "## Grounding" in report


@pytest.mark.slow
def test_stdin_and_missing_cassette() -> None:
    done = run("summarize", "-", stdin=b"An article nobody recorded.")
    assert done.returncode == 2
    assert "no cassette for article" in done.stderr.decode()


@pytest.mark.slow
def test_stdin_replays_a_known_article() -> None:
    done = run("summarize", "-", "--offline", stdin=SEED_FILES[0].read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["facts"]["summits"][0]["status"] == "on_hold"


@pytest.mark.slow
def test_usage_errors_exit_2() -> None:
    assert run("summarize", "x", "--format", "xml").returncode == 2
    assert run("summarize").returncode == 2
    assert run("summarize", "x", "--offline", "--record").returncode == 2


@pytest.mark.slow
def test_record_without_endpoint_is_refused() -> None:
    done = run("summarize", str(SEED_FILES[0]), "--record")
    assert done.returncode == 2
    assert "needs a live endpoint" in done.stderr.decode()


@pytest.mark.slow
def test_schema_command_prints_json_schema() -> None:
    done = run("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "ArticleFacts"


@pytest.mark.slow
def test_help_everywhere() -> None:
    for args in (["--help"], ["summarize", "--help"], ["schema", "--help"]):
        done = run(*args)
        assert done.returncode == 0 and b"Usage" in done.stdout


@pytest.mark.slow
def test_several_articles_as_json_make_one_valid_array(tmp_path: Path) -> None:
    done = run("summarize", str(ROOT / "seeds"), str(tmp_path / "missing.txt"), "--quiet")
    assert done.returncode == 2
    results = json.loads(done.stdout)
    assert sorted(r["article_id"] for r in results) == sorted(
        ["fd6059d6d97c3021", "f9d800ded702b085", "a2b2248e483936df"]
    )
    assert done.stderr.decode().strip() == f"error: {tmp_path / 'missing.txt'}: no such file"
