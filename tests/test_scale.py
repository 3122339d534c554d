"""Many articles at once: failures kept apart, overlap, bounded read-ahead, pool-wide 429
slow-down, cache reruns with zero calls, and resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer import Settings
from summarizer.articles import Article, article_from_text
from summarizer.llm.ratelimit import RateGate, parse_reset
from summarizer.llm.retry import RetryPolicy
from summarizer.run.dispatch import iterate_engine, summarize_many
from summarizer.run.engine import Engine
from summarizer.run.outcomes import RunStats
from summarizer.run.session import exit_code
from summarizer.storage.store import Store
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import ROOT, SEED_FILES, interruptible
from tests.test_live_path import INVALID, VALID, error, ok

ANSWER = facts_reply(VALID)


def articles(n: int, tag: str = "") -> list[Article]:
    return [
        article_from_text(f"Article {tag}{i}: the bill currently has 84 co-sponsors.")
        for i in range(n)
    ]


def settings_for(stub: StubServer, **retry: Any) -> Settings:
    policy = RetryPolicy(**{"budget": 3.0, "initial_wait": 0.05, "max_wait": 0.2, **retry})
    return Settings(
        model="stub-model", base_url=stub.url, api_key="test-key", retry=policy, max_reasks=1
    )


def routed(body: dict[str, Any], raw: bytes) -> Reply:
    text = " ".join(str(m.get("content")) for m in body.get("messages", []))
    if "FAIL500" in text:
        return error(500)
    if "INVALID" in text:
        return ok(INVALID)
    return ANSWER(body, raw)


def test_failures_are_recorded_and_the_rest_complete() -> None:
    items = [*articles(6), article_from_text("FAIL500 article"), article_from_text("INVALID one")]
    with StubServer(responder=routed) as stub:
        results = list(
            summarize_many(items, settings=settings_for(stub, budget=0.5), concurrency=4)
        )
    assert len(results) == 8
    by_source = {r.article_id: r for r in results}
    assert len(by_source) == 8
    failed = [r for r in results if not r.ok]
    assert sorted(r.error_kind for r in failed) == ["llm", "validation"]
    assert any("HTTP 500" in r.error for r in failed)
    assert all(r.facts is not None for r in results if r.ok)
    stats = RunStats()
    for r in results:
        stats.add(r)
    assert exit_code(stats) == 1


def test_requests_overlap_up_to_the_concurrency() -> None:
    with StubServer(responder=ANSWER, latency=0.3) as stub:
        results = list(summarize_many(articles(12), settings=settings_for(stub), concurrency=6))
    assert len(results) == 12 and all(r.ok for r in results)
    assert 4 <= stub.max_in_flight <= 6


def test_inputs_are_pulled_lazily() -> None:
    pulled = 0

    def feed() -> Iterator[Article]:
        nonlocal pulled
        for item in articles(200):
            pulled += 1
            yield item

    with StubServer(responder=ANSWER, latency=0.05) as stub:
        stream = summarize_many(feed(), settings=settings_for(stub), concurrency=2)
        next(stream)
        time.sleep(0.5)  # let the pipeline fill up as far as it can
        # bounded in the concurrency w = 2: one taken by the caller, one waiting to be queued,
        # inputs queued (2w), one being prepared, prepared (w), being asked (w), answered (w),
        # one being finished, results queued (2w), handed off (2w), one waiting to be handed
        # off (the hand-off never blocks the loop, so every stage can fill)
        assert pulled <= 9 * 2 + 5
        stream.close()


@pytest.mark.slow
def test_a_429_slows_the_whole_pool() -> None:
    script = [error(429, {"Retry-After": "1"})]
    with StubServer(script=script, responder=ANSWER, latency=0.05) as stub:
        results = list(
            summarize_many(articles(8), settings=settings_for(stub, budget=10), concurrency=4)
        )
        times = list(stub.times)
    assert all(r.ok for r in results)
    t429 = times[0]
    # Requests already in flight when the 429 came back may land; everything sent after it waits.
    later = [t - t429 for t in times[1:] if t - t429 > 0.2]
    early = [t - t429 for t in times[1:] if t - t429 <= 0.2]
    assert len(early) <= 3
    assert later and min(later) >= 0.95


def test_gate_reads_rate_limit_headers() -> None:
    clock = [100.0]
    capped = RateGate(clock=lambda: clock[0])
    capped.observe(
        200, {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "6m0s"}
    )
    assert capped.paused_until == pytest.approx(100.0 + capped.max_pause)
    gate = RateGate(clock=lambda: clock[0], max_pause=600)
    gate.observe(200, {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "6m0s"})
    assert gate.paused_until == pytest.approx(460.0)
    gate.observe(429, {"retry-after": "2"})
    assert gate.paused_until == pytest.approx(460.0)  # never shortened
    assert parse_reset("1h2m3.5s") == pytest.approx(3723.5)
    assert parse_reset("20ms") == pytest.approx(0.02)
    assert parse_reset("garbage") is None


def test_rpm_budget_paces_requests() -> None:
    clock = [0.0]
    gate = RateGate(rpm=60, clock=lambda: clock[0])
    for _ in range(60):  # a full minute's budget at the start
        assert gate._delay_for(0) == 0.0
    assert gate._delay_for(0) == pytest.approx(1.0)
    clock[0] += 1.0
    assert gate._delay_for(0) == 0.0


def _pause_and_spend(gate: RateGate) -> None:
    gate.pause(30)
    for _ in range(10):
        assert gate._delay_for(0) > 0  # paused: nothing spent
    gate._state[0] = 0.0  # lift the pause here; the parent must see that too
    for _ in range(3):
        assert gate._delay_for(0) == 0.0


@pytest.mark.slow
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_shared_gate_paces_worker_processes_as_one_pool(method: str) -> None:
    """Worker processes of one run share the gate: a pause one of them reads from a 429
    holds the others, and budget one spends is gone for all."""
    import multiprocessing

    context = multiprocessing.get_context(method)
    gate = RateGate(rpm=6)  # refills 0.1 a second: a slow child start adds less than one
    gate.share("spawn" if method == "fork" else "fork")
    gate.share(method)  # shared again for the other method, its numbers carried over
    child = context.Process(target=_pause_and_spend, args=(gate,))
    child.start()
    child.join(60)
    assert child.exitcode == 0
    assert gate.pauses == 1
    for _ in range(3):  # 6 a minute, 3 spent by the child
        assert gate._delay_for(0) == 0.0
    assert gate._delay_for(0) > 0


def test_cached_rerun_makes_zero_calls(tmp_path: Path) -> None:
    items = articles(5)
    with StubServer(responder=ANSWER) as stub:
        settings = settings_for(stub)
        with Store(tmp_path / "logs.db") as store:
            first = list(summarize_many(items, settings=settings, store=store))
        calls = stub.calls
        with Store(tmp_path / "logs.db") as store:
            engine = Engine(settings=settings, store=store)
            second = list(iterate_engine(engine, items))
        assert stub.calls == calls == 5
    assert engine.stats.cached == 5
    assert {r.article_id for r in second} == {r.article_id for r in first}
    with Store(tmp_path / "logs.db") as store:
        engine = Engine(settings=settings, store=store, use_cache=False)
        with StubServer(responder=ANSWER) as stub2:
            engine.settings = settings.with_overrides(base_url=stub2.url)
            list(iterate_engine(engine, items[:2]))
            assert stub2.calls == 2  # --no-cache goes to the endpoint


def test_a_cache_hit_is_grounded_again(tmp_path: Path) -> None:
    """The cache keeps the model's answer, not our verdict on it: a stored result whose
    grounding is stale (here: emptied, and keyed to other rules, as older rules would have
    left it) comes back grounded by the current rules."""
    items = articles(2)
    with StubServer(responder=ANSWER) as stub:
        settings = settings_for(stub)
        with Store(tmp_path / "logs.db") as store:
            first = list(summarize_many(items, settings=settings, store=store))
            with store._lock:
                store._connection().execute(
                    "UPDATE exchanges SET result_json = json_set(result_json, '$.grounding', "
                    "json('{}')), grounding_key = 'older rules'"
                )
                store._connection().commit()
            engine = Engine(settings=settings, store=store)
            second = list(iterate_engine(engine, items))
    assert engine.stats.cached == 2
    assert all(r.grounding.evidence for r in first)
    by_id = {r.article_id: r.grounding for r in first}
    assert all(r.grounding == by_id[r.article_id] for r in second)


def test_a_cache_hit_keeps_its_grounding_only_while_the_rules_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-grounding is skipped when the stored grounding was computed by the same rules from
    the same article (then it is what re-grounding would give), and done when the rules
    change."""
    from summarizer.run import hits
    from summarizer.verification import grounding as grounding_module

    items = articles(2)
    with StubServer(responder=ANSWER) as stub:
        settings = settings_for(stub)
        with Store(tmp_path / "logs.db") as store:
            first = list(summarize_many(items, settings=settings, store=store))
            regrounded: list[object] = []
            real = grounding_module.ground

            def counting(*args: object) -> object:
                regrounded.append(args)
                return real(*args)  # type: ignore[arg-type]

            monkeypatch.setattr(grounding_module, "ground", counting)  # imported when needed
            again = list(iterate_engine(Engine(settings=settings, store=store), items))
            assert regrounded == []
            assert {r.article_id: r.grounding for r in again} == {
                r.article_id: r.grounding for r in first
            }
            monkeypatch.setattr(hits, "grounding_version", lambda: "edited rules")
            before = _rows_but_grounding(store)
            changed = list(iterate_engine(Engine(settings=settings, store=store), items))
            assert len(regrounded) == 2
            assert {r.article_id: r.grounding for r in changed} == {
                r.article_id: r.grounding for r in first
            }
            # The fresh grounding went back to the store: the next rerun under the same
            # (edited) rules grounds nothing, and copies the stored lines out as they are.
            assert _rows_but_grounding(store) == before  # the answer and its exchange kept
            rerun = Engine(settings=settings, store=store, lines_only=True)
            kept = list(iterate_engine(rerun, items))
            assert len(regrounded) == 2
            assert all(isinstance(r, hits.LineResult) for r in kept)
            assert sorted(r.to_json() for r in kept) == sorted(r.to_json() for r in changed)
    assert stub.calls == 2


