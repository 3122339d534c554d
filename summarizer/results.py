"""The envelope every summarisation returns: the facts plus everything needed to trust them
(grounding) and to reproduce them (model, prompt and schema versions, usage, timing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Generic, Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeVar

from summarizer.schema import ArticleFacts
from summarizer.schema.versions import upgrade

ErrorKind = Literal["input", "config", "cassette", "llm", "validation", "worker", "missing"]
"""Why an article has no facts: its input, the settings, the cassettes, the model endpoint, the
model's output failing validation, a worker process, or (batch) no answer at all."""

Method = Literal["exact", "normalised", "elided", "reference", "none"]
"""How an evidence passage was found: verbatim, after folding case/quotes/dashes/whitespace,
as a bounded ellipsis splice, given by reference (a sentence number, ``--evidence sentences``:
the passage is that sentence's exact text), or not at all."""


class EvidenceCheck(BaseModel):
    """Where one passage was found in the article (offsets into ``Article.text``), or why not."""

    model_config = ConfigDict(defer_build=True)

    path: str
    passage: str
    verified: bool
    method: Method = "none"
    start: int | None = None
    end: int | None = None
    reason: str = ""


Verdict = Literal["stated", "not_stated", "unclear"]
"""A second reader's answer to "does the article state this value?"."""


class SecondReading(BaseModel):
    """What a second reader (the run's own model, asked about one unconfirmed value) said, and
    what came of it: ``cleared`` only when its answer passed the trust rule
    (:mod:`summarizer.verification.reader_trust`); ``kept`` when it did not (``reason`` says
    why); ``failed`` when no usable answer came (an error, a timeout, an unparsable reply)."""

    model_config = ConfigDict(defer_build=True)

    model: str
    outcome: Literal["cleared", "kept", "failed"]
    verdict: Verdict | None = None
    passage: str = ""
    reason: str = ""


CONFIRMED_LINE = "confirmed by a second reader"  # how flags_for shows a cleared value


def _unset(value: object) -> bool:
    return value is None


class SupportCheck(BaseModel):
    """Whether a value follows from the article by its field's rule."""

    model_config = ConfigDict(defer_build=True)

    path: str
    value: str
    kind: str
    supported: bool
    reason: str = ""
    unconfirmed: bool = Field(
        default=False,
        description="Unsupported only because the checker could not read the value's role: "
        "its words are in its evidence, which states no other value for the field. Most false "
        "alarms on unseen pages are of this kind; a value that is not unconfirmed is missing "
        "from its evidence or contradicted by it.",
    )
    second_reading: SecondReading | None = Field(
        default=None,
        exclude_if=_unset,
        description="Set only on an unconfirmed value a second reader was asked about "
        "(summarize --second-reader). A cleared value stays unsupported by the rules: it is "
        "shown as confirmed by the second reader, never counted as supported.",
    )

    @property
    def cleared(self) -> bool:
        """An unconfirmed flag a second reader's checked answer took back."""
        return self.second_reading is not None and self.second_reading.outcome == "cleared"


class SecondReaderTally(BaseModel):
    """What a second reader did for one article: values asked about, flags cleared and kept,
    answers that failed (errors, timeouts, unparsable replies: their flags stay), and the
    tokens its requests used (not part of the result's ``usage``, which is the extraction's)."""

    model_config = ConfigDict(defer_build=True)

    model: str
    asked: int = 0
    cleared: int = 0
    kept: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class DateResolution(BaseModel):
    model_config = ConfigDict(defer_build=True)

    path: str
    as_written: str
    resolved: str | None


