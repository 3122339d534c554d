"""Grounding's cost per article in machine instructions, repeatable on a shared machine.

``benchmarks/grounding.py`` times CPU seconds, which on a 2-core machine shared with other
work move by 10 to 20% from round to round (caches and cores are shared even when the
process time is its own): a change of a few percent cannot be seen there. Valgrind's
callgrind counts the instructions a process executes, the same count for the same code and
inputs whatever the neighbours do (seen here: to about 0.1%, run after run). So this
script runs, under callgrind, a worker that grounds the seeds' authored answers and gold facts
once to warm up and then ``--number`` more rounds, and a second worker that stops after the
warm-up; the difference, per round and article, is what grounding costs once the process is
up (imports, reading and the first, cold call are the same in both and cancel out).

``--against PATH`` counts another checkout the same way (the code before a change, e.g.
``git worktree add /tmp/before <commit>``) and prints the ratio. Each count takes about 40 s
(callgrind runs Python some 50 times slower). Needs ``valgrind`` (``apt-get install valgrind``).

    python benchmarks/instructions.py [--number 2] [--all] [--against PATH]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ("000_", "001_", "002_")


def _worker(rounds: int, select_all: bool) -> None:
    """Ground every selected article's authored answer and gold facts, once, then ``rounds``
    more times. Imports whatever ``summarizer`` is first on the path."""
    from summarizer.articles import load_article
    from summarizer.evaluation.gold import load_gold
    from summarizer.schema import ArticleFacts
    from summarizer.verification.grounding import ground

    gold = load_gold(ROOT / "evals" / "gold")
    work = []
    for source in sorted((ROOT / "evals" / "cassettes" / "authored" / "source").glob("*.json")):
        data = json.loads(source.read_text(encoding="utf-8"))
        if not select_all and not Path(data["article"]).name.startswith(SEEDS):
            continue
        article = load_article(ROOT / data["article"])
        facts = ArticleFacts.model_validate_json(json.dumps(data["turns"][-1]))
        for one in (facts, gold[article.id].facts):
            work.append((one, article.text, article.metadata))
    # As the CLI does before a run (``run.session.settle_heap``): a full collection may fall in
    # the counted rounds or not, and without this it walked the whole long-lived heap (modules,
    # schemas); the same code counted 40.1 M and 41.6 M per article, and 40.8 M and 41.0 M with
    # the heap frozen (session 17).
    gc.collect()
    gc.freeze()
    for _ in range(rounds + 1):
        for facts, text, metadata in work:
            ground(facts, text, metadata)
    print(len(work) // 2)


def _count(checkout: Path, rounds: int, select_all: bool) -> tuple[int, int]:
    """(instructions, articles) of one worker run under callgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        command += [sys.executable, str(Path(__file__).resolve()), "--worker", str(rounds)]
        command += ["--all"] if select_all else []
        # One BLAS thread: loading the gold facts imports scipy (the eval's matching), whose
        # idle BLAS threads moved the count by about 0.8 M per article between runs (session 20).
        env = dict(
            os.environ,
            PYTHONPATH=str(checkout),
            PYTHONHASHSEED="0",
            OPENBLAS_NUM_THREADS="1",
            OMP_NUM_THREADS="1",
            MKL_NUM_THREADS="1",
        )
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run failed: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1)), int(done.stdout.split()[-1])


def measure(checkout: Path, rounds: int, select_all: bool) -> float:
    """Instructions per article and call (authored answer and gold facts averaged)."""
    warm, articles = _count(checkout, 0, select_all)
    total, _ = _count(checkout, rounds, select_all)
    return (total - warm) / (rounds * articles * 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2, help="rounds counted after warm-up")
    parser.add_argument("--all", action="store_true", help="all 22 authored articles")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        _worker(args.worker, args.all)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    ours = measure(ROOT, args.number, args.all)
    print(f"this checkout: {ours / 1e6:.2f} M instructions per article")
    if args.against is not None:
        theirs = measure(args.against.resolve(), args.number, args.all)
        print(f"{args.against}: {theirs / 1e6:.2f} M instructions per article")
        print(f"ratio {args.against} / this checkout: {theirs / ours:.3f}x")


if __name__ == "__main__":
    main()
