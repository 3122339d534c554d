"""One run spread over worker processes, each with its own event loop.

Why: every article costs a few milliseconds of Python CPU (the SDK and HTTP stack, parsing,
validation, grounding). On one event loop that CPU queues up behind itself: at concurrency 64
each request then waits tens of milliseconds for its turn to be sent and for its reply to be
read, on top of the model's latency. Worker processes each run an in-process engine over their
share of the concurrency, so the waiting shrinks with the number of cores.

The parent stays the single owner of everything a user sees: it hands out inputs in order,
counts results (progress, cost), and yields them to the writer, so the output, resume and
exit codes are the same as in one process. Workers share what must be shared through the OS:
the store (SQLite in WAL mode allows several writers; each worker has its own connection)
and the rate gate (its state in shared memory, so a 429 seen by one pauses all).

Protocol, one line per message over a socket pair (JSON payloads, tab-separated):
parent -> worker ``seq<TAB>kind<TAB>payload`` (kind ``p`` a path, ``t`` article text, ``a`` an
Article); worker -> parent ``seq<TAB>cached<TAB>result-json``, or ``!<TAB>traceback`` when the
worker hits a bug. The parent closes its sending side when inputs run out; a worker then
finishes what it holds and closes its side.

Start method: ``fork`` when the process has a single thread (the CLI arranges that: workers
start before any thread), which costs milliseconds; otherwise ``spawn``, which is safe in a
threaded program but costs each worker a fresh interpreter and imports (about a second).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import socket
import threading
import traceback
from collections.abc import AsyncGenerator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .articles import Article
from .errors import SummarizerError, WorkerError

if TYPE_CHECKING:
    from .many import Engine, Failed, Item

#: Longest message line (an article's text or a result's JSON) a worker or the parent reads.
LINE_LIMIT = 64 * 1024 * 1024
_WATCH_PARENT_S = 0.5


def start_method() -> str:
    """``fork`` when it is safe (a single thread, and the platform has it), else ``spawn``."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
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
        the run was stopped early (Ctrl-C, a consumer that stopped reading) and workers are
        terminated at once, their in-flight requests abandoned as one process would."""
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

    def exit_codes(self) -> list[int | None]:
        return [process.exitcode for process in self.processes]


def start_pool(engine: Engine, workers: int) -> Pool:
    """Start ``workers`` processes for ``engine`` (at most one per unit of concurrency)."""
    method = start_method()
    context: Any = multiprocessing.get_context(method)
    engine.gate.share(context)
    widths = shares(max(1, engine.concurrency), workers)
    parent_ends: list[socket.socket] = []
    processes = []
    for width in widths:
        mine, theirs = socket.socketpair()
        spec = replace(engine, concurrency=width, workers=1, _client=None)
        process = context.Process(
            target=_worker_main,
            args=(spec, theirs, os.getpid(), [*parent_ends, mine]),
            name="summarizer-worker",
            daemon=True,
        )
        process.start()
        theirs.close()
        parent_ends.append(mine)
        processes.append(process)
    return Pool(processes, parent_ends, widths, method)


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
    from .articles import load_article
    from .many import Failed

    try:
        return load_article("-")
    except SummarizerError as exc:
        return Failed("<stdin>", exc)


def _source_of(item: Item) -> str:
    if isinstance(item, Article):
        return item.source
    return str(item) if isinstance(item, Path) else "<text>"


@dataclass
class _Worker:
    index: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    width: int
    outstanding: dict[int, Item] = field(default_factory=dict)
    closed_input: bool = False


async def run_pool(engine: Engine, items: Iterable[Item | Failed]) -> AsyncGenerator[Any, None]:
    """The parent's half of a pooled run: results (``SummaryResult``) in completion order."""
    from .many import Failed, failure_result
    from .results import SummaryResult

    if engine._pool is None:
        engine._pool = start_pool(engine, engine.workers)
    pool: Pool = engine._pool
    inputs: Iterator[Item | Failed] = iter(items)
    exhausted = False
    ready: asyncio.Queue[Any] = asyncio.Queue()
    stats = engine.stats
    seq = 0
    completed = False
    workers: list[_Worker] = []
    try:
        for index, (sock, width) in enumerate(zip(pool.sockets, pool.widths, strict=True)):
            reader, writer = await asyncio.open_connection(sock=sock, limit=LINE_LIMIT)
            workers.append(_Worker(index, reader, writer, width))

        def top_up(worker: _Worker) -> None:
            """Keep ``2 x width`` inputs at the worker: ``width`` being answered, as many
            queued behind them so it never idles waiting for the parent."""
            nonlocal exhausted, seq
            while not exhausted and len(worker.outstanding) < 2 * worker.width:
                item = next(inputs, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, Path) and str(item) == "-":
                    item = _read_stdin()  # a worker's standard input is not the user's
                if isinstance(item, Failed):  # nothing for a worker to do: answer here
                    failed = failure_result(item.source, item.error, engine.settings, engine.schema)
                    stats.add(failed)
                    ready.put_nowait(failed)
                    continue
                seq += 1
                worker.outstanding[seq] = item
                worker.writer.write(_encode_item(seq, item))
            if exhausted:
                for each in workers:
                    if not each.closed_input:
                        each.closed_input = True
                        each.writer.write_eof()
            stats.in_flight = min(
                sum(len(each.outstanding) for each in workers), max(1, engine.concurrency)
            )

        async def lines(worker: _Worker) -> AsyncGenerator[bytes, None]:
            """The worker's lines until it closes its side or dies (a reset is an end)."""
            while True:
                try:
                    line = await worker.reader.readline()
                except (ConnectionResetError, BrokenPipeError):
                    line = b""
                if not line:
                    worker.closed_input = True  # nothing more is sent to it
                    return
                yield line

        async def listen(worker: _Worker) -> None:
            try:
                async for line in lines(worker):
                    head, _, rest = line.decode().partition("\t")
                    if head == "!":
                        raise WorkerError(f"worker process {worker.index} failed: {rest.strip()}")
                    cached, _, payload = rest.partition("\t")
                    result = SummaryResult.from_json(payload)
                    worker.outstanding.pop(int(head), None)
                    stats.add(result, from_cache=cached == "1")
                    ready.put_nowait(result)
                    top_up(worker)
                # The worker closed its side: anything it still held was never answered.
                lost = list(worker.outstanding.values())
                worker.outstanding.clear()
                if lost:
                    pool.processes[worker.index].join(1.0)
                    code = pool.processes[worker.index].exitcode
                    error = WorkerError(
                        f"worker process {worker.index} exited (code {code}) before answering"
                    )
                    for item in lost:
                        known = item.id if isinstance(item, Article) else None
                        failed = failure_result(
                            _source_of(item), error, engine.settings, engine.schema, known
                        )
                        stats.add(failed)
                        ready.put_nowait(failed)
                ready.put_nowait(None)
            except BaseException as exc:
                ready.put_nowait(exc)
                raise

        for worker in workers:
            top_up(worker)
        listeners = [asyncio.create_task(listen(worker)) for worker in workers]
        try:
            finished = 0
            while finished < len(workers):
                got = await ready.get()
                if got is None:
                    finished += 1
                elif isinstance(got, BaseException):
                    raise got
                else:
                    yield got
            while not ready.empty():  # failures answered here after the last worker ended
                got = ready.get_nowait()
                if got is not None and not isinstance(got, BaseException):
                    yield got
            # Every worker is gone (each died: a healthy one only stops once inputs run out).
            # Whatever was never handed out is still reported, not dropped.
            gone = WorkerError("no worker process left to answer it")
            for item in inputs:
                source = item.source if isinstance(item, Failed) else _source_of(item)
                error = item.error if isinstance(item, Failed) else gone
                failed = failure_result(source, error, engine.settings, engine.schema)
                stats.add(failed)
                yield failed
            completed = True
        finally:
            for task in listeners:
                task.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)
    finally:
        for worker in workers:
            worker.writer.close()
        pool.stop(graceful=completed)
        engine._pool = None
        stats.in_flight = 0