class GroundingReport(BaseModel):
    model_config = ConfigDict(defer_build=True)

    evidence: list[EvidenceCheck] = Field(default_factory=list)
    support: list[SupportCheck] = Field(default_factory=list)
    unevidenced: list[str] = Field(default_factory=list)
    unstated: list[SupportCheck] = Field(default_factory=list)
    dates: list[DateResolution] = Field(default_factory=list)
    article_warnings: list[str] = Field(
        default_factory=list,
        description="What limits any check against this article (its text is cut off).",
    )
    second_reader: SecondReaderTally | None = Field(default=None, exclude_if=_unset)

    @property
    def verified(self) -> int:
        return sum(check.verified for check in self.evidence)

    @property
    def unverified(self) -> list[EvidenceCheck]:
        return [check for check in self.evidence if not check.verified]

    @property
    def supported(self) -> int:
        return sum(check.supported for check in self.support)

    @property
    def unsupported(self) -> list[SupportCheck]:
        """Every value that does not follow from the article, unconfirmed ones included (but
        not those a second reader cleared: :attr:`confirmed`)."""
        return [check for check in self.support if not check.supported and not check.cleared]

    @property
    def unconfirmed(self) -> list[SupportCheck]:
        """The unsupported values whose role the checker could not read (weaker flags)."""
        return [
            check
            for check in self.support
            if check.unconfirmed and not check.supported and not check.cleared
        ]

    @property
    def confirmed(self) -> list[SupportCheck]:
        """Values the rules left unconfirmed and a second reader confirmed with a passage that
        passed the trust rule: not supported by the rules, not flagged either."""
        return [check for check in self.support if check.cleared]

    @property
    def rate(self) -> float | None:
        """Share of passages located in the article; None when there were none to check."""
        return self.verified / len(self.evidence) if self.evidence else None

    @property
    def support_rate(self) -> float | None:
        """Share of checked values that follow from the article; None when none were checked."""
        return self.supported / len(self.support) if self.support else None

    @property
    def problems(self) -> int:
        """Everything flagged: unverified passages, unsupported values, facts without
        evidence, and names or numbers in free text that the article does not state."""
        return (
            len(self.unverified)
            + len(self.unsupported)
            + len(self.unevidenced)
            + len(self.unstated)
        )

    def flags_for(self, path: str) -> list[str]:
        """One line per problem found at ``path`` or inside it, for showing next to a fact."""
        inside = (path, path + ".", path + "[")
        lines = [
            f"unverified evidence: {c.reason}" for c in self.unverified if c.path.startswith(inside)
        ]
        lines += [
            f"{'unconfirmed' if c.unconfirmed else 'unsupported'} "
            f"{c.path.removeprefix(path).lstrip('.') or 'value'} = {c.value!r}: {c.reason}"
            for c in self.unsupported
            if c.path.startswith(inside)
        ]
        lines += [
            f"{CONFIRMED_LINE} (model {c.second_reading.model}), not by the rules: "
            f"{c.path.removeprefix(path).lstrip('.') or 'value'} = {c.value!r}: "
            f"{c.second_reading.passage!r}"
            for c in self.confirmed
            if c.second_reading is not None and c.path.startswith(inside)
        ]
        lines += ["no evidence given" for p in self.unevidenced if p == path]
        lines += [
            f"not in the article: {c.value!r}" for c in self.unstated if c.path.startswith(inside)
        ]
        return lines


class Usage(BaseModel):
    """Tokens summed over every attempt, re-asks included.

    ``prompt_tokens``, ``completion_tokens``, ``total_tokens`` and ``cached_tokens`` (input
    tokens the provider served from its prompt cache, ``prompt_tokens_details.cached_tokens``;
    part of ``prompt_tokens``, billed at the cached rate) are the provider's own counts. The
    input split is ours: ``schema_tokens`` (the tool or response-format definition),
    ``instruction_tokens`` (system prompt, user-turn wording, chat framing), ``article_tokens``
    (the fenced article) and ``reask_tokens`` (what re-asks added: the rejected answer and the
    validation error) apportion ``prompt_tokens`` by an estimate of each part's size
    (:mod:`summarizer.llm.tokens`), so they always sum to it; all four are 0 when the provider
    reported no usage. Output is ``completion_tokens``. Results stored before these fields
    existed load with 0."""

    model_config = ConfigDict(defer_build=True)

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    attempts: int = 0
    reasks: int = 0
    cached_tokens: int = 0
    schema_tokens: int = 0
    instruction_tokens: int = 0
    article_tokens: int = 0
    reask_tokens: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(
            **{name: getattr(self, name) + getattr(other, name) for name in Usage.model_fields}
        )

    @property
    def input_split(self) -> dict[str, int]:
        """The input tokens by part (schema, instructions, article, re-asks)."""
        return {
            "schema": self.schema_tokens,
            "instructions": self.instruction_tokens,
            "article": self.article_tokens,
            "reasks": self.reask_tokens,
        }


