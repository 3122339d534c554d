"""The project's private fast path against instructor's public ``create``, side by side.

    python benchmarks/public_path.py            # full run (see below for how long)
    python benchmarks/public_path.py --quick    # smoke run (about 1.5 minutes, shared machine)
    python benchmarks/public_path.py --json     # the same, as JSON

Issue 12, item 5: keep a private fast path only where a benchmark at realistic settings
(latency >= 1 s, concurrency 64) shows it matters. The private path is
:mod:`summarizer.llm.attempts`: instructor's v2 mode handlers called directly (skipping
``create``'s async-validator walk and tenacity loop, and importing the unexported
``reject_async_validators``) and a request body spliced by hand and posted through the SDK's
``post`` (skipping ``chat.completions.create``'s parameter transform). The public path is
``instructor.from_openai(client, mode=TOOLS).chat.completions.create(...)``.

The full run needs about 5 minutes when the machine's 2 cores are free (most of it the six
1,000-article runs at 1 s, each at least 21 s); on the shared 2-core machine where it was
written (load 5 to 9) it took 10 to 11 minutes, since every phase is then CPU-bound.

How the comparison is kept fair:

* **Same work around the call.** Both paths run in the project's run engine
  (:class:`summarizer.run.engine.Engine`: preparer, ``concurrency`` fetchers, one finisher),
  with the same prompt (``prepare`` -> ``render_messages``), headers, settings (temperature 0,
  max_tokens 4096, 2 re-asks), HTTP client, grounding and result building
  (``Asked.finish``). The public variants only replace ``Engine.ask``: instead of
  ``attempts.acreate`` they await instructor's ``create`` with ``max_retries = max_reasks + 1``
  (instructor counts attempts, we count re-asks). No store (its cost is the same for both).
* **Variants.** ``private``: the engine as shipped. ``sdk-create`` (CPU phase): our attempt
  loop and plan, but sent through the SDK's public ``chat.completions.create`` instead of the
  spliced body and ``post``, which splits the private path's two pieces. ``public``:
  instructor's ``create`` with
  ``response_model=instructor.response_schema(ArticleFacts)`` wrapped once (a public function;
  instructor 1.17 wraps a plain model into a new class on every call, which defeats its schema
  cache; see DECISIONS.md, Performance). ``public-raw``: ``response_model=ArticleFacts`` as a
  caller would write it, wrapped by instructor on every call.
* **Same HTTP client for all variants in a row**: ``project`` is the project's own client
  (``async_openai_client``: aiohttp transport, retry transport, rate gate), what a switch to the
  public path would keep; ``plain`` is ``openai.AsyncOpenAI(base_url=stub, api_key="x",
  max_retries=0)`` (the SDK's default HTTP stack). CPU is measured on both; throughput on the
  ``--client`` chosen (default ``project``).
* **Authored answers, seeds as articles.** The three seeds (``seeds/``), repeated with distinct
  ids (``<id>-00042``; the text is unchanged, so grounding does the seeds' real work). The stub
  (its own process, so its CPU is not ours) recognises the seed from the request body and
  answers with that seed's authored turns (``evals/cassettes/authored/source``), turn *k* for a
  body carrying *k* earlier assistant replies, so seed ``f9d800ded702b085`` (whose first answer is
  invalid) is re-asked once on either path, as in ``tests/test_structured.py``. Every article
  must come back valid and the stub must count 4 requests per 3 articles, or the run is flagged.
* **Interleaved, repeated.** For each setting, ``--repeats`` rounds; each round runs every
  variant once, the order alternating between rounds. Reported: medians, the min-max band, and
  the private/public ratio per round (its median and band).
* **CPU per article** is process CPU (``time.process_time``, all threads) over a run / articles,
  after a warm-up run of every variant and ``settle_heap`` (as the CLI does). The dedicated CPU
  phase runs at latency 0 (CPU-bound: nothing but our work and the stub's); the throughput
  phase reports CPU per article too.
* **Ceilings.** ``concurrency / latency`` requests/s is what the stub allows; with one re-ask
  per three articles that is ``concurrency / (latency x 4/3)`` articles/s. Both are shown.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # measure the checkout this file lives in
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import StubProcess, serve  # noqa: E402  (its stub process, run with this script)

SEEDS = ROOT / "seeds"
AUTHORED = ROOT / "evals" / "cassettes" / "authored" / "source"
MODEL = "stub-model"
API_KEY = "x"
VARIANTS = ("private", "public", "public-raw", "sdk-create")
CLIENTS = ("project", "plain")
SNIPPET = 160  # characters of a seed's text that identify it in a request body


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Seeds and their authored answers
# --------------------------------------------------------------------------------------------


def seed_articles() -> list[Any]:
    from summarizer.articles import load_article

    return [load_article(path) for path in sorted(SEEDS.glob("*.txt"))]


def authored_turns() -> dict[str, list[dict[str, Any]]]:
    """Article id -> its hand-authored answers, in order (as ``tests/conftest.py`` reads them)."""
    turns = {}
    for path in sorted(AUTHORED.glob("*.json")):
        turns[path.stem] = json.loads(path.read_text(encoding="utf-8"))["turns"]
    return turns


def requests_per_article() -> float:
    """Requests one pass over the seeds takes (a seed answered invalid first is re-asked)."""
    turns = authored_turns()
    seeds = seed_articles()
    return sum(len(turns[a.id]) for a in seeds) / len(seeds)


def articles(count: int) -> list[Any]:
    """``count`` articles: the seeds in turn, each copy with a distinct id, same text."""
    seeds = seed_articles()
    return [
        dataclasses.replace(seeds[i % len(seeds)], id=f"{seeds[i % len(seeds)].id}-{i:05d}")
        for i in range(count)
    ]


# --------------------------------------------------------------------------------------------
# The stub, in its own process
# --------------------------------------------------------------------------------------------


def authored_responder() -> Any:
    """A stub responder: the seed is found by a snippet of its text in the user message, the
    turn by the number of assistant replies already in the conversation (0 first, 1 after a
    re-ask), so any number of copies and any interleaving of first attempts and re-asks get
    the same answers a seed's cassette holds."""
    from summarizer.testing.authoring import wire_response
    from summarizer.testing.stub import Reply

    turns = authored_turns()
    keys = [(a.text[:SNIPPET], turns[a.id]) for a in seed_articles()]

    def respond(body: dict[str, Any], raw: bytes) -> Reply:
        messages = body.get("messages") or []
        user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
        answers = next((t for snippet, t in keys if snippet in user), None)
        if answers is None:
            return Reply(404, {"error": {"message": "not a seed", "type": "invalid_request"}})
        earlier = sum(1 for m in messages if m.get("role") == "assistant")
        arguments = answers[min(earlier, len(answers) - 1)]
        tools = body.get("tools") or [{"function": {"name": "ArticleFacts"}}]
        name = tools[0]["function"]["name"]
        return Reply(200, wire_response(arguments, raw, "tools", f"stub-{earlier}", name))

    return respond


