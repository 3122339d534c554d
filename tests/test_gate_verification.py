"""The gate reads the verification audit: it fails when grounding's false-alarm share rises or
its catch rate falls by more than ``--max-verification-drop`` against the baseline, says so
(never a silent pass) when it cannot compare (a baseline without an audit, a rate measured on
too few items), and the run history keeps the audit's headline so its trend can be drawn."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer.evaluation.gate import MIN_MEASURED, Verdict, judge
from summarizer.evaluation.history import (
    HistoryRecord,
    append_history,
    load_history,
    record_of,
)
from summarizer.evaluation.report import render_html, render_markdown
from summarizer.evaluation.scoring import ByStrength, EvalReport, VerificationAudit, compare
from tests.conftest import ROOT
from tests.test_cli import run
from tests.test_eval import eval_args


def audited(false_alarms: int, caught: int, flagged: int, missed: int) -> EvalReport:
    """A report whose audit has these counts (false alarms and catches all strong but one
    unconfirmed false alarm when there are any), with the rates the audit computes."""
    judged = false_alarms + caught
    found = VerificationAudit(
        false_alarms=ByStrength(strong=max(false_alarms - 1, 0), unconfirmed=min(false_alarms, 1)),
        caught=ByStrength(strong=caught),
        flagged=ByStrength(strong=flagged),
        missed=missed,
        false_alarm_share=false_alarms / judged if judged else None,
        catch_rate=flagged / (flagged + missed) if flagged + missed else None,
    )
    return EvalReport(verification=found)


def verdict_of(current: EvalReport, baseline: EvalReport, tolerance: float | None = 0.0) -> Verdict:
    return judge(
        current,
        compare(current, baseline),
        max_drop=0.0,
        fail_under=None,
        max_verification_drop=tolerance,
    )


BASELINE = audited(false_alarms=2, caught=20, flagged=20, missed=5)  # share 0.091, catch 0.800


def test_the_same_audit_passes_with_nothing_to_note() -> None:
    verdict = verdict_of(audited(2, 20, 20, 5), BASELINE)
    assert verdict.passed and not verdict.notes and not verdict.verification_worse


def test_a_rising_false_alarm_share_fails_with_one_reason() -> None:
    verdict = verdict_of(audited(4, 20, 20, 5), BASELINE)  # 0.091 -> 0.167
    assert not verdict.passed and verdict.exit_code == 1 and verdict.verification_worse
    (reason,) = verdict.reasons
    assert reason.startswith("verification worse than the baseline: false-alarm share 0.091")
    assert "-> 0.167 (+0.076)" in reason and "catch rate" not in reason
    assert reason.endswith("more than --max-verification-drop 0")


def test_a_falling_catch_rate_fails_with_one_reason() -> None:
    verdict = verdict_of(audited(2, 20, 15, 10), BASELINE)  # 0.800 -> 0.600
    (reason,) = verdict.reasons
    assert "catch rate 0.800 -> 0.600 (-0.200)" in reason and "false-alarm" not in reason


def test_both_worse_is_still_one_reason_naming_both() -> None:
    verdict = verdict_of(audited(4, 20, 15, 10), BASELINE)
    (reason,) = verdict.reasons
    assert "false-alarm share" in reason and "catch rate" in reason
    assert verdict.headline == "FAIL: " + reason


def test_a_change_within_the_tolerance_passes_and_beyond_it_fails() -> None:
    current = audited(3, 20, 19, 6)  # share 0.091 -> 0.130 (+0.040), catch 0.800 -> 0.760
    assert verdict_of(current, BASELINE, tolerance=0.05).passed
    assert not verdict_of(current, BASELINE, tolerance=0.03).passed
    assert not verdict_of(current, BASELINE, tolerance=0.0).passed


def test_a_better_verification_passes() -> None:
    assert verdict_of(audited(0, 24, 24, 1), BASELINE).passed


def test_a_baseline_without_an_audit_is_said_once_not_passed_silently() -> None:
    old = EvalReport()  # a report.json written before session 28: no "verification"
    verdict = verdict_of(audited(9, 1, 1, 30), old)
    assert verdict.passed
    (note,) = verdict.notes
    assert note.startswith("verification not compared: the baseline has no verification audit")
    html = render_html(audited(9, 1, 1, 30), verdict=verdict)
    assert html.count("verification not compared") == 1
    assert render_markdown(audited(9, 1, 1, 30), verdict=verdict).count("- note: ") == 1


def test_a_run_with_zero_wrong_values_does_not_measure_a_catch_rate() -> None:
    """No wrong value: nothing could be missed, so the catch rate is not compared (a note),
    while the false-alarm share still is."""
    clean = audited(2, 20, 0, 0)
    verdict = verdict_of(clean, BASELINE)
    assert verdict.passed
    (note,) = verdict.notes
    assert note.startswith("catch rate not compared: this run has 0 wrong values")
    worse = verdict_of(audited(6, 20, 0, 0), BASELINE)
    assert not worse.passed and "false-alarm share" in worse.reasons[0]


def test_too_few_wrong_values_or_judged_flags_are_not_compared() -> None:
    few = audited(2, MIN_MEASURED - 3, 0, MIN_MEASURED - 1)  # catch rate 0.000 on 9 values
    verdict = verdict_of(few, BASELINE)
    assert verdict.passed
    assert [n.split(":")[0] for n in verdict.notes] == [
        "false-alarm share not compared",
        "catch rate not compared",
    ]
    small_baseline = audited(0, 1, 1, 0)
    assert "the baseline has 1 flags" in verdict_of(BASELINE, small_baseline).notes[0]


def test_without_a_tolerance_the_verification_is_not_judged() -> None:
    verdict = verdict_of(audited(9, 1, 1, 30), BASELINE, tolerance=None)
    assert verdict.passed and not verdict.notes


# --- the history ------------------------------------------------------------------------------

OLD_LINE = (
    '{"run_id":"20261101T031700Z-0a1b2c3d","created_at":"2026-11-01T03:17:00Z",'
    '"model":"gpt-4o-mini","micro_f1":0.81,"failures":0,"reasks":1,"per_field":{}}'
)


def test_an_old_record_loads_without_an_audit_and_a_new_one_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    path.write_text(OLD_LINE + "\n")
    report = audited(3, 22, 22, 7)
    report.created_at = dt.datetime(2026, 12, 3, 3, 17, tzinfo=dt.UTC)
    new = record_of(report)
    append_history(path, new)
    assert path.read_text().startswith(OLD_LINE + "\n")  # append-only: the old line as it was
    old, loaded = load_history(path)
    assert old.micro_f1 == 0.81
    assert (old.false_alarm_share, old.catch_rate, old.caught, old.missed) == (None,) * 4
    assert (old.false_alarms_strong, old.false_alarms_unconfirmed) == (None, None)
    assert loaded == new
    assert loaded.false_alarm_share == pytest.approx(3 / 25)
    assert loaded.catch_rate == pytest.approx(22 / 29)
    assert (loaded.false_alarms_strong, loaded.false_alarms_unconfirmed) == (2, 1)
    assert (loaded.caught, loaded.missed) == (22, 7)


def test_the_history_view_shows_the_trend_beside_f1(tmp_path: Path) -> None:
    old = HistoryRecord.model_validate_json(OLD_LINE)
    current = audited(3, 22, 22, 7)
    current.created_at = dt.datetime(2026, 12, 3, 3, 17, tzinfo=dt.UTC)
    records = [old, record_of(current)]
    markdown = render_markdown(current, history=records)
    assert "| micro F1 | macro F1 | false-alarm share | catch rate |" in markdown
    assert "| 0.120 | 0.759 |" in markdown and "| n/a | n/a |" in markdown
    html = render_html(current, history=records)
    for chart in ("chart-history", "chart-false-alarm-share", "chart-catch-rate"):
        assert f'id="{chart}"' in html
    assert html.index('id="chart-history"') < html.index('id="chart-false-alarm-share"')


# --- the CLI on the recorded cassettes ----------------------------------------------------------


def lowered_baseline(tmp_path: Path) -> Path:
    """The committed authored baseline with its false alarms taken away: a baseline whose
    verification was better than the recorded run's."""
    data = json.loads((ROOT / "evals" / "baselines" / "authored.json").read_text())
    found = data["verification"]
    assert found["false_alarms"]["strong"] + found["false_alarms"]["unconfirmed"] > 0
    found["false_alarms"] = {"strong": 0, "unconfirmed": 0}
    found["false_alarm_share"] = 0.0
    path = tmp_path / "lower-false-alarms.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.slow
