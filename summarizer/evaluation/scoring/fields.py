"""Per-field comparison: one article's gold and predicted facts walked together, field by field,
each value scored TP, FD, FN, FA or TN by the comparator its field declares.

List items are paired first (:func:`~summarizer.evaluation.matchers.pair_lists`), then scored
field by field. Paths name values in the GOLD facts (``"sanctions[0].counts[0].value"``) so
two runs against the same gold align; a predicted item that pairs with no gold item is named
by its predicted index with a plus sign (``"sanctions[+1].name"``). Each outcome also carries
``pred_path``, the path of the value it scored in the PREDICTED facts, indexed the way
grounding names them (``"sanctions[2].counts[1].value"``), or None when the prediction has no
value there (an FN, a TN): that is how a grounding flag is joined to the value it is on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import Any

from pydantic import BaseModel

from summarizer.comparators import Comparator, FreeText, Items, comparator_of
from summarizer.evaluation.matchers import (
    Alternatives,
    is_empty,
    is_list_field,
    is_scored,
    item_comparator,
    item_model,
    join_path,
    list_candidates,
    match_value,
    pair_lists,
    strip_indices,
)
from summarizer.evaluation.scoring.records import PASSING, FreeTextPair, Outcome, OutcomeKind


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a field value for the outcome record."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


# (gold path, outcome, gold value, predicted value, evidence, predicted path)
_Record = tuple[str, OutcomeKind, Any, Any, Sequence[str], str | None]


class FieldWalker:
    """Scores one article: walks gold and predicted facts together, field by field."""

    def __init__(
        self, article_id: str, alternatives: Alternatives, article_date: dt.date | None = None
    ) -> None:
        self.article_id = article_id
        self.alternatives = alternatives
        # Relative dates in predictions ("yesterday") are resolved against the gold's date.
        self.article_date = article_date
        self.outcomes: list[Outcome] = []
        self.free_text: list[FreeTextPair] = []
        # One-sided: only one side exists (an unpaired item, a failed article). Its empty
        # fields are not "correctly absent", so they yield no TN.
        self.one_sided = False

    def emit(
        self,
        path: str,
        kind: OutcomeKind,
        gold: Any,
        pred: Any,
        ev: Sequence[str],
        pred_path: str | None = None,
    ) -> None:
        """Record one outcome; ``pred_path`` is kept only where the prediction has a value."""
        if kind == "TN" and self.one_sided:
            return
        field = strip_indices(path)
        self.outcomes.append(
            Outcome(
                article_id=self.article_id,
                path=path,
                field=field,
                section=field.split(".")[0],
                outcome=kind,
                expected=_plain(gold),
                got=_plain(pred),
                evidence=list(ev),
                pred_path=None if is_empty(pred) else pred_path,
            )
        )

    def model(
        self,
        gold: BaseModel | None,
        pred: BaseModel | None,
        model: type[BaseModel],
        path: str,
        evidence: Sequence[str],
        pred_path: str | None = "",
    ) -> None:
        """Score one model's fields; ``path`` names it in the gold, ``pred_path`` in the
        prediction (the facts themselves are ``""``; None when there is no predicted model)."""
        if pred is None:
            pred_path = None
        if pred is not None and "evidence" in model.model_fields:
            evidence = getattr(pred, "evidence", None) or []
        for name, info in model.model_fields.items():
            comparator = comparator_of(info)
            child = join_path(path, name)
            pred_child = None if pred_path is None else join_path(pred_path, name)
            gold_value = getattr(gold, name, None) if gold is not None else None
            pred_value = getattr(pred, name, None) if pred is not None else None
            if isinstance(comparator, FreeText):
                self.free_text.append(
                    FreeTextPair(
                        article_id=self.article_id,
                        path=child,
                        expected=_plain(gold_value),
                        got=_plain(pred_value),
                    )
                )
            elif not is_scored(comparator) or comparator is None:
                continue
            elif not isinstance(comparator, Items):
                self.leaf(gold_value, pred_value, comparator, child, evidence, pred_child)
            elif not is_list_field(info.annotation):
                sub = item_model(info.annotation)
                if sub is None:
                    raise TypeError(f"{child}: Items() on a field that is neither list nor model")
                self.model(gold_value, pred_value, sub, child, evidence, pred_child)
            else:
                self.items(
                    gold_value or [],
                    pred_value or [],
                    info.annotation,
                    comparator,
                    child,
                    evidence,
                    pred_child,
                )

    def leaf(
        self,
        gold: Any,
        pred: Any,
        comparator: Comparator,
        path: str,
        evidence: Sequence[str],
        pred_path: str | None = None,
    ) -> None:
        """A gold value that is empty but lists alternatives accepts those: TP, not FA. A gold
        value whose alternatives include null accepts an empty prediction: TN, not FN."""
        kind: OutcomeKind
        if is_empty(pred):
            accepted = not self.one_sided and None in self.alternatives.get(path, ())
            kind = "TN" if is_empty(gold) or accepted else "FN"
        elif match_value(
            gold,
            pred,
            comparator,
            self.alternatives.get(path, ()),
            article_date=self.article_date,
        ):
            kind = "TP"
        else:
            kind = "FA" if is_empty(gold) else "FD"
        self.emit(path, kind, gold, pred, evidence, pred_path)

    def items(
        self,
        gold: list[Any],
        pred: list[Any],
        annotation: Any,
        comparator: Items,
        path: str,
        evidence: Sequence[str],
        pred_path: str | None = None,
    ) -> None:
        sub = item_model(annotation)
        empty_accepted = not self.one_sided and any(
            isinstance(alt, list) and not alt for alt in self.alternatives.get(path, ())
        )
        if all(map(is_empty, pred)) and (all(map(is_empty, gold)) or empty_accepted):
            self.emit(path, "TN", [], [], evidence)
        elif sub is None:
            self.strings(gold, pred, comparator, path, evidence, pred_path)
        else:
            pairing = pair_lists(gold, pred, comparator, self.alternatives, path)
            for g, p, _ in pairing.pairs:
                self.model(gold[g], pred[p], sub, f"{path}[{g}]", evidence, f"{pred_path}[{p}]")
            was_one_sided, self.one_sided = self.one_sided, True
            for g in pairing.unmatched_gold:
                self.model(gold[g], None, sub, f"{path}[{g}]", evidence)
            for p in pairing.unmatched_pred:
                self.model(None, pred[p], sub, f"{path}[+{p}]", evidence, f"{pred_path}[{p}]")
            self.one_sided = was_one_sided

    def strings(
        self,
        gold: list[Any],
        pred: list[Any],
        comparator: Items,
        path: str,
        evidence: Sequence[str],
        pred_path: str | None = None,
    ) -> None:
        """Per paired item TP when it passes the list's item rule, else FD (a changed item: "all
        Chinese goods" for "all Russian goods"); FN per unpaired gold item, FA per unpaired
        predicted item. When the gold lists alternative lists, the candidate list that scores
        best is used (ties go to the gold list), and item paths index that candidate."""
        alternatives = () if self.one_sided else self.alternatives.get(path, ())
        best: list[_Record] = []
        best_score = None
        for number, candidate in enumerate(list_candidates(gold, alternatives)):
            item_alternatives = self.alternatives if number == 0 else {}
            pairing = pair_lists(candidate, pred, comparator, item_alternatives, path)
            rule = item_comparator(comparator)
            records: list[_Record] = [
                *(
                    (
                        f"{path}[{g}]",
                        "TP"
                        if match_value(
                            candidate[g],
                            pred[p],
                            rule,
                            item_alternatives.get(f"{path}[{g}]", ()),
                            article_date=self.article_date,
                        )
                        else "FD",
                        candidate[g],
                        pred[p],
                        evidence,
                        f"{pred_path}[{p}]",
                    )
                    for g, p, _ in pairing.pairs
                ),
                *(
                    (f"{path}[{g}]", "FN", candidate[g], None, evidence, None)
                    for g in pairing.unmatched_gold
                ),
                *(
                    (f"{path}[+{p}]", "FA", None, pred[p], evidence, f"{pred_path}[{p}]")
                    for p in pairing.unmatched_pred
                ),
            ]
            if not records:
                records = [(path, "TN", [], [], evidence, None)]
            score = sum(1 if kind in PASSING else -1 for _, kind, *_ in records)
            if best_score is None or score > best_score:
                best, best_score = records, score
        for record in best:
            self.emit(*record)