def serve_stub(latency: float) -> int:
    """Child mode (``--serve-stub``): print the port, then answer one JSON line per command on
    stdin (``stats``, ``latency S``, ``reset``) until stdin closes."""
    from summarizer.testing.stub import StubServer

    return serve(StubServer(responder=authored_responder(), latency=latency))


# --------------------------------------------------------------------------------------------
# The two paths, in the same engine
# --------------------------------------------------------------------------------------------


def engine_class() -> type[Any]:
    """Engine subclasses, built on first use so ``--serve-stub`` imports no engine."""
    import instructor
    import openai

    from summarizer.errors import LLMError, one_line
    from summarizer.llm import attempts
    from summarizer.llm.attempts import Outcome
    from summarizer.llm.summarize import Asked
    from summarizer.run.engine import Engine
    from summarizer.run.outcomes import Pending, failure_result

    @dataclass
    class BenchEngine(Engine):
        """``variant``: which path asks; ``http_client``: which HTTP client (the same for all
        variants of a comparison). Not ``client``: that is the engine's method that makes
        the run's SDK client."""

        variant: str = "private"
        http_client: str = "project"
        _public: Any = field(default=None, init=False, repr=False)
        _model: Any = field(default=None, init=False, repr=False)

        @asynccontextmanager
        async def running(self) -> AsyncIterator[None]:
            if self.http_client == "project":
                async with super().running():
                    await self._started()
                    yield
                return
            sdk = openai.AsyncOpenAI(
                base_url=self.settings.base_url,
                api_key=API_KEY,
                max_retries=0,
                timeout=self.settings.timeout,
            )
            self._client = sdk
            try:
                await self._started()
                yield
            finally:
                self._client = None
                await sdk.close()

        async def _started(self) -> None:
            if self.variant in ("private", "sdk-create"):
                return
            self._public = instructor.from_openai(self.client(), mode=instructor.Mode.TOOLS)
            self._model = (
                instructor.response_schema(self.schema) if self.variant == "public" else self.schema
            )

        async def ask(self, ready: Any) -> Any:
            if self.variant == "private":
                return await super().ask(ready)
            if self.variant == "sdk-create":
                return await self._ask_through_create(ready)
            call, settings = ready.call, self.settings
            self.stats.in_flight += 1
            try:
                call.started = time.perf_counter()
                value = await self._public.chat.completions.create(
                    response_model=self._model,
                    messages=call.messages,
                    max_retries=settings.max_reasks + 1,  # attempts, not re-asks
                    model=settings.model,
                    temperature=settings.temperature,
                    max_tokens=settings.max_tokens,
                    extra_headers=call.headers,
                )
            except Exception as exc:  # becomes a failed result, counted
                error = LLMError(one_line(f"{type(exc).__name__}: {exc}")[:300])
                failed = failure_result(
                    call.article.source, error, settings, self.schema, call.article.id
                )
                return self._record(failed, key=ready.key)
            finally:
                self.stats.in_flight -= 1
            outcome = Outcome(value, None, 1)
            asked = Asked(call, outcome, "live", time.perf_counter() - call.started)
            return Pending(ready.item, asked, ready.key)

        async def _ask_through_create(self, ready: Any) -> Any:
            """Our attempt loop and plan (instructor's handlers, no async-validator walk per
            request), but sent through the SDK's public ``chat.completions.create`` instead of
            the hand-spliced body and ``post``: splits the private path's two pieces."""
            plan = attempts.plan_for(self.schema, instructor.Mode.TOOLS)
            call = ready.call
            self.stats.in_flight += 1
            try:
                call.started = time.perf_counter()
                outcome = await attempts.acreate(
                    self.client().chat.completions.create,
                    plan,
                    call.request(plan),
                    self.settings.max_reasks,
                )
            except Exception as exc:  # becomes a failed result, counted
                error = LLMError(one_line(f"{type(exc).__name__}: {exc}")[:300])
                failed = failure_result(
                    call.article.source, error, self.settings, self.schema, call.article.id
                )
                return self._record(failed, key=ready.key)
            finally:
                self.stats.in_flight -= 1
            asked = Asked(call, outcome, "live", time.perf_counter() - call.started)
            return Pending(ready.item, asked, ready.key)

    return BenchEngine


