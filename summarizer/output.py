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
from pathlib import Path
from typing import IO

from .errors import InputError
from .render import EXTENSIONS, render, to_markdown
from .results import SummaryResult

RESULTS_FILE = "results.jsonl"


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
        self, fmt: str, out: Path | None, single: bool, stream: IO[str] | None = None
    ) -> None:
        self.fmt, self.out, self.single = fmt, out, single
        self.stream = stream or sys.stdout
        self.count = 0
        self._jsonl: IO[str] | None = None
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            if fmt == "jsonl":
                self._jsonl = (out / RESULTS_FILE).open("a", encoding="utf-8")

    def write(self, result: SummaryResult) -> None:
        if self.fmt == "jsonl":
            target = self._jsonl or self.stream
            target.write(result.to_json() + "\n")
            target.flush()
            if self._jsonl is not None:
                os.fsync(self._jsonl.fileno())
            self.count += 1
            return
        if not result.ok:
            return  # reported on stderr; json/markdown documents hold facts only
        if self.out is not None:
            stem = Path(result.source).stem if result.source != "<stdin>" else result.article_id
            (self.out / f"{stem}.{EXTENSIONS[self.fmt]}").write_text(
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

    def close(self) -> None:
        if self._jsonl is not None:
            self._jsonl.close()
        elif self.fmt == "json" and not self.single and self.out is None:
            self.stream.write("[\n" if self.count == 0 else "")
            self.stream.write("\n]\n" if self.count else "]\n")
            self.stream.flush()
