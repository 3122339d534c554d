"""The ``llamacpp`` request mode: structured output from llama.cpp-style servers and small models.

llama.cpp's OpenAI-compatible server (``llama_cpp.server``, ``llama-server``) constrains the
answer with a grammar built from ``response_format {"type": "json_object", "schema": ...}``; it
refuses ``json_schema`` (HTTP 500) and has no tool calling. What a small local model needs on
top of that, measured with Gemma 3 270M (see DECISIONS.md):

- the instructions *and* the schema in the **user** turn: chat templates such as Gemma's drop
  the system message;
- every top-level field **required** in the grammar's schema (nullable fields stay nullable):
  when the grammar allows ``{ }`` the model answers ``{ }``;
- **caps on list sizes and string lengths** in the grammar and a repeat penalty: a small model
  repeats the same item until the token limit cuts the JSON;
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
MAX_LIST_ITEMS = 2  # items in a top-level list (people, quotes, summits...)
MAX_NESTED_ITEMS = 1  # items in a nested list (evidence passages, parties, conditions...)
MAX_STRING_CHARS = 200  # characters in any one string
REPEAT_PENALTY = 1.15  # llama.cpp's penalty on recently generated tokens (1.0 = none)
SCHEMA_INTRO = "Answer with one JSON object that follows this JSON Schema:"


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


def _strip_titles(node: Any) -> Any:
    """The schema without pydantic's ``title`` strings (noise to a model; tokens to pay)."""
    if isinstance(node, dict):
        return {
            key: _strip_titles(value)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [_strip_titles(item) for item in node]
    return node


def prompt_schema(schema: dict[str, Any]) -> str:
    """The JSON Schema as the model reads it: compact, without titles."""
    return json.dumps(_strip_titles(schema), ensure_ascii=False, separators=(",", ":"))


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


def grammar_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema the server turns into a grammar: every top-level field required (their
    nullability unchanged), lists and strings capped. Lists at the top level (and in the
    ``$defs`` of top-level items, which sit at depth 1) get :data:`MAX_LIST_ITEMS`; lists
    inside items get :data:`MAX_NESTED_ITEMS`."""
    grammar = copy.deepcopy(schema)
    properties = grammar.get("properties") or {}
    grammar["required"] = list(properties)
    for child in properties.values():
        _cap(child, 0)
    for definition in (grammar.get("$defs") or {}).values():
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
