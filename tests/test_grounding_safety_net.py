"""The grounding's safety net (``verification/rule_failures``, session 29): a rule that raises
on one value flags that value *unchecked* and grounds the rest; strict mode (every test, via
tests/conftest.py, or ``ground(strict=True)``) raises instead, so the suite sees every bug."""

from __future__ import annotations

import logging
import os
from typing import Any

import pytest

from summarizer.articles import load_article
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.scoring.aggregate import grounding_flags
from summarizer.results import GroundingReport, SummaryResult
from summarizer.verification import grounding
from summarizer.verification.grounding import ground
from summarizer.verification.rule_failures import STRICT_ENV, UNCHECKED
from tests.conftest import ROOT

GOLD = load_gold(ROOT / "evals" / "gold")
LABEL = GOLD[sorted(GOLD)[0]]  # any gold article: values, passages and free text
ARTICLE = load_article(ROOT / LABEL.source)
REASON = "a verification rule failed on this value: ValueError; please report it"


def _ground(strict: bool | None) -> GroundingReport:
    return ground(LABEL.facts, ARTICLE.text, ARTICLE.metadata, ARTICLE.captions, strict=strict)


CLEAN = _ground(True)


def _raise(*args: Any) -> Any:
    raise ValueError("invalid literal for int() with base 10: '19.9'")


@pytest.fixture
def broken_kind(monkeypatch: pytest.MonkeyPatch) -> str:
    """The article's first support kind, its rule patched to raise on every value."""
    kind = CLEAN.support[0].kind
    monkeypatch.setitem(grounding.RULES, kind, _raise)
    return kind


def test_the_suite_runs_grounding_strict() -> None:
    assert os.environ.get(STRICT_ENV) == "1"  # set by tests/conftest.py


def test_strict_mode_raises_the_rules_error(broken_kind: str) -> None:
    with pytest.raises(ValueError, match=r"'19\.9'"):
        _ground(True)
    with pytest.raises(ValueError, match=r"'19\.9'"):
        _ground(None)  # the suite's environment


def test_default_mode_flags_the_value_and_grounds_the_rest(
    broken_kind: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(STRICT_ENV)  # the user's default
    with caplog.at_level(logging.DEBUG, logger="summarizer.verification"):
        report = _ground(None)
    broken = [c for c in CLEAN.support if c.kind == broken_kind]
    flagged = [c for c in report.support if c.kind == UNCHECKED]
    assert broken and [(c.path, c.value) for c in flagged] == [(c.path, c.value) for c in broken]
    assert all(not c.supported and not c.unconfirmed and c.reason == REASON for c in flagged)
    paths = {c.path for c in broken}
    rest = [c for c in report.support if c.path not in paths]
    assert rest == [c for c in CLEAN.support if c.path not in paths]  # grounded as usual
    assert report.evidence == CLEAN.evidence and report.unstated == CLEAN.unstated
    logged = [r for r in caplog.records if "ValueError" in r.getMessage()]
    warned = [r for r in logged if r.levelno == logging.WARNING]
    traced = [r for r in logged if r.levelno == logging.DEBUG]
    assert len(warned) == len(broken) and all(r.exc_info is None for r in warned)  # one line
    assert len(traced) == len(broken) and traced[0].exc_info is not None  # --debug: traceback
    # The eval and the reports show it like any other flag (a strong one)
    result = SummaryResult(
        article_id=LABEL.article_id,
        source=LABEL.source,
        facts=LABEL.facts,
        model="m",
        prompt_version="p",
        schema_version="s",
        grounding=report,
    )
    shown = [f for f in grounding_flags(result) if f.path in paths]
    assert [f.kind for f in shown] == ["unsupported"] * len(broken)
    assert all(f.reason == REASON for f in shown)


def test_a_free_text_reading_that_raises_flags_its_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grounding, "piece_problems", _raise)
    with pytest.raises(ValueError):
        _ground(True)
    report = _ground(False)
    assert report.unstated and {c.kind for c in report.unstated} == {UNCHECKED}
    assert report.support == CLEAN.support and report.evidence == CLEAN.evidence


def test_a_passage_the_locator_fails_on_is_unverified_with_the_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    located, first = grounding.find, CLEAN.evidence[0].passage

    def find(passage: str, *args: Any) -> Any:
        if passage == first:
            raise IndexError("string index out of range")
        return located(passage, *args)

    monkeypatch.setattr(grounding, "find", find)
    with pytest.raises(IndexError):
        _ground(True)
    report = _ground(False)
    failed = [c for c in report.evidence if c.passage == first]
    assert failed and all(not c.verified and "IndexError" in c.reason for c in failed)
    others = [c for c in report.evidence if c.passage != first]
    assert others == [c for c in CLEAN.evidence if c.passage != first]
