"""A story scored against a gold story file (``evals/stories/*.json``).

Grouping is scored on pairs: every two facts that the gold puts in one group are a gold
pair, every two facts a story groups together a predicted pair; precision and recall are
over those pairs (facts of kinds the gold does not group, people, are left out). Conflicts
are scored on the pairs of values they set against each other (``article/path``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from summarizer.story.model import Story

SCORED_KINDS = ("summit", "ceasefire", "sanctions", "event")


@dataclass(frozen=True)
class PR:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    def missing(self) -> str:
        tp = self.true_positives
        return f"{tp}/{self.predicted} predicted, {tp}/{self.gold} gold"


@dataclass(frozen=True)
class StoryScore:
    grouping: PR
    conflicts: PR
    missed_pairs: list[tuple[str, str]]
    extra_pairs: list[tuple[str, str]]
    missed_conflicts: list[tuple[str, str]]
    extra_conflicts: list[tuple[str, str]]


def load_gold(path: str | Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def score_story(story: Story, gold: dict[str, Any]) -> StoryScore:
    """Grouping and conflict precision/recall of ``story`` against ``gold``."""
    names = {article_id: short for short, article_id in gold["articles"].items()}

    def ref(article_id: str, path: str) -> str | None:
        short = names.get(article_id)
        return f"{short}/{path}" if short else None

    predicted_pairs = set()
    for group in story.groups:
        if group.kind not in SCORED_KINDS:
            continue
        refs = [r for m in group.members if (r := ref(m.article_id, m.path))]
        predicted_pairs |= {_pair(a, b) for a, b in combinations(refs, 2)}
    gold_pairs = {
        _pair(a, b) for group in gold["groups"] for a, b in combinations(group["members"], 2)
    }
    predicted_conflicts = set()
    for conflict in story.conflicts:
        refs = [r for c in conflict.claims if (r := ref(c.source.article_id, c.source.path))]
        if len(refs) == 2:
            predicted_conflicts.add(_pair(*refs))
    gold_conflicts = {_pair(*c["between"]) for c in gold["conflicts"]}
    return StoryScore(
        grouping=PR(len(predicted_pairs & gold_pairs), len(predicted_pairs), len(gold_pairs)),
        conflicts=PR(
            len(predicted_conflicts & gold_conflicts), len(predicted_conflicts), len(gold_conflicts)
        ),
        missed_pairs=sorted(gold_pairs - predicted_pairs),
        extra_pairs=sorted(predicted_pairs - gold_pairs),
        missed_conflicts=sorted(gold_conflicts - predicted_conflicts),
        extra_conflicts=sorted(predicted_conflicts - gold_conflicts),
    )


__all__ = ["PR", "SCORED_KINDS", "StoryScore", "load_gold", "score_story"]
