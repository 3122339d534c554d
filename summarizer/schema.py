"""The target facts of a news article, as Pydantic models.

The field descriptions are the model's instructions: instructor sends them to the LLM inside the
tool/JSON schema. Every fact is optional, because "not in this article" must always be a legal
answer (a value the article does not state is a hallucination, scored as such). Each field also
declares how it is scored (see :mod:`summarizer.comparators`) and, where it can be checked
mechanically, that its value must appear in the fact's own evidence.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summarizer.comparators import (
    Date,
    Exact,
    FreeText,
    Ignore,
    Items,
    Name,
    Number,
    Supported,
    Text,
)

EVIDENCE_DESCRIPTION = (
    "Verbatim passages copied character for character from the article that state this fact. "
    "Copy, do not paraphrase; one sentence or clause each. Empty only if the fact has no support."
)


# Cue word stems that tie a value to its field (see Supported). A sponsor is the one who
# introduces, proposes, announces or threatens a measure; "co-sponsor" is not a sponsor cue.
SPONSOR_CUES = (
    "introduc", "sponsor", "authored", "draft", "filed", "propos", "unveil", "announc", "impos",
    "ordered", "signed", "warn", "threat", "issued", "levied", "roll", "tabled", "submit",
    "pushed", "pushing", "led",
)  # fmt: skip
TARIFF_CUES = ("tariff", "duty", "duties", "levy", "levies")
TRUCE_CUES = ("ceasefire", "cease", "truce", "pause", "halt", "armistice", "moratorium")


def _evidence() -> Any:
    return Field(default_factory=list, description=EVIDENCE_DESCRIPTION)


Evidence = Annotated[list[str], Ignore()]


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Qualifier(StrEnum):
    """How precisely the article states a number."""

    exact = "exact"
    about = "about"
    more_than = "more_than"
    at_least = "at_least"
    less_than = "less_than"
    at_most = "at_most"


class Quantity(_Fact):
    """A number as the article states it, with its precision: "about 80" is value 80 with
    qualifier "about", never a made-up exact figure."""

    value: Annotated[int | float, Number()] = Field(description="The number itself, as digits.")
    qualifier: Annotated[Qualifier, Exact()] = Field(
        default=Qualifier.exact,
        description='"exact" unless the article hedges: "about", "more than", "at least", '
        '"less than", "at most".',
    )
    as_written: Annotated[str | None, Ignore()] = Field(
        default=None, description='The number as written in the article, e.g. "500 percent".'
    )

    @field_validator("value", mode="before")
    @classmethod
    def _parse_number_text(cls, value: Any) -> Any:
        """Models often send "500%" or "1,200": accept the digits, reject anything else."""
        if isinstance(value, str):
            cleaned = value.strip().removesuffix("%").replace(",", "").strip()
            cleaned = cleaned.removesuffix("percent").strip()
            try:
                number = float(cleaned)
            except ValueError:
                raise ValueError(f"expected a number, got {value!r}") from None
            return int(number) if number.is_integer() else number
        return value


class SummitStatus(StrEnum):
    """What became of a leaders' meeting, as of the article."""

    proposed = "proposed"
    scheduled = "scheduled"
    on_hold = "on_hold"
    cancelled = "cancelled"
    held = "held"
    unclear = "unclear"


class Position(StrEnum):
    """A party's stance on a proposal."""

    supports = "supports"
    supports_with_conditions = "supports_with_conditions"
    skeptical = "skeptical"
    rejects = "rejects"
    unclear = "unclear"


class CeasefireStatus(StrEnum):
    proposed = "proposed"
    accepted_in_principle = "accepted_in_principle"
    agreed = "agreed"
    in_effect = "in_effect"
    rejected = "rejected"
    collapsed = "collapsed"
    unclear = "unclear"


class SanctionsKind(StrEnum):
    bill = "bill"
    executive_action = "executive_action"
    threat = "threat"
    multilateral = "multilateral"


class LegislativeStatus(StrEnum):
    proposed = "proposed"
    introduced = "introduced"
    vote_expected = "vote_expected"
    passed_one_chamber = "passed_one_chamber"
    enacted = "enacted"
    not_applicable = "not_applicable"
    unclear = "unclear"


