"""Which gold fact each predicted fact is, so that a story built from a model's answers (or
the authored cassettes) can be scored against the gold story, whose members are paths in
the *gold* facts (``100/summits[0]``).

A model's ``summits[2]`` need not be the gold's ``summits[2]``: its items are paired with the
gold file's by the eval's own list pairing (:func:`summarizer.evaluation.matchers.pair_lists`,
the assignment ``summarizer eval`` scores with), and nested lists of facts (an event's
``counts``) inside each pair the same way. A predicted fact with no gold counterpart keeps a
path no gold member can have, so a pair it is in counts against precision and never for
recall; a gold fact the answer left out counts against recall.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from summarizer.comparators import Items, comparator_of
from summarizer.evaluation.gold import GoldLabel
from summarizer.evaluation.matchers import item_model, pair_lists
from summarizer.schema import ArticleFacts

ALIGNED_LISTS = ("summits", "ceasefires", "sanctions", "events")
UNMATCHED = "unmatched:"
_INDEXED = re.compile(r"\[\d+\]")


@dataclass
class Alignment:
    """Predicted item path -> gold item path (``events[1].counts[0]`` -> ``events[3]...``),
    and the predicted list paths that were aligned (an index into any other list, a list of
    strings, is kept as it is)."""

    items: dict[str, str] = field(default_factory=dict)
    lists: set[str] = field(default_factory=set)

    def gold_path(self, path: str) -> str:
        """``path`` in the predicted facts as a path in the gold facts, or ``unmatched:path``
        when it lies inside an item the pairing left without a gold counterpart."""
        out, done = "", 0
        for match in _INDEXED.finditer(path):
            prefix = path[: match.end()]
            listed = path[: match.start()]
            if listed in self.lists:
                gold = self.items.get(prefix)
                if gold is None:
                    return f"{UNMATCHED}{path}"
                out, done = gold, match.end()
            else:
                out, done = out + path[done : match.end()], match.end()
        return out + path[done:]


def _align(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    label: GoldLabel,
    gold_path: str,
    pred_path: str,
    into: Alignment,
) -> None:
    into.lists.add(pred_path)
    pairing = pair_lists(gold, pred, comparator, label.alternatives, gold_path)
    for g, p, _ in pairing.pairs:
        gold_item, pred_item = f"{gold_path}[{g}]", f"{pred_path}[{p}]"
        into.items[pred_item] = gold_item
        if not isinstance(gold[g], BaseModel) or not isinstance(pred[p], BaseModel):
            continue
        for name, info in type(gold[g]).model_fields.items():
            nested = comparator_of(info)
            if isinstance(nested, Items) and item_model(info.annotation) is not None:
                _align(
                    getattr(gold[g], name) or [],
                    getattr(pred[p], name) or [],
                    nested,
                    label,
                    f"{gold_item}.{name}",
                    f"{pred_item}.{name}",
                    into,
                )


def align(facts: ArticleFacts, label: GoldLabel) -> Alignment:
    """The predicted facts' summits, ceasefires, sanctions and events (and their nested
    lists of facts) paired with the gold label's."""
    found = Alignment()
    for name in ALIGNED_LISTS:
        comparator = comparator_of(ArticleFacts.model_fields[name])
        assert isinstance(comparator, Items)
        _align(
            getattr(label.facts, name), getattr(facts, name), comparator, label, name, name, found
        )
    return found


__all__ = ["ALIGNED_LISTS", "UNMATCHED", "Alignment", "align"]
