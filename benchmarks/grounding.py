"""How long grounding takes per article, on the seeds.

For each seed it grounds the authored answer (the facts the replayed cassette holds) and the
gold facts against the seed's text, ``--number`` times per round, and reports CPU time per
article (``time.process_time``: on a shared machine wall time measures the neighbours too),
the median over ``--repeat`` rounds after a warm-up round, and the best round. Each call builds
the article's structure afresh, as a run does for every article; module-level caches of short
strings (tokens of values and names) stay warm, as they do in a long run.

Every implementation runs in a worker process of its own, fed one round at a time, so two of
them can be compared in one run: ``--against PATH`` names another checkout (the code before a
change, e.g. ``git worktree add /tmp/before <commit>``), and the rounds alternate between the
two, so a busy neighbour slows both alike; the report gives each one's milliseconds and the
ratio, round by round. In the same run it times a baseline every request pays anyway,
validating the answer's JSON into the facts model, so runs on different machines compare.

    python benchmarks/grounding.py [--repeat 9] [--number 20] [--all] [--cold] [--against PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("000_", "001_", "002_")


def _cache_clearer() -> Callable[[], None]:
    """A function that empties the caches of short strings the rules keep across articles
    (every ``functools`` cache in ``summarizer``, the tokenizer's word and piece tables, the
    rules' per-word answer tables) and the regex module's cache of compiled patterns, for
    ``--cold``: closer to an article whose words and quotes were never seen."""
    import re

    caches: list[Callable[[], None]] = [re.purge]
    for name, module in list(sys.modules.items()):
        if not name.startswith("summarizer.") or module is None:
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                caches.append(value.cache_clear)
        for table in ("_NORMS", "_PIECES", "_CUE_ANSWERS", "_STARTING"):
            if isinstance(getattr(module, table, None), dict):
                caches.append(getattr(module, table).clear)

    def clear() -> None:
        for cache_clear in caches:
            cache_clear()

    return clear


def _worker(select_all: bool, number: int, cold: bool) -> None:
    """Serve rounds on stdin/stdout: each line in is one round; each line out is a JSON object
    with CPU seconds per call, per seed, for the authored answer, the gold facts and the
    baseline (validating the answer). Imports whatever ``summarizer`` is first on the path."""
    from summarizer.articles import load_article
    from summarizer.evaluation.gold import load_gold
    from summarizer.schema import ArticleFacts
    from summarizer.verification.grounding import ground

    gold = load_gold(ROOT / "evals" / "gold")
    work = []
    for source in sorted((ROOT / "evals" / "cassettes" / "authored" / "source").glob("*.json")):
        data = json.loads(source.read_text(encoding="utf-8"))
        name = Path(data["article"]).name
        if not select_all and not name.startswith(SEEDS):
            continue
        article = load_article(ROOT / data["article"])
        answer = json.dumps(data["turns"][-1])
        facts = ArticleFacts.model_validate_json(answer)
        work.append((name, answer, facts, gold[article.id].facts, article.text, article.metadata))
    clock = time.process_time
    clear = _cache_clearer()

    def timed_ground(facts: Any, text: str, metadata: dict[str, str]) -> float:
        """CPU seconds per call, over ``number`` calls (caches emptied before each if cold)."""
        if not cold:
            start = clock()
            for _ in range(number):
                ground(facts, text, metadata)
            return (clock() - start) / number
        spent = 0.0
        for _ in range(number):
            clear()
            start = clock()
            ground(facts, text, metadata)
            spent += clock() - start
        return spent / number

    for _ in sys.stdin:
        result: dict[str, Any] = {}
        for name, answer, facts, label, text, metadata in work:
            start = clock()
            for _ in range(number):
                ArticleFacts.model_validate_json(answer)
            validate = (clock() - start) / number
            authored = timed_ground(facts, text, metadata)
            labelled = timed_ground(label, text, metadata)
            report = ground(facts, text, metadata)
            result[name] = {
                "validate": validate,
                "authored": authored,
                "gold": labelled,
                "passages": len(report.evidence),
                "values": len(report.support),
            }
        print(json.dumps(result), flush=True)


class Worker:
    """One implementation (a checkout's ``summarizer`` package) in a process of its own."""

    def __init__(self, label: str, checkout: Path, args: argparse.Namespace) -> None:
        self.label = label
        command = [sys.executable, str(Path(__file__).resolve()), "--worker"]
        command += ["--number", str(args.number)] + (["--all"] if args.all else [])
        command += ["--cold"] if args.cold else []
        env = dict(os.environ, PYTHONPATH=str(checkout))
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
        )
        self.rounds: list[dict[str, Any]] = []

    def round(self, keep: bool) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("round\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.label} worker stopped")
        if keep:
            self.rounds.append(json.loads(line))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()

    def per_seed(self, key: str) -> dict[str, list[float]]:
        return {name: [r[name][key] for r in self.rounds] for name in self.rounds[0]}

    def means(self, key: str) -> list[float]:
        """Mean over the articles, per round."""
        return [statistics.fmean(r[name][key] for name in r) for r in self.rounds]


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1e3:.2f} ms (best {min(values) * 1e3:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="rounds (after one warm-up)")
    parser.add_argument("--number", type=int, default=20, help="calls per article per round")
    parser.add_argument("--all", action="store_true", help="all 22 authored articles")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--json", action="store_true", help="print the rounds as JSON")
    parser.add_argument(
        "--cold", action="store_true", help="empty the caches of short strings before every call"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.all, args.number, args.cold)
        return
    workers = [Worker("this checkout", ROOT, args)]
    if args.against is not None:
        workers.append(Worker(f"{args.against}", args.against.resolve(), args))
    load = os.getloadavg()[0]
    for index in range(args.repeat + 1):
        order = workers if index % 2 == 0 else workers[::-1]
        for worker in order:
            worker.round(keep=index > 0)
    for worker in workers:
        worker.close()
    if args.json:
        print(json.dumps({w.label: w.rounds for w in workers}, indent=1))
        return
    load = max(load, os.getloadavg()[0])
    ours = workers[0]
    print(
        f"CPU per article, median of {args.repeat} rounds of {args.number} calls "
        f"(best round in brackets){', caches emptied before every call' if args.cold else ''}; "
        f"load average up to {load:.1f}\n"
    )
    header = "| article | validate answer (baseline) | ground authored answer | ground gold facts |"
    for worker in workers:
        print(f"{worker.label}:\n\n{header}\n| --- | --- | --- | --- |")
        validate, authored, gold = (worker.per_seed(k) for k in ("validate", "authored", "gold"))
        for name in authored:
            ratio = statistics.median(authored[name]) / statistics.median(validate[name])
            shape = worker.rounds[0][name]
            print(
                f"| {name} | {_ms(validate[name])} | {_ms(authored[name])} ({ratio:.0f}x; "
                f"{shape['passages']} passages, {shape['values']} values) | {_ms(gold[name])} |"
            )
        print(
            f"\nmean per article: authored answers {_ms(worker.means('authored'))}, "
            f"gold facts {_ms(worker.means('gold'))}\n"
        )
    if len(workers) == 2:
        before = workers[1]
        for key in ("authored", "gold"):
            ratios = [a / b for a, b in zip(before.means(key), ours.means(key), strict=True)]
            print(
                f"{key}: {before.label} / this checkout, per round: median "
                f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]"
            )


if __name__ == "__main__":
    main()
