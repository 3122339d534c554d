"""Many articles at once: bounded concurrency, streamed results, cache, one shared rate gate.

Wall time of a run is bound by the model's latency, so requests overlap up to ``concurrency``.
Inputs are pulled lazily and results are handed out as they complete, through bounded queues,
so memory stays flat however many articles there are. A failed article becomes a result with
``error`` set; it never stalls or loses the others.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable
from contextlib import AbstractContextManager, asynccontextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from summarizer.articles import Article, load_article
from summarizer.errors import SummarizerError
from summarizer.llm.cassettes import Mode, cassette_session
from summarizer.llm.client import Settings, async_openai_client
from summarizer.llm.ratelimit import RateGate
from summarizer.llm.references import by_reference, versions
from summarizer.llm.sentences import numbered
from summarizer.results import SummaryResult
from summarizer.run.hits import grounding_key, stored_hit, with_line
from summarizer.run.outcomes import (
    Failed,
    Item,
    Pending,
    Ready,
    RunStats,
    failure_result,
    source_of,
)
from summarizer.schema import ArticleFacts
from summarizer.storage.exchanges import Exchange, exchange_of
from summarizer.storage.keys import endpoint_host, request_key, request_options
from summarizer.storage.store import Store


def read_item(item: Item) -> Article:
    """:func:`summarizer.llm.summarize.as_article`, without importing the attempt loop, its
    prompts and grounding for the files and articles a CLI run reads (a rerun answered from
    the cache needs none of them: ~0.1 s of start-up)."""
    if isinstance(item, Article):
        return item
    if isinstance(item, Path):
        return load_article(item)
    from summarizer.llm.summarize import as_article

    return as_article(item)


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
    # For a caller that writes jsonl and reads nothing else of a result (the CLI's summarize
    # --format jsonl): results carry their JSON line (run.hits.LineResult), serialised once
    # for the store and the output, and cache hits with current grounding are not validated.
    lines_only: bool = False
    # Ask the run's model again about each value the rules left unconfirmed
    # (summarizer.llm.second_reader); its answers go into the result before it is logged.
    second_reader: bool = False
    _client: Any = field(default=None, init=False, repr=False)  # while running()
    # Cache lookups done ahead in batches (:meth:`look_up`): key -> (stored JSON, grounding
    # key), or None for a key known to miss. Each entry is taken once, by :meth:`prepare`.
    _looked_up: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _keys: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def cache_key(self, article: Article) -> str:
        known = self._keys.pop(article.id, None)  # computed by look_up moments ago
        if known is not None:
            return known
        options = request_options(
            mode=self.settings.mode,
            temperature=self.settings.temperature,
            max_tokens=self.settings.max_tokens,
            base_url=self.settings.base_url,
        )
        options["origin"] = self.cassettes[1] if self.cassettes else "live"
        if self.settings.evidence != "quotes":  # the quotes form's keys stay as they were
            options["evidence"] = self.settings.evidence
        if self.second_reader:  # a result with readings is no answer for a run without them
            options["second_reader"] = True
        p_version, s_version = versions(self.schema, self.settings.evidence)
        return request_key(article.id, self.settings.model, p_version, s_version, options)

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
            article = read_item(item)
        except SummarizerError as exc:
            return self._record(failure_result(source, exc, self.settings, self.schema)), False
        key = self.cache_key(article) if self.store is not None else None
        if self.store is not None and self.use_cache and key is not None:
            if key in self._looked_up:
                row = self._looked_up.pop(key)
            else:
                row = self.store.cached_rows([key]).get(key)
            hit = self._hit(row, article, key) if row is not None else None
            if hit is not None:
                return self._record(hit, from_cache=True), True
        from summarizer.llm.summarize import prepare

        return Ready(item, prepare(article, self.schema, self.settings), key), False

    def _hit(self, row: tuple[str, str | None], article: Article, key: str) -> SummaryResult | None:
        """A stored row as this run's result, or None when it no longer parses (written by
        an incompatible version: a miss, not an error). A hit grounded afresh goes back to
        the store with its new grounding key, so the next rerun finds it current."""
        data, stored_key = row
        key_now = grounding_key(article)
        current = stored_key == key_now
        if current and self.lines_only:
            asked = versions(self.schema, self.settings.evidence)
            hit = stored_hit(data, article, self.settings.model, asked)
            if hit is not None:
                return hit
        try:
            result = SummaryResult.from_json(data)
        except ValueError:  # pydantic's ValidationError included
            return None
        result.source = article.source
        # The cached part is the model's answer; the checks on it are ours and may have
        # changed since it was stored, so a hit carries the current rules' grounding: the
        # stored one when it was computed from the same rules and article (run.hits), else
        # a fresh one.
        if result.facts is not None and not current:
            from summarizer.verification.grounding import ground

            facts = result.facts_as(self.schema)
            result.grounding = ground(facts, article.text, article.metadata, article.captions)
            if result.evidence == "sentences":
                result.grounding = by_reference(result.grounding, numbered(article.text))
            if self.store is not None:
                line = result.to_json()  # serialised once, for the store and the output
                self.store.regrounded(key, line, key_now)
                return with_line(result, line) if self.lines_only else result
        return result

    def look_up(self, items: list[Item | Failed]) -> list[Item | Failed]:
        """Read a batch of inputs and look their cache keys up in one query, ahead of
        :meth:`prepare` (which then finds the answer here instead of asking the store once
        per article). Inputs that cannot be read are left as they are: :meth:`prepare`
        reports them."""
        if self.store is None or not self.use_cache:
            return items
        read: list[Item | Failed] = []
        keys: list[str] = []
        for item in items:
            if not isinstance(item, Failed):
                with suppress(SummarizerError):
                    item = read_item(item)
                    key = self.cache_key(item)
                    keys.append(key)
                    self._keys[item.id] = key
            read.append(item)
        found = self.store.cached_rows(keys)
        for key in keys:
            self._looked_up[key] = found.get(key)
        return read

    async def ask(self, ready: Ready) -> SummaryResult | Pending:
        """Ask the model for a :class:`Ready` item: its validated answer, or its failure."""
        from summarizer.llm.summarize import ask

        self.stats.in_flight += 1
        try:
            asked = await ask(ready.call, self.schema, self.settings, self.client())
        except SummarizerError as exc:
            article = ready.call.article
            failed = failure_result(article.source, exc, self.settings, self.schema, article.id)
            # No attempts when it failed before the first request (a stale cassette).
            return self._record(failed, key=ready.key, exchange=exchange_of(exc) or Exchange())
        finally:
            self.stats.in_flight -= 1
        return Pending(ready.item, asked, ready.key)

    def complete(self, pending: Pending, result: SummaryResult | None = None) -> SummaryResult:
        """Finish ``pending`` (unless ``result`` is its finished result already) and log it."""
        article = pending.asked.call.article
        result = pending.asked.finish() if result is None else result
        exchange = pending.asked.outcome.exchange
        return self._record(result, key=pending.key, article=article, exchange=exchange)

    async def complete_read(self, pending: Pending) -> SummaryResult:
        """:meth:`complete` with the second reader's answers, asked through the run's client
        before the result is logged (its failures keep their flags; they never fail it)."""
        from summarizer.llm.second_reader import asecond_read

        article = pending.asked.call.article
        result = pending.asked.finish()
        if result.facts is not None:
            result.grounding = await asecond_read(
                article.text,
                result.facts,
                result.grounding,
                article_id=article.id,
                settings=self.settings,
                client=self.client(),
            )
        return self.complete(pending, result)

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
                if isinstance(got, Pending) and self.second_reader:
                    await emit(request.item, await self.complete_read(got), False)
                elif isinstance(got, Pending):
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

        # Any stage that fails (a bug, a store that cannot be written) stops them all: the
        # others would otherwise wait forever on queues nobody serves.
        try:
            async with asyncio.TaskGroup() as stages:
                stages.create_task(preparer())
                stages.create_task(finisher())
                for _ in range(width):
                    stages.create_task(fetcher())
        except ExceptionGroup as failed:
            raise failed.exceptions[0] from None

    def _record(
        self,
        result: SummaryResult,
        key: str | None = None,
        from_cache: bool = False,
        article: Article | None = None,
        exchange: Exchange | None = None,
    ) -> SummaryResult:
        """Count ``result`` and log it with its exchange. A cache hit is counted, not logged:
        the row it came from already holds its exchange."""
        cost = self.stats.add(result, from_cache)
        if self.store is not None and not from_cache and key is not None:
            line = result.to_json() if self.lines_only else None  # serialised once, for both
            self.store.log(
                result,
                key=key,
                cost_usd=cost,
                base_url=self.settings.base_url,
                grounding_key=grounding_key(article) if article and result.ok else None,
                exchange=exchange,
                result_json=line,
            )
            if line is not None:
                return with_line(result, line)
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
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        what = f", {self.recorded_from}" if self.recorded_from else ""
        return (
            f"recorded-from {endpoint_host(self.settings.base_url)}, model "
            f"{self.settings.model}{what}, mode {self.settings.mode}, max_tokens "
            f"{self.settings.max_tokens}, temperature {self.settings.temperature}, at {stamp}"
        )

    def client(self) -> Any:
        """The run's HTTP client (shared by all its requests), made at the first request: a
        run answered from the cache never imports the openai SDK."""
        if self._client is None:
            self._client = async_openai_client(self.settings, gate=self.gate)
        return self._client

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """What a run holds open while articles are answered: the HTTP client (shared by all
        of them, made when first needed) and the cassette session."""
        try:
            with self.session():
                yield
        finally:
            sdk, self._client = self._client, None
            if sdk is not None:
                await sdk.close()

    async def run(self, items: Iterable[Item | Failed]) -> AsyncGenerator[SummaryResult, None]:
        """Results in completion order, answered in this process; at most ``concurrency``
        articles in flight. (:func:`summarizer.run.dispatch.results` spreads a run over worker
        processes when ``workers`` > 1.)"""
        width = max(1, self.concurrency)
        todo: asyncio.Queue[Item | Failed | None] = asyncio.Queue(maxsize=width * 2)
        done: asyncio.Queue[SummaryResult | Exception | None] = asyncio.Queue(maxsize=width * 2)

        async def produce() -> None:
            # With a cache, in batches (one query per batch, not one per article; a batch
            # holds up to ``width`` more inputs in memory).
            batching = self.store is not None and self.use_cache
            batch: list[Item | Failed] = []
            for item in items:
                if not batching:
                    await todo.put(item)
                    continue
                batch.append(item)
                if len(batch) >= width:
                    for ready in self.look_up(batch):
                        await todo.put(ready)
                    batch = []
            for ready in self.look_up(batch):
                await todo.put(ready)
            await todo.put(None)

        async def emit(_item: Item | Failed, result: SummaryResult, _cached: bool) -> None:
            await done.put(result)

        async def stages() -> None:
            # The stages run as one TaskGroup in a task of their own, never around the
            # ``yield`` below: a failing child cancels the task that holds its group, and here
            # that would be the caller's task, not this generator.
            failure: Exception | None = None
            try:
                async with asyncio.TaskGroup() as group:
                    group.create_task(produce())
                    group.create_task(self.pipeline(todo.get, emit))
            except ExceptionGroup as failed:  # a bug, not an article failure: stop loudly
                failure = failed.exceptions[0]
            await done.put(failure)

        async with self.running():
            supervisor = asyncio.create_task(stages())
            try:
                while (result := await done.get()) is not None:
                    if isinstance(result, Exception):
                        raise result
                    yield result
            finally:
                supervisor.cancel()
                with suppress(asyncio.CancelledError):
                    await supervisor
