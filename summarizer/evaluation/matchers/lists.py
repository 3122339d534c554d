"""Lists: which gold item a predicted item is, before each pair is scored.

Items are paired one to one by optimal assignment on whole items (``linear_sum_assignment``),
strings by the list's item rule and models by the weighted similarity of their fields, with
the key fields deciding who may pair at all; the pairs are then scored field by field by the
scalar rules (:mod:`.scalar`). A list field's alternatives are whole alternative lists
(:func:`list_candidates`), keyed by gold path like a scalar's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import BaseModel
from scipy.optimize import linear_sum_assignment

from summarizer.comparators import Comparator, Items, Name, comparator_of
from summarizer.evaluation.matchers.scalar import match_value, value_similarity
from summarizer.evaluation.matchers.values import Alternatives, is_empty, is_scored


@dataclass(frozen=True)
class Pairing:
    """A one-to-one pairing of gold and predicted list items, by their original indices."""

    pairs: tuple[tuple[int, int, float], ...]
    unmatched_gold: tuple[int, ...]
    unmatched_pred: tuple[int, ...]


def pair_indices(
    gold: Sequence[int],
    pred: Sequence[int],
    similarity: Callable[[int, int], float],
    threshold: float,
    ordered: bool = False,
    matches: Callable[[int, int], bool] | None = None,
    gate: Callable[[int, int], bool] | None = None,
) -> Pairing:
    """Pair gold and predicted indices one-to-one, maximising total similarity
    (``linear_sum_assignment``). Similarities under ``threshold`` are zeroed before solving so
    that a useless pair never displaces a good one; zero pairs stay unmatched. ``matches``
    (when given) says which pairs pass the item's own match rule: such a pair is always usable
    and weighs one more than any failing pair, so a right item never pairs with a wrong one
    when its own counterpart is there; its reported score is 1. ``gate`` (when given) replaces
    the threshold test: list items of models may pair when their key fields agree even if the
    rest differs, so the assignment weighs whole items but identity decides who may pair at
    all. ``ordered`` pairs by position
    instead. Callers pass ``pred`` in a content-sorted order so that ties resolve the same way
    whatever order the model listed its items in."""
    pairs: list[tuple[int, int, float]] = []

    def scored(g: int, p: int) -> tuple[float, float]:
        score = similarity(g, p)
        if matches is not None and matches(g, p):
            return 1.0, 2.0 + score
        allowed = gate(g, p) if gate is not None else score >= threshold
        return score, (max(score, 1e-6) if allowed else 0.0)

    if ordered:
        for g, p in zip(gold, pred, strict=False):
            score, weight = scored(g, p)
            if weight > 0:
                pairs.append((g, p, score))
    elif gold and pred:
        cells = [[scored(g, p) for p in pred] for g in gold]
        usable = np.array([[weight for _, weight in row] for row in cells], dtype=float)
        rows, cols = linear_sum_assignment(usable, maximize=True)
        pairs = [
            (gold[r], pred[c], cells[r][c][0])
            for r, c in zip(rows, cols, strict=True)
            if usable[r, c] > 0
        ]
    pairs.sort()
    paired_gold = {g for g, _, _ in pairs}
    paired_pred = {p for _, p, _ in pairs}
    return Pairing(
        pairs=tuple(pairs),
        unmatched_gold=tuple(g for g in gold if g not in paired_gold),
        unmatched_pred=tuple(sorted(p for p in pred if p not in paired_pred)),
    )


def join_path(path: str, name: str) -> str:
    """``"sanctions[0]" + "name"`` -> ``"sanctions[0].name"``."""
    return f"{path}.{name}" if path else name


_INDEX = re.compile(r"\[\+?\d+\]")


def strip_indices(path: str) -> str:
    """The field a path belongs to: ``"sanctions[0].targets[+2]"`` -> ``"sanctions.targets"``."""
    return _INDEX.sub("", path)


def _sort_key(item: object) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json()
    return repr(item) if not isinstance(item, str) else item


def item_comparator(comparator: Items) -> Comparator:
    """The rule one item of a list of strings must pass (Name when none is declared)."""
    return comparator.item if comparator.item is not None else Name()


def pair_lists(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    alternatives: Alternatives,
    path: str,
) -> Pairing:
    """Pair the items of a gold list (at gold ``path``) with a predicted list. Empty items are
    absent and never paired. Models are compared as whole items (:func:`item_similarity`);
    strings by the list's item rule, pairing on similarity without the decisive veto (a
    changed item still pairs with the one it changed) but preferring pairs that match."""
    gold_idx = [i for i, item in enumerate(gold) if not is_empty(item)]
    pred_idx = [i for i, item in enumerate(pred) if not is_empty(item)]
    if not comparator.ordered:
        pred_idx.sort(key=lambda i: (_sort_key(pred[i]), i))
    rule = item_comparator(comparator)

    cache: dict[tuple[int, int], float] = {}

    def similarity(g: int, p: int) -> float:
        if (g, p) not in cache:
            cache[g, p] = _similarity(g, p)
        return cache[g, p]

    def _similarity(g: int, p: int) -> float:
        item_path = f"{path}[{g}]"
        if isinstance(gold[g], BaseModel):
            return item_similarity(gold[g], pred[p], comparator.key, alternatives, item_path)
        return value_similarity(
            gold[g], pred[p], rule, alternatives.get(item_path, ()), strict=False
        )

    def matches(g: int, p: int) -> bool:
        return match_value(gold[g], pred[p], rule, alternatives.get(f"{path}[{g}]", ()))

    def gate(g: int, p: int) -> bool:
        """Identity decides who may pair: the key fields when either item states one (a
        different person with the same role is not the same person), else the whole item."""
        key = key_similarity(gold[g], pred[p], comparator.key, alternatives, f"{path}[{g}]")
        return (similarity(g, p) if key is None else key) >= comparator.threshold

    models = any(isinstance(item, BaseModel) for item in gold)
    return pair_indices(
        gold_idx,
        pred_idx,
        similarity,
        comparator.threshold,
        comparator.ordered,
        None if models else matches,
        gate if models else None,
    )


def list_similarity(
    gold: Sequence[Any],
    pred: Sequence[Any],
    comparator: Items,
    alternatives: Alternatives,
    path: str,
) -> float:
    """Dice-style 0..1 similarity of two lists: twice the summed similarity of the paired items
    over the total item count; two empty lists are identical (1.0)."""
    gold_n = sum(not is_empty(item) for item in gold)
    pred_n = sum(not is_empty(item) for item in pred)
    if gold_n + pred_n == 0:
        return 1.0
    pairing = pair_lists(gold, pred, comparator, alternatives, path)
    return 2 * sum(score for _, _, score in pairing.pairs) / (gold_n + pred_n)


def list_candidates(gold: Sequence[Any], alternatives: Sequence[Any]) -> list[list[Any]]:
    """The gold list first, then each alternative list (a bare string is a one-item list)."""
    candidates: list[list[Any]] = [list(gold)]
    for alt in alternatives:
        if alt is not None:
            candidates.append([alt] if isinstance(alt, str) else list(alt))
    return candidates


def field_similarity(
    gold: object, pred: object, comparator: Comparator, alternatives: Alternatives, path: str
) -> float:
    """0..1 similarity of one field's gold and predicted values, whatever its comparator, for
    pairing: a decisive difference does not zero it (an item with a changed field still pairs
    with the item it changed, and that field is then scored FD)."""
    if isinstance(comparator, Items):
        if isinstance(gold, BaseModel) or isinstance(pred, BaseModel):
            if isinstance(gold, BaseModel) and isinstance(pred, BaseModel):
                return item_similarity(gold, pred, comparator.key, alternatives, path)
            return 0.0
        gold_list = gold if isinstance(gold, list) else []
        pred_list = pred if isinstance(pred, list) else []
        return max(
            list_similarity(candidate, pred_list, comparator, alternatives, path)
            for candidate in list_candidates(gold_list, alternatives.get(path, ()))
        )
    return value_similarity(gold, pred, comparator, alternatives.get(path, ()), strict=False)


def key_similarity(
    gold: BaseModel,
    pred: BaseModel,
    key: Sequence[str],
    alternatives: Alternatives,
    path: str,
) -> float | None:
    """Mean similarity of the ``key`` fields that either item states; None when neither states
    one (then identity is unknown and only the whole item can pair them)."""
    fields = type(gold).model_fields
    scores = []
    for name in key:
        gold_value, pred_value = getattr(gold, name), getattr(pred, name, None)
        comparator = comparator_of(fields[name])
        if comparator is None or (is_empty(gold_value) and is_empty(pred_value)):
            continue
        scores.append(
            field_similarity(
                gold_value, pred_value, comparator, alternatives, join_path(path, name)
            )
        )
    return sum(scores) / len(scores) if scores else None


def item_similarity(
    gold: BaseModel,
    pred: BaseModel,
    key: Sequence[str],
    alternatives: Alternatives,
    path: str,
) -> float:
    """Weighted mean similarity over every scored field that either item states (both empty
    says nothing about identity): ``key`` fields weigh 2, the others 1. The whole item
    counts, so two unnamed threats that differ in sponsor or targets are told apart, and an
    item equal to the gold always pairs with it. Two items that state nothing are identical."""
    fields = type(gold).model_fields
    total = weights = 0.0
    for name, info in fields.items():
        comparator = comparator_of(info)
        if not is_scored(comparator) or comparator is None:
            continue
        gold_value, pred_value = getattr(gold, name), getattr(pred, name, None)
        if is_empty(gold_value) and is_empty(pred_value):
            continue
        weight = 2.0 if name in key else 1.0
        total += weight * field_similarity(
            gold_value, pred_value, comparator, alternatives, join_path(path, name)
        )
        weights += weight
    return total / weights if weights else 1.0
