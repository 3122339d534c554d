"""The ``llamacpp`` request mode: structured output from llama.cpp-style servers and small models.

llama.cpp's OpenAI-compatible server (``llama_cpp.server``, ``llama-server``) constrains the
answer with a grammar built from ``response_format {"type": "json_object", "schema": ...}``; it
refuses ``json_schema`` (HTTP 500) and has no tool calling. What a small local model needs on
top of that, measured with Gemma 3 270M (see DECISIONS.md):

- the instructions *and* the schema in the **user** turn: chat templates such as Gemma's drop
  the system message;
- the schema's **structure only**, in the prompt and in the grammar (no titles, descriptions
  or defaults): with them the v2 schema was 4,565 of a seed prompt's 5,466 tokens, minutes of
  prefill on a CPU before the first answer token;
- every top-level field **required** in the grammar's schema (nullable fields stay nullable):
  when the grammar allows ``{ }`` the model answers ``{ }``;
- **caps on list sizes and string lengths** in the grammar and a repeat penalty: a small model
  repeats the same item until the token limit cuts the JSON (and every token costs: the
  grammar check over Gemma's 262k-token vocabulary takes longer than the model's own step);
- a modest ``max_tokens`` (see :data:`summarizer.llm.local.LOCAL_MAX_TOKENS`), so one answer ends
  in a minute or two instead of running on for many minutes.

Parsing and re-asks are instructor's ``JSON`` mode handlers, as for ``--mode json``. Only the
request differs, so the other modes' requests (and their cassettes) are untouched.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from summarizer.llm.attempts import Plan

MODE = "llamacpp"
# Grammar caps (not validation rules: the schema the answer is validated against is unchanged).
MAX_LIST_ITEMS = 2  # items in a top-level list of strings or small objects (people, quotes)
MAX_LARGE_ITEMS = 1  # items in a top-level list of large objects (summits, sanctions...)
LARGE_ITEM_FIELDS = 5  # an object with more fields than this is large (60-130 tokens written)
MAX_NESTED_ITEMS = 1  # items in a nested list (evidence passages, parties, conditions...)
MAX_STRING_CHARS = 200  # characters in any one string
REPEAT_PENALTY = 1.15  # llama.cpp's penalty on recently generated tokens (1.0 = none)
SCHEMA_INTRO = (
    "Answer with one JSON object that follows this JSON Schema "
    "(any field may also be null, any list empty):"
)
# Annotations that cost prompt tokens (or request bytes) and constrain nothing: the prompt and
# the grammar carry the schema's structure only (see DECISIONS.md: 4,565 of a seed prompt's
# 5,466 tokens were the schema, 2,099 of them descriptions). ``additionalProperties: false``
# goes too: llama.cpp's grammar admits no other keys without it.
ANNOTATIONS = frozenset({"title", "description", "default"})
NULL = {"type": "null"}


@dataclass(frozen=True)
class GrammarPlan(Plan):
    """A :class:`~summarizer.llm.attempts.Plan` whose request folds the system message into the
    user turn, with the schema; ``fixed`` carries the grammar and the sampling options."""

    schema_text: str = ""

    def request(self, messages: list[dict[str, Any]], **options: Any) -> dict[str, Any]:
        return super().request(user_turn_only(messages, self.schema_text), **options)


def user_turn_only(messages: list[dict[str, Any]], schema_text: str) -> list[dict[str, Any]]:
    """The system messages' text, then the schema, then the first user message's text, as one
    user message; later messages are kept as they are."""
    system = [str(m["content"]) for m in messages if m.get("role") == "system"]
    rest = [dict(m) for m in messages if m.get("role") != "system"]
    preamble = [*system, f"{SCHEMA_INTRO}\n{schema_text}"] if schema_text else system
    if rest and rest[0].get("role") == "user":
        rest[0]["content"] = "\n\n".join([*preamble, str(rest[0]["content"])])
        return rest
    return [{"role": "user", "content": "\n\n".join(preamble)}, *rest]


def _annotations_dropped(node: Any, nullable: bool = False) -> Any:
    """The schema without :data:`ANNOTATIONS` (property *names* such as ``description`` are
    kept); with ``nullable``, ``anyOf [X, null]`` also reads as ``X`` (the intro says any
    field may be null)."""
    if isinstance(node, list):
        return [_annotations_dropped(item, nullable) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs") and isinstance(value, dict):  # names, not keywords
            kept[key] = {name: _annotations_dropped(sub, nullable) for name, sub in value.items()}
        elif key not in ANNOTATIONS and not (key == "additionalProperties" and value is False):
            kept[key] = _annotations_dropped(value, nullable)
    options = kept.get("anyOf")
    if nullable and isinstance(options, list) and len(options) == 2 and NULL in options:
        [other] = [option for option in options if option != NULL]
        rest = {key: value for key, value in kept.items() if key != "anyOf"}
        return {**other, **rest}
    return kept


def prompt_schema(schema: dict[str, Any]) -> str:
    """The JSON Schema as the model reads it: compact JSON, its structure only (no titles,
    descriptions, defaults; nullable fields written as their type)."""
    return json.dumps(
        _annotations_dropped(schema, nullable=True), ensure_ascii=False, separators=(",", ":")
    )


def _cap(node: Any, depth: int) -> None:
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "array" and "maxItems" not in node:
            node["maxItems"] = MAX_LIST_ITEMS if depth == 0 else MAX_NESTED_ITEMS
        if kind == "string" and "maxLength" not in node and "enum" not in node:
            node["maxLength"] = MAX_STRING_CHARS
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for child in value.values():
                    _cap(child, depth + 1)
            elif key != "$defs":
                _cap(value, depth)
    elif isinstance(node, list):
        for item in node:
            _cap(item, depth)


def _item_fields(array: dict[str, Any], definitions: dict[str, Any]) -> int:
    """How many fields an array's items have (0 for strings and other scalars)."""
    items = array.get("items") or {}
    ref = items.get("$ref", "") if isinstance(items, dict) else ""
    if ref.startswith("#/$defs/"):
        items = definitions.get(ref.removeprefix("#/$defs/"), {})
    return len(items.get("properties") or {}) if isinstance(items, dict) else 0


