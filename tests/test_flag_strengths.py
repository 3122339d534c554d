"""The two strengths of flag (``unsupported`` and ``unconfirmed``) from the rule that decides
them to every report that shows them: the grounding report, ``summarize --format markdown``,
the eval's flag list and its console line. Which values get which strength is held by the
``grounding_tiers.jsonl`` case set (tests/test_grounding_sets.py)."""

from __future__ import annotations

from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts, Quote, Summit
from summarizer.verification.context import Unconfirmed, unconfirmed
from summarizer.verification.grounding import ground

TEXT = (
    "SEOUL, Oct. 30 (Eastgate Wire) - "
    "Donald Trump and Xi Jinping traded jokes about golf in Busan.\n\n"
    "\u201cWe are not in a hurry,\u201d said Elif Demir, the finance minister. Mevlut Kaya, "
    "the trade minister, reached Geneva later.\n"
)
HELD = "Donald Trump and Xi Jinping traded jokes about golf in Busan."


def _facts() -> ArticleFacts:
    return ArticleFacts(
        summits=[Summit(parties=["Donald Trump", "Xi Jinping"], status="held", evidence=[HELD])],
        quotes=[Quote(speaker="Mevlut Kaya", text="We are not in a hurry")],
    )


def test_unconfirmed_is_a_reason_that_says_its_strength() -> None:
    ok, reason = unconfirmed("no wording for held in its evidence")
    assert ok is False and isinstance(reason, Unconfirmed)
    assert reason == "no wording for held in its evidence"
    assert not isinstance("plain reason", Unconfirmed)


def test_the_grounding_report_keeps_the_two_apart() -> None:
    report = ground(_facts(), TEXT)
    status = next(c for c in report.support if c.path == "summits[0].status")
    speaker = next(c for c in report.support if c.path == "quotes[0].speaker")
    assert not status.supported and status.unconfirmed  # no wording, nothing against it
    assert not speaker.supported and not speaker.unconfirmed  # Elif Demir said it
    assert report.unconfirmed == [status]
    assert {c.path for c in report.unsupported} == {"summits[0].status", "quotes[0].speaker"}
    assert report.problems == 2  # both count: the support rate does not change
    assert report.flags_for("summits[0]") == [
        "unconfirmed status = 'held': no wording for held in its evidence"
    ]
    assert report.flags_for("quotes[0]")[0].startswith("unsupported speaker = 'Mevlut Kaya': ")


def test_markdown_and_eval_flags_show_the_strength() -> None:
    from summarizer.evaluation.report.tables import flag_rows
    from summarizer.evaluation.scoring import grounding_flags
    from summarizer.evaluation.scoring.records import EvalReport
    from summarizer.run.formats import to_markdown

    facts = _facts()
    result = SummaryResult(
        article_id="x", source="x.txt", facts=facts, grounding=ground(facts, TEXT),
        model="m", prompt_version="p", schema_version="s",
    )  # fmt: skip
    text = to_markdown(result)
    assert "**FLAG** unconfirmed status = 'held'" in text
    assert "**FLAG** unsupported speaker = 'Mevlut Kaya'" in text
    assert "Values that follow from the article: 2/4 (1 unconfirmed)" in text  # the parties
    flags = grounding_flags(result)
    kinds = {flag.path: flag.kind for flag in flags}
    assert kinds["summits[0].status"] == "unconfirmed"
    assert kinds["quotes[0].speaker"] == "unsupported"
    rows = flag_rows(EvalReport(grounding_flags=flags))
    status_row = next(row for row in rows if row[2] == "summits[0].status")
    assert status_row[:2] == ["x", "unconfirmed"]
