"""Scoring predicted facts against gold labels, and comparing two eval runs.

Every (article, field) lands in one of five outcomes: TP (both present, match), FD (both
present, wrong value), FN (gold present, prediction missing), FA (gold empty, prediction has a
value: a hallucination), TN (both empty). Fields are walked with the comparator each declares
in :mod:`summarizer.schema`; list items are paired first
(:func:`~summarizer.evaluation.matchers.pair_lists`) and then scored field by field. Paths name
values in the GOLD facts (``"sanctions[0].counts[0].value"``) so that two runs against the same
gold align; a predicted item that pairs with no gold item is named by its predicted index with
a plus sign (``"sanctions[+1].name"``).

One module per concern: :mod:`.records` (outcomes, scores and the report they make up),
:mod:`.fields` (per-field comparison of one article), :mod:`.aggregate` (the whole run's
metrics) and :mod:`.baseline` (comparing two runs). This package is their API.
"""

from __future__ import annotations

from summarizer.evaluation.scoring.aggregate import (
    evaluate,
    grounding_flags,
)
from summarizer.evaluation.scoring.baseline import (
    Comparison,
    FieldDelta,
    Flip,
    compare,
    regressions,
)
from summarizer.evaluation.scoring.records import (
    PASSING,
    ArticleStatus,
    EvalReport,
    FailureKind,
    Failures,
    FreeTextPair,
    GroundingFlag,
    Outcome,
    OutcomeKind,
    Overall,
    Score,
)

__all__ = [
    "PASSING",
    "ArticleStatus",
    "Comparison",
    "EvalReport",
    "FailureKind",
    "Failures",
    "FieldDelta",
    "Flip",
    "FreeTextPair",
    "GroundingFlag",
    "Outcome",
    "OutcomeKind",
    "Overall",
    "Score",
    "compare",
    "evaluate",
    "grounding_flags",
    "regressions",
]