class ArticleMeta(_Fact):
    """Who published what, as stated in the article text itself."""

    headline: Annotated[str | None, Text(threshold=85), Supported("headline")] = Field(
        default=None, description="The article's headline, verbatim, once."
    )
    outlet: Annotated[str | None, Name(), Supported("outlet")] = Field(
        default=None,
        description="The publication, only if the text names it (e.g. in navigation or a "
        '"told The X" attribution); otherwise null.',
    )
    byline: Annotated[str | None, Name(), Supported("byline")] = Field(
        default=None,
        description="The author(s) credited by the article, including 'contributed to this "
        "report' credits; null if none.",
    )
    published: Annotated[str | None, Date(), Supported("date")] = Field(
        default=None,
        description="Publication date as YYYY-MM-DD only if the article states it; never "
        "inferred from events it reports.",
    )


class Person(_Fact):
    """A person the article names."""

    name: Annotated[str, Name(), Supported("mention")] = Field(
        description="Full name as the article first gives it."
    )
    role: Annotated[str | None, Text(threshold=80)] = Field(
        default=None, description='Title or role as stated, e.g. "Secretary of State".'
    )
    affiliation: Annotated[str | None, Name()] = Field(
        default=None,
        description='Country, government or organisation they act for, e.g. "United States", '
        '"Russia", "NATO". Null if not stated or implied by the title.',
    )


class Summit(_Fact):
    """A meeting between leaders (or their top diplomats) that the article reports on."""

    parties: Annotated[list[str], Items(threshold=0.6, item=Name())] = Field(
        default_factory=list, description="Surnames or full names of the people meeting."
    )
    status: Annotated[SummitStatus | None, Exact()] = Field(
        default=None,
        description="Status as of the article: proposed (floated, no date), scheduled (agreed "
        "time/place), on_hold (paused, not formally cancelled), cancelled (called off), held "
        "(took place). Use unclear if the article itself is ambiguous.",
    )
    planned_location: Annotated[str | None, Name(), Supported("place")] = Field(
        default=None, description="Where it was or is to be held, as stated."
    )
    planned_timing: Annotated[str | None, Date()] = Field(
        default=None, description='When, as written ("within two weeks"), or null.'
    )
    previous_meeting: Annotated[str | None, Text(threshold=70)] = Field(
        default=None,
        description="An earlier meeting of the same parties the article mentions, short "
        '("August summit in Alaska").',
    )
    status_reason: Annotated[str | None, Text(threshold=60)] = Field(
        default=None, description="What changed the status, in a short phrase from the article."
    )
    evidence: Evidence = _evidence()


class PartyPosition(_Fact):
    """One party's stance on a ceasefire proposal."""

    party: Annotated[str, Name()] = Field(description='Country or leader, e.g. "Russia".')
    position: Annotated[Position | None, Exact()] = Field(
        default=None,
        description="supports, supports_with_conditions (backs it but wants terms settled "
        "first), skeptical (doubts it, neither accepts nor refuses), rejects.",
    )
    conditions: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=60))] = Field(
        default_factory=list, description="Conditions or open issues the party attaches."
    )
    evidence: Evidence = _evidence()


class Ceasefire(_Fact):
    """A ceasefire or truce proposal."""

    duration_days: Annotated[
        Quantity | None, Number(), Supported("number", cues=TRUCE_CUES, unit="day")
    ] = Field(default=None, description="Length in days if stated (a 30-day truce is 30).")
    proposer: Annotated[str | None, Name()] = Field(
        default=None, description="Who proposed it, as the article says."
    )
    scope: Annotated[str | None, Text(threshold=70)] = Field(
        default=None, description='What it covers, e.g. "Ukraine", "energy infrastructure".'
    )
    status: Annotated[CeasefireStatus | None, Exact()] = Field(
        default=None, description="Status as of the article."
    )
    positions: Annotated[list[PartyPosition], Items(key=("party",), threshold=0.6)] = Field(
        default_factory=list, description="Each party's position, one entry per party."
    )
    evidence: Evidence = _evidence()


