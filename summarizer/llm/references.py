"""Evidence by reference, the model side: ask for sentence numbers, hand on ordinary facts.

In the sentences form the model answers a *request model* derived from the facts model by one
rule: every ``evidence`` passage list becomes a list of sentence numbers, nothing else changes
(same classes' names, fields, descriptions, validators). Its answer is turned back into the
ordinary facts model at once, each number replaced by that sentence's exact text
(:mod:`.sentences`); a number that names no sentence is a validation error, re-asked like any
other. Everything after the attempt loop (grounding, value support, the store, eval, the story)
so sees the facts model it always sees, with passages that cannot have been invented.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import operator
import types
import typing
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, get_args, get_origin

from pydantic import BaseModel, Field, ValidationError, create_model
from pydantic.fields import FieldInfo

from summarizer.llm.prompts import prompt_version
from summarizer.llm.sentences import Sentences, numbered_prompt_version
from summarizer.results import GroundingReport
from summarizer.schema import schema_version

if TYPE_CHECKING:  # the attempt loop imports instructor: a cached run never needs it
    from summarizer.llm.attempts import Plan

NUMBERS_DESCRIPTION = (
    "Numbers of the article's sentences that state this fact (the [n] before each sentence), "
    "not their text. Empty only if the fact has no support."
)
SentenceNumber = Annotated[int, Field(ge=1)]


def _is_passages(info: FieldInfo) -> bool:
    return info.annotation == list[str]


def _numbers(info: FieldInfo) -> tuple[Any, FieldInfo]:
    changed = copy.copy(info)
    changed.annotation = list[SentenceNumber]
    changed.description = NUMBERS_DESCRIPTION
    return list[SentenceNumber], changed


def _swap(annotation: Any) -> Any:
    """``annotation`` with every model in it replaced by its request model (the same object
    when nothing in it changes)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _variant(annotation) or annotation
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is None or not args:
        return annotation
    swapped = tuple(_swap(arg) for arg in args)
    if all(new is old for new, old in zip(swapped, args, strict=True)):
        return annotation
    if origin is Annotated:
        return Annotated[(swapped[0], *annotation.__metadata__)]
    if origin in (types.UnionType, typing.Union):
        return functools.reduce(operator.or_, swapped)
    return origin[swapped if len(swapped) > 1 else swapped[0]]


@cache
def _variant(model: type[BaseModel]) -> type[BaseModel] | None:
    """The request model of ``model``, or None when no evidence list is inside it. A subclass
    of ``model`` by the same name (so its validators, config and docstring, and the tool's
    name, stay the same) with only the changed fields redeclared."""
    changed: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name == "evidence" and _is_passages(info):
            changed[name] = _numbers(info)
            continue
        swapped = _swap(info.annotation)
        if swapped is not info.annotation:
            redeclared = copy.copy(info)
            redeclared.annotation = swapped
            changed[name] = (swapped, redeclared)
    if not changed:
        return None
    variant: type[BaseModel] = create_model(
        model.__name__,
        __base__=model,
        __doc__=model.__doc__,
        __module__=model.__module__,
        **changed,
    )
    return variant


def request_model(schema: type[BaseModel]) -> type[BaseModel]:
    """What the model is asked to fill in the sentences form: ``schema`` with every evidence
    passage list (``evidence: list[str]``) a list of sentence numbers. A schema without
    evidence lists is asked as it is."""
    return _variant(schema) or schema


def versions(schema: type[BaseModel], evidence: str) -> tuple[str, str]:
    """(prompt version, schema version) of a request in ``evidence`` form: the quotes form's
    own, or the sentences form's (its instruction and its request model), so the two forms
    never share a cache key or a cassette."""
    if evidence == "sentences":
        return numbered_prompt_version(), schema_version(request_model(schema))
    return prompt_version(), schema_version(schema)


def _error(problems: list[tuple[tuple[str | int, ...], int]], count: int) -> ValidationError:
    return ValidationError.from_exception_data(
        "evidence sentence numbers",
        [
            {
                "type": "value_error",
                "loc": loc,
                "input": number,
                "ctx": {
                    "error": ValueError(
                        f"sentence {number} does not exist: the article has sentences 1 to {count}"
                    )
                },
            }
            for loc, number in problems
        ],
    )


def _passages(
    node: Any,
    sentences: Sentences,
    loc: tuple[str | int, ...],
    problems: list[tuple[tuple[str | int, ...], int]],
) -> Any:
    """A dumped request answer with each ``evidence`` number list replaced by its sentences'
    text; numbers naming no sentence are collected in ``problems``."""
    if isinstance(node, list):
        return [_passages(item, sentences, (*loc, i), problems) for i, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "evidence" and isinstance(value, list):
            texts = []
            for index, number in enumerate(value):
                if isinstance(number, int) and sentences.span(number) is not None:
                    texts.append(sentences.passage(number))
                else:
                    problems.append(((*loc, key, index), number))
            out[key] = texts
        else:
            out[key] = _passages(value, sentences, (*loc, key), problems)
    return out


def to_facts(value: BaseModel, schema: type[BaseModel], sentences: Sentences) -> BaseModel:
    """The request answer ``value`` as ``schema``, every sentence number replaced by that
    sentence's exact text. Raises ``ValidationError`` (re-asked) for a number that names no
    sentence."""
    problems: list[tuple[tuple[str | int, ...], int]] = []
    data = _passages(value.model_dump(), sentences, (), problems)
    if problems:
        raise _error(problems, len(sentences))
    return schema.model_validate(data)


def bind(plan: Plan, schema: type[BaseModel], sentences: Sentences) -> Plan:
    """``plan`` (built for :func:`request_model`) answering ``schema``: its validated answers
    are mapped back by :func:`to_facts` inside the attempt loop, so a bad number is re-asked."""
    convert = functools.partial(_convert, schema=schema, sentences=sentences)
    return dataclasses.replace(plan, convert=convert)


def _convert(value: BaseModel, *, schema: type[BaseModel], sentences: Sentences) -> BaseModel:
    return to_facts(value, schema, sentences)


def _is_evidence_path(path: str) -> bool:
    """A passage of an ``evidence`` list (``quotes[0].evidence[1]``, ``evidence[0]``)."""
    return path.rpartition(".")[2].startswith("evidence[")


def by_reference(report: GroundingReport, sentences: Sentences) -> GroundingReport:
    """``report`` with each evidence passage that is a whole sentence marked as given by
    reference: method ``reference``, that sentence's exact offsets (a sentence repeated word
    for word is its first occurrence). Grounding's verdicts are unchanged: it located the
    passage, and value support read the sentence it lies in."""
    first = sentences.first_by_text
    for check in report.evidence:
        number = first.get(check.passage)
        if number is None or not check.verified or not _is_evidence_path(check.path):
            continue  # (a quote's own text is checked as a passage too, and stays verbatim)
        check.start, check.end = sentences.spans[number - 1]
        check.method = "reference"
    return report


__all__ = [
    "NUMBERS_DESCRIPTION",
    "bind",
    "by_reference",
    "request_model",
    "to_facts",
    "versions",
]
