"""The whole CLI process against a bare HTTP client, side by side, several rounds.

    python benchmarks/process.py                 # 1,000 articles, concurrency 64, 200 ms, 3 rounds
    python benchmarks/process.py --rounds 5 --json
    python benchmarks/process.py --against /tmp/old   # also the package in /tmp/old/summarizer

What a user waits for is the whole process: interpreter start, imports, reading the inputs,
the requests, grounding, the store and the output file. Each round runs, against the same stub
process (``throughput.StubProcess``, 200 ms latency):

1. a bare aiohttp client posting our request body ``N`` times at the same concurrency (the
   ceiling any client gets from this stub on this machine),
2. ``python -m summarizer summarize DIR --format jsonl --out OUT --concurrency 64 --quiet``
   with a fresh store, timed from spawn to exit,
3. the same command again with the same store and a fresh ``--out``: a cached rerun (every
   answer from the store; no request),
4. (unless ``--no-ground-free``) the cold command once more with a fresh store and grounding
   replaced by a constant: the first article's report, copied for every other one (a
   ``sitecustomize`` on ``PYTHONPATH`` swaps ``summarizer.verification.grounding.ground``
   before anything imports it). Lines and store rows stay the same size; what this run misses
   of the real one is grounding's own CPU, so its ratio is what the rest of the process
   allows, apart from grounding (which is sped up on its own; see README, Issue 16).

Rounds interleave the three, so a noisy neighbour on the shared machine hits them alike. The
report gives each round's ratio (bare client time / CLI time) and the median.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput as tp

TARGET_SHARE = 0.85  # of the bare client's throughput
TARGET_CACHED_S = 0.8  # cached rerun of 1,000 articles, whole process

GROUND_FREE = """\
import summarizer.verification.grounding as _grounding

_real = _grounding.ground
_first = []


def ground(facts, text, metadata=None):
    if not _first:
        _first.append(_real(facts, text, metadata))
    return _first[0].model_copy()


