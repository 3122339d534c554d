"""Many articles at once: bounded concurrency, streamed results, cache, one shared rate gate.

Wall time of a run is bound by the model's latency, so requests overlap up to ``concurrency``.
Inputs are pulled lazily and results are handed out as they complete, through bounded queues,
so memory stays flat however many articles there are. A failed article becomes a result with
``error`` set; it never stalls or loses the others.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
)
from contextlib import (
    AbstractContextManager,
    aclosing,
    asynccontextmanager,
    nullcontext,
    suppress,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .articles import Article
from .cassettes import DEFAULT_CASSETTE_DIR, Mode, cassette_session, label_for
from .client import Settings, async_openai_client, settings_from_env
from .cost import RunCost
from .errors import (
    CassetteError,
    InputError,
    OutputValidationError,
    SummarizerError,
    WorkerError,
)
from .extract import Asked, as_article, ask, prepare
from .prompts import prompt_version
from .ratelimit import RateGate
from .results import SummaryResult, Usage
from .schema import ArticleFacts, schema_version
from .verification.grounding import ground

if TYPE_CHECKING:
    from .extract import _Call
    from .store import Store

Item = Article | str | Path


@dataclass(frozen=True)
class Failed:
    """An input that could not even be read (it still yields a result, with the reason)."""

    source: str
    error: SummarizerError


@dataclass(frozen=True)
class Ready:
    """An item whose request is prepared (article read, prompt rendered), not yet sent."""

    item: Item
    call: _Call
    key: str | None


@dataclass(frozen=True)
class Pending:
    """A validated answer waiting to be grounded, counted and logged."""

    item: Item
    asked: Asked
    key: str | None


@dataclass
class RunStats:
    """Counters a progress display or a summary line reads while the run goes on; tokens and
    dollars are kept by :class:`~summarizer.cost.RunCost`."""

    done: int = 0
    failed: int = 0
    in_flight: int = 0
    cancelled: int = 0  # requests in flight when the run was stopped early
    failures_by_kind: dict[str, int] = field(default_factory=dict)
    cost: RunCost = field(default_factory=RunCost)

    def add(self, result: SummaryResult, from_cache: bool = False) -> float | None:
        """Count one result; returns its cost in dollars (None when the model has no price)."""
        if result.ok:
            self.done += 1
        else:
            self.failed += 1
            kind = result.error_kind or "llm"
            self.failures_by_kind[kind] = self.failures_by_kind.get(kind, 0) + 1
        return self.cost.add(result, cached=from_cache)

    @property
    def cached(self) -> int:
        return self.cost.cache_hits

    @property
    def tokens(self) -> int:
        return self.cost.prompt_tokens + self.cost.completion_tokens


def source_of(item: Item | Failed) -> str:
    """Where an input came from, as a result names it (before it has been read)."""
    if isinstance(item, Failed | Article):
        return item.source
    return str(item) if isinstance(item, Path) else "<text>"


def error_kind(exc: SummarizerError) -> str:
    if isinstance(exc, InputError):
        return "input"
    if isinstance(exc, CassetteError):
        return "cassette"
    if isinstance(exc, OutputValidationError):
        return "validation"
    if isinstance(exc, WorkerError):
        return "worker"
    return "llm"


def failure_result(
    source: str,
    exc: SummarizerError,
    settings: Settings,
    schema: type[BaseModel],
    article_id: str | None = None,
    origin: str = "",
) -> SummaryResult:
    """A result that records why an input produced no facts."""
    return SummaryResult(
        article_id=article_id,
        source=source,
        model=settings.model,
        response_model=schema.__name__,
        prompt_version=prompt_version(),
        schema_version=schema_version(schema),
        origin=origin,
        error=str(exc),
        error_kind=error_kind(exc),
        usage=exc.usage or Usage(),  # what a failed model call used, re-asks included
        latency_s=exc.latency_s or 0.0,
    )


@dataclass
class Engine:
    """What every article of a run shares: settings, client, gate, store, cassette folder."""

    settings: Settings
    schema: type[BaseModel] = ArticleFacts
    concurrency: int = 8
    store: Store | None = None
    use_cache: bool = True
    gate: RateGate = field(default_factory=RateGate)
    cassettes: tuple[Path, Mode] | None = None
    stats: RunStats = field(default_factory=RunStats)
    workers: int = 1
    recorded_from: str | None = None  # what answers (a local model's name, engine, settings)
    _client: Any = None
    _pool: Any = None  # a started workers.Pool, when workers > 1

    def start_workers(self) -> None:
        """Start the worker processes now (``workers > 1``), before the caller starts any
        thread, so that they can be forked cheaply (see :mod:`summarizer.workers`)."""
        if self.workers > 1 and self._pool is None:
            from .workers import start_pool

            self._pool = start_pool(self, self.workers)

    def cache_key(self, article: Article) -> str:
        from .store import request_key, request_options

        options = request_options(
            mode=self.settings.mode,
            temperature=self.settings.temperature,
            max_tokens=self.settings.max_tokens,
            base_url=self.settings.base_url,
        )
        options["origin"] = self.cassettes[1] if self.cassettes else "live"
        return request_key(
            article.id, self.settings.model, prompt_version(), schema_version(self.schema), options
        )

    def prepare(self, item: Item | Failed) -> tuple[SummaryResult | Ready, bool]:
        """An item's result when it is known without asking (an input that cannot be read, a
        cache hit; and whether it came from the cache), else its request, ready to send."""
        if isinstance(item, Failed):
            failed = failure_result(item.source, item.error, self.settings, self.schema)
            return self._record(failed), False
        source = source_of(item)
        try:
            # Read on the loop: a news article is a few KB (~50 us to read and normalise);
            # a thread hand-off costs more and sends the worker to the back of the loop's queue.
            article = item if isinstance(item, Article) else as_article(item)
        except SummarizerError as exc:
            return self._record(failure_result(source, exc, self.settings, self.schema)), False
        key = self.cache_key(article) if self.store is not None else None
        if self.store is not None and self.use_cache and key is not None:
            hit = self.store.cached(key)
            if hit is not None:
                hit.source = article.source
                # The cached part is the model's answer; the checks on it are ours and may have
                # changed since it was stored, so a cache hit is grounded again.
                if hit.facts is not None:
                    facts = hit.facts_as(self.schema)
                    hit.grounding = ground(facts, article.text, article.metadata)
                return self._record(hit, from_cache=True), True
        return Ready(item, prepare(article, self.schema, self.settings), key), False

    async def ask(self, ready: Ready) -> SummaryResult | Pending:
        """Ask the model for a :class:`Ready` item: its validated answer, or its failure."""
        self.stats.in_flight += 1
        try:
            asked = await ask(ready.call, self.schema, self.settings, self._client)
        except SummarizerError as exc:
            article = ready.call.article
            failed = failure_result(article.source, exc, self.settings, self.schema, article.id)
            return self._record(failed, key=ready.key)
        finally:
            self.stats.in_flight -= 1
        return Pending(ready.item, asked, ready.key)

    def complete(self, pending: Pending) -> SummaryResult:
        return self._record(pending.asked.finish(), key=pending.key)

    async def pipeline(
        self,
        next_item: Callable[[], Awaitable[Item | Failed | None]],
        emit: Callable[[Item | Failed, SummaryResult, bool], Awaitable[None]],
    ) -> None:
        """Answer items until ``next_item`` gives None, handing each to ``emit`` with its
        result and whether that came from the cache.

        Three stages on the loop: a preparer reads the next articles, answers cache hits and
        renders prompts ahead of need; ``concurrency`` fetchers each send one prepared request
        at a time; a finisher grounds, counts and logs the answers. Why: replies from an
        endpoint with a steady latency come back in bursts, and every millisecond of CPU a
        fetcher spends between a reply and its next request holds back the next requests of
        the whole burst. So a fetcher only parses and validates the reply (it decides on a
        re-ask) before sending its next, already prepared request, and the finisher yields to
        the fetchers between answers."""
        width = max(1, self.concurrency)
        ready: asyncio.Queue[Ready | None] = asyncio.Queue(maxsize=width)
        answers: asyncio.Queue[Pending | None] = asyncio.Queue(maxsize=width)
        fetching = width

        async def preparer() -> None:
            while (item := await next_item()) is not None:
                got, cached = self.prepare(item)
                if isinstance(got, Ready):
                    await ready.put(got)
                else:
                    await emit(item, got, cached)
            for _ in range(width):
                await ready.put(None)

        async def fetcher() -> None:
            nonlocal fetching
            while (request := await ready.get()) is not None:
                got = await self.ask(request)
                if isinstance(got, Pending):
                    await answers.put(got)
                else:
                    await emit(request.item, got, False)
            fetching -= 1
            if not fetching:  # the last fetcher out closes the finisher's queue
                await answers.put(None)

        async def finisher() -> None:
            while (pending := await answers.get()) is not None:
                await emit(pending.item, self.complete(pending), False)
                await asyncio.sleep(0)  # replies that came in meanwhile go first

        tasks = [asyncio.create_task(preparer()), asyncio.create_task(finisher())]
        tasks += [asyncio.create_task(fetcher()) for _ in range(width)]
        try:
            # Any stage that fails (a bug, a store that cannot be written) stops them all:
            # the others would otherwise wait forever on queues nobody serves.
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    raise task.exception()  # type: ignore[misc]
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def _record(
        self, result: SummaryResult, key: str | None = None, from_cache: bool = False
    ) -> SummaryResult:
        cost = self.stats.add(result, from_cache)
        if self.store is not None and not from_cache and key is not None:
            self.store.log(result, key=key, cost_usd=cost, base_url=self.settings.base_url)
        return result

    def session(self) -> AbstractContextManager[Any]:
        if self.cassettes is None:
            return nullcontext()
        folder, mode = self.cassettes
        return cassette_session(
            folder,
            mode,
            origin=self.recording_origin() if mode == "record" else "",
            secrets=self.settings.secrets if mode == "record" else (),
        )

    def recording_origin(self) -> str:
        """The first line of every cassette this run records: where the answers came from."""
        import datetime as dt

        from .store import endpoint_host

        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        what = f", {self.recorded_from}" if self.recorded_from else ""
        return (
            f"recorded-from {endpoint_host(self.settings.base_url)}, model "
            f"{self.settings.model}{what}, mode {self.settings.mode}, max_tokens "
            f"{self.settings.max_tokens}, temperature {self.settings.temperature}, at {stamp}"
        )

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """What a run holds open while articles are answered: the HTTP client (shared by all
        of them) and the cassette session."""
        sdk = async_openai_client(self.settings, gate=self.gate)
        self._client = sdk
        try:
            with self.session():
                yield
        finally:
            self._client = None
            await sdk.close()

    async def run(self, items: Iterable[Item | Failed]) -> AsyncGenerator[SummaryResult, None]:
        """Results in completion order; at most ``concurrency`` articles in flight, in this
        process or spread over ``workers`` processes."""
        if self.workers > 1:
            from .workers import run_pool

            async with aclosing(run_pool(self, items)) as pooled:
                async for result in pooled:
                    yield result
            return
        width = max(1, self.concurrency)
        todo: asyncio.Queue[Item | Failed | None] = asyncio.Queue(maxsize=width * 2)
        done: asyncio.Queue[SummaryResult | Exception | None] = asyncio.Queue(maxsize=width * 2)

        async def produce() -> None:
            for item in items:
                await todo.put(item)
            await todo.put(None)

        async def emit(_item: Item | Failed, result: SummaryResult, _cached: bool) -> None:
            await done.put(result)

        async def drive() -> None:
            try:
                await self.pipeline(todo.get, emit)
            except Exception as exc:  # a bug, not an article failure: stop the run loudly
                await done.put(exc)
                return
            await done.put(None)

        async with self.running():
            tasks = [asyncio.create_task(produce()), asyncio.create_task(drive())]
            try:
                while (result := await done.get()) is not None:
                    if isinstance(result, Exception):
                        raise result
                    yield result
                await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)


def engine_for(
    *,
    schema: type[BaseModel] = ArticleFacts,
    model: str | None = None,
    settings: Settings | None = None,
    concurrency: int = 8,
    offline: bool = False,
    cassettes: Path | None = None,
    store: Store | None = None,
    use_cache: bool = True,
    gate: RateGate | None = None,
    workers: int = 1,
) -> Engine:
    settings = (settings or settings_from_env(offline=offline)).with_overrides(model=model)
    folder = (cassettes or DEFAULT_CASSETTE_DIR) / label_for(settings.model)
    return Engine(
        settings=settings,
        schema=schema,
        concurrency=concurrency,
        store=store,
        use_cache=use_cache,
        gate=gate or RateGate(max_pause=settings.retry.pause_cap()),
        workers=workers,
        cassettes=(folder, "replay") if offline else None,
    )


async def asummarize_many(articles: Iterable[Item], **options: Any) -> AsyncIterator[SummaryResult]:
    """Summarise many articles concurrently; yields each result as it completes.

    Options as :func:`engine_for` (``concurrency``, ``offline``, ``store``, ``model``,
    ``workers``...). With ``workers`` > 1 the articles are answered in that many processes
    (see :mod:`summarizer.workers`); in a program that already runs threads they are
    spawned, which costs each about a second to start."""
    async for result in engine_for(**options).run(articles):
        yield result


def summarize_many(articles: Iterable[Item], **options: Any) -> Iterator[SummaryResult]:
    """The synchronous twin of :func:`asummarize_many`: an event loop runs in a helper thread
    and hands results over through a bounded queue (so memory stays flat)."""
    engine = engine_for(**options)
    yield from iterate_engine(engine, articles)


_END = object()


_STOP_GRACE = 2.0  # seconds a stopped run's helper thread gets to cancel and close


def iterate_engine(engine: Engine, items: Iterable[Item | Failed]) -> Iterator[SummaryResult]:
    """The engine's results, in this thread, from an event loop in a helper thread.

    When the consumer stops early (Ctrl-C, an exception, ``break``), the run is cancelled at
    once, requests in flight included: waiting for them could take a whole ``--timeout``.
    How many were in flight is left in ``engine.stats.cancelled``."""
    engine.start_workers()  # before the helper thread below exists
    handoff: queue.Queue[Any] = queue.Queue(maxsize=max(1, engine.concurrency) * 2)
    stop = threading.Event()
    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[Any]]] = []

    async def pump() -> None:
        task = asyncio.current_task()
        if task is not None:
            running.append((asyncio.get_running_loop(), task))
        if stop.is_set():
            return
        try:
            # aclosing: when the consumer stops early, the run's clean-up (closing the HTTP
            # sessions) must finish here, not in a finaliser that asyncio.run then cancels.
            async with aclosing(engine.run(items)) as results:
                async for result in results:
                    while not stop.is_set():
                        try:
                            handoff.put(result, timeout=0.1)
                            break
                        except queue.Full:
                            await asyncio.sleep(0)
                    if stop.is_set():
                        return
        except BaseException as exc:  # handed to the consumer, re-raised there
            handoff.put(exc)
            return
        handoff.put(_END)

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
