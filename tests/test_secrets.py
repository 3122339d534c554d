"""No secret is written anywhere, by value: not the key (whatever its shape) when an endpoint
echoes it in an error body, a header or the answer; not a password in the base URL, in an
error line, the store, ``summarizer logs`` or a cassette. Through the real CLI, against a
local stub endpoint."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from summarizer.storage.redact import mask_url, redact, url_secrets
from summarizer.storage.scrub import Scrubber
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import CASSETTES, SEED_FILES, authored_turns
from tests.test_cli import run

# Not key-shaped (no "sk-"): only masking by value can catch it.
KEY = "live-Key-7f3a9c2e5b1d4068"
PASSWORD = "Hunter2Secret"


def every_file_text(folder: Path) -> str:
    return "\n".join(
        path.read_bytes().decode("utf-8", "replace") for path in folder.rglob("*") if path.is_file()
    )


def echoing(body: dict[str, Any], raw: bytes) -> Reply:
    """A 401 that echoes the key in its body and in a header (some proxies do)."""
    return Reply(
        401,
        {"error": {"message": f"Incorrect API key provided: {KEY}.", "code": "invalid_api_key"}},
        headers={"x-echo-key": KEY, "x-request-auth": f"Bearer {KEY}"},
    )


def stub_url(stub: StubServer, userinfo: str = "") -> str:
    return stub.url.replace("http://", f"http://{userinfo}@") if userinfo else stub.url


@pytest.mark.slow
def test_an_error_echoing_the_key_is_recorded_without_it(tmp_path: Path) -> None:
    """A 429 whose body and headers echo the key, retried into a success: both exchanges are
    recorded (the article succeeded), the echoed key masked in each."""
    answer = authored_turns("fd6059d6d97c3021")[-1]
    echo = echoing({}, b"")
    echo.status, echo.headers["retry-after-ms"] = 429, "10"
    with StubServer(script=[echo], responder=facts_reply(answer)) as stub:
        done = run(
            "summarize",
            str(SEED_FILES[0]),
            "--record",
            "--model",
            "gpt-test",
            "--base-url",
            stub.url,
            "--cassettes",
            str(tmp_path / "cassettes"),
            "--quiet",
            env={"OPENAI_API_KEY": KEY},
        )
        assert stub.headers[0]["authorization"] == f"Bearer {KEY}"  # it was sent
        assert stub.calls == 2
    assert done.returncode == 0, done.stderr
    text = every_file_text(tmp_path / "cassettes")
    assert "Incorrect API key provided: [REDACTED]" in text  # the body was recorded, masked
    assert "x-echo-key" in text.lower()  # the header too
    assert KEY not in text and KEY[5:] not in text


@pytest.mark.slow
def test_a_failed_article_keeps_its_recorded_cassette(tmp_path: Path) -> None:
    """``summarize --record`` against an endpoint answering 401 records nothing over a good
    cassette, and the one-line error carries no key."""
    folder = tmp_path / "cassettes" / "authored"
    shutil.copytree(CASSETTES / "authored", folder)
    before = (folder / "fd6059d6d97c3021.yaml").read_bytes()
    with StubServer(responder=echoing) as stub:
        done = run(
            "summarize",
            str(SEED_FILES[0]),
            "--record",
            "--model",
            "authored",
            "--base-url",
            stub.url,
            "--cassettes",
            str(tmp_path / "cassettes"),
            "--quiet",
            env={"OPENAI_API_KEY": KEY},
        )
    assert done.returncode == 1
    assert KEY not in done.stderr.decode() and "[REDACTED]" in done.stderr.decode()
    assert (folder / "fd6059d6d97c3021.yaml").read_bytes() == before
    assert KEY not in every_file_text(tmp_path)


@pytest.mark.slow
def test_an_answer_repeating_the_key_is_recorded_without_it(tmp_path: Path) -> None:
    answer = authored_turns("f9d800ded702b085")[-1]
    answer = {**answer, "summary": f"{answer['summary']} The key is {KEY}."}
    with StubServer(responder=facts_reply(answer)) as stub:
        done = run(
            "summarize",
            str(SEED_FILES[1]),
            "--record",
            "--model",
            "gpt-test",
            "--base-url",
            stub.url,
            "--cassettes",
            str(tmp_path / "cassettes"),
            "--quiet",
            env={"OPENAI_API_KEY": KEY},
        )
    assert done.returncode == 0, done.stderr
    text = every_file_text(tmp_path / "cassettes")
    assert "The key is [REDACTED]" in text and KEY not in text


def test_a_configured_url_password_is_masked_by_value_in_a_recording(tmp_path: Path) -> None:
    """The password of a base URL's userinfo is a configured secret: an answer repeating it
    is recorded masked (the library's sync path; the CLI's aiohttp transport refuses
    userinfo next to the SDK's Authorization header, which the next test covers)."""
    from summarizer import cassette_session, summarize
    from summarizer.llm.client import Settings

    answer = authored_turns("f9d800ded702b085")[-1]
    answer = {**answer, "summary": f"{answer['summary']} Password {PASSWORD}."}
    with StubServer(responder=facts_reply(answer)) as stub:
        settings = Settings(model="gpt-test", base_url=stub.url, api_key=KEY)
        secrets = Settings(base_url=stub_url(stub, f"user:{PASSWORD}")).secrets
        with cassette_session(tmp_path / "gpt-test", "record", secrets=secrets):
            summarize(SEED_FILES[1], settings=settings)
    text = every_file_text(tmp_path)
    assert "Password [REDACTED]" in text and PASSWORD not in text and KEY not in text


@pytest.mark.slow
def test_a_url_password_never_reaches_an_error_line_the_store_or_logs(tmp_path: Path) -> None:
    store = tmp_path / "logs.db"
    with StubServer(responder=echoing) as stub:
        url = stub_url(stub, f"user:{PASSWORD}")
        done = run(
            "summarize", str(SEED_FILES[0]), "--base-url", url, "--store", str(store), "--quiet"
        )
    assert done.returncode == 1
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("error: ") and "127.0.0.1" in line and PASSWORD not in line
    assert PASSWORD.encode() not in store.read_bytes()
    with sqlite3.connect(store) as db:
        rows = db.execute("SELECT * FROM exchanges").fetchall()
    assert rows and PASSWORD not in repr(rows)
    for args in (["logs"], ["logs", "--json"], ["logs", "--show", "1"], ["logs", "--errors"]):
        shown = run(*args, "--store", str(store))
        assert shown.returncode == 0, shown.stderr
        assert PASSWORD not in shown.stdout.decode() + shown.stderr.decode()
    # the list has no endpoint column; the full entry and the JSON do show it, masked
    assert "127.0.0.1" in run("logs", "--show", "1", "--store", str(store)).stdout.decode()


@pytest.mark.slow
def test_an_unreachable_url_with_a_password_is_masked_in_the_error() -> None:
    done = run(
        "summarize",
        str(SEED_FILES[0]),
        "--base-url",
        f"http://user:{PASSWORD}@127.0.0.1:9/v1",
        "--retry-budget",
        "1",
        "--quiet",
    )
    assert done.returncode == 1
    assert PASSWORD not in done.stderr.decode()
    assert done.stderr.decode().startswith("error: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see http://u:pw@host/v1 now", "see http://***@host/v1 now"),
        ("https://token@h:8/x", "https://***@h:8/x"),
        ("http://h/v1?q=a@b", "http://h/v1?q=a@b"),  # an @ after the host is not userinfo
        ("mail me@example.com", "mail me@example.com"),
    ],
)
def test_mask_url(text: str, expected: str) -> None:
    assert mask_url(text) == expected
    assert redact(text) == expected


def test_url_secrets_are_the_password_raw_and_decoded() -> None:
    assert url_secrets("http://user:p%40ssword@host/v1") == ["p%40ssword", "p@ssword"]
    assert url_secrets("http://host/v1") == [] and url_secrets(None) == []


def test_the_scrubber_learns_the_requests_own_credentials() -> None:
    """A session's scrubber masks the key it saw in a request's Authorization header in the
    response recorded with it, whatever configured that key."""

    from vcr.request import Request

    sent = Request(
        "POST",
        "http://127.0.0.1/v1/chat/completions",
        b"{}",
        {"Authorization": f"Bearer {KEY}", "api-key": "azure-Key-0123456789"},
    )
    scrubber = Scrubber()
    request = scrubber.request(sent)
    assert dict(request.headers) == {}
    response = {
        "headers": {"x-echo": [KEY], "x-azure": ["azure-Key-0123456789"]},
        "body": {"string": f'{{"error": "{KEY}"}}'.encode()},
    }
    recorded = scrubber.response(response)
    assert KEY.encode() not in recorded["body"]["string"]
    assert recorded["headers"] == {"x-echo": ["[REDACTED]"], "x-azure": ["[REDACTED]"]}
