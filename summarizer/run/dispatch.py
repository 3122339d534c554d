"""The one way to run an engine over many articles: in this process, or spread over worker
processes when ``workers`` > 1; asynchronously, or from synchronous code through a helper
thread. The library's :func:`summarize_many` and :func:`asummarize_many` and the CLI all come
through here.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Iterable, Iterator
from contextlib import aclosing, suppress
from pathlib import Path
from typing import Any

from summarizer.llm.client import Settings
from summarizer.llm.ratelimit import RateGate
from summarizer.results import FactsT, SummaryResult
from summarizer.run.engine import Engine
from summarizer.run.factory import engine_for
from summarizer.run.outcomes import Failed, Item
from summarizer.run.workers import Pool, run_pool, start_pool
from summarizer.schema import ArticleFacts
from summarizer.storage.store import Store

_END = object()
_STOP_GRACE = 2.0  # seconds a stopped run's helper thread gets to cancel and close
_HANDOFF_POLL_S = 0.002  # how often a full hand-off queue is tried again


def start_workers(engine: Engine) -> Pool | None:
    """Start the worker processes now (``workers > 1``), before the caller starts any thread,
    so that they can be forked cheaply (see :mod:`summarizer.run.workers`)."""
    return start_pool(engine, engine.workers) if engine.workers > 1 else None


async def results(
    engine: Engine, items: Iterable[Item | Failed], pool: Pool | None = None
) -> AsyncGenerator[SummaryResult, None]:
    """Results in completion order, at most ``engine.concurrency`` articles in flight, in this
    process or over ``engine.workers`` processes (``pool``: started ahead by
    :func:`start_workers`)."""
    if engine.workers > 1:
        async with aclosing(run_pool(engine, items, pool)) as pooled:
            async for result in pooled:
                yield result
        return
    async with aclosing(engine.run(items)) as answered:
        async for result in answered:
            yield result


async def asummarize_many(
    articles: Iterable[Item],
    *,
    schema: type[FactsT] = ArticleFacts,  # type: ignore[assignment]
    model: str | None = None,
    settings: Settings | None = None,
    concurrency: int = 8,
    offline: bool = False,
    cassettes: Path | None = None,
    store: Store | None = None,
    use_cache: bool = True,
    gate: RateGate | None = None,
    workers: int = 1,
    evidence: str | None = None,
) -> AsyncIterator[SummaryResult[FactsT]]:
    """Summarise many articles concurrently; yields each result as it completes.

    ``settings`` default to the environment (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``,
    ``SUMMARIZER_MODEL``...); ``offline`` replays the cassettes in ``cassettes`` (default:
    ``evals/cassettes`` of the project in the working directory). ``store`` caches and logs
    every answer. With ``workers`` > 1 the articles are answered in that many processes (see
    :mod:`summarizer.run.workers`); in a program that already runs threads they are spawned,
    which costs each about a second to start. ``evidence``: ``quotes`` (the default) or
    ``sentences`` (see :func:`summarizer.summarize`)."""
    engine = engine_for(
        schema=schema,
        model=model,
        settings=settings,
        concurrency=concurrency,
        offline=offline,
        cassettes=cassettes,
        store=store,
        use_cache=use_cache,
        gate=gate,
        workers=workers,
        evidence=evidence,
    )
    async with aclosing(results(engine, articles)) as answered:
        async for result in answered:
            yield result


def summarize_many(
    articles: Iterable[Item],
    *,
    schema: type[FactsT] = ArticleFacts,  # type: ignore[assignment]
    model: str | None = None,
    settings: Settings | None = None,
    concurrency: int = 8,
    offline: bool = False,
    cassettes: Path | None = None,
    store: Store | None = None,
    use_cache: bool = True,
    gate: RateGate | None = None,
    workers: int = 1,
    evidence: str | None = None,
) -> Iterator[SummaryResult[FactsT]]:
    """The synchronous twin of :func:`asummarize_many` (same parameters): an event loop runs
    in a helper thread and hands results over through a bounded queue (so memory stays
    flat)."""
    engine = engine_for(
        schema=schema,
        model=model,
        settings=settings,
        concurrency=concurrency,
        offline=offline,
        cassettes=cassettes,
        store=store,
        use_cache=use_cache,
        gate=gate,
        workers=workers,
        evidence=evidence,
    )
    yield from iterate_engine(engine, articles)


def iterate_engine(
    engine: Engine, items: Iterable[Item | Failed], pool: Pool | None = None
) -> Iterator[SummaryResult]:
    """The engine's results, in this thread, from an event loop in a helper thread.

    When the consumer stops early (Ctrl-C, an exception, ``break``), the run is cancelled at
    once, requests in flight included: waiting for them could take a whole ``--timeout``.
    How many were in flight is left in ``engine.stats.cancelled``."""
    if pool is None:
        pool = start_workers(engine)  # before the helper thread below exists
    handoff: queue.Queue[Any] = queue.Queue(maxsize=max(1, engine.concurrency) * 2)
    stop = threading.Event()
    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[Any]]] = []

    async def hand_over(item: Any) -> bool:
        """Put ``item`` in the hand-off queue without blocking the loop (a blocking put would
        stall every request in flight while the consumer is busy); False once stopped."""
        while not stop.is_set():
            try:
                handoff.put_nowait(item)
                return True
            except queue.Full:
                await asyncio.sleep(_HANDOFF_POLL_S)
        return False

    async def pump() -> None:
        task = asyncio.current_task()
        if task is not None:
            running.append((asyncio.get_running_loop(), task))
        if stop.is_set():
            return
        try:
            # aclosing: when the consumer stops early, the run's clean-up (closing the HTTP
            # sessions) must finish here, not in a finaliser that asyncio.run then cancels.
            async with aclosing(results(engine, items, pool)) as answered:
                async for result in answered:
                    if not await hand_over(result):
                        return
        except BaseException as exc:  # handed to the consumer, re-raised there
            await hand_over(exc)
            return
        await hand_over(_END)

    thread = threading.Thread(
        target=lambda: asyncio.run(pump()), name="summarizer-run", daemon=True
    )
    thread.start()
    try:
        while True:
            got = handoff.get()
            if got is _END:
                break
            if isinstance(got, BaseException):
                raise got
            yield got
    finally:
        stop.set()
        if thread.is_alive() and running:
            engine.stats.cancelled = engine.stats.in_flight
            loop, task = running[0]
            with suppress(RuntimeError):  # the loop closed meanwhile: nothing left to cancel
                loop.call_soon_threadsafe(task.cancel)
        given_up = time.monotonic() + _STOP_GRACE
        while thread.is_alive() and time.monotonic() < given_up:
            with suppress(queue.Empty):
                handoff.get(timeout=0.05)
        # A thread still busy after the grace period (a blocking read) is a daemon: it is
        # left behind rather than holding up the caller.
