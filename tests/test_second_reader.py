"""The second reader: its trust rule, its requests, and the run paths that use it (a replayed
hand-authored cassette through the real client, and a live run against the stub server)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.articles import load_article
from summarizer.cli.app import app
from summarizer.llm.client import Settings
from summarizer.llm.retry import RetryPolicy
from summarizer.llm.second_reader import (
    asecond_read,
    messages_for,
    questions,
    reader_version,
    second_read,
)
from summarizer.results import GroundingReport, SecondReading, SupportCheck
from summarizer.schema import ArticleFacts
from summarizer.testing.authoring import wire_response
from summarizer.testing.stub import Reply, StubServer
from summarizer.verification.grounding import ground
from summarizer.verification.reader_trust import trust
from tests.author_second_reader_cassette import ARTICLE, CASSETTES, FACTS, PAUSE, VENUE, author

SECRET = "sk-test-" + "Q7" * 16
TEXT = load_article(ARTICLE).text
ARTICLE_ID = load_article(ARTICLE).id
MODEL = ArticleFacts.model_validate(FACTS)
PLACE = SupportCheck(
    path="summits[0].planned_location",
    value="the Old Customs House",
    kind="place",
    supported=False,
    unconfirmed=True,
)
QUOTE = '"We want a room where nobody is the landlord," she said.'


def speaker(value: str) -> SupportCheck:
    return SupportCheck(
        path="quotes[0].speaker", value=value, kind="speaker", supported=False, unconfirmed=True
    )


# The trust rule ---------------------------------------------------------------------------


SIT_DOWN = "will sit down on Thursday in the Old Customs House, the mediator's office said"


def test_a_stated_answer_with_the_articles_words_holding_the_value_clears() -> None:
    assert trust("stated", SIT_DOWN, PLACE, MODEL, TEXT) == ""
    assert trust("stated", SIT_DOWN.upper(), PLACE, MODEL, TEXT) == ""  # folded case is found


def test_a_passage_the_rules_cannot_read_in_the_role_keeps_the_flag() -> None:
    # The value's words are there, but its sentence is the one the rules could not read
    # (review rvS28): the model's word alone never clears.
    passage = "the Old Customs House on Quay Street, a museum for most of the year, agreed"
    assert trust("stated", passage, PLACE, MODEL, TEXT) == (
        "the rules do not read the value in that role there"
    )


def test_a_passage_the_article_does_not_hold_keeps_the_flag() -> None:
    invented = "The talks will be held at the Old Customs House on Thursday."
    assert trust("stated", invented, PLACE, MODEL, TEXT) == "passage not found in the article"
    assert trust("stated", "", PLACE, MODEL, TEXT) == "no passage given"
    inside_a_word = "ld Customs House on Quay Street"  # not on a token boundary
    assert trust("stated", inside_a_word, PLACE, MODEL, TEXT) == "passage not found in the article"


def test_a_passage_without_the_value_keeps_the_flag() -> None:
    elsewhere = "Talks were first set for the city hall"
    assert trust("stated", elsewhere, PLACE, MODEL, TEXT) == "the value is not in the passage"


def test_a_spliced_passage_keeps_the_flag() -> None:
    spliced = "Talks were first set for the city hall ... the Old Customs House on Quay Street"
    assert trust("stated", spliced, PLACE, MODEL, TEXT) == "passage spliced from pieces"
    across = "Elena Voss, the union's chief negotiator ... since Sunday."  # two paragraphs
    assert trust("stated", across, speaker("Elena Voss"), MODEL, TEXT) != ""


def test_a_passage_longer_than_a_few_sentences_keeps_the_flag() -> None:
    whole = TEXT.split("\n\n")[-1] * 3
    assert "longer than" in trust("stated", whole, PLACE, MODEL, TEXT)


def test_only_a_stated_verdict_can_clear() -> None:
    assert (
        trust("not_stated", SIT_DOWN, PLACE, MODEL, TEXT) == "the second reader answered not_stated"
    )
    assert trust("unclear", SIT_DOWN, PLACE, MODEL, TEXT) == "the second reader answered unclear"


def test_a_speaker_named_in_a_passage_that_touches_the_quote_clears() -> None:
    before = "Elena Voss, the union's chief negotiator, welcomed the move."
    assert trust("stated", before, speaker("Elena Voss"), MODEL, TEXT) == ""
    assert trust("stated", f"{before} {QUOTE}", speaker("Elena Voss"), MODEL, TEXT) == ""


def test_a_wrong_speaker_is_kept() -> None:
    # The next sentence names another person; "she said" stands between it and the quote.
    after = "Her counterpart for the shipping lines, Tomas Berger, said only that his side would"
    assert trust("stated", after, speaker("Tomas Berger"), MODEL, TEXT) == (
        "the passage neither holds nor adjoins the quote's words"
    )
    # The quote's own sentence does not name him.
    assert trust("stated", QUOTE, speaker("Tomas Berger"), MODEL, TEXT) == (
        "the value is not in the passage"
    )
    # A name from another paragraph.
    far = "Negotiators for the port workers' union and the shipping lines will sit down"
    assert trust("stated", far, speaker("the shipping lines"), MODEL, TEXT) != ""


def test_an_actor_is_read_by_its_listed_names_and_a_person_by_surname() -> None:
    text = (
        "The Kremlin proposed the truce on Monday. Voss rejected it at once.\n\n"
        "Elena Voss later proposed a truce of her own."
    )

    def facts(proposer: str) -> ArticleFacts:
        truce = {"proposer": proposer, "evidence": ["Voss rejected it at once."]}
        return ArticleFacts.model_validate({"ceasefires": [truce]})

    proposer = SupportCheck(
        path="ceasefires[0].proposer", value="Russia", kind="proposer", supported=False
    )
    said = "The Kremlin proposed the truce on Monday."
    assert trust("stated", said, proposer, facts("Russia"), text) == ""
    person = proposer.model_copy(update={"value": "Elena Voss"})
    # Her surname is in the passage, but as the one who rejected it (review rvS28).
    rejected = trust("stated", "Voss rejected it at once.", person, facts("Elena Voss"), text)
    assert rejected == "the rules do not read the value in that role there"
    other = proposer.model_copy(update={"value": "Anna Voss"})
    own = "Elena Voss later proposed a truce of her own."
    assert trust("stated", own, other, facts("Anna Voss"), text) != ""  # another first name


def test_a_label_value_is_never_cleared_nor_asked_about() -> None:
    status = SupportCheck(
        path="ceasefires[0].status", value="in_effect", kind="status", supported=False
    )
    passage = "Both sides have observed a 48-hour pause on walkouts and lockouts since Sunday."
    assert "label" in trust("stated", passage, status, MODEL, TEXT)
    report = GroundingReport(support=[status.model_copy(update={"unconfirmed": True}), PLACE])
    assert [q.check.path for q in questions(MODEL, report)] == [PLACE.path]


# The report ---------------------------------------------------------------------------------


def test_a_cleared_value_stays_visible_and_is_not_counted_as_supported() -> None:
    reading = SecondReading(model="m", outcome="cleared", verdict="stated", passage=VENUE)
    cleared = PLACE.model_copy(update={"second_reading": reading})
    kept = PLACE.model_copy(update={"path": "ceasefires[0].proposer", "value": "the union"})
    report = GroundingReport(support=[cleared, kept])
    assert report.confirmed == [cleared]
    assert report.unsupported == [kept] and report.unconfirmed == [kept]
    assert report.support_rate == 0.0  # the rules' own rate: a cleared value is not supported
    (line,) = report.flags_for("summits[0]")
    assert line.startswith("confirmed by a second reader (model m), not by the rules:")
    assert "second_reading" not in PLACE.model_dump_json()  # absent unless a reader ran


def test_questions_carry_the_quote_and_the_facts_evidence() -> None:
    report = ground(MODEL, TEXT)
    asked = questions(MODEL, report)
    assert [(q.check.path, q.check.value) for q in asked] == [
        ("summits[0].planned_location", "the Old Customs House"),
        ("ceasefires[0].proposer", "the union"),
    ]
    assert asked[1].evidence[-1] == PAUSE
    _system, user = messages_for(TEXT, asked[0])
    assert user["content"].startswith("<article>\n") and TEXT.strip()[:40] in user["content"]
    assert "the Old Customs House is where this meeting" in user["content"]


# Through the stub server (the live path) ----------------------------------------------------


def _reading(verdict: str, passage: str) -> dict[str, Any]:
    return {"verdict": verdict, "passage": passage}


def responder(readings: dict[str, dict[str, Any]]) -> Any:
    """Answers the extraction with FACTS and each second-reader question by its value."""

    def respond(body: dict[str, Any], raw: bytes) -> Reply:
        name = body["tools"][0]["function"]["name"]
        if name == "ArticleFacts":
            return Reply(200, wire_response(FACTS, raw, "tools", "x", name))
        statement = body["messages"][-1]["content"].split("Statement to check:")[1]
        for value, answer in readings.items():
            if value in statement:
                return Reply(200, wire_response(answer, raw, "tools", "r", name))
        return Reply(200, wire_response(_reading("unclear", ""), raw, "tools", "r", name))

    return respond


READINGS = {
    "Old Customs House": _reading("stated", SIT_DOWN),
    "the union": _reading("stated", "The pause was put forward by the regional labour board"),
}


def settings_for(stub: StubServer) -> Settings:
    policy = RetryPolicy(budget=1.0, initial_wait=0.01, max_wait=0.05, max_attempts=2)
    return Settings(model="stub-model", base_url=stub.url, api_key=SECRET, retry=policy)


def test_second_read_through_the_live_path() -> None:
    report = ground(MODEL, TEXT)
    with StubServer(responder=responder(READINGS)) as stub:
        read = second_read(TEXT, MODEL, report, article_id=ARTICLE_ID, settings=settings_for(stub))
    assert stub.calls == 2
    headers = stub.headers[0]
    assert headers["x-summarizer-article"] == ARTICLE_ID
    assert headers["x-summarizer-prompt-version"] == reader_version()
    tally = read.second_reader
    assert tally is not None and (tally.asked, tally.cleared, tally.kept, tally.failed) == (
        2,
        1,
        1,
        0,
    )
    assert [c.path for c in read.confirmed] == ["summits[0].planned_location"]
    (kept,) = [c for c in read.support if c.path == "ceasefires[0].proposer"]
    assert kept.second_reading is not None and kept.second_reading.outcome == "kept"
    assert kept.second_reading.reason == "the value is not in the passage"
    assert read.supported == report.supported  # the rules' count is untouched
    assert SECRET not in read.model_dump_json()


def test_the_async_twin_reads_the_same() -> None:
    report = ground(MODEL, TEXT)
    with StubServer(responder=responder(READINGS)) as stub:
        read = asyncio.run(
            asecond_read(TEXT, MODEL, report, article_id=ARTICLE_ID, settings=settings_for(stub))
        )
    assert read.second_reader is not None and read.second_reader.cleared == 1


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, {"error": {"message": "boom", "type": "server_error"}}),
        Reply(401, {"error": {"message": f"bad key {SECRET}", "type": "auth"}}),
    ],
)
def test_errors_keep_the_flags_and_are_counted(reply: Reply) -> None:
    report = ground(MODEL, TEXT)
    with StubServer(responder=lambda body, raw: reply) as stub:
        read = second_read(TEXT, MODEL, report, article_id=ARTICLE_ID, settings=settings_for(stub))
    tally = read.second_reader
    assert tally is not None and (tally.asked, tally.cleared, tally.failed) == (2, 0, 2)
    assert [c.path for c in read.unconfirmed] == [c.path for c in report.unconfirmed]
    assert SECRET not in read.model_dump_json()


def test_an_unparsable_answer_keeps_the_flag() -> None:
    def respond(body: dict[str, Any], raw: bytes) -> Reply:
        bad = {"verdict": "probably", "passage": VENUE}
        return Reply(200, wire_response(bad, raw, "tools", "r", "Reading"))

    report = ground(MODEL, TEXT)
    with StubServer(responder=respond) as stub:
        read = second_read(TEXT, MODEL, report, article_id=ARTICLE_ID, settings=settings_for(stub))
    assert read.second_reader is not None and read.second_reader.failed == 2
    assert stub.calls == 2 * 3  # each question re-asked twice (max_reasks), then given up


def test_the_cli_asks_only_with_the_flag(tmp_path: Path) -> None:
    runner = CliRunner()
    with StubServer(responder=responder(READINGS)) as stub:
        args = ["summarize", str(ARTICLE), "--base-url", stub.url, "-q", "--no-cache"]
        plain = runner.invoke(app, args)
        calls = stub.calls
        read = runner.invoke(app, [*args, "--second-reader"])
    assert plain.exit_code == 0 and read.exit_code == 0, read.output
    assert calls == 1 and stub.calls == 1 + 3  # off by default; then one request a value
    assert "second_reader" not in json.loads(plain.stdout)["grounding"]
    tally = json.loads(read.stdout)["grounding"]["second_reader"]
    assert (tally["asked"], tally["cleared"], tally["kept"]) == (2, 1, 1)


# A hand-authored cassette, replayed through the real client ---------------------------------


def test_the_authored_cassette_says_so_and_holds_no_key() -> None:
    (path,) = (CASSETTES / "authored").glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# origin: authored by hand.")
    assert '"model":"authored-by-hand"' in text.replace('\\"', '"')
    assert "Bearer" not in text and "sk-" not in text


@pytest.mark.slow
def test_the_authored_cassette_is_current(tmp_path: Path) -> None:
    (committed,) = (CASSETTES / "authored").glob("*.yaml")
    fresh = author(tmp_path)
    assert fresh.read_bytes() == committed.read_bytes(), (
        "re-author: python -m tests.author_second_reader_cassette"
    )


def test_summarize_replays_the_second_readers_answers() -> None:
    args = ["summarize", str(ARTICLE), "--offline", "--cassettes", str(CASSETTES), "-q"]
    done = CliRunner().invoke(app, [*args, "--second-reader"])
    assert done.exit_code == 0, done.output
    grounding = json.loads(done.stdout)["grounding"]
    assert grounding["second_reader"]["cleared"] == 1 and grounding["second_reader"]["kept"] == 1
    readings = {
        c["path"]: c["second_reading"] for c in grounding["support"] if "second_reading" in c
    }
    assert readings["summits[0].planned_location"]["outcome"] == "cleared"
    assert readings["ceasefires[0].proposer"]["verdict"] == "not_stated"
    markdown = CliRunner().invoke(app, [*args, "--second-reader", "-f", "markdown"])
    assert "**NOTE** confirmed by a second reader (model authored)" in markdown.stdout


def test_eval_shows_what_the_second_reader_cleared_and_kept(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    label = {
        "article_id": ARTICLE_ID,
        "source": "tests/data/second_reader/article.txt",
        "labelled_by": "hand, for this test",
        "facts": {**FACTS, "ceasefires": [{**FACTS["ceasefires"][0], "proposer": None}]},
    }
    (gold / f"{ARTICLE_ID}.json").write_text(json.dumps(label), encoding="utf-8")
    args = ["eval", "--gold", str(gold), "--cassettes", str(CASSETTES), "--baseline", "none"]
    args += ["--out", str(tmp_path / "out"), "--history", str(tmp_path / "history.jsonl")]
    done = CliRunner().invoke(app, [*args, "--second-reader"])
    assert done.exit_code == 0, done.output
    assert "second reader cleared 1, kept 1, failed 0 of 2 unconfirmed flags" in " ".join(
        done.output.split()
    )
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["second_reader"] == {"asked": 2, "cleared": 1, "kept": 1, "failed": 0}
    plain = CliRunner().invoke(app, args)
    assert "second reader" not in plain.output


# The local model's recorded answers (stage 3 of session 28) ---------------------------------


@pytest.mark.slow
def test_the_local_models_recorded_answers_clear_no_planted_error() -> None:
    from collections import Counter

    from summarizer.llm.cassettes import cassette_session
    from summarizer.llm.client import settings_from_env
    from summarizer.llm.local import LOCAL_MODEL, local_defaults
    from tests.second_reader_check import FOLDER, measure

    settings = settings_from_env(offline=True, **local_defaults({"model": LOCAL_MODEL}))
    out: Counter[str] = Counter()
    lines: list[str] = []
    with cassette_session(FOLDER / LOCAL_MODEL, "replay"):
        measure("55", settings, out, lines)
    assert out["plants asked about"] > 0 and out["gold asked"] > 0
    assert out["catches lost"] == 0  # Gemma 3 270M said "stated" to them; its passages were not
    assert out["false alarms cleared"] == 0  # the article's words, so nothing was cleared
