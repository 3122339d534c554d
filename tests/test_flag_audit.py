"""Grounding's flags judged by the gold (summarizer/evaluation/scoring/flag_audit.py).

Built runs (the small gold set of tests/test_scoring.py, with planted flags) check each class
of the classifier: a false alarm, a catch, a miss, an extra item whose predicted index is not
its gold index, a number flagged at its quantity, and an evidence passage's flag. A property
test checks that every flag and every wrong value gets exactly one class, and that the class
agrees with what the flag sits on. The authored run's audit is checked against the code's own
numbers, never numbers typed in here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.evaluation.harness import load_report
from summarizer.evaluation.report import render_html, render_markdown
from summarizer.evaluation.report.verification import (
    verification_lines,
    verification_note,
    verification_summary,
)
from summarizer.evaluation.scoring import (
    EvalReport,
    GroundingFlag,
    Outcome,
    audit,
    evaluate,
)
from summarizer.evaluation.scoring.flag_audit import touches
from summarizer.results import EvidenceCheck, GroundingReport, SupportCheck
from summarizer.schema import ArticleFacts, Quote
from summarizer.schema.paths import evidence_holder
from tests.conftest import ROOT, EvalRun
from tests.test_scoring import gold_a1, gold_a2, gold_set, result


def unsupported(path: str, value: str, *, weak: bool = False) -> SupportCheck:
    return SupportCheck(
        path=path, value=value, kind="test", supported=False, reason="planted", unconfirmed=weak
    )


def run_a1(prediction: ArticleFacts, grounding: GroundingReport) -> EvalReport:
    """a1 predicted as given, with the given grounding; a2 predicted perfectly, unflagged."""
    return evaluate(
        [result("a1", prediction, grounding=grounding), result("a2", gold_a2())], gold_set()
    )


def with_summit(**changes: Any) -> ArticleFacts:
    facts = gold_a1()
    summit = facts.summits[0]
    facts.summits[0] = type(summit).model_validate({**summit.model_dump(), **changes})
    return facts


def verdicts(report: EvalReport) -> dict[str, str]:
    assert report.verification is not None
    return {flag.path: flag.verdict for flag in report.verification.flags}


def values(report: EvalReport) -> dict[str, tuple[str, str | None]]:
    assert report.verification is not None
    return {v.pred_path: (v.verdict, v.strength) for v in report.verification.values}


def test_a_flag_on_a_correct_value_is_a_false_alarm() -> None:
    report = run_a1(
        gold_a1(), GroundingReport(support=[unsupported("summits[0].planned_location", "Budapest")])
    )
    found = report.verification
    assert found is not None
    assert verdicts(report) == {"summits[0].planned_location": "false_alarm"}
    assert (found.false_alarms.strong, found.false_alarms.unconfirmed) == (1, 0)
    assert found.caught.total == found.missed == found.flagged.total == 0
    assert found.false_alarm_share == 1.0 and found.catch_rate is None
    assert found.flags[0].outcomes == ["summits[0].planned_location"]


def test_a_flag_on_a_wrong_value_is_a_catch_and_the_value_is_flagged() -> None:
    report = run_a1(
        with_summit(status="postponed"),
        GroundingReport(support=[unsupported("summits[0].status", "postponed", weak=True)]),
    )
    found = report.verification
    assert found is not None
    assert verdicts(report) == {"summits[0].status": "caught"}
    assert (found.caught.strong, found.caught.unconfirmed) == (0, 1)
    assert values(report) == {"summits[0].status": ("flagged", "unconfirmed")}
    assert found.false_alarm_share == 0.0 and found.catch_rate == 1.0


def test_a_wrong_value_no_flag_touches_is_missed() -> None:
    # a flag on a sibling value (a false alarm) does not flag the wrong status
    report = run_a1(
        with_summit(status="postponed"),
        GroundingReport(support=[unsupported("summits[0].planned_location", "Budapest")]),
    )
    found = report.verification
    assert found is not None
    assert values(report) == {"summits[0].status": ("missed", None)}
    assert found.missed == 1 and found.catch_rate == 0.0
    assert verdicts(report) == {"summits[0].planned_location": "false_alarm"}


def test_an_extra_item_is_joined_by_its_predicted_index() -> None:
    """An extra quote put first: its values are FA at ``quotes[+0]`` and the gold's quotes
    move to predicted indexes 1 and 2. A flag on ``quotes[1].speaker`` is on Trump's quote
    (gold ``quotes[0]``), correct; the extra item's flag covers each of its values."""
    facts = gold_a1()
    facts.quotes.insert(0, Quote(speaker="Viktor Orban", text="Budapest is ready to host them"))
    report = run_a1(
        facts,
        GroundingReport(
            support=[unsupported("quotes[1].speaker", "Donald Trump")],
            unevidenced=["quotes[0]"],
        ),
    )
    paths = {(o.path, o.pred_path) for o in report.outcomes if o.article_id == "a1"}
    assert ("quotes[0].speaker", "quotes[1].speaker") in paths
    assert ("quotes[+0].speaker", "quotes[0].speaker") in paths
    assert verdicts(report) == {"quotes[1].speaker": "false_alarm", "quotes[0]": "caught"}
    assert values(report) == {
        "quotes[0].speaker": ("flagged", "strong"),
        "quotes[0].text": ("flagged", "strong"),
    }


