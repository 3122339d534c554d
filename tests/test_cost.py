"""Prices and run costs: exact arithmetic, snapshot names, unknown models, user price files, and
the published prices (genai-prices) behind the local tables."""

from __future__ import annotations

import json
import subprocess
import sys
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
    parse_prices,
    price_for,
    resolve_model,
)
from summarizer.storage.published import TieredPrice, published_price
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


# A user's price file: an entry prices the model's dated snapshots too.
BASES = parse_prices(
    json.dumps(
        {
            model: {"input": n, "output": 2 * n}
            for n, model in enumerate(
                ("gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano", "o4-mini"), 1
            )
        }
    ),
    "user",
)


# Dated, differently cased and gateway-prefixed names of models the table lists.
SNAPSHOTS = [
    ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
    ("gpt-4o-2024-08-06", "gpt-4o"),
    ("gpt-4.1-nano-2025-04-14", "gpt-4.1-nano"),
    ("o4-mini-2025-04-16", "o4-mini"),
    ("GPT-4o-Mini", "gpt-4o-mini"),
    ("openai/gpt-4.1-mini", "gpt-4.1-mini"),
]


@pytest.mark.parametrize(("model", "entry"), [*SNAPSHOTS, ("gpt-4o-0513", "gpt-4o")])
def test_snapshot_names_resolve_to_their_base_entry(model: str, entry: str) -> None:
    assert resolve_model(model, BASES) == entry
    assert cost_usd(model, 1_000, 1_000, BASES) == cost_usd(entry, 1_000, 1_000, BASES)


@pytest.mark.parametrize(("model", "entry"), SNAPSHOTS)
def test_published_snapshot_names_cost_what_their_base_model_costs(model: str, entry: str) -> None:
    assert resolve_model(model, DEFAULT_PRICES) is None  # priced by the library, not the table
    assert cost_usd(model, 1_000, 1_000, DEFAULT_PRICES) == cost_usd(
        entry, 1_000, 1_000, DEFAULT_PRICES
    )
    assert cost_usd(model, 1_000, 1_000, DEFAULT_PRICES) is not None


def test_published_prices_know_what_the_old_table_got_wrong_or_left_out() -> None:
    # The hand-written table billed every gpt-4o snapshot as gpt-4o ($2.50/$10); the first
    # one, gpt-4o-2024-05-13, costs $5/$15.
    assert price_for("gpt-4o-2024-05-13", DEFAULT_PRICES) == Price(Decimal(5), Decimal(15))
    assert cost_usd("gpt-4o-2024-05-13", 1_000_000, 1_000_000, DEFAULT_PRICES) == 20.0
    # Models the table never listed: other providers (through a gateway, or by name).
    for model in ("claude-sonnet-4-5", "anthropic/claude-sonnet-4-5", "gemini-2.5-flash", "o3"):
        price = price_for(model, DEFAULT_PRICES)
        assert price is not None and 0 < price.input <= price.output, model
    # A compact date is not a name OpenAI uses for gpt-4o: the library leaves it unknown, as
    # it does any name it cannot match (a table entry still resolves it, above).
    assert cost_usd("gpt-4o-0513", 1_000, 1_000, DEFAULT_PRICES) is None


@pytest.mark.parametrize(
    "model",
    [
        "llama3.1",
        "Qwen/Qwen2.5-7B-Instruct",
        "gpt-5-turbo",
        "gpt-4o-mini-foo",
        "my-azure-deployment",
        "",
    ],
)
def test_unknown_model_has_no_price_not_zero(model: str) -> None:
    assert resolve_model(model, DEFAULT_PRICES) is None
    assert published_price(model) is None
    assert cost_usd(model, 1_000, 1_000, DEFAULT_PRICES) is None


def test_authored_cassettes_cost_nothing() -> None:
    assert cost_usd("authored", 4_410, 1_893, DEFAULT_PRICES) == 0.0
    assert cost_usd("gemma3-270m-q4_k_m", 4_410, 1_893, DEFAULT_PRICES) == 0.0


def test_common_models_are_priced_and_the_shipped_table_is_read_only() -> None:
    for model in (
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4.1",
        "gpt-4.1-mini",
        "gpt-4.1-nano",
        "o4-mini",
        "gpt-5",
        "gpt-5-mini",
        "gpt-5-nano",
    ):
        price = price_for(model, DEFAULT_PRICES)
        assert price is not None and type(price) is Price, model
        assert 0 < price.input <= price.output, model
        assert price.cached_input is not None and price.cached_input < price.input, model
    assert DEFAULT_PRICES["authored"] == Price(Decimal(0), Decimal(0))
    with pytest.raises(TypeError):
        DEFAULT_PRICES["gpt-4o"] = Price(Decimal(0), Decimal(0))  # type: ignore[index]
    shipped = json.loads(
        (ROOT / "summarizer" / "storage" / "prices.json").read_text(encoding="utf-8")
    )
    assert {k for k in shipped if not k.startswith("_")} == set(DEFAULT_PRICES)
    # The shipped table holds only what the library does not know: nothing shadows it.
    assert all(published_price(model) is None for model in DEFAULT_PRICES)


