"""Hermetic tests: no real keys, no user config, no network but loopback (see pyproject's
``--block-network``). Live-path tests talk to :class:`summarizer.testing.stub.StubServer` on
127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CASSETTES = ROOT / "evals" / "cassettes"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "SUMMARIZER_MODEL",
    "SUMMARIZER_MODE",
    "SUMMARIZER_TIMEOUT",
    "SUMMARIZER_HOME",
    "SUMMARIZER_PRICES",
    "SUMMARIZER_RETRY_BUDGET",
    "SUMMARIZER_MAX_REASKS",
    "SUMMARIZER_MAX_TOKENS",
    "SUMMARIZER_TEMPERATURE",
    "SUMMARIZER_HEADERS",
    *(f"{scheme}_PROXY" for scheme in ("HTTP", "HTTPS", "ALL", "NO")),
    *(f"{scheme}_proxy" for scheme in ("http", "https", "all", "no")),
)


@pytest.fixture(autouse=True)
def hermetic_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "summarizer-home"))
    yield


def authored_turns(article_id: str) -> list[dict[str, Any]]:
    """The hand-authored answers for a seed (the same ones its cassette replays)."""
    source = CASSETTES / "authored" / "source" / f"{article_id}.json"
    return json.loads(source.read_text(encoding="utf-8"))["turns"]