def test_eval_fails_against_a_baseline_with_fewer_false_alarms(tmp_path: Path) -> None:
    done = run(*eval_args(tmp_path, "--baseline", str(lowered_baseline(tmp_path))))
    assert done.returncode == 1, done.stderr
    stdout = done.stdout.decode().splitlines()
    assert stdout[1].startswith(
        "FAIL: verification worse than the baseline: false-alarm share 0.000 -> 0.120"
    )
    assert stdout[-2].startswith("VERIFICATION REGRESSION: false-alarm share 0.000 → 0.120")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["verdict"]["passed"] is False
    assert report["comparison"]["verification"]["false_alarm_share_delta"] > 0.1
    record = json.loads((tmp_path / "history.jsonl").read_text().splitlines()[-1])
    assert record["false_alarm_share"] == pytest.approx(0.12) and record["missed"] == 7


@pytest.mark.slow
def test_eval_passes_that_baseline_within_a_wider_tolerance_and_notes_an_old_one(
    tmp_path: Path,
) -> None:
    wide = run(
        *eval_args(
            tmp_path,
            "--baseline",
            str(lowered_baseline(tmp_path)),
            "--max-verification-drop",
            "0.2",
        )
    )
    assert wide.returncode == 0, wide.stdout.decode()
    data = json.loads((ROOT / "evals" / "baselines" / "authored.json").read_text())
    del data["verification"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data))
    noted = run(*eval_args(tmp_path, "--baseline", str(old)))
    assert noted.returncode == 0
    lines = noted.stdout.decode().splitlines()
    assert lines[1] == "PASS" and lines[2].startswith("  note: verification not compared")
    verdict = json.loads((tmp_path / "out" / "report.json").read_text())["verdict"]
    assert len(verdict["notes"]) == 1


