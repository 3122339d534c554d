"""A run spread over worker processes: the same results, failures, cache, rate gate, resume and
exit as one process; a worker that dies loses nothing silently; a parent that dies leaves no
worker behind."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from summarizer.articles import article_from_text
from summarizer.errors import ConfigError, WorkerError
from summarizer.run.dispatch import iterate_engine, start_workers, summarize_many
from summarizer.run.factory import engine_for
from summarizer.run.plan import usable_cpus, worker_count
from summarizer.run.workers import shares
from summarizer.storage.store import Store
from summarizer.testing.stub import StubServer, facts_reply
from tests.test_live_path import error
from tests.test_scale import ANSWER, articles, cli, routed, settings_for


@given(st.integers(1, 2048), st.integers(1, 64))
def test_concurrency_is_shared_out_whole(concurrency: int, workers: int) -> None:
    split = shares(concurrency, workers)
    assert sum(split) == concurrency
    assert len(split) == min(concurrency, workers)
    assert min(split) >= 1 and max(split) - min(split) <= 1


def test_worker_count_reads_numbers_and_auto() -> None:
    assert worker_count("3") == 3
    assert worker_count("auto") == usable_cpus() >= 1
    for bad in ("0", "-2", "two", ""):
        with pytest.raises(ConfigError, match="--workers must be a positive number or auto"):
            worker_count(bad)


@pytest.mark.slow
def test_pooled_run_keeps_failures_apart_and_counts_like_one_process(tmp_path: Path) -> None:
    items = [*articles(10, "pool-"), article_from_text("FAIL500 pooled")]
    items.append(article_from_text("INVALID pooled"))
    with StubServer(responder=routed) as stub, Store(tmp_path / "logs.db") as store:
        engine = engine_for(
            settings=settings_for(stub, budget=0.5), concurrency=4, workers=2, store=store
        )
        results = list(iterate_engine(engine, items))
        assert stub.calls >= len(items)
    assert sorted(r.article_id for r in results) == sorted(a.id for a in items)  # each once
    failed = sorted((r.error_kind or "") for r in results if not r.ok)
    assert failed == ["llm", "validation"]
    assert engine.stats.done == 10 and engine.stats.failed == 2
    assert engine.stats.tokens == sum(r.usage.total_tokens for r in results)
    assert engine.stats.in_flight == 0
    with Store(tmp_path / "logs.db") as store:
        assert store.count() == len(items)  # logged by the workers, every exchange


@pytest.mark.slow
def test_pooled_rerun_is_served_from_the_store(tmp_path: Path) -> None:
    items = articles(8, "cache-")
    with StubServer(responder=ANSWER) as stub:
        with Store(tmp_path / "logs.db") as store:
            first = list(summarize_many(items, settings=settings_for(stub), store=store, workers=2))
        calls = stub.calls
        with Store(tmp_path / "logs.db") as store:
            engine = engine_for(settings=settings_for(stub), store=store, workers=2)
            second = list(iterate_engine(engine, items))
        assert stub.calls == calls == 8
    assert engine.stats.cached == 8
    assert {r.article_id for r in second} == {r.article_id for r in first}


@pytest.mark.slow
def test_a_429_seen_by_one_worker_holds_every_worker() -> None:
    script = [error(429, {"Retry-After": "1"})]
    with StubServer(script=script, responder=ANSWER, latency=0.05) as stub:
        engine = engine_for(settings=settings_for(stub, budget=10), concurrency=4, workers=2)
        results = list(iterate_engine(engine, articles(12, "429-")))
        times = list(stub.times)
    assert all(r.ok for r in results)
    t429 = times[0]
    later = [t - t429 for t in times[1:] if t - t429 > 0.2]
    early = [t - t429 for t in times[1:] if t - t429 <= 0.2]
    assert len(early) <= 3  # already in flight in either worker when the 429 came back
    assert later and min(later) >= 0.95
    assert engine.gate.pauses >= 1


@pytest.mark.slow
def test_a_worker_that_dies_loses_nothing_silently() -> None:
    items = articles(16, "die-")
    with StubServer(responder=ANSWER, latency=0.3) as stub:
        engine = engine_for(settings=settings_for(stub), concurrency=4, workers=2)
        results = []
        pool = start_workers(engine)
        assert pool is not None
        stream = iterate_engine(engine, items, pool)
        results.append(next(stream))
        victim = pool.processes[0]
        os.kill(victim.pid, signal.SIGKILL)
        results.extend(stream)
    assert sorted(r.article_id or "" for r in results) == sorted(a.id for a in items)
    lost = [r for r in results if not r.ok]
    assert lost, "the killed worker held articles; each must come back as a failure"
    assert all("stopped (code -9) before answering" in (r.error or "") for r in lost)
    assert {r.error_kind for r in lost} == {"worker"}
    assert any(r.ok for r in results)  # the other worker carried on


def test_a_bug_in_a_worker_stops_the_run_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from summarizer.run import engine as many
    from summarizer.run import workers

    def broken(self: object, item: object) -> object:
        raise RuntimeError("boom in the worker")

    monkeypatch.setattr(workers, "start_method", lambda: "fork")  # the patch must reach it
    monkeypatch.setattr(many.Engine, "prepare", broken)
    paths = []
    for index in range(3):
        path = tmp_path / f"{index}.txt"
        path.write_text(f"Article {index} body text.")
        paths.append(path)
    engine = engine_for(offline=True, concurrency=2, workers=2)
    with pytest.raises(WorkerError, match=r"^worker process failed: RuntimeError: boom") as got:
        list(iterate_engine(engine, paths))
    assert got.value.exit_code == 1


@pytest.mark.slow
def test_cli_workers_replay_offline_like_one_process(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["SUMMARIZER_HOME"] = str(tmp_path / "home")
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        proc = cli("summarize", str(ROOT / "seeds"), "--format", "jsonl", "--out", str(out),
                   "--workers", workers, "--no-cache", "--quiet", env=env)  # fmt: skip
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        lines = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
        outputs[workers] = sorted(
            json.dumps({k: v for k, v in line.items() if k not in ("created_at", "latency_s")})
            for line in lines
        )
    assert len(outputs["2"]) == 3
    assert outputs["2"] == outputs["1"]
    bad = cli("summarize", str(ROOT / "seeds"), "--workers", "none", env=env)
    _, stderr = bad.communicate(timeout=60)
    assert bad.returncode == 2
    assert stderr.decode().strip() == (
        "error: --workers must be a positive number or auto, not 'none'"
    )


@pytest.mark.slow
def test_async_library_call_with_workers() -> None:
    """asummarize_many inside the caller's own event loop, spread over worker processes."""
    import asyncio

    from summarizer import asummarize_many

    items = articles(6, "async-")

    async def collect(stub: StubServer) -> list[str]:
        settings = settings_for(stub)
        return [
            r.article_id or ""
            async for r in asummarize_many(items, settings=settings, workers=2, concurrency=2)
        ]

    with StubServer(responder=ANSWER) as stub:
        ids = asyncio.run(collect(stub))
        assert stub.calls == 6
    assert sorted(ids) == sorted(a.id for a in items)


