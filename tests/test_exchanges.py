"""The full exchange (issue 17): every attempt's request and response is captured by the
attempt loop, stored redacted with the static parts once, shown by ``logs --show``; an old store
is upgraded in place and its rows say the exchange was not stored."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import instructor
import pytest
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarizer import Settings
from summarizer.cli.logs import NOT_STORED, render_exchange, render_list, show_json
from summarizer.llm import attempts as attempt_loop
from summarizer.llm.prompts import render_messages
from summarizer.llm.retry import RetryPolicy
from summarizer.results import SummaryResult
from summarizer.run.dispatch import iterate_engine
from summarizer.run.engine import Engine
from summarizer.schema import ArticleFacts
from summarizer.storage import migrations
from summarizer.storage.exchanges import Exchange, exchange_of
from summarizer.storage.store import Store
from summarizer.testing.authoring import wire_response
from summarizer.testing.stub import Reply, StubServer
from tests.conftest import ROOT, SEED_FILES, authored_turns
from tests.test_cli import run

VALID = authored_turns("f9d800ded702b085")[-1]
INVALID = {**VALID, "confidence": 0.9}  # extra fields are forbidden: fails validation
PLANTED = "sk-" + "Q7w8E9r0T1y2U3i4O5p6A7s8D9f0"
CONFIGURED = "0123456789abcdef0123456789abcdef"  # a key of a shape no pattern knows


def completion(arguments: dict[str, Any], ident: str = "t") -> ChatCompletion:
    body = wire_response(arguments, b"x" * 400, "tools", ident, "ArticleFacts")
    return ChatCompletion.model_validate(body)


def reply(arguments: dict[str, Any]) -> Reply:
    return Reply(200, wire_response(arguments, b"x" * 400, "tools", "t", "ArticleFacts"))


def first_request() -> tuple[attempt_loop.Plan, dict[str, Any]]:
    plan = attempt_loop.plan_for(ArticleFacts, instructor.Mode.TOOLS)
    messages = render_messages("Some article text.", schema_name="ArticleFacts")
    return plan, plan.request(messages, model="m", extra_headers={"x-summarizer-article": "a"})


# -- capture in the attempt loop ---------------------------------------------------------


def test_sync_loop_captures_every_attempt_by_reference() -> None:
    plan, kwargs = first_request()
    replies = [completion(INVALID, "1"), completion(VALID, "2")]
    sent: list[dict[str, Any]] = []

    def send(**request: Any) -> ChatCompletion:  # a stub transport
        sent.append(request)
        return replies[len(sent) - 1]

    outcome = attempt_loop.create(send, plan, kwargs, max_reasks=2)

    exchange = outcome.exchange
    assert exchange is not None and len(exchange.attempts) == 2
    one, two = exchange.attempts
    assert one.response is replies[0] and two.response is replies[1]  # kept, not copied
    # The re-ask extended the message list in place; the first request keeps its own.
    assert len(one.request["messages"]) == 2 and len(two.request["messages"]) == 4
    assert one.request["extra_body"] is plan.fixed  # the schema is referenced, not copied
    assert isinstance(one.error, ValidationError) and two.error is None


def test_async_loop_captures_the_attempts_up_to_a_failure() -> None:
    plan, kwargs = first_request()
    calls = 0

    async def send(**request: Any) -> ChatCompletion:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ConnectionError("the endpoint went away")
        return completion(INVALID)

    with pytest.raises(ConnectionError) as failed:
        asyncio.run(attempt_loop.acreate(send, plan, kwargs, max_reasks=2))

    exchange = exchange_of(failed.value)
    assert exchange is not None and len(exchange.attempts) == 2
    assert isinstance(exchange.attempts[0].error, ValidationError)
    assert exchange.attempts[1].response is None
    assert exchange.attempts[1].error is failed.value


def settings_for(stub: StubServer) -> Settings:
    policy = RetryPolicy(budget=5.0, initial_wait=0.05, max_wait=0.1)
    return Settings(model="stub-model", base_url=stub.url, api_key=CONFIGURED, retry=policy)


def test_engine_stores_each_attempt_and_a_failure_up_to_its_error(tmp_path: Path) -> None:
    items = [SEED_FILES[1], SEED_FILES[0]]
    script = [reply(INVALID), reply(VALID)] + [reply(INVALID)] * 2
    with StubServer(script) as stub, Store(tmp_path / "logs.db") as store:
        settings = settings_for(stub).with_overrides(max_reasks=1)
        results = list(iterate_engine(Engine(settings=settings, store=store, concurrency=1), items))
        assert [r.ok for r in results] == [True, False]
        good, bad = store.recent()[::-1]
        stored_good, stored_bad = store.exchange(good.id), store.exchange(bad.id)
    assert stored_good is not None and stored_bad is not None
    attempts = stored_good.expanded()["attempts"]
    assert len(attempts) == 2
    # What went on the wire is what is stored, attempt by attempt.
    for attempt, sent in zip(attempts, stub.requests[:2], strict=True):
        request = {k: v for k, v in attempt["request"].items() if k != "headers"}
        assert request == sent
    assert attempts[0]["error"]["type"] == "ValidationError"
    assert (
        json.loads(
            attempts[1]["response"]["choices"][0]["message"]["tool_calls"][0]["function"][
                "arguments"
            ]
        )
        == VALID
    )
    assert attempts[1]["response"]["usage"]["total_tokens"] > 0
    failed = stored_bad.expanded()["attempts"]
    assert len(failed) == 2 and all(a["error"]["type"] == "ValidationError" for a in failed)


def test_a_run_stores_the_schema_once(tmp_path: Path) -> None:
    with (
        StubServer(responder=lambda body, raw: reply(VALID)) as stub,
        Store(tmp_path / "logs.db") as store,
    ):
        list(iterate_engine(Engine(settings=settings_for(stub), store=store), SEED_FILES))
    raw = sqlite3.connect(tmp_path / "logs.db")
    stored = [text for (text,) in raw.execute("SELECT exchange_json FROM exchanges")]
    parts = raw.execute("SELECT body FROM exchange_parts").fetchall()
    assert len(stored) == len(SEED_FILES) >= 3
    assert len(parts) == 2  # the tool definitions and the system prompt, once each
    assert max(len(body) for (body,) in parts) > 8_000  # the tool definitions (compact.py)
    # Each row holds its article and its answer and refers to the schema by hash.
    assert all('"$defs"' not in text and '"tools":{"$part":"sha256:' in text for text in stored)
    assert all("You extract structured" not in text for text in stored)


def test_planted_keys_never_reach_the_store_file(tmp_path: Path) -> None:
    article = SEED_FILES[0].read_text(encoding="utf-8") + f"\nLeaked: {PLANTED} and {CONFIGURED}.\n"
    source = tmp_path / "leaky.txt"
    source.write_text(article, encoding="utf-8")
    echo = {**VALID, "summary": f"The key {PLANTED} and {CONFIGURED} were in the text."}
    with StubServer(responder=lambda body, raw: reply(echo)) as stub:
        with Store(tmp_path / "logs.db", secrets=[CONFIGURED]) as store:
            settings = settings_for(stub)
            (result,) = iterate_engine(Engine(settings=settings, store=store), [source])
            assert result.ok
            stored = store.exchange(1)
            shown = render_exchange(store.recent()[0], stored) + show_json(
                store.recent()[0], stored
            )
            data = b"".join(p.read_bytes() for p in sorted(tmp_path.glob("logs.db*")))
        assert stub.headers[0]["authorization"] == f"Bearer {CONFIGURED}"  # it was sent
    data += b"".join(p.read_bytes() for p in sorted(tmp_path.glob("logs.db*")))
    for text in (data, shown.encode()):
        assert PLANTED.encode() not in text and PLANTED[3:].encode() not in text
        assert CONFIGURED.encode() not in text
    assert stored is not None
    request = stored.data["attempts"][0]["request"]
    assert "[REDACTED]" in request["messages"][-1]["content"]
    assert not {k.lower() for k in request["headers"]} & {"authorization", "api-key"}


def test_a_credential_header_in_a_request_is_not_stored(tmp_path: Path) -> None:
    _, kwargs = first_request()
    token = "-".join(["not", "a", "real", "token"])  # built, so no file holds a key-shaped literal
    kwargs["extra_headers"] = {"Authorization": f"Bearer {token}", "x-trace": "1"}
    exchange = Exchange()
    exchange.begin(kwargs)
    exchange.answered(completion(VALID))
    with Store(tmp_path / "logs.db") as store:
        result = SummaryResult(
            article_id="a", source="a.txt", model="m", prompt_version="p", schema_version="s"
        )
        store.log(result, key="k", cost_usd=None, base_url=None, exchange=exchange)
        stored = store.exchange(1)
    assert stored is not None
    assert stored.data["attempts"][0]["request"]["headers"] == {"x-trace": "1"}
    data = b"".join(p.read_bytes() for p in sorted(tmp_path.glob("logs.db*")))
    assert token.encode() not in data


# -- migration ---------------------------------------------------------------------------


def test_migration_3_upgrades_a_layout_2_store_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.MIGRATIONS[1](conn)
    migrations.MIGRATIONS[2](conn)
    conn.execute("PRAGMA user_version = 2")
    old = SummaryResult(
        article_id="a1", source="a.txt", model="m", prompt_version="p", schema_version="s"
    )
    conn.execute(
        "INSERT INTO exchanges (created_at, request_key, model, prompt_version, schema_version,"
        " source, result_json, prompt_tokens) VALUES ('2025-01-01T00:00:00+00:00', 'k', 'm',"
        " 'p', 's', 'a.txt', ?, 5)",
        (old.to_json(),),
    )
    conn.close()
    with Store(path) as store:
        (entry,) = store.recent()
        assert store.exchange(entry.id) is None
        shown = render_exchange(entry, None)
        assert NOT_STORED in shown and shown.endswith(entry.result_json[-1])
        assert json.loads(show_json(entry, None))[0]["exchange"] is None
        assert store.cached("k") is not None  # the old row still answers
        exchange = Exchange()
        exchange.begin(first_request()[1])
        store.log(old, key="k2", cost_usd=None, base_url=None, exchange=exchange)
        assert store.exchange(2) is not None
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 3
    assert check.execute("SELECT count(*) FROM exchange_parts").fetchone()[0] == 2


def test_a_failure_before_any_request_says_so(tmp_path: Path) -> None:
    with Store(tmp_path / "logs.db") as store:
        failed = SummaryResult(
            article_id="a",
            source="a.txt",
            model="m",
            prompt_version="p",
            schema_version="s",
            error="stale cassette",
            error_kind="cassette",
        )
        store.log(failed, key="k", cost_usd=None, base_url=None, exchange=Exchange())
        shown = render_exchange(store.recent()[0], store.exchange(1))
    assert "no request was sent" in shown and NOT_STORED not in shown


# -- the CLI -----------------------------------------------------------------------------


@pytest.mark.slow
def test_logs_show_prints_the_whole_exchange_after_an_offline_run(tmp_path: Path) -> None:
    env = {"SUMMARIZER_HOME": str(tmp_path / "home")}
    done = run(
        "summarize",
        str(ROOT / "seeds"),
        "--offline",
        "--format",
        "jsonl",
        "--out",
        str(tmp_path / "out"),
        "--quiet",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    listed = run("logs", env=env).stdout.decode()
    with Store(tmp_path / "home" / "logs.db") as store:
        entries = store.recent()
        assert listed.strip() == render_list(entries)  # the list is as it was
    reasked = next(e for e in entries if e.reasks == 1)
    shown = run("logs", "--show", str(reasked.id), env=env)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    for expected in (
        f"exchange {reasked.id} ",
        "=== attempt 1 of 2: request",
        "tools: function ArticleFacts (stored once as sha256:",
        "--- message 1: system",
        "--- message 2: user",
        "=== attempt 1 of 2: response",
        "finish_reason: tool_calls",
        "rejected: ValidationError",
        "=== attempt 2 of 2: request",
        "messages 1-2: as in the attempt before",
        "(the answer of the attempt before, shown above)",
        "=== result",
    ):
        assert expected in text, expected
    assert text.index("=== attempt 2 of 2: response") < text.index("=== result")
    assert '"$defs"' not in text  # the schema is summarised, not printed
    as_json = json.loads(run("logs", "--show", str(reasked.id), "--json", env=env).stdout)
    attempts = as_json[0]["exchange"]["attempts"]
    assert attempts[0]["request"]["tools"][0]["function"]["name"] == "ArticleFacts"
    assert "$defs" in attempts[0]["request"]["tools"][0]["function"]["parameters"]
    assert attempts[0]["request"]["messages"][0]["role"] == "system"
    assert as_json[0]["result"]["article_id"] == reasked.article_id

    # A cached rerun asks nothing and logs nothing: the rows it was answered from keep
    # their exchanges.
    again = run(
        "summarize",
        str(ROOT / "seeds"),
        "--offline",
        "--format",
        "jsonl",
        "--out",
        str(tmp_path / "again"),
        "--quiet",
        env=env,
    )
    assert again.returncode == 0, again.stderr
    with Store(tmp_path / "home" / "logs.db") as store:
        assert store.count() == len(entries)


def test_a_damaged_stored_exchange_is_one_store_error(tmp_path: Path) -> None:
    """A row whose exchange was edited by hand into something that is not JSON is reported
    as a StoreError naming the row (one ``error:`` line on the CLI), not a traceback."""
    with StubServer([reply(VALID)]) as stub, Store(tmp_path / "logs.db") as store:
        items = [SEED_FILES[1]]
        results = list(iterate_engine(Engine(settings=settings_for(stub), store=store), items))
        assert results[0].ok
        (row,) = store.recent()
        assert store.exchange(row.id) is not None
    with sqlite3.connect(tmp_path / "logs.db") as conn:
        conn.execute("UPDATE exchanges SET exchange_json = '{not json' WHERE id = ?", (row.id,))
    conn.close()
    with Store(tmp_path / "logs.db") as store, pytest.raises(migrations.StoreError) as raised:
        store.exchange(row.id)
    assert f"row {row.id}" in str(raised.value) and "damaged" in str(raised.value)
