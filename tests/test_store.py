"""The exchange log and cache: round trips, cache rules, no secrets on disk, threads, crashes."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.cli.logs import entries_json, render_entry, render_list, status_of
from summarizer.errors import SummarizerError
from summarizer.results import SummaryResult, Usage
from summarizer.schema import ArticleFacts, Person
from summarizer.storage.keys import endpoint_host, request_key, request_options
from summarizer.storage.migrations import SCHEMA_VERSION
from summarizer.storage.paths import default_store_path
from summarizer.storage.store import Store, StoreError
from tests.conftest import ROOT

PLANTED = "sk-" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5"  # 30 characters after "sk-"
OPTIONS = request_options(mode="tools", temperature=0.0, max_tokens=4096, base_url=None)


def make_result(
    article_id: str = "a1b2c3d4e5f60718",
    *,
    model: str = "gpt-4o-mini",
    prompt_version: str = "p1",
    error: str | None = None,
    tokens: tuple[int, int] = (1200, 300),
    source: str = "seeds/001.txt",
) -> SummaryResult:
    """A realistic result (typed facts, usage, timing) or, with ``error``, a failed one."""
    facts = None
    if error is None:
        facts = ArticleFacts(
            summary="Leaders agreed to meet in Budapest.",
            key_points=["A summit was proposed."],
            people=[Person(name="Marco Rubio", role="Secretary of State")],
        )
    prompt, completion = tokens if error is None else (0, 0)
    return SummaryResult(
        article_id=article_id,
        source=source,
        facts=facts,
        model=model,
        response_model="ArticleFacts",
        prompt_version=prompt_version,
        schema_version="s1",
        usage=Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            total_tokens=prompt + completion,
            attempts=2 if error is None else 0,
            reasks=1 if error is None else 0,
        ),
        latency_s=1.25,
        origin="live",
        error=error,
        error_kind="llm" if error else None,
    )


def key_for(result: SummaryResult) -> str:
    assert result.article_id is not None
    return request_key(
        result.article_id, result.model, result.prompt_version, result.schema_version, OPTIONS
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "logs.db") as opened:
        yield opened


def test_logged_result_is_served_from_cache_unchanged(store: Store) -> None:
    result = make_result()
    entry_id = store.log(result, key=key_for(result), cost_usd=0.00036, base_url=None)

    cached = store.cached(key_for(result))

    assert cached == result
    assert isinstance(cached.facts, ArticleFacts)
    entry = store.get(entry_id)
    assert entry is not None
    assert (entry.total_tokens, entry.reasks, entry.cost_usd, entry.base_url) == (
        1500,
        1,
        0.00036,
        "api.openai.com",
    )


def test_failed_exchange_is_logged_but_never_served(store: Store) -> None:
    failed = make_result(error="seeds/001.txt: api.openai.com answered HTTP 500 after 3 attempt(s)")
    key = key_for(failed)

    store.log(failed, key=key, cost_usd=None, base_url=None)

    assert store.count() == 1
    assert store.cached(key) is None
    good = make_result()
    store.log(good, key=key, cost_usd=0.0, base_url=None)
    store.log(failed, key=key, cost_usd=None, base_url=None)  # a later failure hides nothing
    assert store.cached(key) == good


def test_newest_success_wins(store: Store) -> None:
    first, second = make_result(tokens=(1, 1)), make_result(tokens=(2, 2))
    store.log(first, key=key_for(first), cost_usd=None, base_url=None)
    store.log(second, key=key_for(second), cost_usd=None, base_url=None)
    cached = store.cached(key_for(first))
    assert cached is not None
    assert cached.usage.total_tokens == 4


def test_any_change_to_what_decides_the_answer_is_a_miss(store: Store) -> None:
    result = make_result()
    store.log(result, key=key_for(result), cost_usd=None, base_url=None)

    assert store.cached(key_for(make_result(prompt_version="p2"))) is None
    assert store.cached(key_for(make_result(model="gpt-4o"))) is None
    other_options = {**OPTIONS, "temperature": 0.7}
    assert (
        store.cached(request_key("a1b2c3d4e5f60718", "gpt-4o-mini", "p1", "s1", other_options))
        is None
    )
    assert store.cached(key_for(make_result())) is not None


def test_request_key_is_canonical_and_refuses_secrets() -> None:
    reordered = dict(reversed(list(OPTIONS.items())))
    assert request_key("a", "m", "p", "s", OPTIONS) == request_key("a", "m", "p", "s", reordered)
    assert len(request_key("a", "m", "p", "s", OPTIONS)) == 64
    assert request_key("a", "m", "p", "s", OPTIONS) != request_key("a", "m", "p", "t", OPTIONS)
    with pytest.raises(ValueError, match="secrets"):
        request_key("a", "m", "p", "s", {**OPTIONS, "api_key": PLANTED})


def test_request_options_change_with_the_endpoint_not_its_credentials() -> None:
    local = request_options(
        mode="json", temperature=None, max_tokens=None, base_url="http://localhost:11434/v1"
    )
    assert local["endpoint"] == "localhost:11434"
    assert endpoint_host("https://user:hunter2secret@example.com/v1") == "example.com"
    assert endpoint_host(None) == "api.openai.com"


def _raw_bytes(folder: Path) -> bytes:
    """The database file and its WAL/shm companions, as they sit on disk."""
    return b"".join(path.read_bytes() for path in sorted(folder.glob("logs.db*")))


def test_store_never_holds_a_planted_key(tmp_path: Path) -> None:
    azure_key = "0123456789abcdef0123456789abcdef"  # no pattern knows this shape
    failed = make_result(
        error=f"seeds/001.txt: HTTP 401: Incorrect API key provided: {PLANTED} ({azure_key})",
        source=f"/tmp/{PLANTED}/article.txt",
    )
    good = make_result("b" * 16)
    good.facts.summary = f"Quoted in passing: Bearer {PLANTED} and {azure_key}."
    with Store(tmp_path / "logs.db", secrets=[azure_key]) as store:
        store.log(
            failed,
            key=key_for(failed),
            cost_usd=None,
            base_url=f"https://u:{PLANTED}@example.com/v1",
        )
        store.log(good, key=key_for(good), cost_usd=None, base_url=None)
        while_open = _raw_bytes(tmp_path)
        shown = entries_json(store.recent()) + render_list(store.recent())
        cached = store.cached(key_for(good))

    after_close = _raw_bytes(tmp_path)
    for data in (while_open, after_close, shown.encode()):
        assert PLANTED.encode() not in data
        assert PLANTED[3:].encode() not in data
        assert azure_key.encode() not in data
    assert b"[REDACTED]" in after_close
    assert cached is not None and "[REDACTED]" in cached.facts.summary


def test_eight_threads_logging_at_once_lose_nothing(store: Store) -> None:
    def work(thread: int) -> None:
        for n in range(50):
            result = make_result(f"{thread:02d}{n:014d}")
            store.log(result, key=key_for(result), cost_usd=0.001, base_url=None)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert store.count() == 400
    entries = store.recent(limit=None)
    assert len({entry.id for entry in entries}) == 400
    assert len({entry.article_id for entry in entries}) == 400
    assert store.totals().total_tokens == 400 * 1500


def test_separate_stores_on_one_file_wait_for_each_other(tmp_path: Path) -> None:
    """Separate connections (as separate processes would have) rely on busy_timeout."""
    path = tmp_path / "logs.db"

    def work(worker: int) -> None:
        with Store(path) as own:
            for n in range(25):
                result = make_result(f"{worker}-{n}")
                own.log(result, key=key_for(result), cost_usd=None, base_url=None)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Store(path) as store:
        assert store.count() == 100


def test_rows_survive_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "logs.db"
    result = make_result()
    with Store(path) as store:
        store.log(result, key=key_for(result), cost_usd=None, base_url=None)
    with Store(path) as store:  # reopening runs the migration again: idempotent
        assert store.count() == 1
        assert store.cached(key_for(result)) == result
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


@pytest.mark.slow
def test_killed_writer_keeps_every_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "logs.db"
    writer = (
        "import sys\n"
        "from summarizer.results import SummaryResult\n"
        "from summarizer.storage.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    r = SummaryResult(article_id=str(n), source='x', model='m', prompt_version='p',"
        " schema_version='s')\n"
        "    store.log(r, key=str(n), cost_usd=None, base_url=None)\n"
        "    print(n, flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", writer, str(path)], stdout=subprocess.PIPE, cwd=ROOT, text=True
    )
    assert child.stdout is not None
    committed = 0
    while committed < 30:
        line = child.stdout.readline()
        assert line, "writer died early"
        committed = int(line)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()

    with Store(path) as store:
        assert store.count() >= committed
        assert store.cached(str(committed)) is not None
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


def test_path_comes_from_summarizer_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = tmp_path / "elsewhere"
    monkeypatch.setenv("SUMMARIZER_HOME", str(home))
    assert default_store_path() == home / "logs.db"
    with Store() as store:
        assert store.path == home / "logs.db"
    assert (home / "logs.db").is_file()
    assert default_store_path({"SUMMARIZER_HOME": "/x/y"}) == Path("/x/y/logs.db")
    fallback = default_store_path({})
    assert fallback.name == "logs.db" and fallback.parent.name == "summarizer"


def test_recent_filters_and_totals(store: Store) -> None:
    rows = [
        make_result("aaaa0001", model="gpt-4o-mini"),
        make_result("aaaa0002", model="gpt-4o", error="boom"),
        make_result("bbbb0003", model="llama3.1", source="news/x.txt"),
    ]
    costs = [0.0003, None, None]
    ids = [
        store.log(r, key=key_for(r), cost_usd=c, base_url=None)
        for r, c in zip(rows, costs, strict=True)
    ]

    assert [e.id for e in store.recent()] == ids[::-1]
    assert [e.id for e in store.recent(limit=1)] == [ids[2]]
    assert [e.id for e in store.recent(model="gpt-4o")] == [ids[1]]
    assert [e.id for e in store.recent(article="aaaa")] == [ids[1], ids[0]]
    assert [e.id for e in store.recent(article="news/x.txt")] == [ids[2]]
    assert [e.id for e in store.recent(article="%")] == []
    assert [e.id for e in store.recent(errors_only=True)] == [ids[1]]
    assert store.get(999) is None

    totals = store.totals()
    assert (totals.exchanges, totals.errors, totals.total_tokens, totals.unpriced) == (
        3,
        1,
        3000,
        1,
    )
    assert totals.cost_usd == pytest.approx(0.0003)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    assert store.totals(since=future).exchanges == 0


def test_unusable_stores_fail_in_one_line(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database, just text " * 100)
    with pytest.raises(StoreError, match=r"^cannot open the log store .*garbage\.db: ") as caught:
        Store(garbage)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, SummarizerError)

    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path)  # a directory

    newer = tmp_path / "newer.db"
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer summarizer"):
        Store(newer)

    store = Store(tmp_path / "closed.db")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


def test_logs_rendering(store: Store) -> None:
    good = make_result(
        "0123456789abcdef", source="/very/long/path/to/some/folder/of/articles/001.txt"
    )
    bad = make_result("fedcba9876543210", model="llama3.1", error="boom")
    store.log(good, key=key_for(good), cost_usd=0.00036, base_url=None)
    store.log(bad, key=key_for(bad), cost_usd=None, base_url="http://localhost:11434/v1")
    entries = store.recent()

    lines = render_list(entries).splitlines()

    assert lines[0].split() == [
        "id",
        "time",
        "(UTC)",
        "model",
        "article",
        "source",
        "tokens",
        "cost",
        "latency",
        "status",
    ]
    assert lines[1].split()[0] == "2" and lines[1].endswith("error (llm)")
    assert "?" in lines[1].split()  # no price is "?", never $0
    assert "0123456789ab" in lines[2] and "…some/folder/of/articles/001.txt" in lines[2]
    assert "1,500" in lines[2] and "$0.0004" in lines[2] and "1.25s" in lines[2]
    assert lines[2].endswith("ok, 1 re-ask")
    assert render_list([]) == "no exchanges logged"
    assert status_of(entries[1]) == "ok, 1 re-ask"

    shown = render_entry(entries[1])
    assert json.loads(shown) == json.loads(good.to_json())
    assert shown.startswith("{\n  ")

    listed = json.loads(entries_json(entries))
    assert [item["id"] for item in listed] == [2, 1]
    assert listed[0]["base_url"] == "localhost:11434"
    assert listed[1]["result"]["facts"]["people"][0]["name"] == "Marco Rubio"


def test_migrations_are_numbered_functions_run_in_order(tmp_path: Path) -> None:
    from summarizer.storage.migrations import MIGRATIONS, migration

    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
    with pytest.raises(ValueError, match="out of order"):
        migration(SCHEMA_VERSION + 2)(lambda conn: None)
    with pytest.raises(ValueError, match="out of order"):
        migration(1)(lambda conn: None)
    with Store(tmp_path / "new.db") as store:  # a new file gets every step, once
        assert store.count() == 0
    raw = sqlite3.connect(tmp_path / "new.db")
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