@pytest.mark.slow
def test_workers_wait_for_a_slow_consumer() -> None:
    """A pooled run hands a worker a new input only when the caller has taken one of its
    results: a caller that stops reading stops the requests (memory stays flat)."""
    with StubServer(responder=ANSWER, latency=0.05) as stub:
        engine = engine_for(settings=settings_for(stub), concurrency=2, workers=2)
        stream = iterate_engine(engine, articles(24, "slow-"))
        next(stream)
        time.sleep(1.5)  # ample time for 24 requests at 50 ms each, were nothing holding back
        held = stub.calls
        rest = list(stream)
    # bounded in the concurrency c = 2, not in the 24 inputs: one result with the caller, the
    # hand-off to it (2c), one on its way there, and what the workers hold (2c)
    assert held <= 1 + 2 * 2 + 1 + 2 * 2
    assert len(rest) == 23 and stub.calls == 24


class Headline(BaseModel):
    """A caller's own schema (module level, so spawned workers can import it)."""

    headline: str | None = None
    evidence: list[str] = Field(default_factory=list)


@pytest.mark.slow
def test_a_callers_own_schema_comes_back_as_its_class() -> None:
    answer = facts_reply({"headline": "The bill has 84 co-sponsors", "evidence": []})
    with StubServer(responder=answer) as stub:
        results = list(
            summarize_many(
                articles(4, "own-"),
                settings=settings_for(stub),
                schema=Headline,
                workers=2,
                concurrency=2,
            )
        )
    assert all(r.ok for r in results), [r.error for r in results]
    assert all(isinstance(r.facts, Headline) for r in results)
    assert {r.response_model for r in results} == {"Headline"}