def test_an_extra_list_item_is_joined_by_its_predicted_index() -> None:
    """A third party: an FA at gold path ``summits[0].parties[+2]``, predicted ``parties[2]``."""
    report = run_a1(
        with_summit(parties=["Trump", "Putin", "Orban"]),
        GroundingReport(support=[unsupported("summits[0].parties[2]", "Orban")]),
    )
    wrong = [o for o in report.outcomes if o.outcome == "FA"]
    assert [(o.path, o.pred_path) for o in wrong] == [
        ("summits[0].parties[+2]", "summits[0].parties[2]")
    ]
    assert verdicts(report) == {"summits[0].parties[2]": "caught"}
    assert values(report) == {"summits[0].parties[2]": ("flagged", "strong")}


def test_a_number_is_flagged_at_its_quantity_or_its_count() -> None:
    facts = gold_a1()
    count = facts.sanctions[0].counts[0]
    facts.sanctions[0].counts[0] = type(count).model_validate(
        {**count.model_dump(), "value": {"value": 85}}
    )
    at_value = run_a1(
        facts, GroundingReport(support=[unsupported("sanctions[0].counts[0].value", "85")])
    )
    assert verdicts(at_value) == {"sanctions[0].counts[0].value": "caught"}
    assert values(at_value) == {"sanctions[0].counts[0].value": ("flagged", "strong")}
    # a flag on the count item sits on its value (and on its correct "what": still a catch)
    at_item = run_a1(facts, GroundingReport(unevidenced=["sanctions[0].counts[0]"]))
    assert verdicts(at_item) == {"sanctions[0].counts[0]": "caught"}
    assert values(at_item) == {"sanctions[0].counts[0].value": ("flagged", "strong")}
    # a flag on a part of the quantity sits on the quantity scoring scores as one value
    assert touches("sanctions[0].counts[0].value.qualifier", "sanctions[0].counts[0].value")
    assert not touches("sanctions[0].counts[1].value", "sanctions[0].counts[10].value")
    assert not touches("sanctions[0].count", "sanctions[0].counts[0].value")


def test_an_evidence_flag_is_unscored_but_flags_the_values_it_is_evidence_for() -> None:
    passage = EvidenceCheck(path="summits[0].evidence[0]", passage="made up", verified=False)
    report = run_a1(with_summit(status="postponed"), GroundingReport(evidence=[passage]))
    found = report.verification
    assert found is not None
    assert verdicts(report) == {"summits[0].evidence[0]": "unscored"}
    assert (found.unscored.strong, found.false_alarms.total, found.caught.total) == (1, 0, 0)
    assert values(report) == {"summits[0].status": ("flagged", "strong")}
    # a count is read against its measure's evidence; a position against its own
    assert evidence_holder("sanctions[1].counts[0].value") == "sanctions[1]"
    assert evidence_holder("ceasefires[0].positions[1].stance") == "ceasefires[0].positions[1]"
    assert evidence_holder("article.published") is None
    # a list is no item: only its indexed members hold evidence
    assert evidence_holder("ceasefires[0].positions") == "ceasefires[0]"
    assert evidence_holder("summits") is None


def test_flags_of_another_article_and_free_text_stay_unscored() -> None:
    report = evaluate(
        [
            result(
                "a1", gold_a1(), grounding=GroundingReport(unstated=[unsupported("summary", "x")])
            ),
            result("zz", gold_a2(), grounding=GroundingReport(unevidenced=["opinions[0]"])),
            result("a2", gold_a2()),
        ],
        gold_set(),
    )
    assert verdicts(report) == {"summary": "unscored", "opinions[0]": "unscored"}


def test_a_report_written_before_the_audit_still_loads() -> None:
    """An older baseline has no ``pred_path`` and no ``verification``: it loads, and the
    reports show no verification section for it."""
    data = json.loads((ROOT / "evals" / "baselines" / "authored.json").read_text())
    for outcome in data["outcomes"]:
        outcome.pop("pred_path", None)
    data.pop("verification", None)
    report = EvalReport.model_validate(data)
    assert report.verification is None and all(o.pred_path is None for o in report.outcomes)
    assert verification_lines(report) == [] and verification_summary(report) == ""
    assert "Verification against the gold" not in render_markdown(report)
    assert "Verification against the gold" not in render_html(report)


