"""Writing results as they complete, and resuming an interrupted run.

A resumable run writes ``results.jsonl`` into ``--out``: one self-describing line per article,
flushed as soon as it completes. Running the same command again reads that file first: articles
with a successful line are skipped, failed lines are dropped (those articles are tried again),
and a half-written last line (the process was killed mid-write) is cut off. The cleaned file is
swapped in atomically, so each article's result appears exactly once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from summarizer.errors import InputError
from summarizer.results import SummaryResult
from summarizer.run.formats import EXTENSIONS, render, to_markdown

RESULTS_FILE = "results.jsonl"
LOCK_FILE = ".summarizer.lock"
#: At most this many seconds between two fsyncs of ``results.jsonl`` (and one at the end).
SYNC_INTERVAL_S = 1.0


@contextmanager
def locked_folder(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out`` for a whole run, or refuse at once.

    Two runs writing into one folder lose results: a resuming run replaces ``results.jsonl``
    while the other still appends to the file it replaced, and json/markdown files of the
    same name overwrite each other. The lock is ``flock`` on a file inside the folder, so the
    kernel releases it when the process dies however it dies (``kill -9`` included) and a
    rerun never meets a stale lock. The lock file is left in place: removing it would let a
    third run lock a new file while a second still waits on the old one."""
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    handle = (out / LOCK_FILE).open("a")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                f"{out}: another summarizer run is writing to this folder; wait for it to "
                "finish or choose another --out"
            ) from None
        yield
    finally:
        handle.close()  # closing the last descriptor releases the lock


def output_names(sources: Iterable[str]) -> frozenset[str]:
    """File stems that more than one input of a run would share (``a/x.txt`` and
    ``b/x.md``): those results are written as ``<stem>-<article id>.<ext>`` so that none
    overwrites another."""
    counts = Counter(Path(source).stem for source in sources)
    return frozenset(stem for stem, count in counts.items() if count > 1)


def completed_sources(path: Path) -> set[str]:
    """Sources with a successful line in ``path``; rewrites ``path`` without failed or partial
    lines so the rerun can append exactly the rest."""
    if not path.exists():
        return set()
    kept: list[str] = []
    done: set[str] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                break  # a line cut short by a kill: drop it, its article is redone
            try:
                line = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            if not isinstance(line, dict) or not isinstance(line.get("source"), str):
                # Whole JSON that is not one of our result lines: this file is not (only) ours,
                # and rewriting it would destroy someone's data. Refuse before any request.
                kind = (
                    type(line).__name__ if not isinstance(line, dict) else "object without a source"
                )
                raise InputError(
                    f"{path}: line {number} is not a summarizer result (a JSON {kind}); move "
                    "the file aside or choose another --out"
                )
            if line.get("error") is None and line.get("source") not in done:
                done.add(line["source"])
                kept.append(raw.decode("utf-8"))
    temporary = path.with_suffix(".jsonl.tmp")
    temporary.write_text("".join(kept), encoding="utf-8")
    os.replace(temporary, path)
    return done


class ResultWriter:
    """Streams results to stdout or into a folder in the chosen format."""

    def __init__(
        self,
        fmt: str,
        out: Path | None,
        single: bool,
        stream: IO[str] | None = None,
        shared_stems: frozenset[str] = frozenset(),
    ) -> None:
        self.fmt, self.out, self.single = fmt, out, single
        self.stream = stream or sys.stdout
        self.count = 0
        self.shared_stems = shared_stems
        self._names: set[str] = set()
        self._synced = time.monotonic()
        self._jsonl: IO[str] | None = None
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            if fmt == "jsonl":
                self._jsonl = (out / RESULTS_FILE).open("a", encoding="utf-8")

    def write(self, result: SummaryResult) -> None:
        if self.fmt == "jsonl":
            target = self._jsonl or self.stream
            target.write(result.to_json() + "\n")
            # Flushed per line: a killed process (kill -9 included) loses nothing written.
            # fsync, which only matters if the machine itself goes down, at most once a
            # second and at the end: per line it cost 14 ms on a busy disk, on the thread
            # that takes results, and a line lost that way is answered from the store on
            # resume, not paid for again.
            target.flush()
            if self._jsonl is not None and time.monotonic() - self._synced >= SYNC_INTERVAL_S:
                os.fsync(self._jsonl.fileno())
                self._synced = time.monotonic()
            self.count += 1
            return
        if not result.ok:
            return  # reported on stderr; json/markdown documents hold facts only
        if self.out is not None:
            (self.out / self.file_name(result)).write_text(
                render([result], self.fmt), encoding="utf-8"
            )
        elif self.fmt == "markdown":
            self.stream.write(to_markdown(result) + "\n")
        elif self.single:
            self.stream.write(result.to_json(indent=2) + "\n")
        else:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + result.to_json(indent=2))
        self.stream.flush()
        self.count += 1

    def file_name(self, result: SummaryResult) -> str:
        """``<stem>.<ext>`` after the input's file name (the article id for stdin);
        ``<stem>-<article id>.<ext>`` when several inputs of the run share the stem; a
        ``-2``, ``-3``... suffix if a name is still taken in this run (the same article
        under one name in two folders). No result of a run overwrites another's file."""
        ext = EXTENSIONS[self.fmt]
        stem = Path(result.source).stem if result.source != "<stdin>" else ""
        stem = stem or str(result.article_id)
        if stem in self.shared_stems and result.article_id:
            stem = f"{stem}-{result.article_id}"
        name, n = f"{stem}.{ext}", 1
        while name in self._names:
            n += 1
            name = f"{stem}-{n}.{ext}"
        self._names.add(name)
        return name

    def close(self) -> None:
        if self._jsonl is not None:
            self._jsonl.flush()
            os.fsync(self._jsonl.fileno())
            self._jsonl.close()
        elif self.fmt == "json" and not self.single and self.out is None:
            self.stream.write("[\n" if self.count == 0 else "")
            self.stream.write("\n]\n" if self.count else "]\n")
            self.stream.flush()
