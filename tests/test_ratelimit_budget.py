"""The rate gate against a stub that enforces a tokens budget like OpenAI (issue 16): the run
uses the budget and is almost never answered 429. (benchmarks/ratelimit.py measures the same
at scale.)"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.articles import article_from_text
from summarizer.llm.client import Settings
from summarizer.llm.ratelimit import RateGate
from summarizer.run.dispatch import iterate_engine
from summarizer.run.engine import Engine
from summarizer.testing.ratelimited import Budget, duration
from summarizer.testing.stub import StubServer, facts_reply
from tests.conftest import SEED_FILES, authored_turns

ROOT = Path(__file__).resolve().parent.parent
VALID = "f9d800ded702b085"


def test_budget_refuses_like_openai() -> None:
    budget = Budget(facts_reply(authored_turns(VALID)[-1]), tokens=10, window=1.0)
    reply = budget({}, b"x" * 400)  # ~100 prompt tokens: more than the bucket holds
    assert reply.status == 429
    assert reply.body["error"]["code"] == "rate_limit_exceeded"
    assert {"retry-after", "retry-after-ms", "x-ratelimit-remaining-tokens"} <= set(reply.headers)
    assert duration(0.25) == "250ms" and duration(1.5) == "1.5s" and duration(62) == "1m2s"


def test_the_gate_uses_the_token_budget_without_429s() -> None:
    answer = authored_turns(VALID)[-1]
    text = SEED_FILES[0].read_text(encoding="utf-8")
    articles = [article_from_text(f"{text}\n\nDispatch number {n}.") for n in range(24)]
    budget = Budget(facts_reply(answer), tokens=60_000, requests=1000, window=2.0)
    with StubServer(responder=budget, latency=0.02) as stub:
        settings = Settings(model="stub-model", base_url=stub.url, api_key="k", max_reasks=0)
        gate = RateGate(tpm=60_000 * 30, rpm=1000 * 30, max_pause=10)
        engine = Engine(settings=settings, concurrency=16, gate=gate)
        results = list(iterate_engine(engine, articles))
    assert all(r.ok for r in results), [r.error for r in results if not r.ok][:1]
    assert budget.first is not None and budget.last is not None
    seen = budget.admitted + budget.refused
    assert budget.refused <= 1, f"{budget.refused} of {seen} answered 429"
    used = budget.tokens_admitted / budget.capacity_between(budget.first, budget.last)
    assert used >= 0.8, json.dumps({"used": used, "admitted": budget.admitted})
    assert gate.ratio() > 1.2  # it learned that answers cost tokens too
