"""The speech-fixes set (``tests/data/make_fixspeech_cases.py``, registered in
``test_grounding_sets.py`` for its verdicts): beyond pass or fail, each refusal has the
strength its case's why names."""

from __future__ import annotations

from tests.grounding_cases import CASES, load_cases, report_for

FIXSPEECH = CASES.with_name("grounding_fixspeech.jsonl")


def test_each_refusal_has_the_strength_its_why_names() -> None:
    """A must-fail case is refused as unconfirmed when its why says so (a body the reporter
    may speak for, two people the pronoun fits), else as unsupported (the page gives the
    quote to someone else, or credits another author)."""
    cases = [case for case in load_cases(FIXSPEECH) if not case["expect"]]
    assert len(cases) >= 50
    for case in cases:
        report, _ = report_for(case)
        refused = [c for c in report.support if c.path == case["path"] and not c.supported]
        wanted = case["why"].endswith("refused, unconfirmed")
        assert refused, case["id"]
        assert all(c.unconfirmed == wanted for c in refused), (case["id"], case["why"])
