"""Scoring predicted facts against gold labels, and comparing two eval runs.

Every (article, field) lands in one of five outcomes: TP (both present, match), FD (both
present, wrong value), FN (gold present, prediction missing), FA (gold empty, prediction has a
value: a hallucination), TN (both empty). Fields are walked with the comparator each declares
in :mod:`summarizer.schema`; list items are paired first
(:func:`~summarizer.evaluation.matchers.pair_lists`) and then scored field by field. Paths name
values in the GOLD facts (``"sanctions[0].counts[0].value"``) so that two runs against the same
gold align; a predicted item that pairs with no gold item is named by its predicted index with
a plus sign (``"sanctions[+1].name"``).

Each outcome also names the predicted value it scored (``pred_path``, indexed as grounding
indexes it), so grounding's flags can be judged by the gold: :mod:`.flag_audit`.

One module per concern: :mod:`.records` (outcomes, scores and the report they make up),
:mod:`.fields` (per-field comparison of one article), :mod:`.aggregate` (the whole run's
metrics), :mod:`.flag_audit` (grounding's flags against the gold) and :mod:`.baseline`
(comparing two runs). This package is their API.
"""

from __future__ import annotations

from summarizer.evaluation.scoring.aggregate import (
    evaluate,
    grounding_flags,
)
from summarizer.evaluation.scoring.baseline import (
    AuditDelta,
    Comparison,
    FieldDelta,
    Flip,
    compare,
    regressions,
)
from summarizer.evaluation.scoring.flag_audit import audit
from summarizer.evaluation.scoring.records import (
    PASSING,
    ArticleStatus,
    AuditedFlag,
    AuditedValue,
    ByStrength,
    EvalReport,
    FailureKind,
    Failures,
    FlagStrength,
    FreeTextPair,
    GroundingFlag,
    Outcome,
    OutcomeKind,
    Overall,
    Score,
    VerificationAudit,
)

__all__ = [
    "PASSING",
    "ArticleStatus",
    "AuditDelta",
    "AuditedFlag",
    "AuditedValue",
    "ByStrength",
    "Comparison",
    "EvalReport",
    "FailureKind",
    "Failures",
    "FieldDelta",
    "FlagStrength",
    "Flip",
    "FreeTextPair",
    "GroundingFlag",
    "Outcome",
    "OutcomeKind",
    "Overall",
    "Score",
    "VerificationAudit",
    "audit",
    "compare",
    "evaluate",
    "grounding_flags",
    "regressions",
]
