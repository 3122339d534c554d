"""The nightly gate can fail: ``summarizer eval`` through the real CLI against a local stub
endpoint. It fails when it cannot measure (articles failed, no baseline for the model, a
baseline that is not a report), never rewrites good cassettes with failures, and puts its
verdict and regressions first in the console and in every report."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import CASSETTES, ROOT, EvalRun, authored_turns
from tests.test_cli import run
from tests.test_eval import eval_args, perfect_report

KEY = "sk-" + "test-GATEKEY0123456789"  # split: not a credential

N_GOLD = len(list((ROOT / "evals" / "gold").glob("*.json")))  # articles the eval asks


def unauthorised(body: dict[str, Any], raw: bytes) -> Reply:
    return Reply(
        401,
        {"error": {"message": "Incorrect API key", "type": "invalid_request_error"}},
    )


def digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def project_copy(tmp_path: Path) -> Path:
    """A project folder as the workflow checks it out: seeds, test articles, gold, cassettes,
    baselines. The CLI finds its files from the working directory, so the step runs inside
    this copy."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for part in ("gold", "cassettes", "baselines", "articles"):
        shutil.copytree(ROOT / "evals" / part, project / "evals" / part)
    return project


def copy_cassettes(tmp_path: Path) -> Path:
    root = tmp_path / "cassettes"
    shutil.copytree(CASSETTES / "authored", root / "authored")
    return root


def stderr_lines(done: Any) -> list[str]:
    return [line for line in done.stderr.decode().splitlines() if line.strip()]


@pytest.mark.slow
def test_record_against_an_endpoint_refusing_everything_fails_and_keeps_the_cassettes(
    tmp_path: Path,
) -> None:
    root = copy_cassettes(tmp_path)
    before = digests(root)
    with StubServer(responder=unauthorised) as stub:
        done = run(
            *eval_args(tmp_path, "--record", "--model", "authored", "--base-url", stub.url),
            "--cassettes",
            str(root),
            "--baseline",
            "auto",
            "--max-drop",
            "0.05",
            env={"OPENAI_API_KEY": KEY},
        )
        assert stub.calls == N_GOLD  # it did ask: the failure is the endpoint's, not a usage error
    assert done.returncode == 1, done.stderr
    errors = stderr_lines(done)
    assert len(errors) == N_GOLD and all(line.startswith("error: ") for line in errors)
    assert all("HTTP 401" in line for line in errors)
    assert "Traceback" not in done.stderr.decode()
    stdout = done.stdout.decode().splitlines()
    assert stdout[1].startswith(f"FAIL: {N_GOLD} of {N_GOLD} articles failed")
    assert stdout[-1] == "FAIL"
    assert digests(root) == before  # byte for byte, and nothing added
    assert sorted(p.name for p in root.iterdir()) == ["authored"]
    markdown = (tmp_path / "out" / "report.md").read_text().splitlines()
    assert markdown[2].startswith(f"**FAIL: {N_GOLD} of {N_GOLD} articles failed")
    verdict = json.loads((tmp_path / "out" / "report.json").read_text())["verdict"]
    assert verdict["passed"] is False and verdict["exit_code"] == 1
    assert verdict["reasons"][0].startswith(f"{N_GOLD} of {N_GOLD} articles failed")


@pytest.mark.slow
def test_a_successful_recording_replaces_the_set_and_keeps_what_it_did_not_record(
    tmp_path: Path,
) -> None:
    root = copy_cassettes(tmp_path)
    answer = authored_turns("f9d800ded702b085")[-1]
    with StubServer(responder=facts_reply(answer)) as stub:
        done = run(
            *eval_args(tmp_path, "--record", "--model", "authored", "--base-url", stub.url),
            "--cassettes",
            str(root),
            "--baseline",
            "none",
            env={"OPENAI_API_KEY": KEY},
        )
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in (root / "authored").glob("*.yaml"))
    assert len(files) == N_GOLD
    for name in files:
        first = (root / "authored" / name).read_text().splitlines()[0]
        assert first.startswith("# origin: recorded-from 127.0.0.1:")
    assert (root / "authored" / "source").is_dir()  # not recorded by the run, carried over
    assert sorted(p.name for p in root.iterdir()) == ["authored"]  # no scratch folder left


