"""Prices and run costs: exact arithmetic, snapshot names, unknown models, user price files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.results import SummaryResult, Usage
from summarizer.storage.cost import (
    DEFAULT_PRICES,
    Price,
    RunCost,
    cost_usd,
    format_usd,
    load_prices,
    resolve_model,
)
from tests.conftest import ROOT


@pytest.fixture(autouse=True)
def no_user_prices(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)
    yield


def result(model: str, prompt: int, completion: int, error: str | None = None) -> SummaryResult:
    return SummaryResult(
        article_id="a",
        source="a.txt",
        model=model,
        prompt_version="p",
        schema_version="s",
        usage=Usage(
            prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion
        ),
        error=error,
    )


def test_known_model_cost_is_exact_arithmetic() -> None:
    # gpt-4o: $2.50 in, $10.00 out per 1M tokens
    assert cost_usd("gpt-4o", 1_000, 500, DEFAULT_PRICES) == 0.0075
    # gpt-4o-mini: $0.15 in, $0.60 out; the float sum 0.15*4410/1e6 + 0.6*1893/1e6 is not exact
    assert cost_usd("gpt-4o-mini", 4_410, 1_893, DEFAULT_PRICES) == float(Decimal("0.0017973"))
    assert cost_usd("gpt-5", 1_000_000, 1_000_000, DEFAULT_PRICES) == 11.25
    assert cost_usd("gpt-4o", 0, 0, DEFAULT_PRICES) == 0.0


@pytest.mark.parametrize(
    ("model", "entry"),
    [
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
        ("gpt-4o-2024-08-06", "gpt-4o"),
        ("gpt-4.1-nano-2025-04-14", "gpt-4.1-nano"),
        ("o4-mini-2025-04-16", "o4-mini"),
        ("GPT-4o-Mini", "gpt-4o-mini"),
        ("openai/gpt-4.1-mini", "gpt-4.1-mini"),
        ("gpt-4o-0513", "gpt-4o"),
    ],
)
def test_snapshot_names_resolve_to_their_base_model(model: str, entry: str) -> None:
    assert resolve_model(model, DEFAULT_PRICES) == entry
    assert cost_usd(model, 1_000, 1_000, DEFAULT_PRICES) == cost_usd(
        entry, 1_000, 1_000, DEFAULT_PRICES
    )


@pytest.mark.parametrize(
    "model",
    [
        "llama3.1",
        "Qwen/Qwen2.5-7B-Instruct",
        "gpt-5-turbo",
        "gpt-4o-audio-preview",
        "my-azure-deployment",
        "",
    ],
)
def test_unknown_model_has_no_price_not_zero(model: str) -> None:
    assert resolve_model(model, DEFAULT_PRICES) is None
    assert cost_usd(model, 1_000, 1_000, DEFAULT_PRICES) is None


def test_authored_cassettes_cost_nothing() -> None:
    assert cost_usd("authored", 4_410, 1_893, DEFAULT_PRICES) == 0.0


def test_shipped_table_covers_the_common_models_and_is_read_only() -> None:
    for model in (
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4.1",
        "gpt-4.1-mini",
        "gpt-4.1-nano",
        "o4-mini",
        "gpt-5",
        "gpt-5-mini",
    ):
        price = DEFAULT_PRICES[model]
        assert 0 < price.input <= price.output
    assert DEFAULT_PRICES["authored"] == Price(Decimal(0), Decimal(0))
    with pytest.raises(TypeError):
        DEFAULT_PRICES["gpt-4o"] = Price(Decimal(0), Decimal(0))  # type: ignore[index]
    shipped = json.loads(
        (ROOT / "summarizer" / "storage" / "prices.json").read_text(encoding="utf-8")
    )
    assert {k for k in shipped if not k.startswith("_")} == set(DEFAULT_PRICES)


def test_user_file_named_by_env_overrides_and_extends(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "my-prices.json"
    path.write_text(
        json.dumps(
            {
                "gpt-4o": {"input": 1, "output": 2},
                "llama3.1": {"input": 0, "output": 0},
                "gpt-5": None,
            }
        )
    )
    monkeypatch.setenv("SUMMARIZER_PRICES", str(path))

    prices = load_prices()

    assert cost_usd("gpt-4o", 1_000_000, 1_000_000, prices) == 3.0
    assert cost_usd("gpt-4o-2024-08-06", 1_000_000, 0) == 1.0  # default table = load_prices()
    assert cost_usd("llama3.1", 5_000, 5_000, prices) == 0.0
    assert cost_usd("gpt-5", 1, 1, prices) is None  # null removes a price
    assert cost_usd("gpt-4o-mini", 1_000_000, 0, prices) == 0.15  # untouched defaults remain
    assert DEFAULT_PRICES["gpt-4o"].input == Decimal("2.50")


def test_user_file_in_summarizer_home_is_picked_up(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path))
    assert load_prices() == dict(DEFAULT_PRICES)  # no file: defaults
    (tmp_path / "prices.json").write_text(
        '{"_note": "ours", "gpt-4.1": {"input": 1.5, "output": 6}}'
    )
    assert load_prices()["gpt-4.1"] == Price(Decimal("1.5"), Decimal(6))
    assert load_prices({"SUMMARIZER_HOME": str(tmp_path / "none")}) == dict(DEFAULT_PRICES)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"gpt-4o": {"input": 1,}}', "not valid JSON"),
        ('[["gpt-4o", 1, 2]]', "must be a JSON object"),
        ('{"gpt-4o": {"input": -1, "output": 2}}', "price for 'gpt-4o' must be"),
        ('{"gpt-4o": {"input": "2.50", "output": 10}}', "price for 'gpt-4o' must be"),
        ('{"gpt-4o": {"input": 2.5}}', "price for 'gpt-4o' must be"),
        ('{"gpt-4o": 2.5}', "price for 'gpt-4o' must be"),
        ('{"gpt-4o": {"input": true, "output": 1}}', "price for 'gpt-4o' must be"),
        ('{"gpt-4o": {"input": NaN, "output": 1}}', "price for 'gpt-4o' must be"),
    ],
)
def test_malformed_price_file_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "prices.json"
    path.write_text(content)
    monkeypatch.setenv("SUMMARIZER_PRICES", str(path))
    with pytest.raises(InputError) as caught:
        load_prices()
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text
    assert "\n" not in text


def test_missing_price_file_named_by_env_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"SUMMARIZER_PRICES=.*no such price file"):
        load_prices({"SUMMARIZER_PRICES": str(tmp_path / "nope.json")})


def test_run_cost_counts_tokens_and_dollars_and_owns_up_to_unknown_prices() -> None:
    run = RunCost(prices=DEFAULT_PRICES)

    assert run.add(result("gpt-4o", 1_000, 500)) == 0.0075
    assert run.add(result("gpt-4o-mini-2024-07-18", 1_000_000, 0)) == 0.15
    assert run.add(result("llama3.1", 2_000, 100)) is None
    assert run.add(result("llama3.1", 0, 0, error="timed out")) is None  # no tokens: not "unpriced"
    assert run.add(result("gpt-4o", 9_999, 9_999), cached=True) == 0.0  # paid for by an earlier run

    assert (run.articles, run.cache_hits, run.prompt_tokens, run.completion_tokens) == (
        5,
        1,
        1_003_000,
        600,
    )
    assert run.cost_usd == 0.1575
    assert not run.complete
    assert run.unpriced == {"llama3.1": 1}
    assert run.summary() == (
        "1,003,600 tokens (1,003,000 in, 600 out) over 5 articles (1 from cache); cost $0.1575 "
        "or more; no price for llama3.1 (1) (add it to a prices file: see SUMMARIZER_PRICES)"
    )
    assert run.to_dict() == {
        "articles": 5,
        "cache_hits": 1,
        "prompt_tokens": 1_003_000,
        "completion_tokens": 600,
        "total_tokens": 1_003_600,
        "cached_tokens": 0,
        "cost_usd": 0.1575,
        "cost_complete": False,
        "unpriced_models": {"llama3.1": 1},
    }


def test_run_cost_with_only_unknown_prices_is_unknown_not_free() -> None:
    run = RunCost(prices=DEFAULT_PRICES)
    run.add(result("llama3.1", 10, 10))
    assert run.cost_usd is None
    assert "cost unknown" in run.summary()
    empty = RunCost(prices=DEFAULT_PRICES)
    assert empty.cost_usd == 0.0 and empty.complete
    assert empty.summary() == "0 tokens (0 in, 0 out) over 0 articles; cost $0"


def test_format_usd() -> None:
    assert [format_usd(v) for v in (None, 0, 0.00036, 0.1575, 12.3456, 1234.5)] == [
        "?",
        "$0",
        "$0.0004",
        "$0.1575",
        "$12.35",
        "$1,234.50",
    ]