# The prices the hand-written table had (openai.com/api/pricing, 2025-08: input, cached input,
# output per 1M tokens). The library publishes the same numbers for all nine.
OLD_TABLE = {
    "gpt-4o": ("2.50", "1.25", "10.00"),
    "gpt-4o-mini": ("0.15", "0.075", "0.60"),
    "gpt-4.1": ("2.00", "0.50", "8.00"),
    "gpt-4.1-mini": ("0.40", "0.10", "1.60"),
    "gpt-4.1-nano": ("0.10", "0.025", "0.40"),
    "o4-mini": ("1.10", "0.275", "4.40"),
    "gpt-5": ("1.25", "0.125", "10.00"),
    "gpt-5-mini": ("0.25", "0.025", "2.00"),
    "gpt-5-nano": ("0.05", "0.005", "0.40"),
}


@pytest.mark.parametrize("model", sorted(OLD_TABLE))
def test_published_prices_match_the_table_they_replace(model: str) -> None:
    given, cached, output = (Decimal(v) for v in OLD_TABLE[model])
    assert published_price(model) == Price(given, output, cached)


def test_our_arithmetic_equals_the_librarys_for_every_plain_openai_price() -> None:
    """A model's rates are read once and applied here (the library's calc_price costs ~0.4 ms
    a call): for every OpenAI chat model with plain rates, the same dollars as the library."""
    from genai_prices import Usage, calc_price
    from genai_prices.data_snapshot import get_snapshot

    openai = next(p for p in get_snapshot().providers if p.id == "openai")
    checked = 0
    for info in openai.models:
        price = published_price(f"openai/{info.id}")
        if price is None or type(price) is not Price or not price.output:
            continue
        for prompt, cached, completion in ((12_345, 0, 678), (9_000, 4_096, 1), (0, 0, 5)):
            usage = Usage(input_tokens=prompt, cache_read_tokens=cached, output_tokens=completion)
            expected = calc_price(usage, info.id, provider_id="openai").total_price
            assert price.cost(prompt, completion, cached) == expected, info.id
        checked += 1
    assert checked > 30


def test_tiered_prices_are_priced_by_the_library_above_the_threshold() -> None:
    # gpt-5.4 charges every token at a higher rate once a prompt passes 272,000 tokens.
    price = published_price("gpt-5.4")
    assert isinstance(price, TieredPrice)
    small, large = price.cost(100_000, 1_000, 0), price.cost(300_000, 1_000, 0)
    assert small == Decimal("0.265")  # 100k x $2.50 + 1k x $15 per 1M
    assert large == Decimal("1.5225")  # 300k x $5 + 1k x $22.50 per 1M


def test_published_prices_come_from_the_installed_data_never_the_network() -> None:
    """The suite runs with the network blocked, so a fetch would fail here; and the snapshot in
    use is the bundled one, not one an auto-update fetched."""
    from genai_prices.data_snapshot import get_snapshot

    assert cost_usd("gpt-4o-mini", 1_000, 1_000, DEFAULT_PRICES) is not None
    assert get_snapshot().from_auto_update is False


@pytest.mark.slow
def test_the_price_library_is_imported_only_when_a_model_needs_it() -> None:
    """~120 ms of import and data: not for --help, nor for pricing the recorded sets."""
    code = (
        "import sys, summarizer.cli.app\n"
        "from summarizer.storage.cost import RunCost, load_prices\n"
        "from summarizer.results import Usage\n"
        "run = RunCost(prices=load_prices())\n"
        "run.add_usage('authored', Usage(prompt_tokens=5))\n"
        "print('genai_prices' in sys.modules)\n"
        "run.add_usage('gpt-4o', Usage(prompt_tokens=5))\n"
        "print('genai_prices' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


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
    assert cost_usd("gpt-5-2025-08-07", 1, 1, prices) is None  # its snapshots too
    assert cost_usd("gpt-4o-mini", 1_000_000, 0, prices) == 0.15  # published prices remain
    assert cost_usd("gpt-4o", 1_000_000, 0, DEFAULT_PRICES) == 2.5  # and are not changed


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