@dataclass
class Run:
    variant: str
    client: str
    latency: float
    articles: int
    ok: int
    wall_s: float
    cpu_s: float
    stub_calls: int
    stub_cpu_s: float
    max_in_flight: int
    first_error: str | None = None

    @property
    def rate(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_s / self.articles if self.articles else 0.0


def run_once(
    stub: StubProcess, variant: str, client: str, items: list[Any], concurrency: int,
    latency: float,
) -> Run:  # fmt: skip
    from summarizer.llm.client import Settings

    settings = Settings(model=MODEL, base_url=stub.url, api_key=API_KEY, max_reasks=2)
    engine = engine_class()(
        settings=settings, concurrency=concurrency, variant=variant, http_client=client
    )
    stub.command(f"latency {latency}")
    before = stub.command("reset")
    counts = {"n": 0, "ok": 0}
    first_error: list[str] = []

    async def go() -> None:
        async for result in engine.run(items):
            counts["n"] += 1
            if result.ok:
                counts["ok"] += 1
            elif not first_error:
                first_error.append(str(result.error))

    cpu0, wall0 = time.process_time(), time.perf_counter()
    asyncio.run(go())
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    after = stub.command()
    return Run(
        variant,
        client,
        latency,
        counts["n"],
        counts["ok"],
        wall,
        cpu,
        after["calls"] - before["calls"],
        after["cpu_s"] - before["cpu_s"],
        after["max_in_flight"],
        first_error[0] if first_error else None,
    )


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------


@dataclass
class Phase:
    """Interleaved rounds of one setting; ``runs[variant]`` in round order."""

    name: str
    client: str
    latency: float
    articles: int
    concurrency: int
    runs: dict[str, list[Run]] = field(default_factory=dict)
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after


def interleaved(
    stub: StubProcess, name: str, variants: Sequence[str], client: str, count: int,
    concurrency: int, latency: float, repeats: int,
) -> Phase:  # fmt: skip
    items = articles(count)
    phase = Phase(name, client, latency, count, concurrency, {v: [] for v in variants})
    load = os.getloadavg()[0]
    for round_no in range(repeats):
        order = list(variants) if round_no % 2 == 0 else list(reversed(variants))
        for variant in order:
            run = run_once(stub, variant, client, items, concurrency, latency)
            phase.runs[variant].append(run)
            log(
                f"{name} round {round_no + 1}/{repeats} {variant:10s} {client:7s} "
                f"{run.rate:7.1f}/s  {run.cpu_ms:5.2f} ms CPU  {run.wall_s:6.2f} s"
                + ("" if run.ok == run.articles else f"  FAILED {run.articles - run.ok}")
            )
    phase.load = (load, os.getloadavg()[0])
    return phase


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from summarizer.run.session import settle_heap

    stub = StubProcess(0.0, script=Path(__file__).resolve())
    phases: list[Phase] = []
    try:
        clients = [args.client] + [c for c in CLIENTS if c != args.client]
        log("warm-up: every variant on every client, latency 0")
        for client in clients:
            for variant in args.variants:
                run = run_once(stub, variant, client, articles(12), 8, 0.0)
                if run.ok != run.articles:
                    raise SystemExit(f"warm-up {variant}/{client} failed: {run.first_error}")
        settle_heap()
        for client in clients:
            phases.append(
                interleaved(
                    stub,
                    "cpu",
                    args.variants,
                    client,
                    args.cpu_articles,
                    args.concurrency,
                    0.0,
                    args.repeats,
                )
            )
        for latency in args.latencies:
            count = args.articles
            phases.append(
                interleaved(
                    stub,
                    f"latency {latency:g} s",
                    args.throughput_variants,
                    args.client,
                    count,
                    args.concurrency,
                    latency,
                    args.repeats,
                )
            )
    finally:
        stub.close()
    return {"phases": phases, "requests_per_article": requests_per_article()}


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def med(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def band(values: Sequence[float]) -> str:
    return f"{min(values):.3g}-{max(values):.3g}" if len(values) > 1 else ""


def ratios(phase: Phase, mine: str, theirs: str, key: str) -> list[float]:
    """Per round: ``mine / theirs`` of rate (``key='rate'``) or CPU (``'cpu_ms'``)."""
    out = []
    for a, b in zip(phase.runs[mine], phase.runs[theirs], strict=True):
        x, y = getattr(a, key), getattr(b, key)
        if y:
            out.append(x / y)
    return out


def spread(runs: Sequence[Run]) -> float:
    """The min-max band of a variant's rates, as a share of their median (the noise)."""
    rates = [r.rate for r in runs]
    m = med(rates)
    return (max(rates) - min(rates)) / m if m and len(rates) > 1 else 0.0


def report(measured: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    phases: list[Phase] = measured["phases"]
    rpa: float = measured["requests_per_article"]
    lines: list[str] = []
    problems: list[str] = []
    add = lines.append
    add(
        f"python {platform.python_version()}, {os.cpu_count()} cores, "
        f"instructor {_version('instructor')}, openai {_version('openai')}; "
        f"concurrency {args.concurrency}, {args.repeats} interleaved rounds; "
        f"{rpa:.3g} requests per article (one seed in three is re-asked once)"
    )
    add("")
    add("CPU per article (latency 0, CPU-bound), median of rounds [min-max]:")
    add("")
    add("| client | variant | ms CPU / article | vs private | articles/s at latency 0 |")
    add("| --- | --- | --- | --- | --- |")
    for phase in (p for p in phases if p.name == "cpu"):
        for variant, runs in phase.runs.items():
            cpu = [r.cpu_ms for r in runs]
            rel = (
                "1"
                if variant == "private"
                else f"{med(ratios(phase, variant, 'private', 'cpu_ms')):.2f}x"
            )
            add(
                f"| {phase.client} | {variant} | **{med(cpu):.2f}** [{band(cpu)}] | {rel} | "
                f"{med([r.rate for r in runs]):.0f} |"
            )
    add("")
    add(loads([p for p in phases if p.name == "cpu"]))
    add("")
    add(
        f"Throughput, {args.articles} articles, concurrency {args.concurrency}, one process, "
        f"client `{args.client}`; ceiling = concurrency / latency (requests/s), and "
        f"/ {rpa:.3g} for articles/s:"
    )
    add("")
    add(
        "| latency | variant | articles/s [min-max] | of c/L | of c/(Lxreq/art) | "
        "ms CPU / article | private / this, per round [min-max] |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- |")
    summary: list[dict[str, Any]] = []
    for phase in (p for p in phases if p.name != "cpu"):
        ceiling = phase.concurrency / phase.latency if phase.latency else float("inf")
        for variant, runs in phase.runs.items():
            rates = [r.rate for r in runs]
            if variant == "private":
                rel = "—"
            else:
                rs = ratios(phase, "private", variant, "rate")
                rel = f"**{med(rs):.3f}** [{band(rs)}]"
                summary.append(
                    {
                        "latency": phase.latency,
                        "versus": variant,
                        "ratio": med(rs),
                        "ratio_min": min(rs),
                        "ratio_max": max(rs),
                        "noise": max(spread(runs), spread(phase.runs["private"])),
                    }
                )
            add(
                f"| {phase.latency:g} s | {variant} | **{med(rates):.1f}** [{band(rates)}] | "
                f"{med(rates) / ceiling:.1%} | {med(rates) * rpa / ceiling:.1%} | "
                f"{med([r.cpu_ms for r in runs]):.2f} | {rel} |"
            )
            for r in runs:
                if r.ok != r.articles or r.stub_calls != round(r.articles * rpa):
                    problems.append(
                        f"{phase.name} {variant}: {r.ok}/{r.articles} ok, {r.stub_calls} "
                        f"requests (expected {round(r.articles * rpa)}); {r.first_error}"
                    )
    add("")
    add(loads([p for p in phases if p.name != "cpu"]))
    add("")
    add("Conclusion:")
    add("")
    for line in conclude(phases, summary, rpa, args):
        add(f"* {line}")
    if problems:
        add("")
        add("Problems (these runs are not comparable):")
        for problem in problems[:10]:
            add(f"* {problem}")
    return {
        "markdown": "\n".join(lines),
        "summary": summary,
        "problems": problems,
        "runs": [
            {**dataclasses.asdict(r), "phase": p.name, "rate": r.rate, "cpu_ms": r.cpu_ms}
            for p in phases
            for rs in p.runs.values()
            for r in rs
        ],
    }


def loads(phases: Sequence[Phase]) -> str:
    """The machine's 1-minute load average around each phase: above the core count, this
    process got a share of a core, and rates (not ratios measured in the same rounds) drop."""
    shown = ", ".join(f"{p.name} ({p.client}) {p.load[0]:.1f}->{p.load[1]:.1f}" for p in phases)
    return f"Load average (1 min, {os.cpu_count()} cores) before->after: {shown}."


def conclude(
    phases: list[Phase], summary: list[dict[str, Any]], rpa: float, args: argparse.Namespace
) -> list[str]:
    out = []
    for row in summary:
        gain = row["ratio"] - 1
        clear = row["ratio_min"] > 1 and gain > row["noise"]
        verdict = "matters" if clear else "within the noise"
        out.append(
            f"latency {row['latency']:g} s, private vs {row['versus']}: {gain:+.1%} articles/s "
            f"(per-round ratio {row['ratio_min']:.3f}-{row['ratio_max']:.3f}; run-to-run "
            f"spread of either variant up to {row['noise']:.1%}): {verdict}."
        )
    cpu = next((p for p in phases if p.name == "cpu" and p.client == args.client), None)
    if cpu is not None:
        for variant in cpu.runs:
            ms = med([r.cpu_ms for r in cpu.runs[variant]])
            # One event loop does all of an article's Python work, so it cannot exceed
            # 1000 / ms articles/s; the stub's ceiling reaches that rate at this latency.
            crossing = args.concurrency * ms / 1000 / rpa
            out.append(
                f"{variant}: {ms:.2f} ms CPU per article caps one process at "
                f"~{1000 / ms:.0f} articles/s; the ceiling c/(Lx{rpa:.3g}) reaches that cap "
                f"at L ~ {crossing:.2f} s, so below ~{crossing:.2f} s (earlier in practice: "
                "replies arrive in bursts) its CPU, not the latency, bounds the run."
            )
    return out


def _version(name: str) -> str:
    from importlib.metadata import version

    try:
        return version(name)
    except Exception:
        return "?"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: small sizes")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--articles", type=int, default=None, help="per throughput run (1000)")
    parser.add_argument("--cpu-articles", type=int, default=None, help="per CPU run (300)")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument(
        "--latencies",
        type=float,
        nargs="*",
        default=None,
        help="stub latencies (1.0 0.2; none: CPU only)",
    )
    parser.add_argument("--repeats", type=int, default=None, help="interleaved rounds (3)")
    parser.add_argument("--client", choices=CLIENTS, default="project")
    parser.add_argument(
        "--variants", nargs="+", choices=VARIANTS, default=list(VARIANTS), help="CPU phase"
    )
    parser.add_argument(
        "--throughput-variants",
        nargs="+",
        choices=VARIANTS,
        default=["private", "public"],
        help="throughput phase (public-raw is CPU-bound even at 1 s; add it if you have time)",
    )
    parser.add_argument("--serve-stub", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--latency", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = args.quick
    if args.articles is None:
        args.articles = 128 if quick else 1000
    if args.cpu_articles is None:
        args.cpu_articles = 30 if quick else 150
    if args.latencies is None:
        args.latencies = [1.0, 0.2]
    if args.repeats is None:
        args.repeats = 2 if quick else 3
    for name in ("variants", "throughput_variants"):
        if "private" not in getattr(args, name):
            setattr(args, name, ["private", *getattr(args, name)])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve_stub:
        return serve_stub(args.latency)
    started = time.perf_counter()
    out = report(measure(args), args)
    log(f"done in {time.perf_counter() - started:.0f} s")
    print(json.dumps(out, indent=2) if args.json else out["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