# --- every flag and every wrong value gets exactly one class ------------------------------------

_STEPS = st.sampled_from(["summits[0]", "summits[1]", "quotes[0]", "article"])
_LEAVES = st.sampled_from(["status", "speaker", "counts[0].value", "parties[1]", "evidence[0]"])
_PATHS = st.builds(lambda a, b: f"{a}.{b}", _STEPS, _LEAVES) | _STEPS | st.just("summary")
_ARTICLES = st.sampled_from(["a", "b"])
_KINDS = st.sampled_from(["unsupported", "unconfirmed", "unverified", "unevidenced", "unstated"])


@st.composite
def outcomes(draw: st.DrawFn) -> Outcome:
    kind = draw(st.sampled_from(["TP", "FD", "FN", "FA", "TN"]))
    path = draw(_PATHS)
    return Outcome(
        article_id=draw(_ARTICLES),
        path=path,
        field=path,
        section=path.split(".")[0],
        outcome=kind,
        pred_path=None if kind in ("FN", "TN") else path,
    )


_FLAGS = st.builds(GroundingFlag, article_id=_ARTICLES | st.none(), kind=_KINDS, path=_PATHS)


@given(st.lists(outcomes(), max_size=12), st.lists(_FLAGS, max_size=8))
def test_every_flag_and_every_wrong_value_gets_exactly_one_class(
    scored: list[Outcome], flags: list[GroundingFlag]
) -> None:
    found = audit(scored, flags)
    wrong = [o for o in scored if o.outcome in ("FD", "FA")]
    assert [f.path for f in found.flags] == [f.path for f in flags]
    assert [v.pred_path for v in found.values] == [o.pred_path for o in wrong]
    assert found.false_alarms.total + found.caught.total + found.unscored.total == len(flags)
    assert found.flagged.total + found.missed == len(wrong)
    for flag, judged in zip(flags, found.flags, strict=True):
        on = [
            o
            for o in scored
            if o.article_id == flag.article_id
            and o.pred_path is not None
            and touches(flag.path, o.pred_path)
        ]
        kinds = {o.outcome for o in on}
        expected = (
            "unscored"
            if not on or ".evidence" in flag.path
            else "caught"
            if kinds & {"FD", "FA"}
            else "false_alarm"
        )
        assert judged.verdict == expected
        assert judged.strength == ("unconfirmed" if flag.kind == "unconfirmed" else "strong")
    for value in found.values:
        near = [
            f
            for f in flags
            if f.article_id == value.article_id and touches(f.path, value.pred_path)
        ]
        if near:
            assert value.verdict == "flagged"
        elif value.verdict == "flagged":  # only through its evidence
            assert all(".evidence" in path for path in value.flags)
        if value.verdict == "missed":
            assert value.strength is None and not value.flags
        else:
            assert value.strength in ("strong", "unconfirmed") and value.flags


# --- the authored run ---------------------------------------------------------------------------


@pytest.mark.slow
def test_the_authored_run_reports_its_audit(authored_eval: EvalRun) -> None:
    """The audit in report.json is the one the code computes from the run's own outcomes and
    flags; every flag and wrong value is classified; the reports print its numbers and say
    the wrong values are the cassette authors' plants."""
    done, out = authored_eval.done, authored_eval.out
    assert done.returncode == 0, done.stderr
    report = load_report(out / "report.json")
    found = report.verification
    assert found is not None
    assert found == audit(report.outcomes, report.grounding_flags)
    wrong = [o for o in report.outcomes if o.outcome in ("FD", "FA")]
    assert found.flagged.total + found.missed == len(wrong) > 0
    judged = found.false_alarms.total + found.caught.total + found.unscored.total
    assert judged == len(report.grounding_flags)
    assert found.caught.total and found.false_alarms.total and found.missed
    by_path = {(f.article_id, f.path): f.verdict for f in found.flags}
    assert by_path[("a2b2248e483936df", "quotes[3].speaker")] == "caught"
    assert by_path[("fd6059d6d97c3021", "summits[0].evidence[2]")] == "unscored"
    missed = {(v.article_id, v.pred_path) for v in found.values if v.verdict == "missed"}
    assert ("76d24c1bf10a8da2", "events[0].kind") in missed  # the extra event, unflagged
    markdown = (out / "report.md").read_text()
    html = (out / "report.html").read_text()
    assert "## Verification against the gold" in markdown
    note = verification_note(report)
    assert "planted by the authors" in note and note in " ".join(markdown.split())
    for line in verification_lines(report):
        assert line in markdown
    assert 'id="verification"' in html and "planted by the authors" in html
    assert verification_summary(report) in " ".join(done.stdout.decode().split())
