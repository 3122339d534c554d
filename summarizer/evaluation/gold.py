"""Hand-labelled gold facts for the eval harness (``evals/gold/<article-id>.json``).

A gold file holds the facts a careful reader takes from one article, plus the alternatives the
labeller would also accept, keyed by the value's path in the gold facts::

    {"article_id": "...", "source": "seeds/....txt", "labelled_by": "...",
     "facts": {... ArticleFacts ...},
     "alternatives": {"sanctions[0].introduced": ["April", "in April"],
                      "sanctions[0].targets": [["Russia", "Moscow"]]},
     "notes": ["..."]}

A scalar's alternatives are strings; a list-of-strings field's alternatives are whole lists
(a bare string counts as a one-item list). ``null`` among a scalar's alternatives, or ``[]``
among a list's, says an empty prediction is accepted too (the labeller would not require it).
Every alternative path is checked against the facts
when the file loads: a path that names nothing would silently never apply, so it is an error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.comparators import Items, comparator_of
from summarizer.errors import InputError
from summarizer.evaluation.matchers import is_list_field, is_scored, item_model
from summarizer.schema import ArticleFacts
from summarizer.schema.versions import is_generation_1


class GoldLabel(BaseModel):
    """One article's gold facts. Unknown keys are rejected: a misspelt "alternative" would
    otherwise be dropped and quietly make the eval stricter than the labeller meant."""

    model_config = ConfigDict(extra="forbid")

    article_id: str = Field(min_length=1)
    source: str = ""
    labelled_by: str = ""
    facts: ArticleFacts
    alternatives: dict[str, list[str | list[str] | None]] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)


_SEGMENT = re.compile(r"([A-Za-z_]\w*)((?:\[\d+\])*)")


def check_alternative_path(
    facts: BaseModel, path: str, values: list[str | list[str] | None]
) -> None:
    """Raise ValueError unless ``path`` names a scored value in ``facts`` that ``values`` fit:
    strings (or null: empty accepted) for a scalar or a list element, lists (or strings) for a
    list-of-strings field, only ``[]`` (empty accepted) for a list of facts."""
    model: type[BaseModel] | None = type(facts)
    current: Any = facts
    info = None
    indexed = False
    for segment in path.split("."):
        match = _SEGMENT.fullmatch(segment)
        descends = info is None or isinstance(comparator_of(info), Items)
        if match is None or model is None or not descends or not isinstance(current, BaseModel):
            raise ValueError(f"alternative path {path!r} is malformed or too deep")
        name, indices = match.group(1), [int(i) for i in re.findall(r"\d+", match.group(2))]
        info = model.model_fields.get(name)
        if info is None:
            raise ValueError(f"alternative path {path!r}: {model.__name__} has no field {name!r}")
        current = getattr(current, name)
        for index in indices:
            if not isinstance(current, list) or index >= len(current):
                raise ValueError(f"alternative path {path!r}: no item {index} in the gold facts")
            current = current[index]
        indexed = bool(indices)
        model = item_model(info.annotation)
    assert info is not None  # path.split always yields at least one segment
    comparator = comparator_of(info)
    whole_list = is_list_field(info.annotation) and not indexed
    if not is_scored(comparator):
        raise ValueError(f"alternative path {path!r} names no scored value")
    if isinstance(comparator, Items) and model is not None:
        if whole_list and all(value == [] for value in values):
            return  # a list of facts whose only alternative is "empty is accepted too"
        raise ValueError(f"alternative path {path!r} names no scored value")
    if not whole_list and not all(value is None or isinstance(value, str) for value in values):
        raise ValueError(f"alternatives for {path!r} must be strings (or null)")


def _one_line(error: ValidationError) -> str:
    """The first validation problem, on one line, with a count of the rest."""
    problems = error.errors()
    first = problems[0]
    where = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {first['msg']}{more}"


def load_gold_file(path: Path) -> GoldLabel:
    """One gold file, or an InputError naming the file and what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(data, dict) and is_generation_1(data.get("facts")):
        # Refused, not upgraded: its alternatives name v1 paths (sanctions[0].cosponsor_count)
        # and a v2 gold needs a labeller's v2 choices (counts' what/as_of, statuses, stances).
        raise InputError(
            f"{path}: gold label uses schema generation 1 (sponsor/cosponsor_count/kind/"
            "position); relabel it for schema v2 (see evals/README.md)"
        )
    try:
        label = GoldLabel.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid gold label: {_one_line(exc)}") from None
    for key, values in label.alternatives.items():
        try:
            check_alternative_path(label.facts, key, values)
        except ValueError as exc:
            raise InputError(f"{path}: {exc}") from None
    return label


def load_gold(folder: Path) -> dict[str, GoldLabel]:
    """Every ``*.json`` gold label in ``folder``, keyed by article id. A missing folder, a
    broken file or two files for one article stop the load with a one-line InputError: scoring
    against half the gold would report numbers for a different eval set."""
    if not folder.is_dir():
        raise InputError(f"{folder}: gold folder not found (expected evals/gold/<id>.json files)")
    labels: dict[str, GoldLabel] = {}
    origin: dict[str, Path] = {}
    for path in sorted(folder.glob("*.json")):
        label = load_gold_file(path)
        if label.article_id in labels:
            first = origin[label.article_id]
            raise InputError(f"{path}: article {label.article_id} is already labelled in {first}")
        labels[label.article_id] = label
        origin[label.article_id] = path
    return labels


__all__ = ["GoldLabel", "check_alternative_path", "load_gold", "load_gold_file"]