_grounding.ground = ground
"""


# Runs ``summarizer`` from the folder in argv[1] instead of the installed (editable) package,
# whose import hook would otherwise win over sys.path.
LAUNCH = """\
import runpy, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
sys.path.insert(0, sys.argv.pop(1))
sys.argv[0] = "summarizer"
runpy.run_module("summarizer", run_name="__main__", alter_sys=True)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_run(
    stub: tp.StubProcess,
    folder: Path,
    out: Path,
    store: Path,
    home: Path,
    concurrency: int,
    pythonpath: Path | None = None,
    checkout: Path | None = None,
    workers: str = "1",
) -> dict[str, Any]:
    """One whole CLI process; wall time from spawn to exit, and what the stub saw."""
    launch = ["-c", LAUNCH, str(checkout)] if checkout is not None else ["-m", "summarizer"]
    command = [
        sys.executable,
        *launch,
        "summarize",
        str(folder),
        "--base-url",
        stub.url,
        "--model",
        tp.MODEL,
        "--format",
        "jsonl",
        "--out",
        str(out),
        "--concurrency",
        str(concurrency),
        "--quiet",
        "--store",
        str(store),
        "--workers",
        workers,
    ]
    env = tp._cli_env(home)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    before = stub.command("reset")
    cpu0, started = _children_cpu(), time.perf_counter()
    proc = subprocess.run(command, cwd=tp.ROOT, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu0
    after = stub.command()
    written = failed = 0
    results = out / "results.jsonl"
    if results.exists():
        with results.open("rb") as handle:
            for line in handle:
                written += 1
                failed += json.loads(line).get("error") is not None
    if proc.returncode not in (0, 1):
        tp.log(f"CLI exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "exit": proc.returncode,
        "written": written,
        "failed": failed,
        "calls": after["calls"] - before["calls"],
    }


@contextmanager
def bench(
    args: argparse.Namespace, prefix: str
) -> Iterator[tuple[Path, tp.Workspace, tp.StubProcess]]:
    """A work folder with its article pool, and the stub; both gone afterwards (the folder
    kept with ``--keep``)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    stub = tp.StubProcess(args.latency)
    try:
        yield work, tp.Workspace(work, tp._sentence_pool()), stub
    finally:
        stub.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    run_cli = partial(cli_run, workers=args.workers)
    rounds: list[dict[str, Any]] = []
    with bench(args, "summarizer-process-") as (work, space, stub):
        folder = space.articles("main", args.articles)
        sample = sorted(folder.glob("*.txt"))[0]
        hook = work / "ground-free"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(GROUND_FREE, encoding="utf-8")
        tp.run_http_floor(stub, sample, 64, args.concurrency)  # warm the stub
        # One small run of each package first, so that every timed run finds the bytecode
        # caches written (as a user's second run does) and the disk cache warm.
        warm = space.articles("warm", 8)
        for n, checkout in enumerate((None, args.against) if args.against else (None,)):
            run_cli(stub, warm, work / f"warm-out-{n}", work / f"warm-{n}.db", work / "home", 8,
                    checkout=checkout)  # fmt: skip
        for index in range(args.rounds):
            tp.log(f"round {index + 1}/{args.rounds}")
            floor = tp.run_http_floor(stub, sample, args.articles, args.concurrency)
            store = work / f"store-{index}.db"
            cold = run_cli(
                stub, folder, work / f"out-{index}", store, work / "home", args.concurrency
            )
            cached = run_cli(
                stub, folder, work / f"out-{index}-again", store, work / "home", args.concurrency
            )
            row = {
                "bare_s": floor.wall_s,
                "cli_s": cold["wall_s"],
                "ratio": floor.wall_s / cold["wall_s"],
                "cached_s": cached["wall_s"],
                "cli": cold,
                "cached": cached,
            }
            if args.against is not None:
                old = [
                    run_cli(
                        stub,
                        folder,
                        work / f"out-{index}-old{suffix}",
                        work / f"store-{index}-old.db",
                        work / "home",
                        args.concurrency,
                        checkout=args.against,
                    )
                    for suffix in ("", "-again")
                ]
                row |= {"old": old[0], "old_cached": old[1]}
                row |= {"old_ratio": floor.wall_s / old[0]["wall_s"]}
            if args.ground_free:
                free = run_cli(
                    stub,
                    folder,
                    work / f"out-{index}-free",
                    work / f"store-{index}-free.db",
                    work / "home",
                    args.concurrency,
                    pythonpath=hook,
                )
                row |= {"free": free, "free_ratio": floor.wall_s / free["wall_s"]}
            rounds.append(row)
    ratios = [r["ratio"] for r in rounds]
    cached_s = [r["cached_s"] for r in rounds]
    free = [r["free_ratio"] for r in rounds if "free_ratio" in r]
    old = [r for r in rounds if "old" in r]
    return {
        "articles": args.articles,
        "concurrency": args.concurrency,
        "workers": args.workers,
        "latency_s": args.latency,
        "cpus": os.cpu_count(),
        "loadavg": os.getloadavg(),
        "rounds": rounds,
        "ratio_median": statistics.median(ratios),
        "cached_median_s": statistics.median(cached_s),
        "cached_cpu_median_s": statistics.median(r["cached"]["cpu_s"] for r in rounds),
        "free_ratio_median": statistics.median(free) if free else None,
        "against": str(args.against) if args.against else None,
        "old_ratio_median": statistics.median(r["old_ratio"] for r in old) if old else None,
        "old_cached_median_s": (
            statistics.median(r["old_cached"]["wall_s"] for r in old) if old else None
        ),
        "old_cached_cpu_median_s": (
            statistics.median(r["old_cached"]["cpu_s"] for r in old) if old else None
        ),
        "cpu_median_s": statistics.median(r["cli"]["cpu_s"] for r in rounds),
        "old_cpu_median_s": (statistics.median(r["old"]["cpu_s"] for r in old) if old else None),
    }


def measure_cached(args: argparse.Namespace) -> dict[str, Any]:
    """``--cached-reruns N``: one cold run per package to fill its store, then ``N`` cached
    reruns of each, alternating (the cold runs, ~20 s each, are where a busy neighbour hurts
    most; a rerun takes about a second, so many pairs fit in the time of one round)."""
    run_cli = partial(cli_run, workers=args.workers)
    packages: dict[str, Path | None] = {"this": None}
    if args.against is not None:
        packages["against"] = args.against
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in packages}
    with bench(args, "summarizer-cached-") as (work, space, stub):
        folder = space.articles("main", args.articles)
        for name, checkout in packages.items():
            cold = run_cli(stub, folder, work / f"out-{name}", work / f"{name}.db", work / "home",
                           args.concurrency, checkout=checkout)  # fmt: skip
            if cold["written"] != args.articles or cold["failed"]:
                raise SystemExit(f"the cold run of {name} wrote {cold['written']} lines")
        for index in range(args.cached_reruns):
            tp.log(f"rerun {index + 1}/{args.cached_reruns}")
            for name, checkout in packages.items():
                out = work / f"out-{name}-{index}"
                store = work / f"{name}.db"
                run = run_cli(stub, folder, out, store, work / "home", args.concurrency,
                              checkout=checkout)  # fmt: skip
                runs[name].append(run)
    return {
        "articles": args.articles,
        "cpus": os.cpu_count(),
        "loadavg": os.getloadavg(),
        "against": str(args.against) if args.against else None,
        "runs": runs,
        "median_s": {n: statistics.median(r["wall_s"] for r in rs) for n, rs in runs.items()},
        "median_cpu_s": {n: statistics.median(r["cpu_s"] for r in rs) for n, rs in runs.items()},
        "calls": {n: sum(r["calls"] for r in rs) for n, rs in runs.items()},
    }


def markdown_cached(m: dict[str, Any]) -> str:
    names = list(m["runs"])
    lines = [
        f"Cached reruns of {m['articles']:,} articles, whole process, alternating, {m['cpus']} "
        f"CPUs (load {' '.join(f'{x:.2f}' for x in m['loadavg'])})",
        "",
        "| package | median wall | median CPU | each run (wall / CPU) | requests sent |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name in names:
        each = ", ".join(f"{r['wall_s']:.2f}/{r['cpu_s']:.2f}" for r in m["runs"][name])
        label = name if name == "this" else f"{name} ({m['against']})"
        lines.append(
            f"| {label} | {m['median_s'][name]:.2f} s | {m['median_cpu_s'][name]:.2f} s | "
            f"{each} | {m['calls'][name]} |"
        )
    ok = m["median_s"]["this"] <= TARGET_CACHED_S
    lines += ["", f"Target ≤ {TARGET_CACHED_S} s: {'pass' if ok else 'miss'}."]
    if "against" in m["runs"]:
        runs = zip(m["runs"]["this"], m["runs"]["against"], strict=True)
        pairs = [other["cpu_s"] / this["cpu_s"] for this, other in runs]
        lines.append(
            f"CPU of the other package / this one, per pair: median "
            f"**{statistics.median(pairs):.2f}x** ({', '.join(f'{x:.2f}' for x in pairs)})."
        )
    return "\n".join(lines)


def markdown(m: dict[str, Any]) -> str:
    lines = [
        f"Whole CLI process vs a bare aiohttp client: {m['articles']:,} articles, concurrency "
        f"{m['concurrency']}, {m['latency_s'] * 1000:g} ms stub, {m['cpus']} CPUs "
        f"(load {' '.join(f'{x:.2f}' for x in m['loadavg'])})",
        "",
        "| round | bare client | CLI process (CPU) | CLI / bare throughput | cached rerun "
        "(CPU; calls) | grounding replaced: CLI (CPU), / bare |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for i, r in enumerate(m["rounds"], 1):
        free = r.get("free")
        lines.append(
            f"| {i} | {r['bare_s']:.2f} s | {r['cli_s']:.2f} s ({r['cli']['cpu_s']:.1f} s; "
            f"{r['cli']['written']} written, {r['cli']['failed']} failed) | "
            f"{r['ratio']:.1%} | {r['cached_s']:.2f} s ({r['cached']['cpu_s']:.2f} s; "
            f"{r['cached']['calls']}) | "
            + (
                f"{free['wall_s']:.2f} s ({free['cpu_s']:.1f} s), {r['free_ratio']:.1%} |"
                if free
                else "- |"
            )
        )
    ok_ratio = m["ratio_median"] >= TARGET_SHARE
    ok_cached = m["cached_median_s"] <= TARGET_CACHED_S
    lines += [
        "",
        f"Median CLI / bare: **{m['ratio_median']:.1%}** (target ≥ {TARGET_SHARE:.0%}: "
        f"{'pass' if ok_ratio else 'miss'}); median cached rerun **{m['cached_median_s']:.2f} s** "
        f"(target ≤ {TARGET_CACHED_S} s: {'pass' if ok_cached else 'miss'}; CPU "
        f"{m['cached_cpu_median_s']:.2f} s).",
    ]
    if m["against"]:
        lines += ["", f"The package in {m['against']}, same rounds:", ""]
        lines += ["| round | CLI process (CPU) | CLI / bare | cached rerun (CPU) |"]
        lines += ["| --- | --- | --- | --- |"]
        for i, r in enumerate(m["rounds"], 1):
            lines.append(
                f"| {i} | {r['old']['wall_s']:.2f} s ({r['old']['cpu_s']:.1f} s; "
                f"{r['old']['written']} written, {r['old']['failed']} failed) | "
                f"{r['old_ratio']:.1%} | {r['old_cached']['wall_s']:.2f} s "
                f"({r['old_cached']['cpu_s']:.2f} s) |"
            )
        lines.append(
            f"Median CLI / bare **{m['old_ratio_median']:.1%}**, cached rerun "
            f"**{m['old_cached_median_s']:.2f} s** (CPU {m['old_cached_cpu_median_s']:.2f} s); "
            f"cold CPU {m['old_cpu_median_s']:.1f} s against {m['cpu_median_s']:.1f} s."
        )
    if m["free_ratio_median"] is not None:
        lines.append(
            f"With grounding replaced by a constant: **{m['free_ratio_median']:.1%}** of the "
            "bare client (median): what the rest of the process allows."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", default="1", help="the CLI's --workers (N or auto)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        metavar="DIR",
        help="also run the summarizer package found in DIR (before/after in the same rounds)",
    )
    parser.add_argument(
        "--no-ground-free",
        dest="ground_free",
        action="store_false",
        help="skip the run with grounding replaced by a constant",
    )
    parser.add_argument(
        "--cached-reruns",
        type=int,
        default=0,
        metavar="N",
        help="measure only cached reruns: one cold run per package, then N reruns of each",
    )
    args = parser.parse_args(argv)
    if args.cached_reruns:
        measured = measure_cached(args)
        print(json.dumps(measured, indent=2) if args.json else markdown_cached(measured))
        return 0
    measured = measure(args)
    print(json.dumps(measured, indent=2) if args.json else markdown(measured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
