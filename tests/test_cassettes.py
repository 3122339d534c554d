"""Offline replay of the authored cassettes, staleness, request matching, and secret hygiene."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from summarizer import ArticleFacts, CassetteError, Settings, StaleCassetteError, summarize
from summarizer.llm.cassettes import cassette_session, response_bodies
from summarizer.llm.retry import RetryPolicy
from summarizer.testing.authoring import AUTHORED_MODEL_NAME, author
from summarizer.testing.stub import Reply, StubServer, facts_reply
from tests.conftest import CASSETTES, ROOT, SEED_FILES, authored_turns
from tests.test_live_path import BillOnly

AUTHORED = CASSETTES / "authored"
SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)bearer\s+\S{8,}"),
    re.compile(
        r"(?im)^\s*(authorization|api-key|openai-organization|openai-project|cookie|set-cookie):"
    ),
    re.compile(r"\borg-[A-Za-z0-9]{8,}"),
    re.compile(r"\bproj_[A-Za-z0-9]{8,}"),
]


def facts_of(path: Path) -> ArticleFacts:
    result = summarize(path, offline=True)
    assert result.ok and result.origin.startswith("replayed authored cassette (authored by hand")
    assert result.model == "authored"
    return result.facts


def test_sanctions_seed_replays_its_key_facts() -> None:
    facts = facts_of(SEED_FILES[1])
    bill = next(m for m in facts.sanctions if m.name == "Sanctioning Russia Act of 2025")
    assert bill.counts[0].what == "co-sponsors" and bill.counts[0].value.value == 84
    assert bill.tariff_rate_percent.value == 500
    assert any("Budapest" in (s.planned_location or "") for s in facts.summits)


def test_summit_seed_replays_status_and_place() -> None:
    summit = facts_of(SEED_FILES[0]).summits[0]
    assert summit.status == "on_hold" and summit.planned_location == "Budapest"


def test_ceasefire_seed_replays_duration_and_positions() -> None:
    truce = facts_of(SEED_FILES[2]).ceasefires[0]
    assert truce.duration_days.value == 30
    assert {p.party for p in truce.positions} >= {"Russia", "Ukraine"}


def test_reask_in_a_cassette_is_replayed_and_counted() -> None:
    result = summarize(SEED_FILES[1], offline=True)
    assert result.usage.attempts == 2 and result.usage.reasks == 1


def test_authored_cassettes_say_so() -> None:
    files = sorted(AUTHORED.glob("*.yaml"))
    assert len(files) == len(list((AUTHORED / "source").glob("*.json"))) == 22
    for path in files:
        assert path.read_text().startswith("# origin: authored by hand")
        assert {b["model"] for b in response_bodies(path)} == {AUTHORED_MODEL_NAME}


def test_committed_cassettes_are_exactly_what_the_sources_author(tmp_path: Path) -> None:
    """Editing a prompt, the schema or an authored answer without re-authoring fails here."""
    root = tmp_path / "evals" / "cassettes"
    shutil.copytree(AUTHORED / "source", root / "authored" / "source")
    author(root, project_root=ROOT)
    for path in sorted(AUTHORED.glob("*.yaml")):
        assert (root / "authored" / path.name).read_text() == path.read_text(), path.name


def test_edited_prompt_makes_the_cassette_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("summarizer.llm.summarize.prompt_version", lambda: "0123456789ab")
    with pytest.raises(StaleCassetteError) as info:
        summarize(SEED_FILES[0], offline=True)
    message = str(info.value)
    assert "stale cassette" in message and "0123456789ab" in message
    assert "python -m summarizer.testing.authoring" in message


def test_other_schema_makes_the_cassette_stale() -> None:
    with pytest.raises(StaleCassetteError, match="schema"):
        summarize(SEED_FILES[0], offline=True, schema=BillOnly)


def test_changed_request_options_do_not_replay() -> None:
    settings = Settings(model="authored", temperature=0.7)
    with pytest.raises(CassetteError, match="no exchange matching"):
        summarize(SEED_FILES[0], offline=True, settings=settings)


def test_one_article_can_never_replay_anothers_answer(tmp_path: Path) -> None:
    folder = tmp_path / "authored"
    folder.mkdir()
    # Put article 001's recording under article 000's name: versions match, request does not.
    shutil.copy(AUTHORED / "f9d800ded702b085.yaml", folder / "fd6059d6d97c3021.yaml")
    with pytest.raises(CassetteError, match="no exchange matching"):
        summarize(SEED_FILES[0], offline=True, cassettes=tmp_path)


def test_missing_cassette_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CassetteError, match="no cassette for article fd6059d6d97c3021"):
        summarize(SEED_FILES[0], offline=True, cassettes=tmp_path)


def test_no_secret_in_any_committed_cassette() -> None:
    files = [p for p in CASSETTES.rglob("*") if p.is_file()]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in SECRET_PATTERNS:
            assert not pattern.search(text), f"{path}: {pattern.pattern}"


def test_recording_scrubs_credentials_and_replays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = "sk-live-" + "Q" * 40
    monkeypatch.setenv("OPENAI_ORG_ID", "org-ABCDEFGH12345678")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj_ABCDEFGH12345678")
    answer = authored_turns("f9d800ded702b085")[-1]
    respond = facts_reply(answer)

    def with_cookies(body: dict, raw: bytes) -> Reply:
        reply = respond(body, raw)
        reply.headers = {
            "Set-Cookie": "__cf_bm=secretcookie; path=/",
            "openai-organization": "org-ABCDEFGH12345678",
            "openai-project": "proj_ABCDEFGH12345678",
        }
        return reply

    with StubServer(responder=with_cookies) as stub:
        settings = Settings(
            model="gpt-test", base_url=stub.url, api_key=key, retry=RetryPolicy(budget=5)
        )
        with cassette_session(tmp_path / "gpt-test", "record", origin="recorded-from stub"):
            live = summarize(SEED_FILES[1], settings=settings)
        assert stub.headers[0]["authorization"] == f"Bearer {key}"
        assert stub.headers[0]["openai-organization"] == "org-ABCDEFGH12345678"
    recorded = tmp_path / "gpt-test" / "f9d800ded702b085.yaml"
    text = recorded.read_text()
    assert text.startswith("# origin: recorded-from stub")
    assert key not in text and "QQQQ" not in text
    for pattern in SECRET_PATTERNS:
        assert not pattern.search(text), pattern.pattern
    assert "secretcookie" not in text and "ABCDEFGH" not in text
    monkeypatch.delenv("OPENAI_ORG_ID")
    monkeypatch.delenv("OPENAI_PROJECT_ID")
    replayed = summarize(
        SEED_FILES[1],
        offline=True,
        cassettes=tmp_path,
        model="gpt-test",
        settings=Settings(model="gpt-test", base_url=settings.base_url),
    )
    assert replayed.facts.model_dump() == live.facts.model_dump()


def test_the_concurrent_engine_records_and_replays_the_same_cassettes(tmp_path: Path) -> None:
    """The engine's async HTTP stack (aiohttp under httpx2) is recorded and replayed as the
    sync path's is: one exchange per article file, secrets scrubbed, replayable both ways."""
    from summarizer import summarize_many

    key = "sk-live-" + "R" * 40
    answer = authored_turns("f9d800ded702b085")[-1]
    with StubServer(responder=facts_reply(answer)) as stub:
        settings = Settings(model="gpt-test", base_url=stub.url, api_key=key)
        with cassette_session(tmp_path / "gpt-test", "record", origin="recorded-from stub"):
            live = list(summarize_many(SEED_FILES, settings=settings, concurrency=3))
        assert stub.calls == len(SEED_FILES)
    assert all(r.ok for r in live)
    files = sorted((tmp_path / "gpt-test").glob("*.yaml"))
    assert [f.stem for f in files] == sorted(r.article_id for r in live)
    for path in files:
        assert len(response_bodies(path)) == 1  # recorded once, not by two patchers
        text = path.read_text()
        assert key not in text and "RRRR" not in text
    offline = Settings(model="gpt-test")
    replayed = list(
        summarize_many(
            SEED_FILES, offline=True, cassettes=tmp_path, settings=offline, concurrency=3
        )
    )
    one = summarize(SEED_FILES[0], offline=True, cassettes=tmp_path, settings=offline)
    by_id = {r.article_id: r for r in live}
    assert all(r.ok for r in replayed)
    for result in [*replayed, one]:
        assert result.facts == by_id[result.article_id].facts
        assert result.origin.startswith("replayed gpt-test cassette (recorded-from stub")
