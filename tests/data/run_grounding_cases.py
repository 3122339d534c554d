"""Run a file of grounding cases and print every disagreement, per category.

For probing the rules with a new set (a reviewer's, say) before it becomes a test:

    .venv/bin/python tests/data/run_grounding_cases.py [CASES.jsonl]

Without an argument it runs ``grounding_cases.jsonl``. Cases marked ``arguable`` are listed but
not counted; the case format is described in ``make_grounding_cases.py``.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root

from tests.grounding_cases import load_cases, verdict


def main(argv: list[str]) -> int:
    cases = load_cases(Path(argv[1])) if len(argv) > 1 else load_cases()
    wrong: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for case in cases:
        total[case["category"]] += 1
        try:
            got = verdict(case)
        except Exception as exc:  # a broken case is reported, not fatal
            print("ERR", case["id"], exc)
            wrong[case["category"]] += 1
            continue
        if got == case["expect"]:
            continue
        if case.get("arguable"):
            print("  arguable", case["id"], "expect", case["expect"], case["why"])
            continue
        wrong[case["category"]] += 1
        shown = case.get("passage", case.get("set"))
        print("FAIL", case["id"], "expect", case["expect"], case["why"], "|", shown)
    print({name: f"{total[name] - wrong[name]}/{total[name]}" for name in total})
    print("total", sum(total.values()), "wrong", sum(wrong.values()))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
