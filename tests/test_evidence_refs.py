"""Evidence by reference (``--evidence sentences``): the request model, the numbering, the
mapping back to exact passages, re-asks, the live path, cassettes, eval, the CLI and the
cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from summarizer import ArticleFacts, Settings, summarize, summarize_many
from summarizer.articles import load_article
from summarizer.errors import ConfigError
from summarizer.llm.references import NUMBERS_DESCRIPTION, request_model, to_facts, versions
from summarizer.llm.sentences import INSTRUCTION, numbered
from summarizer.run.dispatch import iterate_engine
from summarizer.run.engine import Engine
from summarizer.schema import Person, json_schema
from summarizer.storage.store import Store
from summarizer.testing.authoring import as_sentence_numbers, author, wire_response
from summarizer.testing.stub import Reply, StubServer
from summarizer.verification.page.article import ArticleText
from tests.conftest import CASSETTES, ROOT, SEED_FILES, EvalRun, authored_turns
from tests.test_cli import run
from tests.test_cli_conventions import help_text

SANCTIONS_SEED = SEED_FILES[1]  # f9d800ded702b085
QUOTED = authored_turns("f9d800ded702b085")[-1]
SENTENCES = CASSETTES / "authored-sentences"


def sentence_answer(path: Path = SANCTIONS_SEED) -> dict[str, Any]:
    answer, dropped = as_sentence_numbers(QUOTED, ArticleText(load_article(path).text))
    assert dropped == 0
    return answer  # type: ignore[no-any-return]


def stub_settings(stub: StubServer, **changes: Any) -> Settings:
    return Settings(model="stub-model", base_url=stub.url, api_key="test-key", **changes)


def reply(arguments: dict[str, Any]) -> Reply:
    return Reply(200, wire_response(arguments, b"x" * 400, "tools", "t", "ArticleFacts"))


def evidence_lists(node: Any) -> list[Any]:
    if isinstance(node, list):
        return [found for item in node for found in evidence_lists(item)]
    if not isinstance(node, dict):
        return []
    own = [node["evidence"]] if isinstance(node.get("evidence"), list) else []
    return own + [f for k, v in node.items() if k != "evidence" for f in evidence_lists(v)]


def without_evidence(node: Any) -> Any:
    if isinstance(node, list):
        return [without_evidence(item) for item in node]
    if isinstance(node, dict):
        return {k: without_evidence(v) for k, v in node.items() if k != "evidence"}
    return node


# --- the request model -----------------------------------------------------------------------


def test_the_request_model_changes_every_evidence_list_and_nothing_else() -> None:
    variant = request_model(ArticleFacts)
    assert variant is not ArticleFacts and variant.__name__ == "ArticleFacts"
    assert request_model(ArticleFacts) is variant  # derived once
    quoted, numbered_schema = json_schema(ArticleFacts), json_schema(variant)
    changed = 0
    for name, definition in numbered_schema["$defs"].items():
        properties = definition.get("properties", {})
        if "evidence" in properties:
            changed += 1
            assert properties["evidence"]["items"] == {"type": "integer", "minimum": 1}
            assert properties["evidence"]["description"] == NUMBERS_DESCRIPTION
            original = quoted["$defs"][name]["properties"]["evidence"]
            assert original["items"] == {"type": "string"}
            properties["evidence"] = original
    with_evidence = [n for n, d in quoted["$defs"].items() if "evidence" in d.get("properties", {})]
    assert changed == len(with_evidence) == 8  # Summit ... Quote, Opinion, CitedSource
    assert numbered_schema == quoted  # with the evidence put back: byte for byte the same
    assert json_schema(ArticleFacts) == quoted  # the facts model itself is untouched
    assert request_model(Person) is Person  # nothing to change: asked as it is


def test_versions_tell_the_forms_apart() -> None:
    quotes, sentences = versions(ArticleFacts, "quotes"), versions(ArticleFacts, "sentences")
    assert quotes[0] != sentences[0] and quotes[1] != sentences[1]


# --- numbering and mapping back --------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_the_numbering_is_the_grounding_splitter_with_exact_offsets(path: Path) -> None:
    text = load_article(path).text
    sentences = numbered(text)
    assert list(sentences.spans) == ArticleText(text).sentences
    lines = [line for line in sentences.shown.splitlines() if line]
    assert len(lines) == len(sentences) > 5
    for number, line in enumerate(lines, 1):
        start, end = sentences.spans[number - 1]
        assert sentences.passage(number) == text[start:end]
        assert line == f"[{number}] {' '.join(text[start:end].split())}"
    assert numbered(text) == sentences  # deterministic


def test_numbers_map_back_to_exact_sentences_and_quotes_stay_verbatim() -> None:
    text = load_article(SANCTIONS_SEED).text
    sentences = numbered(text)
    answer = request_model(ArticleFacts).model_validate(sentence_answer())
    facts = to_facts(answer, ArticleFacts, sentences)
    assert type(facts) is ArticleFacts
    passages = [p for lst in evidence_lists(facts.model_dump()) for p in lst]
    assert passages and all(p in set(sentences.first_by_text) for p in passages)
    assert [q.text for q in facts.quotes] == [q["text"] for q in QUOTED["quotes"]]
    assert without_evidence(facts.model_dump(mode="json")) == without_evidence(
        ArticleFacts.model_validate(QUOTED).model_dump(mode="json")
    )


@pytest.mark.parametrize("bad", [0, 10_000])
def test_a_number_that_names_no_sentence_is_a_validation_error(bad: int) -> None:
    sentences = numbered(load_article(SANCTIONS_SEED).text)
    data = sentence_answer()
    data["sanctions"][0]["evidence"] = [1, bad]
    if bad < 1:  # the request model refuses it already (minimum 1)
        with pytest.raises(ValidationError):
            request_model(ArticleFacts).model_validate(data)
        return
    answer = request_model(ArticleFacts).model_validate(data)
    with pytest.raises(ValidationError, match=f"sentence {bad} does not exist"):
        to_facts(answer, ArticleFacts, sentences)


def test_authoring_rule_takes_every_sentence_a_passage_touches_and_drops_what_is_not_there() -> (
    None
):
    article = ArticleText("First one here. Second one there.\n\nThird para.")
    answer = {"x": [{"evidence": ["one here. Second", "Third para.", "invented", "Third para."]}]}
    converted, dropped = as_sentence_numbers(answer, article)
    assert converted == {"x": [{"evidence": [1, 2, 3]}]} and dropped == 1


# --- the live path through the stub -----------------------------------------------------------


def test_live_sentences_request_reasks_a_bad_number_and_grounds_by_reference() -> None:
    bad = sentence_answer()
    bad["sanctions"][0]["evidence"] = [9999]
    with StubServer([reply(bad), reply(sentence_answer())]) as stub:
        result = summarize(SANCTIONS_SEED, settings=stub_settings(stub, evidence="sentences"))
    first, second = stub.requests
    user = first["messages"][-1]["content"]
    assert INSTRUCTION in user and "<article>\n[1] " in user
    parameters = first["tools"][0]["function"]["parameters"]
    quote = parameters["properties"]["quotes"]["items"]  # the compact schema inlines it
    if "$ref" in quote:
        quote = parameters["$defs"][quote["$ref"].rsplit("/", 1)[-1]]
    assert quote["properties"]["evidence"]["items"]["type"] == "integer"
    assert "sentence 9999 does not exist" in json.dumps(second["messages"])
    assert result.ok and result.evidence == "sentences" and result.usage.attempts == 2
    text = load_article(SANCTIONS_SEED).text
    checks = result.grounding.evidence
    by_reference = [c for c in checks if ".evidence[" in c.path]
    assert by_reference and all(c.method == "reference" for c in by_reference)
    quote_texts = [c for c in checks if c.path.endswith(".text")]
    assert quote_texts and all(c.method != "reference" for c in quote_texts)  # verbatim
    for check in checks:
        if check.method == "reference":
            assert text[check.start : check.end] == check.passage
    assert result.grounding.support_rate is not None


def test_the_quotes_form_request_is_unchanged_by_the_option() -> None:
    with StubServer([reply(QUOTED)]) as stub:
        result = summarize(SANCTIONS_SEED, settings=stub_settings(stub))
    assert "[1] " not in stub.requests[0]["messages"][-1]["content"]
    assert result.evidence == "quotes"
    assert "reference" not in {c.method for c in result.grounding.evidence}


def test_an_unknown_evidence_form_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown evidence form 'words'"):
        summarize(SANCTIONS_SEED, offline=True, evidence="words")


# --- cassettes, eval and the CLI ------------------------------------------------------------


def test_the_sentences_cassettes_replay_the_same_facts() -> None:
    quoted = summarize(SANCTIONS_SEED, offline=True)
    result = summarize(SANCTIONS_SEED, offline=True, evidence="sentences")
    assert result.origin.startswith("replayed authored-sentences cassette (authored by hand")
    assert result.usage.attempts == quoted.usage.attempts == 2  # the re-ask is kept too
    assert without_evidence(result.facts.model_dump()) == without_evidence(
        quoted.facts.model_dump()
    )
    assert result.usage.completion_tokens < quoted.usage.completion_tokens


def test_committed_sentences_cassettes_are_what_the_rule_authors(tmp_path: Path) -> None:
    root = tmp_path / "evals" / "cassettes"
    shutil.copytree(CASSETTES / "authored" / "source", root / "authored" / "source")
    author(root, project_root=ROOT, evidence="sentences")
    files = sorted(SENTENCES.glob("*.yaml"))
    assert len(files) == 22
    for path in files:
        assert path.read_text().startswith("# origin: authored by hand, sentences form")
        assert (root / "authored-sentences" / path.name).read_text() == path.read_text()


def test_eval_in_the_sentences_form_scores_as_the_quotes_form(
    tmp_path: Path, authored_eval: EvalRun
) -> None:
    out, history = tmp_path / "out", str(tmp_path / "h.jsonl")
    done = run("eval", "--evidence", "sentences", "--out", str(out), "--history", history)
    assert done.returncode == 0, done.stderr.decode()[-2000:]  # baseline auto: committed
    sentences = json.loads((out / "report.json").read_text())
    quotes = json.loads((authored_eval.out / "report.json").read_text())
    assert "authored-sentences" in sentences["origin"]
    for key in ("precision", "recall", "f1"):
        a, b = quotes["overall"]["micro"][key], sentences["overall"]["micro"][key]
        assert abs(a - b) <= 0.01, key
    assert abs(quotes["support_rate"] - sentences["support_rate"]) <= 0.01
    assert sentences["prompt_version"] != quotes["prompt_version"]
    # the committed baseline is this run's report (refresh it as authored.json is refreshed)
    base = json.loads((ROOT / "evals" / "baselines" / "authored-sentences.json").read_text())
    assert sentences["overall"] == base["overall"]
    assert sentences["support_rate"] == base["support_rate"]
    assert len(sentences["grounding_flags"]) == len(base["grounding_flags"])


def test_summarize_cli_offline_in_the_sentences_form() -> None:
    done = run("summarize", str(SANCTIONS_SEED), "--offline", "--evidence", "sentences")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    result = json.loads(done.stdout)
    assert result["evidence"] == "sentences"
    assert "reference" in {c["method"] for c in result["grounding"]["evidence"]}


def test_cli_evidence_option_help_and_errors() -> None:
    for command in ("summarize", "eval"):
        assert "[env: SUMMARIZER_EVIDENCE] [default: quotes]" in help_text(command)
    done = run("summarize", str(SANCTIONS_SEED), "--offline", "--evidence", "words")
    assert done.returncode == 2 and b"'quotes', 'sentences'" in done.stderr
    done = run("summarize", str(SANCTIONS_SEED), "--offline", env={"SUMMARIZER_EVIDENCE": "x"})
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2 and lines == [
        "error: unknown evidence form 'x'; choose one of quotes, sentences"
    ]


# --- the cache --------------------------------------------------------------------------------


def by_form(body: dict[str, Any], raw: bytes) -> Reply:
    numbered_form = INSTRUCTION in json.dumps(body["messages"])
    return reply(sentence_answer() if numbered_form else QUOTED)


def test_the_cache_keeps_the_forms_apart(tmp_path: Path) -> None:
    items = [SANCTIONS_SEED]
    with StubServer(responder=by_form) as stub, Store(tmp_path / "logs.db") as store:
        quotes = stub_settings(stub)
        sentences = stub_settings(stub, evidence="sentences")
        first = list(summarize_many(items, settings=quotes, store=store))
        numbered_first = list(summarize_many(items, settings=sentences, store=store))
        assert stub.calls == 2  # a quotes-form hit never answers a sentences-form request
        again = list(summarize_many(items, settings=sentences, store=store))
        back = list(summarize_many(items, settings=quotes, store=store))
        assert stub.calls == 2
        # a hit re-grounded under other rules keeps its passages' reference offsets
        with store._lock:
            store._connection().execute("UPDATE exchanges SET grounding_key = 'older rules'")
            store._connection().commit()
        engine = Engine(settings=sentences, store=store)
        regrounded = list(iterate_engine(engine, items))
    assert engine.stats.cached == 1
    assert [r.evidence for r in (*first, *numbered_first, *again, *back)] == [
        "quotes",
        "sentences",
        "sentences",
        "quotes",
    ]
    assert regrounded[0].grounding == numbered_first[0].grounding
    methods = {c.method for c in regrounded[0].grounding.evidence}
    assert "reference" in methods


class Tiny(BaseModel):
    claim: str
    evidence: list[str] = []


def test_a_callers_schema_with_evidence_gets_numbers_too() -> None:
    answer = {"claim": "84 co-sponsors", "evidence": [3]}
    with StubServer([reply(answer)]) as stub:
        result = summarize(
            SANCTIONS_SEED, schema=Tiny, settings=stub_settings(stub, evidence="sentences")
        )
    assert isinstance(result.facts, Tiny)
    assert result.facts.evidence == [numbered(load_article(SANCTIONS_SEED).text).passage(3)]
    properties = stub.requests[0]["tools"][0]["function"]["parameters"]["properties"]
    assert properties["evidence"]["items"]["type"] == "integer"


def test_the_batch_api_refuses_the_sentences_form_before_any_request() -> None:
    from summarizer.llm.batch import submit

    settings = Settings(model="gpt-4o-mini", api_key="test-key", evidence="sentences")
    with pytest.raises(ConfigError, match="quoted evidence only"):
        submit([load_article(SANCTIONS_SEED)], settings)
