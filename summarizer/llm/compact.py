"""The schema as the ``tools``, ``json`` and ``md_json`` modes send it: the same structure in
fewer tokens (issue 16, "schema diet").

The facts model's JSON Schema (``summarizer schema``, ``schemas/``) is written for people: a
title on every property and model, ``default: null`` on every optional field, the docstring of
every model and vocabulary, and the evidence rule repeated in eight places. A model filling
the schema needs none of that: the structure, and a few words where a field's name and type
do not say what goes in it. What is sent instead (see DECISIONS.md, "Schema diet"):

- no ``title`` and no ``default`` (annotations: they constrain nothing);
- each described field's short text from :data:`summarizer.llm.briefs.BRIEFS` instead of its
  full description (no text where the name says it; the rules the system prompt already gives,
  such as "evidence is copied verbatim", are not repeated per field), and no docstrings of
  models and vocabularies (the field that uses one says what it needs);
- ``$defs`` used once and every vocabulary written in place, and ``anyOf [X, null]`` written as
  ``type [X, "null"]`` (with ``null`` among an enum's values): the same instances validate.

A schema other than :class:`~summarizer.schema.ArticleFacts` (a caller's own) loses only its
titles and defaults and is written compactly; its descriptions are kept.

The ``llamacpp`` mode is not affected: it sends its own structure-only schema
(:mod:`summarizer.llm.llamacpp`), and its recorded requests must stay byte-identical.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache
from typing import Any

from pydantic import BaseModel

from summarizer.llm.briefs import BRIEFS, TOOL_DESCRIPTION
from summarizer.schema import ArticleFacts

ANNOTATIONS = frozenset({"title", "default"})
NULL = {"type": "null"}
_REF = re.compile(r'"#/\$defs/([^"]+)"')


def _without(node: Any, keys: frozenset[str]) -> Any:
    """``node`` without the keywords ``keys`` (property and definition *names* are kept)."""
    if isinstance(node, list):
        return [_without(item, keys) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs") and isinstance(value, dict):
            kept[key] = {name: _without(sub, keys) for name, sub in value.items()}
        elif key not in keys:
            kept[key] = _without(value, keys)
    return kept


def _describe(schema: dict[str, Any], briefs: Mapping[str, str]) -> None:
    """Every description replaced by its brief (``Model.field``; the root model by its own
    name), or removed when there is none; in place."""
    root = schema.get("title", "")
    models = [(root, schema), *(schema.get("$defs") or {}).items()]
    for name, model in models:
        model.pop("description", None)
        for field, prop in (model.get("properties") or {}).items():
            prop.pop("description", None)
            if brief := briefs.get(f"{name}.{field}"):
                prop["description"] = brief


def _inline(node: Any, definitions: dict[str, Any], inlined: frozenset[str]) -> Any:
    """``node`` with every ``$ref`` to a definition in ``inlined`` replaced by its body."""
    if isinstance(node, list):
        return [_inline(item, definitions, inlined) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.removeprefix("#/$defs/") in inlined:
        body = _inline(definitions[ref.removeprefix("#/$defs/")], definitions, inlined)
        rest = {k: _inline(v, definitions, inlined) for k, v in node.items() if k != "$ref"}
        return {**body, **rest}
    return {key: _inline(value, definitions, inlined) for key, value in node.items()}


def _nullable(node: Any) -> Any:
    """``anyOf [X, null]`` as ``X`` with ``type [X's type, "null"]`` (and ``null`` added to
    X's enum), when X is written in place and has one type: the same instances validate
    (``properties``, ``required`` and ``additionalProperties`` apply to objects only)."""
    if isinstance(node, list):
        return [_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _nullable(value) for key, value in node.items()}
    options = node.get("anyOf")
    if not (isinstance(options, list) and len(options) == 2 and NULL in options):
        return node
    [other] = [option for option in options if option != NULL]
    if not isinstance(other.get("type"), str) or "$ref" in other:
        return node
    rest = {key: value for key, value in node.items() if key != "anyOf"}
    merged = {**other, "type": [other["type"], "null"], **rest}
    if isinstance(other.get("enum"), list):
        merged["enum"] = [*other["enum"], None]
    return merged


def compact_schema(full: dict[str, Any], briefs: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The schema to send for ``full`` (a pydantic model's JSON Schema). With ``briefs``
    (``{"Model.field": text}``), descriptions are replaced by them (and ``description``,
    when given in ``briefs`` under the root model's name, becomes the root's); without,
    descriptions are kept. The top-level ``title`` stays: instructor names the tool by it."""
    schema = copy.deepcopy(full)
    if briefs is not None:
        _describe(schema, briefs)
        if root := briefs.get(schema.get("title", "")):
            schema["description"] = root
    title = schema.get("title")
    schema = _without(schema, ANNOTATIONS)
    definitions: dict[str, Any] = schema.pop("$defs", {})
    uses = Counter(_REF.findall(json.dumps([schema, definitions])))
    inlined = frozenset(
        name for name, body in definitions.items() if uses[name] <= 1 or "enum" in body
    )
    kept = {n: _inline(b, definitions, inlined) for n, b in definitions.items() if n not in inlined}
    compact: dict[str, Any] = _nullable(_inline(schema, definitions, inlined))
    if kept:
        compact["$defs"] = _nullable(kept)
    ordered = {"title": title} if title is not None else {}
    return {**ordered, **compact}


@cache
def compact_model(wrapped: type[BaseModel], schema: type[BaseModel]) -> type[BaseModel]:
    """``wrapped`` (instructor's prepared ``schema``) with :func:`compact_schema` as its JSON
    Schema: what instructor's handlers put into the request (the tool's parameters, or the
    schema in the system prompt). Fields and validation are ``wrapped``'s own."""
    briefs = {**BRIEFS, ArticleFacts.__name__: TOOL_DESCRIPTION} if schema is ArticleFacts else None
    sent = compact_schema(wrapped.model_json_schema(), briefs)

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        return copy.deepcopy(sent)

    namespace = {"model_json_schema": classmethod(model_json_schema), "__doc__": wrapped.__doc__}
    return type(wrapped.__name__, (wrapped,), namespace)


__all__ = ["compact_model", "compact_schema"]
