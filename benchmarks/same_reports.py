"""Whether two checkouts give byte-identical grounding reports: for a speed change, which
must not move a single verdict (session 26).

Grounds, in each checkout (``PYTHONPATH`` set to it, one process each, in parallel): the eval
gold with and without page metadata and every authored answer; every gold fact set, plant and
probe of the outside checks (``evals/outside/check-*``); with ``--cases``, every case of every
``tests/data/grounding_*.jsonl`` set. Each report is written as ``model_dump_json`` and the two
dumps are compared byte for byte; the first differences are printed.

    python benchmarks/same_reports.py --against /work/base-checkout [--cases]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _dump(out: Path, cases: bool) -> None:
    """Every report of this process's checkout (the one ``summarizer`` is imported from),
    grounding that checkout's own gold, checks and case sets."""
    import summarizer
    from summarizer.articles import load_article
    from summarizer.evaluation.gold import load_gold
    from summarizer.schema import ArticleFacts
    from summarizer.verification.grounding import ground
    from tests.grounding_cases import report_for, set_path

    root = Path(summarizer.__file__).resolve().parents[1]
    with out.open("w", encoding="utf-8") as sink:

        def emit(key: str, report: Any) -> None:
            sink.write(key + "\t" + report.model_dump_json() + "\n")

        gold = load_gold(root / "evals" / "gold")
        for source in sorted((root / "evals" / "cassettes" / "authored" / "source").glob("*.json")):
            data = json.loads(source.read_text(encoding="utf-8"))
            article = load_article(root / data["article"])
            answer = ArticleFacts.model_validate_json(json.dumps(data["turns"][-1]))
            emit(f"eval {article.id} authored", ground(answer, article.text, article.metadata))
            facts = gold[article.id].facts
            emit(f"eval {article.id} gold", ground(facts, article.text, article.metadata))
            emit(f"eval {article.id} gold without metadata", ground(facts, article.text, None))
        for check in sorted((root / "evals" / "outside").glob("check-*")):
            for item in _lines(check / "articles.jsonl"):
                case = {"text": item["text"], "facts": item["facts"]}
                emit(f"{check.name} {item['id']} gold", report_for(case)[0])
                for plant in item["plants"]:
                    facts = copy.deepcopy(item["facts"])
                    set_path(facts, plant["path"], plant["value"])
                    planted = {"text": item["text"], "facts": facts}
                    emit(f"{check.name} {plant['id']} plant", report_for(planted)[0])
            for case in _lines(check / "probes.jsonl"):
                if case["check"] != "locate":
                    emit(f"{check.name} {case['id']} probe", report_for(case)[0])
        if cases:
            for path in sorted((root / "tests" / "data").glob("grounding_*.jsonl")):
                for case in _lines(path):
                    if case.get("check") != "locate":
                        emit(f"{path.name} {case['id']}", report_for(case)[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, required=True, help="the other checkout")
    parser.add_argument("--cases", action="store_true", help="every case set's case too")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump is not None:
        _dump(args.dump, args.cases)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        runs = []
        for name, checkout in (("this", ROOT), ("other", args.against.resolve())):
            command = [sys.executable, str(Path(__file__).resolve())]
            command += ["--against", str(checkout), "--dump", f"{scratch}/{name}"]
            command += ["--cases"] if args.cases else []
            env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
            runs.append(subprocess.Popen(command, env=env, cwd=checkout))
        if any(run.wait() != 0 for run in runs):
            print("a dump failed")
            return 2
        ours = Path(scratch, "this").read_text(encoding="utf-8").splitlines()
        theirs = Path(scratch, "other").read_text(encoding="utf-8").splitlines()
    differing = [(a, b) for a, b in zip(ours, theirs, strict=False) if a != b]
    if len(ours) == len(theirs) and not differing:
        print(f"same: {len(ours)} reports byte-identical")
        return 0
    print(f"DIFFERENT: {len(ours)} and {len(theirs)} reports, {len(differing)} differ")
    for a, b in differing[:5]:
        print(f"  this:  {a[:300]}\n  other: {b[:300]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
