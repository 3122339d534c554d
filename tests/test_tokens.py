"""Token accounting (issue 16): the input split sums to what the provider billed, cached
input tokens are read from usage and priced at the cached rate, old results and old stores
still load."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from summarizer.llm.client import Settings
from summarizer.llm.summarize import summarize
from summarizer.llm.tokens import InputEstimate, estimate, split
from summarizer.results import SummaryResult, Usage
from summarizer.storage import migrations
from summarizer.storage.cost import (
    DEFAULT_PRICES,
    Price,
    RunCost,
    cost_usd,
    parse_prices,
    price_for,
)
from summarizer.storage.store import Store
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import authored_turns

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "001_591bf30ef7c23ef6.txt"
VALID = "f9d800ded702b085"


def test_estimate_is_bytes_over_a_ratio() -> None:
    assert estimate("") == 0
    assert estimate("a") == 1
    assert estimate("x" * 490) == 100
    assert estimate("é" * 245) == 100  # UTF-8 bytes, not characters


@pytest.mark.parametrize(
    ("prompt", "first", "attempts"), [(5000, 5000, 1), (11_000, 5000, 2), (7, 7, 1), (999, 0, 1)]
)
def test_split_sums_to_the_billed_prompt(prompt: int, first: int, attempts: int) -> None:
    estimated = InputEstimate(schema=2800, instructions=400, article=750)
    parts = split(estimated, prompt, first, attempts)
    assert sum(parts) == prompt
    assert all(part >= 0 for part in parts)
    if attempts == 2:
        assert parts[3] == prompt - 2 * first  # what the re-ask added
        assert parts[0] == 2 * (first * 2800 // 3950)


def test_split_without_usage_is_zero() -> None:
    assert split(InputEstimate(1, 1, 1), 0, 0, 1) == (0, 0, 0, 0)


def usage_body(prompt: int, completion: int, cached: int) -> dict[str, object]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cached},
    }


def with_usage(prompt: int, completion: int, cached: int) -> object:
    answer = authored_turns(VALID)[-1]
    inner = facts_reply(answer)

    def respond(body: dict[str, object], raw: bytes) -> Reply:
        reply = inner(body, raw)
        reply.body["usage"] = usage_body(prompt, completion, cached)
        return reply

    return respond


def test_result_carries_cached_tokens_and_a_split_that_sums() -> None:
    with StubServer(responder=with_usage(4000, 900, 3584)) as stub:  # type: ignore[arg-type]
        settings = Settings(model="gpt-4o-mini", base_url=stub.url, api_key="k", max_reasks=0)
        result = summarize(SEED, settings=settings)
    usage = result.usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens) == (4000, 900, 3584)
    assert sum(usage.input_split.values()) == 4000
    assert usage.reask_tokens == 0
    # the tool schema is the largest part of the input, then the article, then instructions
    assert usage.schema_tokens > usage.article_tokens > usage.instruction_tokens > 0


def test_old_results_load_with_zero_split() -> None:
    old = {"prompt_tokens": 10, "completion_tokens": 2, "total_tokens": 12, "attempts": 1}
    line = {
        "article_id": "x",
        "source": "x.txt",
        "model": "m",
        "prompt_version": "p",
        "schema_version": "s",
        "usage": old,
    }
    result = SummaryResult.from_json(json.dumps(line))
    assert result.usage.cached_tokens == 0
    assert result.usage.input_split == {"schema": 0, "instructions": 0, "article": 0, "reasks": 0}
    assert Usage(prompt_tokens=1, cached_tokens=1).add(Usage(cached_tokens=2)).cached_tokens == 3


def test_cached_input_is_priced_at_the_cached_rate() -> None:
    price = Price(input=Decimal("0.15"), output=Decimal("0.60"), cached_input=Decimal("0.075"))
    # 1M prompt tokens of which 400k cached: 600k x 0.15 + 400k x 0.075 = 0.09 + 0.03
    assert price.cost(1_000_000, 0, 400_000) == Decimal("0.12")
    assert price.cost(1_000_000, 0, 5_000_000) == Decimal("0.075")  # never more than prompt
    assert Price(Decimal(2), Decimal(8)).cost(1_000_000, 0, 1_000_000) == Decimal(2)  # no rate
    assert price_for("gpt-4o-mini", DEFAULT_PRICES) == Price(
        Decimal("0.15"), Decimal("0.60"), Decimal("0.075")
    )
    assert cost_usd("gpt-4o-mini", 1_000_000, 1_000_000, cached_tokens=1_000_000) == 0.675
    run = RunCost(prices=DEFAULT_PRICES)
    assert run.add_usage("gpt-4o", Usage(prompt_tokens=1_000_000, cached_tokens=1_000_000)) == 1.25
    assert run.cached_tokens == 1_000_000
    assert "1,000,000 of them cached" in run.summary()


def test_price_file_cached_input_is_checked() -> None:
    assert parse_prices('{"m": {"input": 1, "output": 2}}', "f")["m"] == Price(
        Decimal(1), Decimal(2)
    )
    with pytest.raises(Exception, match="cached_input"):
        parse_prices('{"m": {"input": 1, "output": 2, "cached_input": -1}}', "f")


def test_migration_2_upgrades_a_layout_1_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 1")
    old = SummaryResult(
        article_id="a1", source="a.txt", model="m", prompt_version="p", schema_version="s"
    )
    conn.execute(
        "INSERT INTO exchanges (created_at, request_key, model, prompt_version, schema_version,"
        " source, result_json, prompt_tokens) VALUES ('2025-01-01T00:00:00+00:00', 'k', 'm',"
        " 'p', 's', 'a.txt', ?, 5)",
        (old.to_json(),),
    )
    conn.close()
    with Store(path) as store:
        (entry,) = store.recent()
        assert (entry.prompt_tokens, entry.cached_tokens, entry.schema_tokens) == (5, 0, 0)
        assert store.cached("k") is not None
        new = old.model_copy(
            update={"usage": Usage(prompt_tokens=9, cached_tokens=4, article_tokens=9)}
        )
        store.log(new, key="k2", cost_usd=None, base_url=None)
        assert store.recent(1)[0].cached_tokens == 4
        assert store.recent(1)[0].article_tokens == 9
        assert store.totals().cached_tokens == 4
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 2
