"""The kinds of story the facts describe: leaders' meetings, truces and each side's stance,
sanctions measures of every instrument, and events that are news in themselves.

Generic on purpose: a bill, a treasury's executive order and a bloc's numbered package are one
:class:`SanctionsMeasure` told apart by ``instrument``; a side's "yes, but" and its earlier
"no" are two dated :class:`StanceStatement` entries, not one overwritten position.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from summarizer.comparators import Date, Exact, Items, Name, Number, Supported, Text
from summarizer.schema.parts import Count, Evidence, Fact, Quantity, evidence_field
from summarizer.schema.vocabulary import (
    CeasefireKind,
    CeasefireStatus,
    EventKind,
    Instrument,
    MeasureStatus,
    Modality,
    Stance,
    SummitStatus,
)

# Cue word stems that tie a value to its field (see Supported). A sponsor is the one who
# introduces, proposes, announces or threatens a measure; the sponsor rule adds "cosponsor"
# and "joined by" itself (summarizer.verification.acts.actors.actor_cues).
SPONSOR_CUES = (
    "introduc", "sponsor", "authored", "draft", "filed", "propos", "unveil", "announc", "impos",
    "ordered", "signed", "warn", "threat", "issued", "levied", "roll", "tabled", "submit",
    "pushed", "pushing", "led", "adopt", "extend", "slap", "renew",
)  # fmt: skip
TARIFF_CUES = ("tariff", "duty", "duties", "levy", "levies", "surtax", "surcharge")
PACKAGE_CUES = ("package", "round", "tranche", "set")
TRUCE_CUES = ("ceasefire", "cease", "truce", "pause", "halt", "armistice", "moratorium")
# The roles a day may have in its sentence for a ``when`` field with cues
# (summarizer.verification.days.day_roles): a truce's start, a meeting's day, a measure's
# introduction (announcing, imposing or signing it included).
START_DAY = ("start",)
MEETING_DAY = ("meet",)
INTRODUCED_DAY = ("introduce", "announce", "agree", "propose")


class Summit(Fact):
    """A meeting between leaders (or their top diplomats) that the article reports on."""

    parties: Annotated[list[str], Items(threshold=0.6, item=Name()), Supported("party")] = Field(
        default_factory=list, description="Surnames or full names of the people meeting."
    )
    format: Annotated[str | None, Text(threshold=70), Supported("format")] = Field(
        default=None, description='How they meet, as stated: "one-on-one", "three-on-three".'
    )
    status: Annotated[SummitStatus | None, Exact(), Supported("status")] = Field(
        default=None,
        description="As of the article: proposed (floated, no date), scheduled (agreed time or "
        "place), under_way (happening as reported), held (took place), in_doubt (may not "
        "happen), on_hold (paused), postponed (put off to a later date), cancelled (called "
        "off). Use unclear if the article itself is ambiguous.",
    )
    status_according_to: Annotated[str | None, Name()] = Field(
        default=None,
        description='Who the article says gave that status ("the White House", "Putin"), '
        "when it attributes it.",
    )
    planned_location: Annotated[str | None, Name(), Supported("place")] = Field(
        default=None, description="Where it was or is to be held, as stated."
    )
    planned_timing: Annotated[str | None, Date(), Supported("when", cues=MEETING_DAY)] = Field(
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
    outcome: Annotated[str | None, Text(threshold=60)] = Field(
        default=None, description='What the meeting produced, as stated ("no deal"), if held.'
    )
    evidence: Evidence = evidence_field()


class StanceStatement(Fact):
    """One party's stance on a truce at one moment, as the article reports it."""

    party: Annotated[str, Name(), Supported("party")] = Field(
        description='Country or leader, e.g. "Russia".'
    )
    stance: Annotated[Stance | None, Exact(), Supported("status")] = Field(
        default=None,
        description="agreed, supports, supports_with_conditions (yes if terms are met), "
        "awaiting_answer (has not answered yet), skeptical (doubts it, neither accepts nor "
        "refuses), rejects.",
    )
    conditions: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=60))] = Field(
        default_factory=list, description="Conditions or open issues the party attaches."
    )
    as_of: Annotated[str | None, Date()] = Field(
        default=None, description="When the party took this stance, as written, if stated."
    )
    evidence: Evidence = evidence_field()


class Ceasefire(Fact):
    """A ceasefire or truce: proposed, agreed, in effect or broken."""

    kind: Annotated[CeasefireKind | None, Exact(), Supported("status")] = Field(
        default=None,
        description="full, energy_infrastructure (no strikes on power plants and grids), sea, "
        "air, local, humanitarian, other.",
    )
    duration_days: Annotated[
        Quantity | None, Number(), Supported("number", cues=TRUCE_CUES, unit="day")
    ] = Field(default=None, description="Length in days if stated (a 30-day truce is 30).")
    proposer: Annotated[str | None, Name(), Supported("proposer")] = Field(
        default=None, description="Who proposed it, as the article says."
    )
    scope: Annotated[str | None, Text(threshold=70)] = Field(
        default=None, description='What it covers, as written, e.g. "the Black Sea".'
    )
    status: Annotated[CeasefireStatus | None, Exact(), Supported("status")] = Field(
        default=None, description="Status as of the article."
    )
    reported_by: Annotated[str | None, Name(), Supported("announcer")] = Field(
        default=None,
        description='Who the article says announced or reported the status ("the White '
        'House said"), when it attributes it.',
    )
    starts: Annotated[str | None, Date(), Supported("when", cues=START_DAY)] = Field(
        default=None, description="When it starts or started, as written, if stated."
    )
    terms: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=60))] = Field(
        default_factory=list,
        description="Its terms or the peace terms discussed with it (territory, guarantees).",
    )
    positions: Annotated[list[StanceStatement], Items(key=("party", "as_of"), threshold=0.6)] = (
        Field(
            default_factory=list,
            description="Each party's stance; a party that changed its stance gets one entry per "
            "stance, each with its as_of.",
        )
    )
    evidence: Evidence = evidence_field()


