"""The fixed vocabularies of the facts: statuses, stances, instruments, qualifiers.

Each value is a word a careful reader would choose from the article's own wording, described
in the field that uses it (and, as sent, in :mod:`summarizer.llm.briefs`). They are generic
news vocabulary, not tied to one story: any leaders' meeting, truce or sanctions measure fits.
"""

from __future__ import annotations

from enum import StrEnum


class Qualifier(StrEnum):
    """How precisely the article states a number."""

    exact = "exact"
    about = "about"
    nearly = "nearly"
    more_than = "more_than"
    at_least = "at_least"
    less_than = "less_than"
    at_most = "at_most"
    up_to = "up_to"


class Relevance(StrEnum):
    """Whether the article is about what these facts describe."""

    on_topic = "on_topic"
    off_topic = "off_topic"


class SummitStatus(StrEnum):
    """What became of a leaders' meeting, as of the article."""

    proposed = "proposed"
    scheduled = "scheduled"
    under_way = "under_way"
    held = "held"
    in_doubt = "in_doubt"
    on_hold = "on_hold"
    postponed = "postponed"
    cancelled = "cancelled"
    unclear = "unclear"


class CeasefireKind(StrEnum):
    """What a truce covers."""

    full = "full"
    energy_infrastructure = "energy_infrastructure"
    sea = "sea"
    air = "air"
    local = "local"
    humanitarian = "humanitarian"
    other = "other"


class CeasefireStatus(StrEnum):
    proposed = "proposed"
    accepted_in_principle = "accepted_in_principle"
    agreed = "agreed"
    in_effect = "in_effect"
    violated = "violated"
    expired = "expired"
    rejected = "rejected"
    collapsed = "collapsed"
    unclear = "unclear"


class Stance(StrEnum):
    """A party's stance on a proposal at one moment."""

    agreed = "agreed"
    supports = "supports"
    supports_with_conditions = "supports_with_conditions"
    awaiting_answer = "awaiting_answer"
    skeptical = "skeptical"
    rejects = "rejects"
    unclear = "unclear"


class Instrument(StrEnum):
    """What kind of sanctions measure: a bill, a government's executive action, a bloc's
    package (the EU's numbered packages), or a threat not yet acted on."""

    bill = "bill"
    executive_action = "executive_action"
    bloc_package = "bloc_package"
    threat = "threat"
    other = "other"


class MeasureStatus(StrEnum):
    proposed = "proposed"
    threatened = "threatened"
    introduced = "introduced"
    in_committee = "in_committee"
    vote_expected = "vote_expected"
    passed_one_chamber = "passed_one_chamber"
    enacted = "enacted"
    announced = "announced"
    imposed = "imposed"
    in_force = "in_force"
    suspended = "suspended"
    lifted = "lifted"
    unclear = "unclear"


class Modality(StrEnum):
    """Whether a provision binds ("shall") or allows ("may")."""

    shall = "shall"
    may = "may"
    other = "other"


class EventKind(StrEnum):
    """Things that happened that are news in themselves."""

    strike = "strike"
    attack = "attack"
    casualties = "casualties"
    displacement = "displacement"
    aid_pause = "aid_pause"
    aid_resumption = "aid_resumption"
    prisoner_exchange = "prisoner_exchange"
    talks = "talks"
    vote = "vote"
    other = "other"


__all__ = [
    "CeasefireKind",
    "CeasefireStatus",
    "EventKind",
    "Instrument",
    "MeasureStatus",
    "Modality",
    "Qualifier",
    "Relevance",
    "Stance",
    "SummitStatus",
]
