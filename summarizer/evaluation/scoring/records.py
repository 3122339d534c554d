"""What one eval run measured, as records: each scored value's outcome, the counts and rates over
a set of outcomes (:class:`Score`), the failures, and :class:`EvalReport` that holds them.

These are the eval's data contract: scoring fills them, the reports, history and the nightly
gate read them, and ``report.json`` is their JSON. The rates are defined here, with the
counts, so every reader computes them the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, Field

OutcomeKind = Literal["TP", "FD", "FN", "FA", "TN"]
FailureKind = Literal["missing", "validation", "error"]
PASSING: frozenset[str] = frozenset({"TP", "TN"})


class Outcome(BaseModel):
    """One scored value. ``path`` is indexed in the gold (for listings, and to align two runs),
    ``field`` index-free (for stats), ``pred_path`` indexed in the prediction as grounding
    names it (None where the prediction has no value: an FN, a TN; and in reports written
    before session 28)."""

    article_id: str
    path: str
    field: str
    section: str
    outcome: OutcomeKind
    expected: Any = None
    got: Any = None
    evidence: list[str] = Field(default_factory=list)
    pred_path: str | None = None


class Score(BaseModel):
    """Counts and rates over a set of outcomes. A rate whose denominator is 0 is None: "no
    evidence either way" must not read as perfect (1) or as failing (0)."""

    tp: int = 0
    fd: int = 0
    fn: int = 0
    fa: int = 0
    tn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    hallucination_rate: float | None = None

    @classmethod
    def of(cls, kinds: Iterable[str]) -> Score:
        """P = TP/(TP+FD+FA), R = TP/(TP+FD+FN), F1 = 2TP/(2TP+2FD+FA+FN) (the harmonic mean of
        P and R where both are defined, and 0 rather than undefined when TP is 0 but something
        was wrong), hallucination rate FA/(FA+TN)."""
        counts = Counter(kinds)
        tp, fd, fn, fa, tn = (counts[k] for k in ("TP", "FD", "FN", "FA", "TN"))
        return cls(
            tp=tp,
            fd=fd,
            fn=fn,
            fa=fa,
            tn=tn,
            precision=ratio(tp, tp + fd + fa),
            recall=ratio(tp, tp + fd + fn),
            f1=ratio(2 * tp, 2 * tp + 2 * fd + fa + fn),
            hallucination_rate=ratio(fa, fa + tn),
        )


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def mean(values: Iterable[float | None]) -> float | None:
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


class Overall(BaseModel):
    """Micro: one Score over the pooled counts (big fields weigh more). Macro: the mean of the
    per-field rates over the fields where the rate is defined (every field weighs the same)."""

    micro: Score
    macro_precision: float | None = None
    macro_recall: float | None = None
    macro_f1: float | None = None
    macro_fields: int = 0


class Failures(BaseModel):
    """Gold articles that produced no facts, apart from wrong values: ``validation`` when the
    model's output never fit the schema (re-asks exhausted, or facts that fail validation),
    ``error`` for anything else (endpoint, cassette, input), ``missing`` when no result came."""

    total: int = 0
    missing: int = 0
    validation: int = 0
    error: int = 0
    by_error_kind: dict[str, int] = Field(default_factory=dict)


class ArticleStatus(BaseModel):
    article_id: str | None
    source: str
    status: Literal["scored", "failed", "missing", "unlabelled"]
    outlet: str | None = None  # the gold's article.outlet; "(unknown)" when it names none
    failure: FailureKind | None = None
    error_kind: str | None = None
    error: str | None = None
    reasks: int = 0
    grounding_rate: float | None = None


class FreeTextPair(BaseModel):
    """A free-text field (summary, key points): never scored, listed in report.json."""

    article_id: str
    path: str
    expected: Any = None
    got: Any = None


class GroundingFlag(BaseModel):
    """One problem grounding found in a result: a passage not in the article (unverified), a
    value its evidence lacks or contradicts (unsupported), a value whose words are in its
    evidence but whose role the checker could not read (unconfirmed: the weaker flag), a fact
    with no evidence (unevidenced), or a name or number in free text the article never states
    (unstated)."""

    article_id: str | None
    kind: Literal["unverified", "unsupported", "unconfirmed", "unevidenced", "unstated"]
    path: str
    value: str = ""
    reason: str = ""


FlagStrength = Literal["strong", "unconfirmed"]


