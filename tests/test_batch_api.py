"""The Batch API path end to end on authored cassettes (submit -> status -> wait -> collect), the
request body it shares with the online path, per-article failures, and secret hygiene."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
import yaml

from summarizer.articles import Article, load_article
from summarizer.errors import CassetteError, ConfigError, InputError
from summarizer.llm.batch import (
    BatchJob,
    BatchNotReadyError,
    BatchStatus,
    build_requests,
    collect,
    status,
    submit,
    wait,
)
from summarizer.llm.client import OFFLINE_MODEL, REPLAY_API_KEY, Settings, openai_client
from summarizer.llm.prompts import prompt_version
from summarizer.llm.summarize import summarize
from summarizer.results import SummaryResult
from summarizer.schema import ArticleFacts, schema_version
from summarizer.testing.authoring import AUTHORED_MODEL_NAME
from tests.author_batch_cassettes import (
    CASSETTE_DIR,
    INVALID_ARTICLE,
    FakeBatchAPI,
    author,
    authored_answers,
    batch_vcr_config,
    cassette,
    match_batch_body,
    multipart_parts,
)
from tests.conftest import SEED_FILES, authored_turns

SETTINGS = Settings(model=OFFLINE_MODEL, api_key=REPLAY_API_KEY)
SUMMIT, SANCTIONS, CEASEFIRE = "fd6059d6d97c3021", "f9d800ded702b085", "a2b2248e483936df"
SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"(?i)bearer\s+\S{8,}"),
    re.compile(
        r"(?im)^\s*(authorization|api-key|openai-organization|openai-project|cookie|"
        r"set-cookie):"
    ),
    re.compile(r"\borg-[A-Za-z0-9]{8,}"),
    re.compile(r"\bproj_[A-Za-z0-9]{8,}"),
]


def seeds() -> list[Article]:
    return [load_article(path) for path in SEED_FILES]


def facts(result: SummaryResult) -> ArticleFacts:
    value = result.facts_as(ArticleFacts)
    assert isinstance(value, ArticleFacts)
    return value


@pytest.fixture
def vcr_cassette_dir() -> str:
    """pytest-recording: the committed batch cassettes (``@pytest.mark.default_cassette``
    names the phase's file)."""
    return str(CASSETTE_DIR)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """pytest-recording: the authoring script's settings (scrub hooks, body matching), and
    replay only whatever ``--record-mode`` says: these cassettes are authored by
    ``python -m tests.author_batch_cassettes``, never recorded (see its docstring)."""
    return {**batch_vcr_config(), "record_mode": "none"}


@dataclass
class Replayed:
    job: BatchJob
    first: BatchStatus
    final: BatchStatus
    slept: list[float]
    results: dict[str, SummaryResult]


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Replayed:
    """The whole batch life cycle replayed from the committed cassettes (record mode none, a
    placeholder key, clients built by the library itself), through a saved job file.

    One scenario for the module's tests, so it uses the same settings through vcrpy's
    ``use_cassette`` rather than pytest-recording's marker, which installs one cassette per
    test function: here three files are chained and ``status`` is replayed twice from its
    start (the first poll, then ``wait``). The single-phase tests below use the marker."""
    out = tmp_path_factory.mktemp("batch-out")
    with cassette("submit"):
        submitted = submit(seeds(), SETTINGS, job_dir=out)
    job = BatchJob.load(out / submitted.filename)
    with cassette("status"):
        first = status(job, settings=SETTINGS)
    slept: list[float] = []
    with cassette("status"):
        final = wait(job, settings=SETTINGS, interval=30.0, sleep=slept.append)
    with cassette("collect"):
        results = collect(job, None, settings=SETTINGS)
    assert [r.article_id for r in results] == list(job.articles)
    return Replayed(job, first, final, slept, {r.article_id or "": r for r in results})


@pytest.mark.slow
def test_submit_records_what_collect_needs(replayed: Replayed) -> None:
    job = replayed.job
    assert job.batch_id == "batch_authored01" and job.input_file_id == "file-authored01"
    assert job.model == OFFLINE_MODEL and job.mode == "tools"
    assert (job.prompt_version, job.schema_version) == (prompt_version(), schema_version())
    assert list(job.articles) == [SUMMIT, SANCTIONS, CEASEFIRE]
    assert [Path(s).name for s in job.articles.values()] == [p.name for p in SEED_FILES]
    assert job.metadata["summarizer_articles"] == "3"


def test_status_then_wait_until_completed(replayed: Replayed) -> None:
    assert replayed.first.status == "in_progress" and not replayed.first.terminal
    assert replayed.final.terminal and replayed.final.status == "completed"
    assert (replayed.final.total, replayed.final.completed, replayed.final.failed) == (3, 3, 0)
    assert replayed.final.output_file_id and replayed.final.error_file_id is None
    assert replayed.slept == [30.0]
    assert replayed.final.describe() == "batch batch_authored01: completed, 3/3 completed"


def test_summit_article_succeeds_with_its_key_facts(replayed: Replayed) -> None:
    result = replayed.results[SUMMIT]
    assert result.ok and result.origin == "batch batch_authored01"
    summit = facts(result).summits[0]
    assert summit.status == "on_hold" and summit.planned_location == "Budapest"


def test_ceasefire_article_succeeds_with_its_key_facts(replayed: Replayed) -> None:
    truce = facts(replayed.results[CEASEFIRE]).ceasefires[0]
    assert truce.duration_days is not None and truce.duration_days.value == 30
    assert {p.party for p in truce.positions} >= {"Russia", "Ukraine"}


def test_invalid_answer_is_a_validation_error_result_not_a_reask(replayed: Replayed) -> None:
    result = replayed.results[INVALID_ARTICLE]
    assert not result.ok and result.error_kind == "validation" and result.facts is None
    assert "counts.0.value" in (result.error or "") and "no re-ask" in (result.error or "")
    assert result.source.endswith(SEED_FILES[1].name)
    assert (result.prompt_version, result.schema_version) == (prompt_version(), schema_version())


@pytest.mark.parametrize("article_id", [SUMMIT, CEASEFIRE])
def test_successes_are_grounded_and_stamped_like_online_results(
    replayed: Replayed, article_id: str
) -> None:
    result = replayed.results[article_id]
    assert result.grounding.evidence and result.grounding.verified >= 0.8 * len(
        result.grounding.evidence
    )
    assert result.model == OFFLINE_MODEL and result.response_model == "ArticleFacts"
    assert (result.prompt_version, result.schema_version) == (prompt_version(), schema_version())
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert (result.usage.attempts, result.usage.reasks) == (1, 0)
    again = SummaryResult.from_json(result.to_json())
    assert isinstance(again.facts, ArticleFacts)
    assert again.facts.model_dump() == facts(result).model_dump()


def _online_bodies(settings: Settings) -> dict[str, dict[str, object]]:
    """The body ``summarize`` sends for each seed, captured by a fake endpoint."""
    bodies: dict[str, dict[str, object]] = {}
    answers = {a: authored_turns(a) for a in (SUMMIT, SANCTIONS, CEASEFIRE)}
    fake = FakeBatchAPI(answers={}, mode=settings.mode)

    def endpoint(request: httpx2.Request) -> httpx2.Response:
        article = request.headers["x-summarizer-article"]
        bodies.setdefault(article, json.loads(request.content))
        line = {"custom_id": article, "body": json.loads(request.content)}
        fake.answers[article] = answers[article][-1]
        return httpx2.Response(200, json=fake._answer_line(1, line)["response"]["body"])

    with openai_client(settings, transport=httpx2.MockTransport(endpoint)) as sdk:
        for article in seeds():
            assert summarize(article, settings=settings, client=sdk).ok
    return bodies


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_batch_body_is_the_body_the_online_path_sends(mode: str) -> None:
    settings = Settings(model=OFFLINE_MODEL, api_key=REPLAY_API_KEY, mode=mode)
    online = _online_bodies(settings)
    lines = build_requests(seeds(), settings)
    assert [line["custom_id"] for line in lines] == [SUMMIT, SANCTIONS, CEASEFIRE]
    for line in lines:
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
        assert line["body"] == online[line["custom_id"]]


def test_uploaded_jsonl_in_the_cassette_is_what_build_requests_builds() -> None:
    data = yaml.safe_load((CASSETTE_DIR / "submit.yaml").read_text(encoding="utf-8"))
    requests = [interaction["request"] for interaction in data["interactions"]]
    (upload,) = [r for r in requests if r["uri"].endswith("/files")]
    found = multipart_parts(upload["headers"]["content-type"][0], upload["body"].encode())
    parts = {p.get_param("name", header="content-disposition"): p for p in found}
    assert parts["purpose"].get_payload() == "batch"
    raw = parts["file"].get_payload(decode=True)
    assert isinstance(raw, bytes)
    uploaded = [json.loads(line) for line in raw.decode().splitlines()]
    assert uploaded == build_requests(seeds(), SETTINGS)


def test_duplicate_articles_are_sent_once() -> None:
    articles = seeds()
    lines = build_requests([*articles, articles[0]], SETTINGS)
    assert [line["custom_id"] for line in lines] == [SUMMIT, SANCTIONS, CEASEFIRE]


# --- failures that are not in the committed cassettes: a fake endpoint, no VCR ------------------

FakeSDK = tuple[FakeBatchAPI, openai.OpenAI]


@pytest.fixture
def fake_sdk() -> Iterator[FakeSDK]:
    _, answers = authored_answers()
    answers[SANCTIONS] = authored_turns(SANCTIONS)[-1]
    fake = FakeBatchAPI(answers=answers, progress=())
    with openai_client(SETTINGS, transport=httpx2.MockTransport(fake.handle)) as sdk:
        yield fake, sdk


def test_error_lines_and_unanswered_articles_become_error_results(fake_sdk: FakeSDK) -> None:
    fake, sdk = fake_sdk
    fake.failures[SANCTIONS] = "This model's maximum context length is 128000 tokens."
    del fake.answers[CEASEFIRE]
    fake.final = "expired"
    job = submit(seeds(), SETTINGS, client=sdk)
    results = {r.article_id: r for r in collect(job, None, client=sdk)}
    assert results[SUMMIT].ok
    assert results[SANCTIONS].error_kind == "llm"
    assert "HTTP 400: This model's maximum context length" in (results[SANCTIONS].error or "")
    assert results[CEASEFIRE].error_kind == "missing"
    assert "no answer in batch batch_authored01 (expired)" in (results[CEASEFIRE].error or "")


def test_a_refused_answer_is_an_error_result(fake_sdk: FakeSDK) -> None:
    fake, sdk = fake_sdk
    fake.refusals[SANCTIONS] = "I can't help with that."
    del fake.answers[SANCTIONS]
    job = submit(seeds(), SETTINGS, client=sdk)
    results = {r.article_id: r for r in collect(job, None, client=sdk)}
    assert results[SUMMIT].ok and results[CEASEFIRE].ok
    assert results[SANCTIONS].error_kind == "llm"
    assert (results[SANCTIONS].error or "").endswith("the model refused: I can't help with that.")


def test_json_schema_mode_answers_are_read_from_message_content() -> None:
    settings = Settings(model=OFFLINE_MODEL, api_key=REPLAY_API_KEY, mode="json_schema")
    articles, answers = authored_answers()
    fake = FakeBatchAPI(answers=answers, mode="json_schema", progress=())
    with openai_client(settings, transport=httpx2.MockTransport(fake.handle)) as sdk:
        job = submit(articles, settings, client=sdk)
        results = {r.article_id: r for r in collect(job, None, client=sdk)}
    assert job.mode == "json_schema"
    assert facts(results[SUMMIT]).summits[0].status == "on_hold"
    assert results[SANCTIONS].error_kind == "validation"


def test_collect_before_the_batch_finishes_says_so(fake_sdk: FakeSDK) -> None:
    fake, sdk = fake_sdk
    fake.progress, fake.final = (), "in_progress"
    job = submit(seeds(), SETTINGS, client=sdk)
    with pytest.raises(BatchNotReadyError, match="in_progress, 1/3 completed; collect it once"):
        collect(job, None, client=sdk)


def test_article_edited_since_submission_is_not_grounded_against_new_text(
    fake_sdk: FakeSDK, tmp_path: Path
) -> None:
    _, sdk = fake_sdk
    copy = tmp_path / SEED_FILES[0].name
    shutil.copy(SEED_FILES[0], copy)
    job = submit([load_article(copy)], SETTINGS, client=sdk)
    copy.write_text(copy.read_text(encoding="utf-8") + "\nCorrection appended.\n", encoding="utf-8")
    (result,) = collect(job, None, client=sdk)
    assert result.error_kind == "input" and "changed since it was submitted" in (result.error or "")


def test_job_from_other_prompt_or_schema_fails_clearly_before_any_request() -> None:
    job = BatchJob(
        batch_id="batch_x",
        input_file_id="file-x",
        model="m",
        mode="tools",
        response_model="ArticleFacts",
        prompt_version="0123456789ab",
        schema_version=schema_version(),
        articles={SUMMIT: "a.txt"},
    )
    with pytest.raises(ConfigError, match=r"prompt 0123456789ab -> \w+.*submit the articles again"):
        collect(job, None, settings=SETTINGS)


def test_batch_needs_a_live_endpoint_without_a_client() -> None:
    with pytest.raises(ConfigError, match="the Batch API needs a live endpoint"):
        submit(seeds(), Settings(model=OFFLINE_MODEL))


def test_bad_job_file_is_a_one_line_input_error(tmp_path: Path) -> None:
    path = tmp_path / "batch-x.json"
    path.write_text('{"batch_id": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a summarizer batch job"):
        BatchJob.load(path)
    with pytest.raises(InputError, match="cannot read batch job file"):
        BatchJob.load(tmp_path / "missing.json")


# --- the cassettes themselves -------------------------------------------------------------------


def test_upload_matching_ignores_the_multipart_boundary_but_not_the_content() -> None:
    from vcr.request import Request

    def upload(boundary: str, jsonl: bytes) -> Request:
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\n'
            f'batch\r\n--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="in.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n'
        ).encode()
        body += jsonl + f"\r\n--{boundary}--\r\n".encode()
        headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
        return Request("POST", "https://api.openai.com/v1/files", body, headers)

    line = b'{"custom_id":"a","body":{"model":"m"}}\n'
    match_batch_body(upload("aaaa", line), upload("bbbb", line))
    with pytest.raises(AssertionError, match="re-author"):
        match_batch_body(upload("aaaa", line), upload("aaaa", line.replace(b'"m"', b'"n"')))


@pytest.mark.vcr
@pytest.mark.default_cassette("submit")
def test_submit_replays_under_the_vcr_marker(tmp_path: Path) -> None:
    """pytest-recording installs ``submit.yaml`` with the shared settings: the upload matches
    on its meaning (the ``batch_body`` matcher registered by conftest's hook)."""
    job = submit(seeds(), SETTINGS, job_dir=tmp_path)
    assert job.batch_id == "batch_authored01" and job.input_file_id == "file-authored01"


@pytest.mark.vcr
@pytest.mark.default_cassette("status")
def test_status_replays_under_the_vcr_marker() -> None:
    job = BatchJob(
        batch_id="batch_authored01",
        input_file_id="file-authored01",
        model=OFFLINE_MODEL,
        mode="tools",
        response_model="ArticleFacts",
        prompt_version=prompt_version(),
        schema_version=schema_version(),
        articles={SUMMIT: "a.txt"},
    )
    first = status(job, settings=SETTINGS)
    assert first.status == "in_progress" and not first.terminal


@pytest.mark.vcr
@pytest.mark.default_cassette("submit")
def test_edited_prompt_fails_replay_with_a_cassette_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.llm.prompts import render_messages

    monkeypatch.setattr(
        "summarizer.llm.summarize.render_messages",
        lambda *a, **k: [*render_messages(*a, **k), {"role": "user", "content": "One more."}],
    )
    with pytest.raises(CassetteError, match="no exchange matching"):
        submit(seeds(), SETTINGS)


def test_batch_vcr_config_pins_replay_whatever_the_record_mode(
    vcr_config: dict[str, Any],
) -> None:
    """``pytest --record-mode=rewrite`` must not re-record authored cassettes against OpenAI
    (pytest-recording lets a ``record_mode`` in ``vcr_config`` win over the option), and the
    scrub hooks stay on."""
    assert vcr_config["record_mode"] == "none"
    assert vcr_config["before_record_request"].__name__ == "scrub_request"
    assert vcr_config["before_record_response"].__name__ == "scrub_response"
    assert "batch_body" in vcr_config["match_on"]


def test_batch_cassettes_say_they_are_authored_and_name_no_real_model() -> None:
    files = sorted(CASSETTE_DIR.glob("*.yaml"))
    assert [f.stem for f in files] == ["collect", "status", "submit"]
    models = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# origin: authored by hand")
        for interaction in yaml.safe_load(text)["interactions"]:
            body = interaction["response"]["body"]["string"]
            for raw in body.splitlines():
                line = json.loads(raw)
                completion = (line.get("response") or {}).get("body") or {}
                models.add(completion.get("model") or line.get("model"))
    assert models == {AUTHORED_MODEL_NAME, None}


def test_no_secret_in_the_batch_cassettes() -> None:
    for path in sorted(CASSETTE_DIR.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        for pattern in SECRET_PATTERNS:
            assert not pattern.search(text), f"{path.name}: {pattern.pattern}"
        assert "x-stainless" not in text.lower()


def test_committed_batch_cassettes_are_exactly_what_the_script_authors(tmp_path: Path) -> None:
    """Changing a prompt, the schema, the batch code or an authored answer without
    re-authoring (python -m tests.author_batch_cassettes) fails here."""
    author(tmp_path)
    for path in sorted(CASSETTE_DIR.glob("*.yaml")):
        assert (tmp_path / path.name).read_text() == path.read_text(), path.name
