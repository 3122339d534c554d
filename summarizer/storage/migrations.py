"""The store's table layout, as a numbered list of migration functions.

Each function brings a store from the previous layout to its own number, inside the one
IMMEDIATE transaction :func:`migrate` opens, so two processes opening a new store at once do
not both create it, and a store written by an older summarizer is upgraded in place when
opened. A new layout is a new function with the next number; old ones never change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from summarizer.errors import ConfigError

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {}


class StoreError(ConfigError):
    """The store cannot be opened or written (unwritable place, not a database, made by a newer
    version, disk full). One line that names the file and how to point elsewhere."""


def migration(number: int) -> Callable[[Migration], Migration]:
    """Register a function as the step to layout ``number`` (numbers run 1, 2, 3, ...)."""

    def register(step: Migration) -> Migration:
        if number in MIGRATIONS or number != len(MIGRATIONS) + 1:
            raise ValueError(f"migration {number} is out of order or registered twice")
        MIGRATIONS[number] = step
        return step

    return register


@migration(1)
def create_exchanges(conn: sqlite3.Connection) -> None:
    """One row per exchange with a model; the indexes serve the cache lookup (newest
    successful row for a key) and ``summarizer logs`` filters."""
    conn.execute(
        """
        CREATE TABLE exchanges (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            request_key TEXT,
            model TEXT NOT NULL,
            base_url TEXT,
            prompt_version TEXT NOT NULL,
            schema_version TEXT NOT NULL,
            article_id TEXT,
            source TEXT NOT NULL,
            response_model TEXT,
            origin TEXT,
            result_json TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL DEFAULT 0,
            completion_tokens INTEGER NOT NULL DEFAULT 0,
            total_tokens INTEGER NOT NULL DEFAULT 0,
            reasks INTEGER NOT NULL DEFAULT 0,
            latency_s REAL NOT NULL DEFAULT 0,
            cost_usd REAL,
            error TEXT,
            error_kind TEXT
        )
        """
    )
    conn.execute("CREATE INDEX exchanges_key ON exchanges (request_key, id) WHERE error IS NULL")
    conn.execute("CREATE INDEX exchanges_created ON exchanges (created_at)")
    conn.execute("CREATE INDEX exchanges_article ON exchanges (article_id)")
    conn.execute("CREATE INDEX exchanges_model ON exchanges (model)")


#: Token columns added by layout 2 (issue 16), in this order, after ``error_kind``.
TOKEN_COLUMNS = (
    "cached_tokens",
    "schema_tokens",
    "instruction_tokens",
    "article_tokens",
    "reask_tokens",
)


@migration(2)
def add_token_split(conn: sqlite3.Connection) -> None:
    """Cached input tokens and the input split (schema, instructions, article, re-asks) as
    columns, so ``logs`` and totals read them without parsing ``result_json``. Rows written
    before have 0 in each: their results carry no split (they load with 0 too). And
    ``grounding_key``: what the stored grounding was computed from (the verification code's
    version and the article), so a cache hit whose key still matches needs no re-grounding;
    NULL in older rows, which are re-grounded."""
    for column in TOKEN_COLUMNS:
        conn.execute(f"ALTER TABLE exchanges ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE exchanges ADD COLUMN grounding_key TEXT")


@migration(3)
def add_exchanges(conn: sqlite3.Connection) -> None:
    """The full exchange (issue 17): ``exchange_json`` holds each attempt's request and
    response (:mod:`summarizer.storage.exchanges`), NULL in rows written before (``logs
    --show`` says it was not stored). The schema-sized parts every request repeats (tool
    definitions, ``response_format``, the system prompt) are stored once in
    ``exchange_parts``, keyed by the SHA-256 of their JSON, and referenced by hash."""
    conn.execute("ALTER TABLE exchanges ADD COLUMN exchange_json TEXT")
    conn.execute("CREATE TABLE exchange_parts (hash TEXT PRIMARY KEY, body TEXT NOT NULL)")


#: ``PRAGMA user_version`` of the newest layout this code writes.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the store at ``path`` up to :data:`SCHEMA_VERSION`, idempotently."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the log store {path} was written by a newer summarizer (layout "
                f"{version}, this one knows {SCHEMA_VERSION}); upgrade, or use --store"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
