"""A story scored against a gold story file (``evals/stories/*.json``).

Grouping is scored on pairs: every two facts that the gold puts in one group are a gold
pair, every two facts a story groups together a predicted pair; precision and recall are
over those pairs (facts of kinds the gold does not group, people, are left out). Conflicts
are scored on the pairs of values they set against each other (``article/path``).

The gold story names facts by their paths in the gold files. A story built from gold files
(gold as prediction) is scored as it is; one built from answers (a model's, or the authored
cassettes') is first mapped onto the gold facts by :mod:`summarizer.story.alignment`
(``aligned``), so that a fact the answer got, missed or made up counts as such."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.evaluation.gold import GoldLabel
from summarizer.story.alignment import Alignment, align
from summarizer.story.inputs import StorySource
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


def load_gold_story(path: str | Path) -> dict[str, Any]:
    """A gold story file, or an InputError saying what is wrong with it."""
    try:
        data = load_gold(path)
        missing = [key for key in ("articles", "groups", "conflicts") if key not in data]
        if missing:
            raise ValueError(f"no {', '.join(missing)}")
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: not a gold story file ({exc})") from None
    return data


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def gold_story_articles(
    gold: dict[str, Any], labels: Mapping[str, GoldLabel], root: Path
) -> list[Path]:
    """The article files a gold story covers: each article id's gold label names its
    ``source`` (relative to the project ``root``)."""
    found = []
    for short, article_id in gold["articles"].items():
        label = labels.get(article_id)
        if label is None or not label.source:
            raise InputError(f"article {short} ({article_id}) of the gold story has no gold label")
        found.append(root / label.source)
    return found


def alignments(
    sources: Iterable[StorySource], labels: Mapping[str, GoldLabel]
) -> dict[str, Alignment]:
    """Each answered article's facts aligned with its gold label (articles read from gold
    files, and articles without a label, are left as they are)."""
    return {
        source.article_id: align(source.facts, labels[source.article_id])
        for source in sources
        if not source.from_gold and source.article_id in labels
    }


def score_story(
    story: Story, gold: dict[str, Any], aligned: Mapping[str, Alignment] | None = None
) -> StoryScore:
    """Grouping and conflict precision/recall of ``story`` against ``gold``; ``aligned``
    maps answered articles' fact paths onto their gold facts (see :func:`alignments`)."""
    names = {article_id: short for short, article_id in gold["articles"].items()}
    aligned = aligned or {}

    def ref(article_id: str, path: str) -> str | None:
        short = names.get(article_id)
        if short and article_id in aligned:
            path = aligned[article_id].gold_path(path)
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


__all__ = [
    "PR",
    "SCORED_KINDS",
    "StoryScore",
    "alignments",
    "gold_story_articles",
    "load_gold",
    "load_gold_story",
    "score_story",
]