def _rows_but_grounding(store: Store) -> list[tuple[object, ...]]:
    """Every stored row without its result's grounding and its grounding key."""
    with store._lock:
        conn = store._connection()
        names = [row[1] for row in conn.execute("PRAGMA table_info(exchanges)")]
        kept = [n for n in names if n not in ("result_json", "grounding_key")]
        rows = conn.execute(
            f"SELECT {', '.join(kept)}, json_remove(result_json, '$.grounding', '$.source') "
            "FROM exchanges ORDER BY id"
        ).fetchall()
    return [tuple(row) for row in rows]


def cli(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    )


def resumable_run(
    tmp_path: Path, count: int, tag: str, stub: StubServer, concurrency: int
) -> tuple[list[str], dict[str, str], Path]:
    """CLI arguments, environment and results file of a resumable jsonl run over ``count``
    article files, answered by ``stub``."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, article in enumerate(articles(count, tag)):
        (folder / f"a{i:02d}.txt").write_text(article.text)
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY="test-key", SUMMARIZER_HOME=str(tmp_path / "home"))
    args = ["summarize", str(folder), "--base-url", stub.url, "--format", "jsonl",
            "--out", str(out), "--concurrency", str(concurrency), "--quiet"]  # fmt: skip
    return args, env, out / "results.jsonl"


def wait_for_lines(path: Path, lines: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().count("\n") >= lines:
            return
        time.sleep(0.05)


def children_of(pid: int) -> set[int]:
    """Live child processes of ``pid`` (Linux: read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting to be reaped is not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_kill_9_then_rerun_gives_each_result_exactly_once(tmp_path: Path, workers: str) -> None:
    pooled = workers != "1"
    if pooled and not sys.platform.startswith("linux"):
        pytest.skip("finds the worker processes in /proc")
    with StubServer(responder=ANSWER, latency=0.2) as stub:
        args, env, results = resumable_run(tmp_path, 30, "resume-", stub, concurrency=4)
        proc = cli(*args, "--workers", workers, env=env)
        wait_for_lines(results, 5)
        started = children_of(proc.pid)
        assert len(started) == (2 if pooled else 0), "the CLI's workers are its own children"
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(running(p) for p in started):
            time.sleep(0.1)
        assert not [p for p in started if running(p)], "a worker outlived its killed parent"
        first_calls = stub.calls
        written = results.read_text().count("\n")
        assert 5 <= written < 30
        rerun = cli(*args, "--workers", workers, env=env)
        _, stderr = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, stderr
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    sources = [line["source"] for line in lines]
    assert len(sources) == 30 and len(set(sources)) == 30
    assert all(line["error"] is None for line in lines)
    # articles answered before the kill but not yet written come from the cache, not the API
    assert stub.calls - first_calls <= 30 - written


def test_record_mode_writes_cassettes_that_say_where_they_came_from(tmp_path: Path) -> None:
    from summarizer.run.factory import engine_for_plan
    from summarizer.run.plan import RunPlan

    items = articles(2, "rec-")
    with StubServer(responder=ANSWER) as stub:
        plan = RunPlan(settings_for(stub).with_overrides(model="gpt-rec"), "record", tmp_path)
        engine = engine_for_plan(plan, use_store=False)
        recorded = list(iterate_engine(engine, items))
        assert stub.calls == 2
    files = sorted((tmp_path / "gpt-rec").glob("*.yaml"))
    assert [f.stem for f in files] == sorted(a.id for a in items)
    first = files[0].read_text().splitlines()[0]
    assert first.startswith("# origin: recorded-from 127.0.0.1:") and "model gpt-rec" in first
    replay = engine_for_plan(RunPlan(plan.settings, "replay", tmp_path), use_store=False)
    replayed = list(iterate_engine(replay, items))
    assert {r.article_id for r in replayed} == {r.article_id for r in recorded}
    assert all(
        r.ok and r.origin.startswith("replayed gpt-rec cassette (recorded-from") for r in replayed
    )


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_is_one_line_and_the_rerun_resumes(tmp_path: Path, workers: str) -> None:
    with StubServer(responder=ANSWER, latency=0.3) as stub:
        args, env, results = resumable_run(tmp_path, 12, "int-", stub, concurrency=2)
        args += ["--workers", workers]
        proc = cli(*args, env=env)
        wait_for_lines(results, 2)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130
        last = stderr.decode().strip().splitlines()[-1]
        assert last.startswith("error: interrupted: ") and "rerun the same command" in last
        assert "Traceback" not in stderr.decode()
        rerun = cli(*args, env=env)
        rerun.communicate(timeout=120)
        assert rerun.returncode == 0
    sources = [json.loads(line)["source"] for line in results.read_text().splitlines()]
    assert len(sources) == 12 and len(set(sources)) == 12


def test_a_cli_run_freezes_the_long_lived_heap_and_collects_less_often_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import gc

    from summarizer.run import session as runner

    events: list[str] = []
    real = runner.settle_heap
    thresholds = gc.get_threshold()

    def settle() -> None:
        real()
        events.append(f"frozen {gc.get_freeze_count() > 0}, young {gc.get_threshold()[0]}")

    monkeypatch.setattr(runner, "settle_heap", settle)
    from summarizer.run.factory import engine_for_plan
    from summarizer.run.plan import plan_run

    plan = plan_run(offline=True)
    engine = engine_for_plan(plan, use_store=False)
    original = engine.prepare

    def prepare(item: Any) -> Any:
        events.append("article")
        return original(item)

    monkeypatch.setattr(engine, "prepare", prepare)
    try:
        stats = runner.run_summarize([str(SEED_FILES[0])], engine, out=tmp_path, quiet=True)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert stats.done == 1
    assert events == ["frozen True, young 10000", "article"]


def test_next_request_goes_out_before_the_last_answer_is_grounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Grounding, counting and logging an answer wait until the fetcher that got it has sent
    its next request: with a steady endpoint latency, replies come in bursts, and doing that
    CPU work first would hold every next request of a burst back behind it."""
    from summarizer.llm import attempts as structured
    from summarizer.llm import summarize as extract

    events: list[str] = []
    real_sender, real_finish = structured.sender, extract._finish

    def sender(sdk: Any, plan: Any) -> Any:
        send = real_sender(sdk, plan)

        def recorded(**kwargs: Any) -> Any:
            events.append(f"send {kwargs['extra_headers']['x-summarizer-article'][:4]}")
            return send(**kwargs)

        return recorded

    def finish(call: Any, *args: Any) -> Any:
        events.append(f"ground {call.article.id[:4]}")
        return real_finish(call, *args)

    monkeypatch.setattr(structured, "sender", sender)
    monkeypatch.setattr(extract, "_finish", finish)
    first, second = articles(2, "order-")
    with StubServer(responder=ANSWER, latency=0.05) as stub:
        results = list(summarize_many([first, second], settings=settings_for(stub), concurrency=1))
    assert all(r.ok for r in results)
    a, b = first.id[:4], second.id[:4]
    assert events == [f"send {a}", f"send {b}", f"ground {a}", f"ground {b}"]


def test_a_store_that_cannot_be_written_stops_the_run_in_one_line(tmp_path: Path) -> None:
    """Any stage of the run failing (here the finisher, logging to a store that refuses
    writes) stops every stage and reaches the caller; nothing waits forever on a queue."""
    import sqlite3
    import threading

    from summarizer.storage.store import StoreError

    with Store(tmp_path / "logs.db") as store:
        refuse = sqlite3.connect(store.path)
        refuse.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON exchanges "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
        refuse.commit()
        refuse.close()
        raised: list[BaseException] = []
        with StubServer(responder=ANSWER) as stub:

            def run() -> None:
                try:
                    list(
                        summarize_many(
                            articles(12, "full-"),
                            settings=settings_for(stub),
                            store=store,
                            concurrency=2,
                        )
                    )
                except BaseException as exc:
                    raised.append(exc)

            runner = threading.Thread(target=run, daemon=True)
            runner.start()
            runner.join(30)
            assert not runner.is_alive(), "the run hung"
    assert len(raised) == 1 and isinstance(raised[0], StoreError)
    assert "disk full" in str(raised[0])
