"""One run spread over worker processes, each with its own event loop.

Why: every article costs a few milliseconds of Python CPU (the SDK and HTTP stack, parsing,
validation, grounding), all on one event loop; with a fast endpoint at high concurrency that
CPU, not the endpoint, limits a run. Worker processes each run the in-process engine (see
:meth:`summarizer.run.engine.Engine.pipeline`) over their share of the concurrency.

The parent stays the single owner of everything a user sees: it hands out inputs in order,
counts results (progress, cost), and yields them to the writer, so the output, resume and
exit codes are the same as in one process. It hands a worker a new input only when the
caller has taken one of that worker's results, so memory stays flat however slowly the
results are consumed. Workers share what must be shared through the OS: the store (each
worker has its own SQLite connection; writers take turns under SQLite's busy timeout) and the
rate gate (its state in shared memory, so a 429 seen by one pauses all).

Protocol, one line per message over a socket pair per worker (tab-separated, JSON payloads):
parent -> worker ``seq<TAB>kind<TAB>payload`` (kind ``p`` a path, ``t`` article text, ``a`` an
Article); worker -> parent ``seq<TAB>cached<TAB>result-json``, or, when the worker has to stop,
``!<TAB>exit-code<TAB>one-line message``. The parent closes its sending side when inputs run
out; a worker then finishes what it holds, flushes, and closes its side.

Start method: ``fork`` on Linux when the process has a single thread (the CLI arranges that:
workers start before any thread), which costs milliseconds; otherwise ``spawn``, which is safe
in a threaded program or on macOS but costs each worker a fresh interpreter and imports (about
a second), and needs the caller's ``__main__`` to be importable.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import socket
import sys
import threading
from collections.abc import AsyncGenerator, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from summarizer.articles import Article, load_article
from summarizer.errors import SummarizerError, WorkerError
from summarizer.results import SummaryResult
from summarizer.run.engine import Engine
from summarizer.run.outcomes import Failed, Item, failure_result, source_of
from summarizer.storage.store import Store

#: Longest message line (an article's text or a result's JSON) a worker or the parent reads.
LINE_LIMIT = 64 * 1024 * 1024
_WATCH_PARENT_S = 0.5


def start_method() -> str:
    """``fork`` on Linux with a single thread, else ``spawn`` (see the module docstring)."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def shares(concurrency: int, workers: int) -> list[int]:
    """``concurrency`` split over ``workers`` as evenly as possible (every worker gets >= 1)."""
    workers = max(1, min(workers, concurrency))
    base, extra = divmod(concurrency, workers)
    return [base + (1 if index < extra else 0) for index in range(workers)]


@dataclass
class Pool:
    """Started worker processes and the parent's ends of their sockets."""

    processes: list[Any]
    sockets: list[socket.socket]
    widths: list[int]
    method: str
    closed: bool = False

    def stop(self, graceful: bool = True, timeout: float = 5.0) -> None:
        """Close the sockets and make sure every worker has exited. ``graceful``: the run is
        over and workers are finishing on their own (terminated after ``timeout``); otherwise
        the run was stopped early (Ctrl-C, a consumer that stopped reading, an error) and
        workers are terminated at once, their in-flight requests abandoned as one process
        would."""
        if self.closed:
            return
        self.closed = True
        for sock in self.sockets:
            sock.close()
        for process in self.processes:
            if graceful:
                process.join(timeout)
            if process.is_alive():
                process.terminate()
            process.join(timeout)


def start_pool(engine: Engine, workers: int) -> Pool:
    """Start ``workers`` processes for ``engine`` (at most one per unit of concurrency)."""
    method = start_method()
    context: Any = multiprocessing.get_context(method)
    engine.gate.share(method)
    widths = shares(max(1, engine.concurrency), workers)
    store = engine.store
    opened = (store.path, store.secrets) if store is not None else None
    # What a worker gets: the engine without its store (a worker opens its own connection)
    # and without anything bound to this process's event loop.
    spec = replace(engine, store=None, workers=1)
    pool = Pool([], [], widths, method)
    if store is not None and method == "fork":
        store.close()  # an SQLite connection must never cross a fork; reopened below
    try:
        for width in widths:
            mine, theirs = socket.socketpair()
            pool.sockets.append(mine)
            process = context.Process(
                target=_worker_main,
                args=(
                    replace(spec, concurrency=width),
                    opened,
                    theirs,
                    os.getpid(),
                    pool.sockets if method == "fork" else [],  # spawn inherits none of them
                ),
                name="summarizer-worker",
                daemon=True,
            )
            try:
                process.start()
            finally:
                theirs.close()
            pool.processes.append(process)
    except BaseException:
        pool.stop(graceful=False)
        raise
    finally:
        if store is not None and method == "fork":
            store.reconnect()
    return pool


# --------------------------------------------------------------------------------------------
# Parent side
# --------------------------------------------------------------------------------------------