class SanctionsMeasure(_Fact):
    """A sanctions bill, executive action, or sanctions threat."""

    kind: Annotated[SanctionsKind | None, Exact()] = Field(
        default=None,
        description="bill (legislation), executive_action (ordered by a government), threat "
        "(warned of, not enacted), multilateral (by a group of countries).",
    )
    name: Annotated[str | None, Text(threshold=85, partial_years=True), Supported("title")] = Field(
        default=None, description="Official name, verbatim, e.g. the bill's title."
    )
    sponsor: Annotated[str | None, Name(), Supported("person", cues=SPONSOR_CUES)] = Field(
        default=None, description="Who introduced or announced it."
    )
    introduced: Annotated[str | None, Date()] = Field(
        default=None, description='When introduced, as written ("in April"); no invented year.'
    )
    cosponsor_count: Annotated[
        Quantity | None, Number(), Supported("number", cues=("cosponsor",))
    ] = Field(default=None, description="Number of co-sponsors if stated.")
    tariff_rate_percent: Annotated[
        Quantity | None, Number(), Supported("number", cues=TARIFF_CUES, unit="percent")
    ] = Field(default=None, description="Tariff rate in percent if stated (500 percent is 500).")
    targets: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=70))] = Field(
        default_factory=list, description="Who or what it targets, short phrases."
    )
    legislative_status: Annotated[LegislativeStatus | None, Exact()] = Field(
        default=None,
        description="For bills: introduced, vote_expected, passed_one_chamber, enacted; "
        "not_applicable for non-bills.",
    )
    evidence: Evidence = _evidence()


class Quote(_Fact):
    """A direct quotation (words inside quotation marks in the article)."""

    speaker: Annotated[str | None, Name(), Supported("speaker")] = Field(
        default=None,
        description='Who said or wrote it, as attributed ("Donald Trump", "a White House '
        'official"). Null only if the article attributes it to no one.',
    )
    text: Annotated[str, Text(threshold=80), Supported("verbatim")] = Field(
        description="The quoted words verbatim, without the surrounding quotation marks."
    )
    where_said: Annotated[str | None, Text(threshold=60)] = Field(
        default=None, description='Where or how it was said ("to reporters in the Oval Office").'
    )
    evidence: Evidence = _evidence()


class Opinion(_Fact):
    """A claim made in the outlet's own voice (editorialising, characterising, predicting),
    as opposed to something the article reports someone else said or did."""

    claim: Annotated[str, Text(threshold=70)] = Field(
        description="The opinion in a short sentence, close to the article's words."
    )
    evidence: Evidence = _evidence()


class ArticleFacts(BaseModel):
    """Facts extracted from one news article. Extract only what the article states: leave a
    field null or a list empty when the article does not say it. Never infer missing values.
    Opinions in the outlet's own voice go in `opinions`, never in reported facts."""

    model_config = ConfigDict(extra="forbid")

    article: Annotated[ArticleMeta, Items()] = Field(default_factory=ArticleMeta)
    summary: Annotated[str, FreeText()] = Field(
        default="",
        description="A neutral 2-4 sentence summary of what the article reports, without the "
        "outlet's opinions.",
    )
    key_points: Annotated[list[str], FreeText()] = Field(
        default_factory=list, description="3-6 short reported facts, neutral wording."
    )
    people: Annotated[list[Person], Items(key=("name",), threshold=0.6)] = Field(
        default_factory=list, description="Everyone the article names."
    )
    summits: Annotated[list[Summit], Items(key=("parties", "planned_location"), threshold=0.4)] = (
        Field(default_factory=list, description="Leader meetings reported on.")
    )
    ceasefires: Annotated[list[Ceasefire], Items(key=("proposer", "scope"), threshold=0.3)] = Field(
        default_factory=list, description="Ceasefire or truce proposals."
    )
    sanctions: Annotated[list[SanctionsMeasure], Items(key=("name", "kind"), threshold=0.3)] = (
        Field(default_factory=list, description="Sanctions measures, bills and threats.")
    )
    quotes: Annotated[list[Quote], Items(key=("text",), threshold=0.6)] = Field(
        default_factory=list, description="Direct quotations, each with its speaker."
    )
    opinions: Annotated[list[Opinion], Items(key=("claim",), threshold=0.5)] = Field(
        default_factory=list, description="The outlet's own opinions, apart from reported facts."
    )


def json_schema(model: type[BaseModel] = ArticleFacts) -> dict[str, Any]:
    """The JSON Schema of a facts model, as exported to ``schemas/``."""
    return model.model_json_schema()


@cache
def _version_of(model: type[BaseModel]) -> str:
    canonical = json.dumps(json_schema(model), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def schema_version(model: type[BaseModel] = ArticleFacts) -> str:
    """A short hash of the model's JSON Schema: any change to a field, type or description (and
    so to what the model is asked) changes it, which is what makes cassettes go stale."""
    return _version_of(model)