FactsT = TypeVar("FactsT", bound=BaseModel, default=Any)
"""The facts model of a result: :class:`ArticleFacts`, or the caller's own schema."""


class SummaryResult(BaseModel, Generic[FactsT]):
    """One article's result. ``facts`` is an :class:`ArticleFacts` unless the caller passed a
    schema of their own (``summarize(..., schema=Mine)`` is typed ``SummaryResult[Mine]``);
    ``error`` is set (and ``facts`` is None) when the article failed. Read back from JSON, a
    result of another schema holds its facts as a dict until :meth:`facts_as` validates them."""

    model_config = ConfigDict(defer_build=True)

    article_id: str | None
    source: str
    facts: FactsT | None = None
    grounding: GroundingReport = Field(default_factory=GroundingReport)
    model: str
    response_model: str | None = None
    prompt_version: str
    schema_version: str
    usage: Usage = Field(default_factory=Usage)
    latency_s: float = 0.0  # first request to validated answer, re-asks in, grounding out
    created_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    origin: str = "live"
    error: str | None = None
    error_kind: ErrorKind | None = None
    evidence: Literal["quotes", "sentences"] = "quotes"  # how evidence was asked for

    @property
    def ok(self) -> bool:
        return self.error is None

    def facts_as(self, model: type[BaseModel] = ArticleFacts) -> BaseModel:
        """``facts`` validated as ``model`` (after a JSON round-trip they are a plain dict).
        Facts stored by schema generation 1 are upgraded to ArticleFacts first."""
        if isinstance(self.facts, model):
            return self.facts
        facts = upgrade(self.facts) if model is ArticleFacts else self.facts
        return model.model_validate(facts)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> SummaryResult[Any]:
        result: SummaryResult[Any] = cls.model_validate_json(data)
        if result.facts is not None and result.response_model in (None, "ArticleFacts"):
            # A result stored before schema v2 holds generation-1 facts: upgrade, then validate.
            result.facts = ArticleFacts.model_validate(upgrade(result.facts))
        return result


@dataclass(frozen=True)
class Provenance:
    """How an answer was asked for: stamped on every result built from it, answered or
    failed. The online path, a run and a batch all build their results here, so a result from
    any of them carries the same fields, filled the same way."""

    model: str
    response_model: str
    prompt_version: str
    schema_version: str
    origin: str = "live"
    evidence: str = "quotes"  # passages copied ("quotes") or given as sentence numbers

    def answered(
        self,
        article_id: str,
        source: str,
        facts: BaseModel,
        grounding: GroundingReport,
        usage: Usage,
        latency_s: float,
    ) -> SummaryResult[Any]:
        return SummaryResult(
            article_id=article_id,
            source=source,
            facts=facts,
            grounding=grounding,
            usage=usage,
            latency_s=round(latency_s, 4),
            **self._stamp(),
        )

    def failed(
        self,
        source: str,
        error: str,
        kind: ErrorKind,
        *,
        article_id: str | None = None,
        usage: Usage | None = None,
        latency_s: float | None = None,
    ) -> SummaryResult[Any]:
        """A result that records why an input produced no facts (and what a failed model call
        used, re-asks included)."""
        return SummaryResult(
            article_id=article_id,
            source=source,
            error=error,
            error_kind=kind,
            usage=usage or Usage(),
            latency_s=latency_s or 0.0,
            **self._stamp(),
        )

    def _stamp(self) -> dict[str, str]:
        return {
            "model": self.model,
            "response_model": self.response_model,
            "prompt_version": self.prompt_version,
            "schema_version": self.schema_version,
            "origin": self.origin,
            "evidence": self.evidence,
        }