def _encode_item(seq: int, item: Item) -> bytes:
    if isinstance(item, Path):
        kind, payload = "p", json.dumps(str(item))
    elif isinstance(item, Article):
        kind = "a"
        payload = json.dumps(
            {"id": item.id, "text": item.text, "source": item.source, "metadata": item.metadata}
        )
    else:
        kind, payload = "t", json.dumps(item)
    return f"{seq}\t{kind}\t{payload}\n".encode()


def _read_stdin() -> Article | Failed:
    try:
        return load_article("-")
    except SummarizerError as exc:
        return Failed("<stdin>", exc)


@dataclass
class _Worker:
    index: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    width: int
    process: Any
    outstanding: dict[int, Item] = field(default_factory=dict)
    closed_input: bool = False


def _stopped(rest: str, index: int) -> WorkerError:
    """The error a worker sent before stopping, as one line with its exit status."""
    code, _, message = rest.partition("\t")
    error = WorkerError(message.strip() or f"worker process {index} failed")
    error.exit_code = int(code) if code.strip().isdigit() else 1
    return error


async def run_pool(
    engine: Engine, items: Iterable[Item | Failed], pool: Pool | None = None
) -> AsyncGenerator[SummaryResult, None]:
    """The parent's half of a pooled run: results in completion order. ``pool``: workers
    started ahead (:func:`start_pool`), else they are started now; either way they are
    stopped when the run ends."""
    if pool is None:
        pool = start_pool(engine, engine.workers)
    inputs: Iterator[Item | Failed] = iter(items)
    exhausted = False
    # (worker or None, result); bounded by what the workers hold: each gets a new input only
    # after the caller has taken one of its results.
    ready: asyncio.Queue[tuple[_Worker | None, Any] | BaseException | None] = asyncio.Queue()
    stats = engine.stats
    seq = 0
    completed = False
    workers: list[_Worker] = []

    def answer_here(item: Item | Failed, error: SummarizerError) -> None:
        """A result for an input no worker will answer (unreadable, or no worker left)."""
        known = item.id if isinstance(item, Article) else None
        failed = failure_result(source_of(item), error, engine.settings, engine.schema, known)
        stats.add(failed)
        ready.put_nowait((None, failed))

    def update_in_flight() -> None:
        held = sum(len(each.outstanding) for each in workers)
        stats.in_flight = min(held, max(1, engine.concurrency))

    def top_up(worker: _Worker, limit: int) -> None:
        """Hand ``worker`` inputs until it holds ``limit`` (at most twice its width: as many
        being answered as queued behind them, so it never idles waiting for the parent)."""
        nonlocal exhausted, seq
        while not exhausted and not worker.closed_input and len(worker.outstanding) < limit:
            item = next(inputs, None)
            if item is None:
                exhausted = True
                break
            if isinstance(item, Path) and str(item) == "-":
                item = _read_stdin()  # a worker's standard input is not the user's
            if isinstance(item, Failed):
                answer_here(item, item.error)
                continue
            seq += 1
            worker.outstanding[seq] = item
            worker.writer.write(_encode_item(seq, item))
        if exhausted:
            for each in workers:
                if not each.closed_input:
                    each.closed_input = True
                    each.writer.write_eof()
        update_in_flight()

    async def lines(worker: _Worker) -> AsyncGenerator[bytes, None]:
        """The worker's complete lines until it closes its side or dies (a reset, or a line
        cut off by its death, is an end)."""
        while True:
            try:
                line = await worker.reader.readline()
            except (ConnectionResetError, BrokenPipeError, ValueError):
                line = b""
            if not line.endswith(b"\n"):
                worker.closed_input = True  # nothing more is sent to it
                return
            yield line

    async def listen(worker: _Worker) -> None:
        try:
            async for line in lines(worker):
                head, _, rest = line.decode().rstrip("\n").partition("\t")
                if head == "!":
                    raise _stopped(rest, worker.index)
                cached, _, payload = rest.partition("\t")
                result = SummaryResult.from_json(payload)
                if result.facts is not None and not isinstance(result.facts, engine.schema):
                    result.facts = engine.schema.model_validate(result.facts)
                worker.outstanding.pop(int(head), None)
                stats.add(result, from_cache=cached == "1")
                ready.put_nowait((worker, result))
            # The worker closed its side: anything it still held was never answered.
            lost = list(worker.outstanding.values())
            worker.outstanding.clear()
            update_in_flight()
            if lost:
                for _ in range(40):  # its exit status, if it comes within 2 s
                    if worker.process.exitcode is not None:
                        break
                    await asyncio.sleep(0.05)
                code = worker.process.exitcode
                status = f"code {code}" if code is not None else "still running"
                gone = WorkerError(
                    f"worker process {worker.index} stopped ({status}) before answering"
                )
                for item in lost:
                    answer_here(item, gone)
            ready.put_nowait(None)
        except BaseException as exc:
            ready.put_nowait(exc)
            raise

    try:
        for index, (sock, width) in enumerate(zip(pool.sockets, pool.widths, strict=True)):
            reader, writer = await asyncio.open_connection(sock=sock, limit=LINE_LIMIT)
            workers.append(_Worker(index, reader, writer, width, pool.processes[index]))
        # Round robin, one input at a time: a small run is spread over every worker.
        for limit in range(1, 2 * max(pool.widths) + 1):
            for worker in workers:
                top_up(worker, min(limit, 2 * worker.width))

        async def listen_to_all() -> None:
            # Never a TaskGroup around the ``yield`` below (it would cancel the caller's task):
            # the listeners report through ``ready``, a failure included.
            async with asyncio.TaskGroup() as listening:
                for worker in workers:
                    listening.create_task(listen(worker))

        listeners = asyncio.create_task(listen_to_all())
        try:
            finished = 0
            while finished < len(workers) or not ready.empty():
                got = await ready.get()
                if got is None:
                    finished += 1
                elif isinstance(got, BaseException):
                    raise got
                else:
                    source, result = got
                    yield result
                    if source is not None:
                        top_up(source, 2 * source.width)
            # Every worker is gone (each died: a healthy one only stops once inputs run out).
            # Whatever was never handed out is still reported, not dropped.
            gone = WorkerError("no worker process left to answer it")
            for item in inputs:
                answer_here(item, item.error if isinstance(item, Failed) else gone)
                got = ready.get_nowait()
                assert got is not None and not isinstance(got, BaseException)
                yield got[1]
            completed = True
        finally:
            listeners.cancel()
            # a listener's failure already came through ``ready``
            await asyncio.gather(listeners, return_exceptions=True)
    finally:
        for worker in workers:
            worker.writer.close()
        pool.stop(graceful=completed)
        stats.in_flight = 0


