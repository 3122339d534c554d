"""How long grounding takes per article, on the seeds.

For each seed it grounds the authored answer (the facts the replayed cassette holds) and the
gold facts against the seed's text, many times, and reports the best CPU time per article
(``time.process_time``: on a shared machine wall time measures the neighbours too). Each
repetition builds the article's structure afresh, as a run does for every article. In the same
run it times a baseline every request pays anyway, validating the answer's JSON into the facts
model, and reports grounding as a multiple of it, so runs on different machines compare.

    python benchmarks/grounding.py [--repeat 9] [--number 20]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from summarizer.articles import load_article
from summarizer.gold import load_gold
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground

ROOT = Path(__file__).resolve().parents[1]


def best(action: Callable[[], object], number: int, repeat: int) -> float:
    """Best CPU seconds per call over ``repeat`` rounds of ``number`` calls."""
    rounds = []
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(number):
            action()
        rounds.append((time.process_time() - start) / number)
    return min(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--number", type=int, default=20)
    args = parser.parse_args()
    gold = load_gold(ROOT / "evals" / "gold")
    rows = []
    for source in sorted((ROOT / "evals" / "cassettes" / "authored" / "source").glob("*.json")):
        data = json.loads(source.read_text(encoding="utf-8"))
        article = load_article(ROOT / data["article"])
        answer = json.dumps(data["turns"][-1])
        facts = ArticleFacts.model_validate_json(answer)
        label = gold[article.id].facts
        validate = best(partial(ArticleFacts.model_validate_json, answer), args.number, args.repeat)
        authored = best(
            partial(ground, facts, article.text, article.metadata), args.number, args.repeat
        )
        labelled = best(
            partial(ground, label, article.text, article.metadata), args.number, args.repeat
        )
        report = ground(facts, article.text, article.metadata)
        rows.append((data["article"], validate, authored, labelled, report))
    print("| seed | validate answer (baseline) | ground authored answer | ground gold facts |")
    print("| --- | --- | --- | --- |")
    for name, validate, authored, labelled, report in rows:
        print(
            f"| {Path(name).name} | {validate * 1e3:.3f} ms | {authored * 1e3:.2f} ms "
            f"({authored / validate:.0f}x; {len(report.evidence)} passages, "
            f"{len(report.support)} values) | {labelled * 1e3:.2f} ms |"
        )
    mean = sum(row[2] for row in rows) / len(rows)
    print(f"\nmean per article, authored answers: {mean * 1e3:.2f} ms of CPU")


if __name__ == "__main__":
    main()