@pytest.mark.slow
def test_one_failed_article_fails_the_gate(tmp_path: Path) -> None:
    answer = authored_turns("f9d800ded702b085")[-1]
    refused = Reply(400, {"error": {"message": "bad request", "type": "invalid_request_error"}})
    root = copy_cassettes(tmp_path)
    before = digests(root)
    with StubServer(script=[refused], responder=facts_reply(answer)) as stub:
        done = run(
            *eval_args(tmp_path, "--record", "--model", "authored", "--base-url", stub.url),
            "--cassettes",
            str(root),
            "--baseline",
            "none",
            env={"OPENAI_API_KEY": KEY},
        )
    assert done.returncode == 1, done.stderr
    assert len(stderr_lines(done)) == 1 and "HTTP 400" in stderr_lines(done)[0]
    assert done.stdout.decode().splitlines()[1].startswith(f"FAIL: 1 of {N_GOLD} articles failed")
    assert digests(root) == before


@pytest.mark.slow
def test_baseline_auto_without_a_committed_baseline_is_an_error_before_any_request(
    tmp_path: Path,
) -> None:
    with StubServer(responder=unauthorised) as stub:
        done = run(
            *eval_args(tmp_path, "--live", "--model", "no-baseline-model", "--base-url", stub.url),
            "--baseline",
            "auto",
            env={"OPENAI_API_KEY": KEY},
        )
        assert stub.calls == 0
    assert done.returncode == 2
    (line,) = stderr_lines(done)
    assert line.startswith("error: --baseline auto: no committed baseline for model")
    assert "--baseline none" in line


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[1, 2]", "a JSON list, not an object"),
        (b"{}", "no outcomes, per_field, overall, articles"),
        (b'{"anything": true}', "no outcomes"),
        (b'"report"', "a JSON str"),
        (b"{not json", "invalid JSON"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (
            b'{"outcomes": [], "per_field": {}, "overall": {"micro": {}}, "articles": []}',
            "no scored outcomes",
        ),
        (
            b'{"outcomes": 3, "per_field": {}, "overall": {"micro": {}}, "articles": []}',
            "outcomes",
        ),
    ],
)
def test_a_malformed_baseline_is_one_error_line_and_exit_2(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_bytes(content)
    done = run(*eval_args(tmp_path, "--baseline", str(baseline)))
    assert done.returncode == 2
    (line,) = stderr_lines(done)
    assert line.startswith(f"error: {baseline}: not") and reason in line
    assert not (tmp_path / "out").exists()  # refused before running


@pytest.mark.slow
def test_verdict_and_regressions_come_first_in_console_markdown_and_html(
    tmp_path: Path,
) -> None:
    baseline = perfect_report(tmp_path)
    done = run(*eval_args(tmp_path, "--baseline", str(baseline)))
    assert done.returncode == 1
    stdout = done.stdout.decode().splitlines()
    assert stdout[1].startswith("FAIL: F1 dropped more than 0 on ")
    assert stdout[2].startswith("  regressed: ") and " -> " in stdout[2]
    markdown = (tmp_path / "out" / "report.md").read_text()
    top = markdown.split("# Eval report")[0]
    assert top.splitlines()[2].startswith("**FAIL: F1 dropped")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    regressed = [f for f in report["comparison"]["flips"] if f["direction"] == "regressed"]
    assert regressed and f"Regressed (pass → fail), {len(regressed)}:" in top
    assert all(f"`{flip['path']}`" in top for flip in regressed)
    html = (tmp_path / "out" / "report.html").read_text()
    assert html.index('id="verdict"') < html.index("<h1>")
    assert html.index('id="origin"') < html.index('id="verdict"')
    assert 'class="verdict fail"' in html


@pytest.mark.slow
def test_a_passing_run_says_pass_first(authored_eval: EvalRun) -> None:
    done, out = authored_eval.done, authored_eval.out
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines()[1] == "PASS"
    assert (out / "report.md").read_text().splitlines()[2] == "**PASS**"
    assert 'class="verdict pass"' in (out / "report.html").read_text()
    report = json.loads((out / "report.json").read_text())
    assert list(report)[:2] == ["source_of_outputs", "verdict"]
    assert report["verdict"] == {
        "passed": True,
        "headline": "PASS",
        "reasons": [],
        "exit_code": 0,
        "regressed": 0,
    }


WORKFLOW = ROOT / ".github" / "workflows" / "nightly-eval.yml"


def workflow_steps() -> tuple[dict[str, str], list[dict[str, Any]]]:
    flow = yaml.safe_load(WORKFLOW.read_text())
    job = flow["jobs"]["eval"]
    return job["env"], job["steps"]


def step_named(steps: list[dict[str, Any]], words: str) -> dict[str, Any]:
    return next(step for step in steps if words in step.get("name", ""))


def test_the_workflow_keeps_history_and_writes_the_job_summary() -> None:
    env, steps = workflow_steps()
    restore = step_named(steps, "Restore the run history")
    save = step_named(steps, "Save the run history")
    assert restore["uses"].startswith("actions/cache/restore@")
    assert save["uses"].startswith("actions/cache/save@") and save["if"].startswith("always()")
    assert restore["with"]["path"] == save["with"]["path"] == "evals/reports/history.jsonl"
    assert restore["with"]["restore-keys"] == "nightly-eval-history-"
    summary = step_named(steps, "job summary")
    assert summary["if"] == "always()" and '>> "$GITHUB_STEP_SUMMARY"' in summary["run"]
    assert "OPENAI_BASE_URL" not in env  # only exported by the eval step, and only when set


def run_step(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """A workflow step's ``run`` script under bash, as the runner does (``-e``: stop at the
    first failing command), with ``.venv/bin/summarizer`` being this interpreter's CLI."""
    venv = cwd / ".venv" / "bin"
    venv.mkdir(parents=True, exist_ok=True)
    (venv / "summarizer").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m summarizer "$@"\n')
    (venv / "summarizer").chmod(0o755)
    environment = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    environment.update(env)
    return subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=environment, capture_output=True, timeout=300
    )


@pytest.mark.slow
def test_the_workflow_command_fails_against_an_endpoint_refusing_everything(
    tmp_path: Path,
) -> None:
    """The workflow's own eval step, against an endpoint that answers 401 to everything: exit
    non-zero, the committed cassettes byte for byte as they were, and the job summary starts
    with FAIL. Model ``authored`` because it is the one with a committed baseline here."""
    _, steps = workflow_steps()
    project = project_copy(tmp_path)
    committed = project / "evals" / "cassettes" / "authored"
    before = digests(committed)
    summary = tmp_path / "summary.md"
    with StubServer(responder=unauthorised) as stub:
        done = run_step(
            step_named(steps, "Live eval")["run"],
            project,
            {
                "OPENAI_API_KEY": KEY,
                "SUMMARIZER_MODEL": "authored",
                "BASELINE": "auto",
                "BASE_URL_VAR": stub.url,
            },
        )
        assert stub.calls == N_GOLD
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr.decode()
    assert digests(committed) == before
    assert not [p for p in committed.parent.iterdir() if p.name.startswith(".")]  # no scratch
    reported = run_step(
        step_named(steps, "job summary")["run"], project, {"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert reported.returncode == 0
    failed = f"**FAIL: {N_GOLD} of {N_GOLD} articles failed"
    assert summary.read_text().splitlines()[2].startswith(failed)


def test_the_workflow_step_leaves_an_empty_base_url_unset(tmp_path: Path) -> None:
    """An unset repository variable arrives as ""; the step must not export it."""
    _, steps = workflow_steps()
    script = (
        step_named(steps, "Live eval")["run"].split("\n")[0] + '\necho "[${OPENAI_BASE_URL-unset}]"'
    )
    done = run_step(script, tmp_path, {"BASE_URL_VAR": "", "OPENAI_BASE_URL": ""})
    assert done.stdout.decode().strip() == "[unset]"


@pytest.mark.slow
def test_baseline_last_skips_runs_that_could_not_measure(tmp_path: Path) -> None:
    first = run(*eval_args(tmp_path, "--baseline", "none"))
    assert first.returncode == 0, first.stderr
    history = tmp_path / "history.jsonl"
    with StubServer(responder=unauthorised) as stub:
        failed = run(
            "eval",
            "--live",
            "--model",
            "authored",
            "--base-url",
            stub.url,
            "--baseline",
            "none",
            "--out",
            str(tmp_path / "failed"),
            "--history",
            str(history),
            env={"OPENAI_API_KEY": KEY},
        )
    assert failed.returncode == 1
    records = [json.loads(line) for line in history.read_text().splitlines()]
    assert [r["failures"] for r in records] == [0, N_GOLD]
    again = run(*eval_args(tmp_path, "--baseline", "last"))
    assert again.returncode == 0, again.stderr
    assert f"Compared with {tmp_path / 'out' / 'report.json'}: 0 flipped" in again.stdout.decode()