# --------------------------------------------------------------------------------------------
# Worker side
# --------------------------------------------------------------------------------------------


def _worker_main(
    engine: Engine,
    store: tuple[Path, tuple[str, ...]] | None,
    sock: socket.socket,
    parent: int,
    inherited: list[socket.socket],
) -> None:
    """A worker process: answer what the parent sends until it closes its side. Whatever
    stops it early is sent to the parent as one line; the process then exits with that
    status and no traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for other in inherited:  # forked copies of the parent's ends would hide its EOF
        if other.fileno() != -1 and other.fileno() != sock.fileno():
            other.close()
    code = 0
    try:
        asyncio.run(_serve(engine, store, sock, parent))
    except SummarizerError as exc:
        code = exc.exit_code
    except BaseException:
        code = 1
    finally:
        if engine.store is not None:
            engine.store.close()
    os._exit(code)  # no clean-up of objects this process inherited but does not own


def _decode_item(kind: str, payload: str) -> Item:
    value = json.loads(payload)
    if kind == "p":
        return Path(value)
    if kind == "a":
        return Article(**value)
    return str(value)


def _failure_line(exc: BaseException) -> bytes:
    if isinstance(exc, SummarizerError):
        code, message = exc.exit_code, str(exc)
    else:
        code, message = 1, f"worker process failed: {type(exc).__name__}: {exc}"
    first = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return f"!\t{code}\t{first}\n".encode()


async def _serve(
    engine: Engine,
    store: tuple[Path, tuple[str, ...]] | None,
    sock: socket.socket,
    parent: int,
) -> None:
    reader, writer = await asyncio.open_connection(sock=sock, limit=LINE_LIMIT)
    inbox: asyncio.Queue[tuple[int, Item] | None] = asyncio.Queue()
    # The sequence number of each item being answered, by id(); the item is kept with it so
    # that its id cannot be reused before its result is sent.
    seqs: dict[int, tuple[int, Item | Failed]] = {}

    async def next_item() -> Item | None:
        got = await inbox.get()
        if got is None:
            return None
        seq, item = got
        seqs[id(item)] = (seq, item)
        return item

    async def emit(item: Item | Failed, result: Any, cached: bool) -> None:
        seq, _ = seqs.pop(id(item))
        writer.write(f"{seq}\t{int(cached)}\t{result.to_json()}\n".encode())
        await writer.drain()  # a parent that reads slowly slows this worker down

    async def read() -> None:
        try:
            while line := await reader.readline():
                seq, kind, payload = line.decode().rstrip("\n").split("\t", 2)
                inbox.put_nowait((int(seq), _decode_item(kind, payload)))
        finally:
            inbox.put_nowait(None)

    async def watch_parent() -> None:
        # A parent killed with SIGKILL cannot close anything; a worker must not outlive it.
        while os.getppid() == parent:
            await asyncio.sleep(_WATCH_PARENT_S)
        os._exit(3)

    try:
        async with asyncio.TaskGroup() as tasks:
            watcher = tasks.create_task(watch_parent())
            reading = tasks.create_task(read())
            if store is not None:
                engine.store = Store(store[0], secrets=store[1])
            async with engine.running():
                await engine.pipeline(next_item, emit)
                await reading
            watcher.cancel()
    except BaseException as exc:
        first = exc.exceptions[0] if isinstance(exc, BaseExceptionGroup) else exc
        with suppress(ConnectionError, OSError):
            writer.write(_failure_line(first))
            await writer.drain()
        if first is not exc:
            raise first from None
        raise
    finally:
        writer.close()
        with suppress(ConnectionError, OSError):
            await writer.wait_closed()  # every result written out before the process ends