def test_runs_in_different_confirm_only_modes_are_not_compared_and_say_so() -> None:
    """The confirm-only mode flags more correct values by design: against a baseline run
    without it, the rise in false alarms is the mode, not a regression of the rules."""
    confirmed = audited(false_alarms=40, caught=20, flagged=20, missed=5)
    confirmed.confirm_only = ["affiliation"]
    verdict = verdict_of(confirmed, BASELINE)
    assert verdict.passed and not verdict.verification_worse
    (note,) = verdict.notes
    assert "different modes" in note and "confirm-only affiliation" in note
    same = BASELINE.model_copy(update={"confirm_only": ["affiliation"]})
    assert verdict_of(confirmed, same).verification_worse  # the same mode is compared
    assert verdict_of(audited(40, 20, 20, 5), BASELINE).verification_worse  # and without it


@pytest.mark.slow
def test_an_eval_in_confirm_only_mode_says_so_in_its_reports(tmp_path: Path) -> None:
    done = run("--confirm", "affiliation", *eval_args(tmp_path))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "confirm-only: affiliation" in out and "different modes" in out
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["confirm_only"] == ["affiliation"]
    assert "Confirm-only grounding: affiliation" in (tmp_path / "out" / "report.md").read_text(
        encoding="utf-8"
    )
