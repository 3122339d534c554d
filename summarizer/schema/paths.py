"""Reading a value's path against the schema: which model a field holds, and which item's
evidence a value is read against.

A path names a value in the facts the way grounding and scoring name it
(``ceasefires[0].positions[1].party``). Both the verification (to hand a second reader the
evidence of an unconfirmed value's fact) and the evaluation (to say a flag on a passage flags
the values it is evidence for) need "the nearest item holding this value that has an
``evidence`` field"; it lives here, in the contract layer both import, so the two cannot drift
apart.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from summarizer.schema.facts import ArticleFacts

_STEP = re.compile(r"([^.\[\]]+)(\[\d+\])?")


def item_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, alone, optional or in a list: ``list[Person]`` -> Person."""
    if isinstance(annotation, type) and get_origin(annotation) is None:
        return annotation if issubclass(annotation, BaseModel) else None
    for arg in get_args(annotation):
        found = item_model(arg)
        if found is not None:
            return found
    return None


def is_list_field(annotation: Any) -> bool:
    """Whether a field holds a list (``list[X]`` or ``list[X] | None``)."""
    return get_origin(annotation) is list or any(
        get_origin(arg) is list for arg in get_args(annotation)
    )


@cache
def evidence_holder(path: str, root: type[BaseModel] = ArticleFacts) -> str | None:
    """The path of the nearest item holding ``path`` (``path`` itself included) that has an
    ``evidence`` field, whose evidence grounding reads the value against; ``""`` for the root,
    None when there is none. A list is no item, only its indexed members are: the walk ends
    at a list field named without an index (``summits`` is no summit)."""
    model: type[BaseModel] | None = root
    holder = "" if "evidence" in root.model_fields else None
    walked = ""
    for match in _STEP.finditer(path):
        info = model.model_fields.get(match.group(1)) if model is not None else None
        if info is None or (match.group(2) is None and is_list_field(info.annotation)):
            break
        walked = f"{walked}.{match.group(0)}" if walked else match.group(0)
        model = item_model(info.annotation)
        if model is not None and "evidence" in model.model_fields:
            holder = walked
    return holder


__all__ = ["evidence_holder", "is_list_field", "item_model"]