class Provision(Fact):
    """What a measure does, in one clause."""

    text: Annotated[str, Text(threshold=60)] = Field(description="The provision, short.")
    modality: Annotated[Modality | None, Exact()] = Field(
        default=None,
        description='shall (the measure requires it) or may (allows it, e.g. a waiver "the '
        'president may").',
    )


class Reaction(Fact):
    """How someone responded to a measure, as reported."""

    who: Annotated[str, Name(), Supported("party")] = Field(description="Who reacted.")
    reaction: Annotated[str, Text(threshold=60)] = Field(
        description='The reaction in a word or phrase ("welcomed", "called it an unfriendly act").'
    )


class SanctionsMeasure(Fact):
    """A sanctions bill, an executive action, a bloc's package, or a threat of sanctions."""

    instrument: Annotated[Instrument | None, Exact()] = Field(
        default=None,
        description="bill (legislation), executive_action (ordered by a government or its "
        "treasury), bloc_package (adopted by a group of countries, e.g. an EU package), "
        "threat (warned of, not enacted).",
    )
    name: Annotated[str | None, Text(threshold=85, partial_years=True), Supported("title")] = Field(
        default=None, description="Official name, verbatim, e.g. the bill's title."
    )
    issuing_body: Annotated[str | None, Name()] = Field(
        default=None,
        description='Who issues or would issue it: "U.S. Treasury", "Council of the EU", "U.S. '
        'Senate".',
    )
    package_number: Annotated[int | None, Number(), Supported("ordinal", cues=PACKAGE_CUES)] = (
        Field(default=None, description="A numbered package's number (the 19th package is 19).")
    )
    sponsors: Annotated[
        list[str], Items(threshold=0.6, item=Name()), Supported("person", cues=SPONSOR_CUES)
    ] = Field(
        default_factory=list,
        description="Who introduced, announced or imposed it, co-introducers included.",
    )
    status: Annotated[MeasureStatus | None, Exact(), Supported("status")] = Field(
        default=None,
        description="As of the article: proposed, threatened, introduced, in_committee, "
        "vote_expected, passed_one_chamber, enacted (bills); announced, imposed, in_force, "
        "suspended, lifted (any measure).",
    )
    introduced: Annotated[str | None, Date(), Supported("when", cues=INTRODUCED_DAY)] = Field(
        default=None, description='When introduced or announced, as written ("in April").'
    )
    counts: Annotated[list[Count], Items(key=("what", "as_of"), threshold=0.5)] = Field(
        default_factory=list,
        description="Counts about it: co-sponsors, supporters, votes needed, entities listed.",
    )
    tariff_rate_percent: Annotated[
        Quantity | None, Number(), Supported("number", cues=TARIFF_CUES, unit="percent")
    ] = Field(default=None, description="Tariff rate in percent if stated (500 percent is 500).")
    targets: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=70))] = Field(
        default_factory=list, description="Who or what it targets, short phrases."
    )
    provisions: Annotated[list[Provision], Items(key=("text",), threshold=0.5)] = Field(
        default_factory=list, description="What it does, one clause each."
    )
    triggers: Annotated[list[str], Items(threshold=0.5, item=Text(threshold=60))] = Field(
        default_factory=list,
        description='What would set it off or lift it ("if Russia refuses a ceasefire").',
    )
    reactions: Annotated[list[Reaction], Items(key=("who",), threshold=0.5)] = Field(
        default_factory=list, description="How others responded to it."
    )
    evidence: Evidence = evidence_field()


class Event(Fact):
    """Something that happened and is news in itself: a strike, casualties, people displaced,
    aid paused or restarted, a prisoner exchange, talks, a vote."""

    kind: Annotated[EventKind | None, Exact(), Supported("status")] = Field(
        default=None, description="What happened."
    )
    description: Annotated[str, Text(threshold=60)] = Field(
        description="The event in a short phrase close to the article's words."
    )
    actors: Annotated[list[str], Items(threshold=0.5, item=Name()), Supported("actor")] = Field(
        default_factory=list, description="Who carried it out or took part, as stated."
    )
    place: Annotated[str | None, Name(), Supported("site")] = Field(
        default=None, description="Where, as stated."
    )
    when: Annotated[str | None, Date(), Supported("when")] = Field(
        default=None, description="When, as written."
    )
    counts: Annotated[list[Count], Items(key=("what", "as_of"), threshold=0.5)] = Field(
        default_factory=list, description='Counts: "people killed", "injured", "displaced".'
    )
    evidence: Evidence = evidence_field()


__all__ = [
    "PACKAGE_CUES",
    "SPONSOR_CUES",
    "TARIFF_CUES",
    "TRUCE_CUES",
    "Ceasefire",
    "Event",
    "Provision",
    "Reaction",
    "SanctionsMeasure",
    "StanceStatement",
    "Summit",
]
