"""Hostile input and broken endpoints end in one ``error:`` line and a non-zero exit, never a
traceback: through the real CLI, against local loopback stub endpoints. Exit 2 for what the
user gave (a store, a results file, a cassette that cannot be used), 1 for a run that failed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import CASSETTES, ROOT, SEED_FILES, authored_turns
from tests.test_cli import run

HTML = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Log in</body></html>"


def errors_of(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = done.stderr.decode()
    assert "Traceback" not in text, text
    return [line for line in text.splitlines() if line.startswith("error:")]


def completion(**message: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "stub",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": None, **message},
            }
        ],
    }


def live(stub: StubServer, *args: str) -> subprocess.CompletedProcess[bytes]:
    return run("summarize", *args, "--base-url", stub.url, "--quiet", "--no-cache")


# --- files the user gave ------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("command", [["summarize", str(SEED_FILES[0])], ["logs"]])
def test_a_corrupted_store_is_one_line_and_exit_2(tmp_path: Path, command: list[str]) -> None:
    store = tmp_path / "logs.db"
    store.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    done = run(*command, "--store", str(store))
    assert done.returncode == 2
    (line,) = errors_of(done)
    assert line.startswith(f"error: cannot open the log store {store}: ")


@pytest.mark.slow
def test_a_results_line_that_is_json_but_not_a_result_is_refused_untouched(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "results.jsonl").write_text('{"source": "a.txt", "error": null}\n[1, 2]\n')
    before = (out / "results.jsonl").read_bytes()
    done = run("summarize", str(SEED_FILES[0]), "--out", str(out), "--format", "jsonl")
    assert done.returncode == 2
    (line,) = errors_of(done)
    assert line == (
        f"error: {out / 'results.jsonl'}: line 2 is not a summarizer result (a JSON list); "
        "move the file aside or choose another --out"
    )
    assert (out / "results.jsonl").read_bytes() == before  # someone else's data is kept


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"\xff\xfe\xfd", "not UTF-8 text"),
        (b"interactions: [1\n", "invalid YAML"),
        (b"- just\n- a list\n", "no recorded interactions"),
        (b"interactions: [1]\n", "an interaction without a request"),
    ],
)
def test_a_broken_cassette_fails_its_article_alone(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    root = tmp_path / "cassettes"
    shutil.copytree(CASSETTES / "authored", root / "authored")
    broken = root / "authored" / "fd6059d6d97c3021.yaml"
    broken.write_bytes(content)
    done = run("summarize", str(ROOT / "seeds"), "--cassettes", str(root), "--format", "jsonl")
    assert done.returncode == 2
    (line,) = errors_of(done)
    assert line.startswith(f"error: {broken}: not a usable cassette (") and reason in line
    results = [json.loads(text) for text in done.stdout.decode().splitlines()]
    assert sorted(r["error"] is None for r in results) == [False, True, True]  # others done
    evaluated = run(
        "eval",
        "--cassettes",
        str(root),
        "--out",
        str(tmp_path / "report"),
        "--history",
        str(tmp_path / "history.jsonl"),
    )
    assert evaluated.returncode == 2
    assert errors_of(evaluated) == [line]


@pytest.mark.slow
def test_a_newline_in_a_file_name_cannot_forge_a_second_error_line(tmp_path: Path) -> None:
    name = tmp_path / "bad\nerror: forged\x1b[31m.txt"
    name.write_bytes(b"\x00\x01binary")
    done = run("summarize", str(name))
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("error: ") and "bad\\nerror: forged\\x1b[31m.txt" in line
    assert "\x1b" not in done.stderr.decode()


@pytest.mark.slow
def test_a_full_disk_names_what_was_being_written(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer", "summarize", str(SEED_FILES[0]), "--quiet"],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == ["error: standard output: No space left on device"]


# --- endpoints that answer wrongly ----------------------------------------------------------


@pytest.mark.slow
def test_an_empty_choices_list_is_one_line_without_a_re_ask() -> None:
    with StubServer(
        responder=lambda body, raw: Reply(200, {**completion(), "choices": []})
    ) as stub:
        done = live(stub, str(SEED_FILES[0]))
        assert stub.calls == 1
    assert done.returncode == 1
    (line,) = errors_of(done)
    assert "answered HTTP 200 with a chat completion without choices" in line


@pytest.mark.slow
def test_an_html_page_behind_a_200_is_an_endpoint_error_not_validation() -> None:
    page = Reply(200, HTML, headers={"Content-Type": "text/html"})
    with StubServer(responder=lambda body, raw: page) as stub:
        done = run(
            "summarize",
            str(SEED_FILES[0]),
            "--base-url",
            stub.url,
            "--no-cache",
            "--format",
            "jsonl",
        )
        assert stub.calls == 1  # no re-asks spent on it
    assert done.returncode == 1
    (line,) = errors_of(done)
    assert "answered HTTP 200 with an HTML page ('Sign in')" in line
    assert "check the base URL" in line
    assert json.loads(done.stdout)["error_kind"] == "llm"


@pytest.mark.slow
def test_insufficient_quota_is_not_retried() -> None:
    quota = Reply(
        429,
        {
            "error": {
                "message": "You exceeded your current quota.",
                "type": "insufficient_quota",
                "code": "insufficient_quota",
            }
        },
    )
    with StubServer(responder=lambda body, raw: quota) as stub:
        done = live(stub, str(SEED_FILES[0]))
        assert stub.calls == 1
    assert done.returncode == 1
    (line,) = errors_of(done)
    assert "HTTP 429 after 1 attempt(s)" in line and "out of quota" in line


@pytest.mark.slow
def test_a_transient_429_is_still_retried() -> None:
    answer = authored_turns("fd6059d6d97c3021")[-1]
    busy = Reply(429, {"error": {"message": "Rate limit", "code": "rate_limit_exceeded"}})
    busy.headers = {"retry-after-ms": "10"}
    with StubServer(script=[busy], responder=facts_reply(answer)) as stub:
        done = live(stub, str(SEED_FILES[0]))
        assert stub.calls == 2
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_a_refusal_with_a_newline_is_one_escaped_line() -> None:
    refusal = completion(refusal="I can't.\nerror: forged line\x1b[31m")
    with StubServer(responder=lambda body, raw: Reply(200, refusal)) as stub:
        done = live(stub, str(SEED_FILES[0]))
    assert done.returncode == 1
    (line,) = done.stderr.decode().splitlines()
    assert line.endswith("the model refused: I can't.\\nerror: forged line\\x1b[31m")


@pytest.mark.slow
def test_batch_submit_getting_an_html_page_is_one_line(tmp_path: Path) -> None:
    page = Reply(200, HTML, headers={"Content-Type": "text/html"})
    with StubServer(responder=lambda body, raw: page) as stub:
        done = run(
            "batch",
            "submit",
            str(SEED_FILES[0]),
            "--base-url",
            stub.url,
            "--out",
            str(tmp_path),
        )
    assert done.returncode == 1
    (line,) = errors_of(done)
    assert line.startswith("error: uploading the batch input: 127.0.0.1:")
    assert "an HTML page ('Sign in')" in line and "check the base URL" in line
    assert list(tmp_path.iterdir()) == []


# --- the store is tried before anything is paid for ---------------------------------------


def test_a_store_that_refuses_writes_stops_the_run_before_any_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that opens but cannot take a row (read-only, a full disk) used to be noticed
    after dozens of paid requests. Simulated in process: the store's connection is put in
    SQLite's query-only mode as soon as it is opened."""
    from summarizer.cli.app import app
    from summarizer.storage import store as store_module

    opened = store_module.migrate

    def read_only(conn: sqlite3.Connection, path: Path) -> None:
        opened(conn, path)
        conn.execute("PRAGMA query_only = ON")

    monkeypatch.setattr(store_module, "migrate", read_only)
    answer = authored_turns("fd6059d6d97c3021")[-1]
    store = tmp_path / "logs.db"
    with StubServer(responder=facts_reply(answer)) as stub:
        done = CliRunner().invoke(
            app,
            ["summarize", str(SEED_FILES[0]), "--base-url", stub.url, "--store", str(store)],
        )
        assert stub.calls == 0
    assert done.exit_code == 2
    assert f"error: cannot write the log store {store}: " in done.output
    with sqlite3.connect(store) as db:
        assert db.execute("SELECT COUNT(*) FROM exchanges").fetchone() == (0,)


@pytest.mark.slow
def test_eval_reports_that_cannot_be_written_are_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = run(
        "eval",
        "--baseline",
        "none",
        "--out",
        str(blocker / "reports"),
        "--history",
        str(tmp_path / "history.jsonl"),
    )
    assert done.returncode == 1
    (line,) = errors_of(done)
    assert line.startswith(f"error: {blocker / 'reports'}: ") or line.startswith(
        f"error: {blocker}: "
    )
