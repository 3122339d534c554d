"""Cache hits written as stored (run.hits.LineResult): a jsonl run copies a current hit's stored
JSON out instead of validating it, and what it writes is byte for byte what validating and
re-serialising it would write; anything it cannot vouch for goes the validated way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.articles import Article, article_from_text
from summarizer.results import GroundingReport, SummaryResult, Usage
from summarizer.run import hits
from summarizer.run.dispatch import iterate_engine, summarize_many
from summarizer.run.engine import Engine
from summarizer.run.hits import LineResult, grounding_key
from summarizer.run.session import run_summarize
from summarizer.storage.redact import MASK
from summarizer.storage.store import Store
from summarizer.testing.stub import StubServer
from tests.conftest import SEED_FILES
from tests.test_scale import ANSWER, settings_for

ODD_SOURCES = ("plain.txt", 'dir/\u201cquoted\u201d "name" \\ caf\u00e9.txt', "tab\there\n.md")


def seed_articles(sources: tuple[str, ...] = ODD_SOURCES) -> list[Article]:
    """Real articles (non-ASCII text, rich grounding reports) under awkward sources."""
    return [
        article_from_text(path.read_text(encoding="utf-8"), source)
        for path, source in zip(SEED_FILES, sources, strict=False)
    ]


def rerun(store: Store, stub: StubServer, items: list[Article], raw: bool) -> list[SummaryResult]:
    engine = Engine(settings=settings_for(stub), store=store, lines_only=raw)
    results = list(iterate_engine(engine, items))
    assert engine.stats.cached == len(items)
    return results


@pytest.mark.slow
def test_a_stored_hit_is_byte_identical_to_the_validated_path(tmp_path: Path) -> None:
    with StubServer(responder=ANSWER) as stub, Store(tmp_path / "s.db") as store:
        list(
            summarize_many(
                seed_articles(("a.txt", "b.txt", "c.txt")), settings=settings_for(stub), store=store
            )
        )
        items = seed_articles()  # the same articles under other names: the source is spliced
        raw = rerun(store, stub, items, raw=True)
        validated = rerun(store, stub, items, raw=False)
        assert stub.calls == len(items)
    assert all(isinstance(r, LineResult) for r in raw)
    assert not any(isinstance(r, LineResult) for r in validated)
    lines = {r.article_id: r.to_json() for r in raw}
    assert lines == {r.article_id: r.to_json() for r in validated}
    assert {json.loads(line)["source"] for line in lines.values()} == set(ODD_SOURCES)
    assert all(r.ok and r.source in ODD_SOURCES for r in raw)  # what stats and progress read
    with pytest.raises(ValueError, match="one JSON line"):
        raw[0].to_json(indent=2)


def test_hits_it_cannot_vouch_for_are_validated(tmp_path: Path) -> None:
    """Stale grounding (other rules, or no key) is grounded again; a row with a redaction mask
    is validated (the mask may have replaced part of an escape)."""
    items = seed_articles()
    with StubServer(responder=ANSWER) as stub, Store(tmp_path / "s.db") as store:
        list(summarize_many(items, settings=settings_for(stub), store=store))
        first, second, third = (a.id for a in items)
        with store._lock:
            conn = store._connection()
            conn.execute(
                "UPDATE exchanges SET grounding_key = 'older rules' WHERE article_id = ?", (first,)
            )
            conn.execute(
                "UPDATE exchanges SET grounding_key = NULL WHERE article_id = ?", (second,)
            )
            conn.execute(
                "UPDATE exchanges SET result_json = json_set(result_json, '$.model', ?) "
                "WHERE article_id = ?",
                (f"stub-model {MASK}", third),
            )
            conn.commit()
        raw = rerun(store, stub, items, raw=True)
        keys = dict(store._connection().execute("SELECT article_id, grounding_key FROM exchanges"))
    # Validated (facts and grounding in hand); the two grounded afresh carry the line that was
    # serialised for the store, which now holds their current grounding key.
    assert all(r.facts is not None and r.grounding.evidence for r in raw)
    lines = {r.article_id for r in raw if isinstance(r, LineResult)}
    assert lines == {first, second}
    assert keys == {article.id: grounding_key(article) for article in items}
    assert {r.article_id: r.model for r in raw}[third] == f"stub-model {MASK}"


def test_a_cached_jsonl_rerun_writes_the_first_runs_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's jsonl session uses stored hits (nothing is validated on the rerun) and its
    results file holds the same lines as the run that asked the model."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_FILES:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with StubServer(responder=ANSWER) as stub:
        settings = settings_for(stub)

        def run(out: Path) -> list[str]:
            engine = Engine(settings=settings, store=Store(tmp_path / "s.db"))
            stats = run_summarize([str(folder)], engine, fmt="jsonl", out=out, quiet=True)
            assert stats.done == len(SEED_FILES) and not stats.failed
            return sorted((out / "results.jsonl").read_text(encoding="utf-8").splitlines())

        first = run(tmp_path / "out1")

        def refuse(*_args: object) -> None:
            raise AssertionError("a current cache hit was validated")

        monkeypatch.setattr(SummaryResult, "from_json", refuse)
        again = run(tmp_path / "out2")
        assert stub.calls == len(SEED_FILES)
    assert again == first
    # Every hit shares one empty report and usage: the run (stats, progress, writer) left them
    # as they were.
    assert GroundingReport() == hits._NO_GROUNDING and Usage() == hits._NO_USAGE


def test_a_fresh_answer_is_serialised_once_for_the_store_and_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_FILES:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    dumps: list[str] = []
    real = SummaryResult.to_json

    def counting(self: SummaryResult, indent: int | None = None) -> str:
        dumps.append(self.source)
        return real(self, indent)

    monkeypatch.setattr(SummaryResult, "to_json", counting)
    with StubServer(responder=ANSWER) as stub, Store(tmp_path / "s.db") as store:
        engine = Engine(settings=settings_for(stub), store=Store(tmp_path / "s.db"))
        run_summarize([str(folder)], engine, fmt="jsonl", out=tmp_path / "out", quiet=True)
        stored = {e.source: e.result_json for e in store.recent(limit=None)}
    assert sorted(dumps) == sorted(stored)  # once per article
    written = (tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(written) == sorted(stored.values())  # no secret here: the same text


# What a rerun answered from the store must not load: the HTTP client and its retries, the
# attempt loop, cassettes, grounding and its date parser (each was once on this path).
NOT_ON_THE_CACHED_PATH = (
    "openai",
    "instructor",
    "httpx2",
    "tenacity",
    "yaml",
    "dateparser",
    "summarizer.llm.summarize",
    "summarizer.verification.grounding",
    "summarizer.verification.page.article",
)
_LOADED = """
import atexit, runpy, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write("\\n".join(sorted(sys.modules))))
sys.argv[0] = "summarizer"
runpy.run_module("summarizer", run_name="__main__", alter_sys=True)
"""


def test_a_cached_cli_rerun_loads_neither_the_client_nor_the_checks(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_FILES:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(OPENAI_API_KEY="test-key", SUMMARIZER_HOME=str(tmp_path / "home"))
    with StubServer(responder=ANSWER) as stub:
        loaded = []
        for run in ("cold", "cached"):
            modules = tmp_path / f"{run}.txt"
            args = ["summarize", str(folder), "--base-url", stub.url, "--model", "stub-model",
                    "--format", "jsonl", "--out", str(tmp_path / run), "--quiet"]  # fmt: skip
            done = subprocess.run(
                [sys.executable, "-c", _LOADED, str(modules), *args],
                env=env,
                capture_output=True,
                check=False,
            )
            assert done.returncode == 0, done.stderr.decode()
            loaded.append(set(modules.read_text().split()))
        assert stub.calls == len(SEED_FILES)
    cold, cached = loaded
    # The cold run needs them all (the list is real), but yaml (a live run reads no cassette)
    # and dateparser: the seeds' answers date nothing but whole periods ("last week", "in
    # April"), which resolve without it.
    assert set(NOT_ON_THE_CACHED_PATH) - {"yaml", "dateparser"} <= cold
    assert not set(NOT_ON_THE_CACHED_PATH) & cached
