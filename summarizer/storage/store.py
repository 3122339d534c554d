"""The local store: a SQLite log of every exchange with a model, which doubles as the cache.

Why one file does both jobs: the log already holds, for every request, the exact inputs that
decide the answer (article, model, prompt and schema versions, request options) and the answer
itself. Keying rows by a hash of those inputs turns "have we asked this before?" into one indexed
lookup, so re-running a batch costs nothing for the articles already done, and ``summarizer
logs`` can show what was asked, what came back, and what it cost.

Durability and concurrency come from SQLite itself: WAL journal mode with one commit per row
means a process killed mid-run (even ``kill -9``) loses at most the row being written, and other
processes can read while one writes; ``busy_timeout`` makes concurrent writers wait instead of
failing. Within a process, one connection is shared by all threads behind a lock, which is both
simple and as fast as SQLite allows (it serialises writers anyway).

Nothing secret is ever stored: every text column goes through
:func:`summarizer.storage.redact.redact` (plus any secrets the caller names, such as the
configured key), the endpoint is stored as a bare host (no ``user:password@``), and the request
key is a hash of inputs that never include the API key.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from summarizer.results import SummaryResult
from summarizer.storage.entries import COLUMNS, LogEntry, Totals, timestamp
from summarizer.storage.exchanges import Encoder, Exchange, StoredExchange, referenced
from summarizer.storage.keys import endpoint_host
from summarizer.storage.migrations import StoreError, migrate
from summarizer.storage.paths import default_store_path
from summarizer.storage.redact import redact

__all__ = ["LogEntry", "Store", "StoreError", "Totals"]

BUSY_TIMEOUT_MS = 10_000

_SELECT = f"SELECT {', '.join(COLUMNS)} FROM exchanges"
_INSERT = (
    f"INSERT INTO exchanges ({', '.join(COLUMNS[1:])}, exchange_json) "
    f"VALUES ({', '.join('?' * len(COLUMNS))})"
)
_INSERT_PARTS = "INSERT OR IGNORE INTO exchange_parts (hash, body) VALUES (?, ?)"


class Store:
    """The exchange log and cache in one SQLite file (see the module docstring for why).

    Use as a context manager, or call :meth:`close`. Thread-safe: one connection shared behind
    a lock. ``secrets`` are masked in everything stored, on top of the key-shaped patterns
    :func:`redact` always masks: pass the configured API key, whose shape (an Azure key is 32
    hex digits) no pattern can know.
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, secrets: Iterable[str | None] = ()
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_store_path()
        known = [s for s in secrets if s]
        # A secret with quotes or backslashes appears JSON-escaped inside result_json.
        self._secrets = tuple({*known, *(json.dumps(s)[1:-1] for s in known)})
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._encoder = Encoder(lambda text: redact(text, self._secrets))
        self._connect()

    def _connect(self) -> None:
        """Open the connection in WAL mode with the table layout up to date; one clear
        error if the file cannot be used."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,  # autocommit: every INSERT is its own committed row
                check_same_thread=False,  # shared across threads; self._lock serialises use
            )
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _enable_wal(self._conn)
            # In WAL mode NORMAL is safe against a killed process (not against power loss),
            # and spares an fsync per row.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._connection(), self.path)
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise StoreError(
                f"cannot open the log store {self.path}: {_reason(exc)} (point --store or "
                "SUMMARIZER_HOME elsewhere)"
            ) from None
        except StoreError:
            self.close()
            raise

    def check_writable(self) -> None:
        """Commit one write now, so a store that cannot take rows (a read-only file or folder,
        a full disk) stops a run before its first paid request, not after dozens of them.
        The write sets the layout version to what it already is: nothing changes."""
        with self._lock:
            conn = self._connection()
            try:
                conn.execute("BEGIN IMMEDIATE")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise StoreError(
                    f"cannot write the log store {self.path}: {_reason(exc)} (free some space "
                    "or fix its permissions, or point --store or SUMMARIZER_HOME elsewhere)"
                ) from None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"the log store {self.path} is closed")
        return self._conn

    def close(self) -> None:
        """Close the connection (idempotent). The last one to close a WAL database folds the
        log back into the main file."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What is masked in everything stored (a worker process opens the same file with
        the same secrets)."""
        return self._secrets

    def reconnect(self) -> None:
        """Open the file again after :meth:`close`: worker processes are forked with the
        store closed, because an SQLite connection must never cross a fork."""
        with self._lock:
            if self._conn is None:
                self._connect()

    def _clean(self, text: str | None) -> str | None:
        return None if text is None else redact(text, self._secrets)

    def _row(
        self,
        result: SummaryResult,
        key: str | None,
        cost_usd: float | None,
        base_url: str | None,
        grounding_key: str | None = None,
        result_json: str | None = None,
    ) -> tuple[Any, ...]:
        usage = result.usage
        return (
            timestamp(result.created_at),
            key,
            self._clean(result.model),
            self._clean(endpoint_host(base_url)),
            self._clean(result.prompt_version),
            self._clean(result.schema_version),
            self._clean(result.article_id),
            self._clean(result.source),
            self._clean(result.response_model),
            self._clean(result.origin),
            self._clean(result.to_json() if result_json is None else result_json),
            usage.prompt_tokens,
            usage.completion_tokens,
            usage.total_tokens,
            usage.reasks,
            result.latency_s,
            cost_usd,
            self._clean(result.error),
            self._clean(result.error_kind),
            usage.cached_tokens,
            usage.schema_tokens,
            usage.instruction_tokens,
            usage.article_tokens,
            usage.reask_tokens,
            grounding_key,
        )

    def log(
        self,
        result: SummaryResult,
        *,
        key: str | None,
        cost_usd: float | None,
        base_url: str | None,
        grounding_key: str | None = None,
        exchange: Exchange | None = None,
        result_json: str | None = None,
    ) -> int:
        """Write one exchange (successful or failed) and commit it; return its id. ``key`` is
        the :func:`request_key` (None when the input never had an article id, e.g. a missing
        file); ``base_url`` is reduced to its host; ``grounding_key`` says what the result's
        grounding was computed from (:meth:`cached_many` hands it back). Failed rows are kept
        for the log but are never served from the cache. ``exchange`` is what was sent and
        received (:mod:`summarizer.storage.exchanges`), serialised and redacted here, once;
        None stores no exchange (``logs --show`` says so). ``result_json`` is
        ``result.to_json()`` when the caller has it already (it is redacted here)."""
        row = self._row(result, key, cost_usd, base_url, grounding_key, result_json)
        text, parts = (None, {}) if exchange is None else self._encoder.encode(exchange)
        with self._lock:
            try:
                cursor = self._insert((*row, text), parts)
            except sqlite3.Error as exc:
                raise StoreError(
                    f"cannot write to the log store {self.path}: {_reason(exc)}"
                ) from None
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _insert(self, row: tuple[Any, ...], parts: dict[str, str]) -> sqlite3.Cursor:
        """One row, and the static parts it references that this store has not written
        yet (in the same transaction, so a row never names a missing part; usually none)."""
        conn = self._connection()
        if not parts:
            return conn.execute(_INSERT, row)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(_INSERT_PARTS, parts.items())
            cursor = conn.execute(_INSERT, row)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        self._encoder.written.update(parts)
        return cursor

    def exchange(self, entry_id: int) -> StoredExchange | None:
        """The stored exchange of row ``entry_id`` with the parts it references, or None
        when none was stored (a row logged before layout 3, or by a caller that passed
        none)."""
        with self._lock:
            conn = self._connection()
            row = conn.execute(
                "SELECT exchange_json FROM exchanges WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None or row[0] is None:
                return None
            try:
                data = json.loads(row[0])
                hashes = referenced(data)
                found = conn.execute(
                    f"SELECT hash, body FROM exchange_parts WHERE hash IN "
                    f"({', '.join('?' * len(hashes))})",
                    hashes,
                ).fetchall()
                parts = {digest: json.loads(body) for digest, body in found}
            except (ValueError, TypeError, AttributeError) as exc:  # edited or damaged by hand
                raise StoreError(
                    f"the stored exchange of row {entry_id} in {self.path} is damaged "
                    f"({type(exc).__name__}); `summarizer logs --show {entry_id}` cannot show it"
                ) from None
        return StoredExchange(data, parts)

    def regrounded(self, key: str, result_json: str, grounding_key: str) -> None:
        """Replace the grounding of the row a cache hit on ``key`` came from (the newest
        successful one, as :meth:`cached_rows` picks it) by the one the current rules gave.
        Grounding is derived from the stored answer, not part of it: keeping the fresh one
        spares every later rerun the same re-grounding (~5 ms an article) after an upgrade
        changed the rules. The answer, usage and exchange stay as they were."""
        with self._lock:
            try:
                self._connection().execute(
                    "UPDATE exchanges SET result_json = ?, grounding_key = ? WHERE id = "
                    "(SELECT max(id) FROM exchanges WHERE error IS NULL AND request_key = ?)",
                    (self._clean(result_json), grounding_key, key),
                )
            except sqlite3.Error as exc:
                raise StoreError(
                    f"cannot write to the log store {self.path}: {_reason(exc)}"
                ) from None

    def cached(self, key: str) -> SummaryResult | None:
        """The newest successful result logged under ``key``, or None. A row that no longer
        parses (written by an incompatible version) is a miss, not an error."""
        hit = self.cached_many([key]).get(key)
        return None if hit is None else hit[0]

    def cached_many(self, keys: Iterable[str]) -> dict[str, tuple[SummaryResult, str | None]]:
        """:meth:`cached` for many keys in one query: key -> (result, its grounding key)."""
        found: dict[str, tuple[SummaryResult, str | None]] = {}
        for key, (data, grounding_key) in self.cached_rows(keys).items():
            try:
                found[key] = (SummaryResult.from_json(data), grounding_key)
            except ValueError:  # pydantic's ValidationError included
                continue
        return found

    def cached_rows(self, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """:meth:`cached_many` before validation: key -> (the stored result's JSON, its
        grounding key). Validating a stored result costs more than everything else a cache
        hit does; a caller that only copies the JSON out can skip it (``run.hits``)."""
        wanted = list(dict.fromkeys(keys))
        rows: list[tuple[str, str, str | None]] = []
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters is 999+
            chunk = wanted[start : start + 500]
            sql = (
                "SELECT request_key, result_json, grounding_key FROM exchanges WHERE id IN "
                "(SELECT max(id) FROM exchanges WHERE error IS NULL AND request_key IN "
                f"({', '.join('?' * len(chunk))}) GROUP BY request_key)"
            )
            with self._lock:
                rows += self._connection().execute(sql, chunk).fetchall()
        return {key: (data, grounding_key) for key, data, grounding_key in rows}

    def recent(
        self,
        limit: int | None = 20,
        model: str | None = None,
        article: str | None = None,
        errors_only: bool = False,
    ) -> list[LogEntry]:
        """The newest exchanges first. ``article`` matches an article id by prefix (ids are
        long hashes; people type the start) or a source exactly; ``limit`` None or <= 0 means
        all."""
        clauses: list[str] = []
        params: list[Any] = []
        if model is not None:
            clauses.append("model = ?")
            params.append(model)
        if article:
            clauses.append("(substr(article_id, 1, ?) = ? OR source = ?)")
            params += [len(article), article, article]
        if errors_only:
            clauses.append("error IS NOT NULL")
        sql = _SELECT
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id DESC"
        if limit is not None and limit > 0:
            sql += " LIMIT ?"
            params.append(limit)
        with self._lock:
            rows = self._connection().execute(sql, params).fetchall()
        return [LogEntry.from_row(row) for row in rows]

    def get(self, entry_id: int) -> LogEntry | None:
        """One exchange by id, or None."""
        with self._lock:
            row = self._connection().execute(f"{_SELECT} WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else LogEntry.from_row(row)

    def count(self) -> int:
        """How many exchanges are stored."""
        with self._lock:
            return int(self._connection().execute("SELECT count(*) FROM exchanges").fetchone()[0])

    def totals(self, since: dt.datetime | None = None) -> Totals:
        """Usage and cost summed over all exchanges, or over those logged at or after
        ``since`` (a naive datetime is taken as UTC)."""
        sql = (
            "SELECT count(*), count(error), coalesce(sum(prompt_tokens), 0), "
            "coalesce(sum(completion_tokens), 0), coalesce(sum(total_tokens), 0), "
            "coalesce(sum(cost_usd), 0.0), "
            "coalesce(sum(cost_usd IS NULL AND total_tokens > 0), 0), "
            "coalesce(sum(cached_tokens), 0) FROM exchanges"
        )
        params: tuple[Any, ...] = ()
        if since is not None:
            sql += " WHERE created_at >= ?"
            params = (timestamp(since),)
        with self._lock:
            row = self._connection().execute(sql, params).fetchone()
        return Totals(*row)


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL. The switch needs an exclusive lock and SQLite does not run the
    busy handler for it, so when several processes create a store at once the losers get
    "database is locked" at once: retry them until the busy timeout, as for any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.001
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def _reason(exc: BaseException) -> str:
    """The first line of an OS or SQLite error, which is all a user needs."""
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