# --------------------------------------------------------------------------------------------
# Worker side
# --------------------------------------------------------------------------------------------


def _worker_main(
    engine: Engine, sock: socket.socket, parent: int, inherited: list[socket.socket]
) -> None:
    """A worker process: answer what the parent sends until it closes its side."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for other in inherited:  # forked copies of the parent's ends would hide its EOF
        if other.fileno() != sock.fileno():
            other.close()
    inherited_store = engine.store  # kept referenced: closing a forked SQLite handle is unsafe
    if inherited_store is not None:
        engine.store = inherited_store.reopen()  # never use a connection opened elsewhere
    try:
        asyncio.run(_serve(engine, sock, parent))
    finally:
        if engine.store is not None and engine.store is not inherited_store:
            engine.store.close()
    os._exit(0)  # no clean-up of objects this process inherited but does not own


def _decode_item(kind: str, payload: str) -> Item:
    value = json.loads(payload)
    if kind == "p":
        return Path(value)
    if kind == "a":
        return Article(**value)
    return str(value)


async def _serve(engine: Engine, sock: socket.socket, parent: int) -> None:
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

    async def read() -> None:
        while line := await reader.readline():
            seq, kind, payload = line.decode().rstrip("\n").split("\t", 2)
            inbox.put_nowait((int(seq), _decode_item(kind, payload)))
        inbox.put_nowait(None)

    async def watch_parent() -> None:
        # A parent killed with SIGKILL cannot close anything; a worker must not outlive it.
        while os.getppid() == parent:
            await asyncio.sleep(_WATCH_PARENT_S)
        os._exit(3)

    watcher = asyncio.create_task(watch_parent())
    reading = asyncio.create_task(read())
    try:
        async with engine.running():
            await engine.pipeline(next_item, emit)
            await reading
            await writer.drain()
    except Exception:
        last = traceback.format_exc().strip().splitlines()
        writer.write(f"!\t{last[-1] if last else 'unknown error'}\n".encode())
        await writer.drain()
        raise
    finally:
        watcher.cancel()
        reading.cancel()
        writer.close()