def grammar_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema the server turns into a grammar: its structure only (annotations dropped,
    nullability kept), every top-level field required, lists and strings capped. Top-level
    lists get :data:`MAX_LIST_ITEMS`, or :data:`MAX_LARGE_ITEMS` when their items have more
    than :data:`LARGE_ITEM_FIELDS` fields; lists inside items (in ``$defs``, at depth 1) get
    :data:`MAX_NESTED_ITEMS`."""
    grammar: dict[str, Any] = _annotations_dropped(copy.deepcopy(schema))
    properties = grammar.get("properties") or {}
    definitions = grammar.get("$defs") or {}
    grammar["required"] = list(properties)
    for child in properties.values():
        if child.get("type") == "array" and _item_fields(child, definitions) > LARGE_ITEM_FIELDS:
            child.setdefault("maxItems", MAX_LARGE_ITEMS)
        _cap(child, 0)
    for definition in definitions.values():
        _cap(definition, 1)
    return grammar


def sampling_options() -> dict[str, Any]:
    """llama.cpp options sent with every request of this mode (beside the grammar)."""
    return {"repeat_penalty": REPEAT_PENALTY}


@cache
def plan_for(schema: type[BaseModel]) -> GrammarPlan:
    """The :class:`GrammarPlan` for ``schema`` (cached): instructor's ``JSON`` handlers for
    parsing and re-asks, our request."""
    import instructor
    from instructor.v2 import Provider, mode_registry
    from instructor.v2.validation.async_validators import reject_async_validators

    reject_async_validators(schema)
    handlers = mode_registry.get_handlers(Provider.OPENAI, instructor.Mode.JSON)
    wrapped = instructor.response_schema(schema)
    probe = [{"role": "user", "content": "probe"}]
    model, _ = handlers.request_handler(response_model=wrapped, kwargs={"messages": probe})
    full = model.model_json_schema()
    fixed = {
        "response_format": {"type": "json_object", "schema": grammar_schema(full)},
        **sampling_options(),
    }
    text = json.dumps(fixed, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return GrammarPlan(handlers, model, fixed, text, schema_text=prompt_schema(full))