class AuditedFlag(BaseModel):
    """A grounding flag judged by the gold (:mod:`.flag_audit`): on a value the gold confirms
    (``false_alarm``), on a value the gold says is wrong (``caught``), or on nothing the gold
    scores (``unscored``: free text, an evidence passage, an unlabelled article).
    ``outcomes`` are the gold paths of the scored values it sits on."""

    article_id: str | None
    kind: str
    strength: FlagStrength
    path: str
    value: str = ""
    reason: str = ""
    verdict: Literal["false_alarm", "caught", "unscored"]
    outcomes: list[str] = Field(default_factory=list)


class AuditedValue(BaseModel):
    """A wrong predicted value (FD or FA) and whether grounding flagged it: ``strength`` is
    its strongest flag's (None when missed), ``flags`` the paths of the flags on it."""

    article_id: str
    path: str
    pred_path: str
    outcome: Literal["FD", "FA"]
    expected: Any = None
    got: Any = None
    verdict: Literal["flagged", "missed"]
    strength: FlagStrength | None = None
    flags: list[str] = Field(default_factory=list)


class ByStrength(BaseModel):
    """A count split by flag strength: strong (unsupported, unverified, unevidenced,
    unstated: the checker read something wrong) and unconfirmed (it could not read the
    value's role)."""

    strong: int = 0
    unconfirmed: int = 0

    @property
    def total(self) -> int:
        return self.strong + self.unconfirmed


class VerificationAudit(BaseModel):
    """How right the verification was on this run, by the gold: flags on correct values
    (false alarms), flags on wrong values (caught), flags on nothing scored, and the wrong
    values flagged (by their strongest flag) or missed. Rates are None when undefined."""

    false_alarms: ByStrength = Field(default_factory=ByStrength)
    caught: ByStrength = Field(default_factory=ByStrength)
    unscored: ByStrength = Field(default_factory=ByStrength)
    flagged: ByStrength = Field(default_factory=ByStrength)
    missed: int = 0
    # false alarms / (false alarms + caught): of the flags the gold can judge, the wrong ones
    false_alarm_share: float | None = None
    # flagged / (flagged + missed): of the wrong values, the share grounding flagged
    catch_rate: float | None = None
    flags: list[AuditedFlag] = Field(default_factory=list)
    values: list[AuditedValue] = Field(default_factory=list)

    @property
    def judged_flags(self) -> int:
        """The flags the gold can judge: the false-alarm share's denominator."""
        return self.false_alarms.total + self.caught.total

    @property
    def wrong_values(self) -> int:
        """The wrong values (flagged or missed): the catch rate's denominator."""
        return self.flagged.total + self.missed


def _unset(value: object) -> bool:
    return value is None


class SecondReaderCounts(BaseModel):
    """A run's second reader, over every article: unconfirmed values asked about, flags it
    cleared (a checked "stated" answer), kept, and answers that failed (errors, no recording,
    unparsable replies)."""

    asked: int = 0
    cleared: int = 0
    kept: int = 0
    failed: int = 0


class EvalReport(BaseModel):
    """Everything one eval run measured. Run metadata is filled by the caller."""

    model: str | None = None
    origin: str | None = None
    prompt_version: str | None = None
    schema_version: str | None = None
    created_at: dt.datetime | None = None
    tokens: int | None = None
    outcomes: list[Outcome] = Field(default_factory=list)
    per_field: dict[str, Score] = Field(default_factory=dict)
    per_section: dict[str, Score] = Field(default_factory=dict)
    per_article: dict[str, Score] = Field(default_factory=dict)
    per_outlet: dict[str, Score] = Field(default_factory=dict)  # by the gold's article.outlet
    overall: Overall = Field(default_factory=lambda: Overall(micro=Score()))
    hallucination_rate: float | None = None
    failures: Failures = Field(default_factory=Failures)
    reasks: int = 0
    grounding_rate: float | None = None
    support_rate: float | None = None
    # Set only when the run had a second reader: flags it cleared, kept, could not read.
    second_reader: SecondReaderCounts | None = Field(default=None, exclude_if=_unset)
    # Set only when the run grounded in confirm-only mode: its fields ("affiliation"), since
    # the mode flags more correct values and its rates are not comparable with a run without.
    confirm_only: list[str] | None = Field(default=None, exclude_if=_unset)
    grounding_flags: list[GroundingFlag] = Field(default_factory=list)
    # the flags joined with the outcomes (None in reports written before session 28)
    verification: VerificationAudit | None = None
    articles: list[ArticleStatus] = Field(default_factory=list)
    free_text: list[FreeTextPair] = Field(default_factory=list)
