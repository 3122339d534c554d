"""Running one adversarial grounding case (see ``tests/data/make_grounding_cases.py``): shared
by the test that requires every case to agree and by anyone probing the rules by hand."""

from __future__ import annotations

import collections
import json
import re
from collections.abc import Iterable
from functools import cache
from itertools import product
from pathlib import Path
from typing import Any

from summarizer.articles import load_article
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import GroundingReport, ground, locate

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(__file__).with_name("data") / "grounding_cases.jsonl"
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def generated_cases(generator: str) -> list[dict[str, Any]]:
    """The cases ``tests/data/<generator>.py`` builds now, as JSON would read them back: what
    its committed ``.jsonl`` must hold (its ``build_cases()``, the script loaded by path, as
    ``python tests/data/<generator>.py`` runs it)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(generator, CASES.with_name(f"{generator}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [json.loads(json.dumps(case)) for case in module.build_cases()]


@cache
def _article(source: str) -> str:
    return load_article(ROOT / source).text


@cache
def _gold(source: str) -> str:
    for path in (ROOT / "evals" / "gold").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["source"] == source:
            return json.dumps(data["facts"], ensure_ascii=False)
    raise LookupError(source)


def set_path(node: Any, path: str, value: Any) -> None:
    """Set the value at a facts path ("summits[0].status") in a facts dict."""
    steps = [name or int(index) for name, index in _STEP.findall(path)]
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = value


def _edited(text: str, edits: list[list[str]]) -> str:
    for old, new in edits:
        if old not in text:
            raise AssertionError(f"edit {old!r} does not apply")
        text = text.replace(old, new)
    return text


def _text_of(case: dict[str, Any]) -> str:
    """The case's article: inline ``text``, or a file named by ``article``."""
    return case["text"] if "text" in case else _article(case["article"])


def report_for(case: dict[str, Any]) -> tuple[GroundingReport, str]:
    """Ground the case's facts (inline ``facts``, else the article's gold facts) in its text,
    after its edits and settings."""
    edits = case.get("edits", [])
    text = _edited(_text_of(case), edits)
    base = json.dumps(case["facts"]) if "facts" in case else _gold(case["article"])
    facts = json.loads(_edited(base, [
        [json.dumps(old, ensure_ascii=False)[1:-1], json.dumps(new, ensure_ascii=False)[1:-1]]
        for old, new in edits if json.dumps(old, ensure_ascii=False)[1:-1] in base
    ]))  # fmt: skip
    for path, value in case.get("set", {}).items():
        set_path(facts, path, value)
    captions = tuple(case.get("captions", ()))  # the page's photo captions, kept out of text
    # strict: a rule that raises fails the case (and the outside check), never flags quietly;
    # confirm: the case's confirm-only fields, else (None) the environment's (confirm_only)
    model = ArticleFacts.model_validate(facts)
    confirm = case.get("confirm")
    return ground(model, text, None, captions, strict=True, confirm=confirm), text


def verdict(case: dict[str, Any]) -> bool:
    """What the code says of the case: True = located / supported / not flagged."""
    if case["check"] == "locate":
        return locate(case["passage"], _text_of(case)) is not None
    report, _ = report_for(case)
    path = case["path"]
    if case["check"] == "support":
        checks = [c for c in report.support if c.path == path]
        if not checks:
            raise AssertionError(f"{case['id']}: no support check ran for {path}")
        return all(c.supported for c in checks)
    if case["check"] == "tier":  # no *unsupported* flag: supported, or only unconfirmed
        checks = [c for c in report.support if c.path == path]
        if not checks:
            raise AssertionError(f"{case['id']}: no support check ran for {path}")
        strong = [c for c in checks if not c.supported and not c.unconfirmed]
        if not case["expect"] and all(c.supported for c in checks):
            raise AssertionError(f"{case['id']}: {path} must be flagged, and is supported")
        if case.get("flagged") and all(c.supported for c in checks):
            return not case["expect"]  # must be flagged, if only as unconfirmed: it is not
        return not strong
    if case["check"] == "evidence":  # a quote's text: located, and a quotation (quote_words)
        located = [e for e in report.evidence if e.path == path]
        if not located:
            raise AssertionError(f"{case['id']}: no passage checked at {path}")
        return all(e.verified for e in located)
    if case["check"] == "unevidenced":
        return path not in report.unevidenced
    if case["check"] == "unstated":
        return not [c for c in report.unstated if c.path == path]
    raise ValueError(case["check"])


def per_category(cases: list[dict[str, Any]]) -> collections.Counter[tuple[str, bool]]:
    """How many cases of each category must pass (True) and must fail (False)."""
    return collections.Counter((case["category"], bool(case["expect"])) for case in cases)


def assert_decided(
    cases: list[dict[str, Any]], categories: Iterable[str], minimum: int = 10,
    gaps: frozenset[str] = frozenset(),
) -> None:  # fmt: skip
    """What a set written after an outside check must hold: its categories and no others, at
    least ``minimum`` cases that must pass and ``minimum`` that must fail in each, and every
    verdict right (the wrong ones named in the message), but for the ids in ``gaps``: a
    review's cases no rule decides rightly yet, which must stay wrong until one does (then
    they leave ``gaps``)."""
    wanted = set(categories)
    per = per_category(cases)
    assert {category for category, _ in per} == wanted, sorted(per)
    thin = [key for key in product(sorted(wanted), (True, False)) if per[key] < minimum]
    assert not thin, f"fewer than {minimum} cases: {thin} ({dict(per)})"
    wrong = wrong_verdicts([case for case in cases if case["id"] not in gaps])
    assert not wrong, "\n".join(wrong)
    mended = [
        case["id"] for case in cases if case["id"] in gaps and verdict(case) == case["expect"]
    ]
    assert not mended, f"decided rightly now, take them off the gaps: {mended}"


def wrong_verdicts(cases: list[dict[str, Any]]) -> list[str]:
    """The cases the code decides otherwise than written, each named a false reject (a case
    that must pass) or a false accept (one that must fail), for the assertion message."""
    return [
        f"{case['id']} ({'false reject' if case['expect'] else 'false accept'}): {case['why']}"
        for case in cases
        if verdict(case) != case["expect"]
    ]
