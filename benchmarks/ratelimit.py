"""How close a run gets to a tokens-per-minute budget without a storm of 429s.

    python benchmarks/ratelimit.py                # about a minute
    python benchmarks/ratelimit.py --json

A stub (:class:`summarizer.testing.ratelimited.Budget` around the benchmark's canned answer)
enforces a tokens budget and a requests budget the way OpenAI does (token buckets, 429 with
``retry-after`` and ``x-ratelimit-*`` headers). To keep the run short the budget is per
``--window`` seconds (default 10) instead of per minute; the engine is given the same budget
in per-minute terms (``--tpm``, ``--rpm`` as a user would pass their tier's limits), scaled by
60 / window. Articles are the throughput benchmark's synthetic ones; concurrency 64 and a
200 ms latency, so without a gate the run would ask ~30 times faster than the budget allows.

Measured:

* **share of the token budget used**: tokens the stub admitted ÷ tokens the budget allowed
  from the first admitted request to the last (a full bucket at the start plus the refill
  over that time). Target ≥ 95 %.
* **share of requests answered 429**: refused ÷ all requests the stub saw. Target ≤ 1 %.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput as tp

TARGET_USED = 0.95
TARGET_REFUSED = 0.01


def run(args: argparse.Namespace) -> dict[str, Any]:
    from summarizer.llm.client import Settings
    from summarizer.llm.ratelimit import RateGate
    from summarizer.run.dispatch import iterate_engine
    from summarizer.run.engine import Engine
    from summarizer.run.plan import input_items
    from summarizer.testing.ratelimited import Budget
    from summarizer.testing.stub import StubServer, facts_reply

    answer = json.loads(tp.ANSWER_SOURCE.read_text(encoding="utf-8"))["turns"][-1]
    budget = Budget(
        facts_reply(answer), tokens=args.tokens, requests=args.requests, window=args.window
    )
    work = Path(tempfile.mkdtemp(prefix="summarizer-ratelimit-"))
    scale = 60 / args.window
    try:
        folder = tp.Workspace(work, tp._sentence_pool()).articles("rl", args.articles)
        with StubServer(responder=budget, latency=args.latency) as stub:
            settings = Settings(model=tp.MODEL, base_url=stub.url, api_key=tp.API_KEY)
            gate = RateGate(rpm=args.requests * scale, tpm=args.tokens * scale, max_pause=60.0)
            engine = Engine(settings=settings, concurrency=args.concurrency, gate=gate)
            started = time.perf_counter()
            results = list(iterate_engine(engine, input_items([str(folder)])))
            wall = time.perf_counter() - started
            # the same count without a budget's constraint would take articles x latency / c
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert budget.first is not None and budget.last is not None
    allowed = budget.capacity_between(budget.first, budget.last)
    seen = budget.admitted + budget.refused
    return {
        "articles": args.articles,
        "ok": sum(r.ok for r in results),
        "failed": sum(not r.ok for r in results),
        "window_s": args.window,
        "tokens_per_window": args.tokens,
        "requests_per_window": args.requests,
        "concurrency": args.concurrency,
        "latency_s": args.latency,
        "wall_s": wall,
        "admitted": budget.admitted,
        "refused": budget.refused,
        "tokens_admitted": budget.tokens_admitted,
        "tokens_allowed": allowed,
        "used": budget.tokens_admitted / allowed,
        "refused_share": budget.refused / seen if seen else 0.0,
        "gate_pauses": gate.pauses,
    }


def markdown(m: dict[str, Any]) -> str:
    ok_used = m["used"] >= TARGET_USED
    ok_refused = m["refused_share"] <= TARGET_REFUSED
    return "\n".join(
        [
            f"Rate-limited stub: {m['tokens_per_window']:,} tokens and "
            f"{m['requests_per_window']:,} requests per {m['window_s']:g} s window "
            f"(the engine given --tpm/--rpm scaled to a minute), {m['articles']} articles, "
            f"concurrency {m['concurrency']}, {m['latency_s'] * 1000:g} ms latency",
            "",
            "| metric | value | target |",
            "| --- | --- | --- |",
            f"| share of the token budget used | **{m['used']:.1%}** "
            f"({m['tokens_admitted']:,} of {m['tokens_allowed']:,.0f}) | ≥ {TARGET_USED:.0%} "
            f"({'pass' if ok_used else 'miss'}) |",
            f"| requests answered 429 | **{m['refused_share']:.2%}** ({m['refused']} of "
            f"{m['admitted'] + m['refused']}) | ≤ {TARGET_REFUSED:.0%} "
            f"({'pass' if ok_refused else 'miss'}) |",
            f"| articles ok / failed | {m['ok']} / {m['failed']} | |",
            f"| wall time | {m['wall_s']:.1f} s (gate pauses: {m['gate_pauses']}) | |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rate-limit benchmark against a budgeted stub.")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--tokens", type=float, default=400_000, help="tokens per window")
    parser.add_argument("--requests", type=float, default=500, help="requests per window")
    parser.add_argument("--window", type=float, default=10.0, help="seconds per budget window")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    measured = run(args)
    print(json.dumps(measured, indent=2) if args.json else markdown(measured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
