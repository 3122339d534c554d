"""Running an outside check of the grounding (``evals/outside/check-NN/``).

An outside check is a set of articles written from real news facts by someone who had not seen
the grounding rules, each with the facts a careful labeller writes (every value correct, every
evidence sentence verbatim), *plants* (a copy of those facts with one value made wrong in a way
a fact-checker must catch) and *probes* (single cases in the format of
``tests/grounding_cases.py``). It measures what the case sets cannot: how often a correct value
is flagged in text nobody tuned the rules to, and how many tempting wrong values get through.
Once its causes have been handed to rule writers a check is no longer unseen; it stays as a
regression measure (``tests/test_outside_checks.py``) and a newer check measures the unseen rate.

    python -m tests.outside_checks            # every check: one summary line each
    python -m tests.outside_checks 50 -v      # one check, with every flag, miss and wrong probe
    python -m tests.outside_checks 59 60 --fields   # flags and catches per field and strength

``--fields`` says where a check's errors are and how far each strength of flag can be trusted:
per field, the false alarms and the plants caught, each split into strong flags (the checker
read the value as wrong) and unconfirmed ones (it could not read the value's role), and the
plants missed.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.grounding_cases import report_for, set_path, verdict

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ROOT / "evals" / "outside"


@dataclass
class CheckResult:
    """What one run of a check found. ``flags`` are false alarms: every flag on correct facts."""

    name: str
    support_checks: int = 0
    flags: list[str] = field(default_factory=list)
    unconfirmed: int = 0
    plants: int = 0
    caught: int = 0
    strong: int = 0
    missed: list[str] = field(default_factory=list)
    probes: int = 0
    wrong_probes: list[str] = field(default_factory=list)
    # (field path with its indexes dropped, "alarm"/"catch" + " strong"/" unconfirmed" or "miss")
    by_field: Counter[tuple[str, str]] = field(default_factory=Counter)

    def summary(self) -> str:
        return (
            f"{self.name}: gold {len(self.flags)} flagged of {self.support_checks} support checks "
            f"({self.unconfirmed} unconfirmed) | plants {self.caught} of {self.plants} caught "
            f"({self.strong} strong) | probes wrong {len(self.wrong_probes)} of {self.probes}"
        )


def _flags(report: Any) -> list[tuple[str, str, str, bool]]:
    """(kind of flag, path, value, strong) for every flag in a grounding report."""
    found = [("unverified", c.path, c.passage, True) for c in report.unverified]
    found += [("unsupported", c.path, c.value, not c.unconfirmed) for c in report.unsupported]
    found += [("unevidenced", path, "", True) for path in report.unevidenced]
    found += [("unstated", c.path, c.value, True) for c in report.unstated]
    return found


def _near(path: str, planted: str) -> bool:
    """A flag at the planted path, inside it, or on the field holding it (a number is checked
    at its quantity)."""
    return any(
        one == other or one.startswith((other + ".", other + "["))
        for one, other in ((path, planted), (planted, path))
    )


def _field(path: str) -> str:
    """A flag's field, whichever item it is on: "quotes[3].speaker" -> "quotes[].speaker"."""
    return re.sub(r"\[\d+\]", "[]", path).removesuffix(".value")


def _strength(strong: bool) -> str:
    return "strong" if strong else "unconfirmed"


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run_check(directory: Path) -> CheckResult:
    """Ground a check's gold facts, each plant and each probe with this checkout's rules."""
    result = CheckResult(directory.name)
    for article in _lines(directory / "articles.jsonl"):
        report, _ = report_for({"text": article["text"], "facts": article["facts"]})
        result.support_checks += len(report.support)
        gold = _flags(report)
        result.unconfirmed += sum(1 for kind, *_, strong in gold if not strong)
        result.by_field.update((_field(path), f"alarm {_strength(s)}") for _, path, _, s in gold)
        result.flags += [
            f"{article['id']} {kind} {path} = {value!r}" for kind, path, value, _ in gold
        ]
        seen = {flag[:3] for flag in gold}
        for plant in article["plants"]:
            facts = copy.deepcopy(article["facts"])
            set_path(facts, plant["path"], plant["value"])
            report, _ = report_for({"text": article["text"], "facts": facts})
            new = [f for f in _flags(report) if f[:3] not in seen and _near(f[1], plant["path"])]
            result.plants += 1
            result.caught += bool(new)
            result.strong += any(strong for *_, strong in new)
            if new:  # the plant counts once, at its strongest flag's field
                first = max(new, key=lambda flag: flag[3])
                result.by_field[(_field(first[1]), f"catch {_strength(first[3])}")] += 1
            else:
                result.by_field[(_field(plant["path"]), "miss")] += 1
                result.missed.append(f"{plant['id']} {plant['path']} = {plant['value']!r}")
    for case in _lines(directory / "probes.jsonl"):
        result.probes += 1
        try:
            got = verdict(case)
        except AssertionError:  # no support check ran on the path: nothing flagged it
            got = True
        if got != case["expect"]:
            result.wrong_probes.append(f"{case['id']} (expect {case['expect']}): {case['why']}")
    return result


_COLUMNS = (
    "alarm strong",
    "alarm unconfirmed",
    "catch strong",
    "catch unconfirmed",
    "miss",
)


def field_table(results: list[CheckResult]) -> str:
    """The checks' flags per field and strength, as a Markdown table, busiest field first."""
    total: Counter[tuple[str, str]] = Counter()
    for result in results:
        total.update(result.by_field)
    fields = sorted(
        {name for name, _ in total},
        key=lambda name: (-sum(total[(name, column)] for column in _COLUMNS[:2]), name),
    )
    lines = ["| field | " + " | ".join(_COLUMNS) + " |", "| --- |" + " ---: |" * len(_COLUMNS)]
    lines += [
        f"| {name} | " + " | ".join(str(total[(name, column)]) for column in _COLUMNS) + " |"
        for name in fields
    ]
    lines.append(
        "| all | "
        + " | ".join(str(sum(total[(name, column)] for name in fields)) for column in _COLUMNS)
        + " |"
    )
    return "\n".join(lines)


def checks() -> list[Path]:
    """Every check directory in number order ("check-100" after "check-99")."""
    found = [path for path in CHECKS.glob("check-*") if path.is_dir()]
    return sorted(found, key=lambda path: (len(path.name), path.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("numbers", nargs="*", help="check numbers (default: every check)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every item")
    parser.add_argument(
        "--fields", action="store_true", help="end with a table of flags per field and strength"
    )
    args = parser.parse_args(argv)
    wanted = {f"check-{number}" for number in args.numbers}
    results = []
    for directory in checks():
        if wanted and directory.name not in wanted:
            continue
        result = run_check(directory)
        results.append(result)
        print(result.summary())
        if args.verbose:
            for title, items in (
                ("flagged", result.flags),
                ("missed", result.missed),
                ("probe wrong", result.wrong_probes),
            ):
                for item in items:
                    print(f"  {title}: {item}")
    if args.fields:
        print(field_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
