"""What a story is: groups of facts about one real-world thing, each merged value with the
sources that state it, the conflicts between sources, a timeline, and the outlets' opinions
kept apart. Plain Pydantic models, so a story is written as JSON as it is."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Passage(BaseModel):
    """One evidence passage and where grounding found it in the article (offsets into the
    article text), or not."""

    text: str
    start: int | None = None
    end: int | None = None
    verified: bool = False


class SourceRef(BaseModel):
    """Who states a value: the outlet, the article, its date, the fact's path in that
    article's facts, the passages that back it and who the article attributes it to."""

    article_id: str
    outlet: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_from: str = "none"  # facts, metadata, dateline (year taken from the story), none
    path: str
    passages: list[Passage] = Field(default_factory=list)
    attributed_to: str | None = None
    flags: list[str] = Field(default_factory=list)  # grounding problems at ``path``

    @property
    def verified(self) -> bool:
        return not self.flags and all(p.verified for p in self.passages)


class MergedValue(BaseModel):
    """One value of a group's field and every source that states it. Values that agree up to
    precision ("more than 80" and 84) stay separate values, marked ``agrees_with``."""

    field: str
    value: str
    as_of: str | None = None  # resolved or as written, for values that hold at a time
    sources: list[SourceRef] = Field(default_factory=list)


class Claim(BaseModel):
    value: str
    source: SourceRef


class Conflict(BaseModel):
    """Sources that disagree about one field of one group at the same time."""

    group: str
    field: str
    when: str | None = None
    claims: list[Claim]
    reason: str


class TimelineEntry(BaseModel):
    date: str | None
    group: str
    field: str
    value: str
    source: SourceRef


class Group(BaseModel):
    """Facts from one or more articles that describe the same real-world thing."""

    id: str
    kind: str  # summit, ceasefire, sanctions, event, person
    label: str
    members: list[SourceRef] = Field(default_factory=list)
    values: list[MergedValue] = Field(default_factory=list)


class OpinionRef(BaseModel):
    claim: str
    source: SourceRef


class ArticleInfo(BaseModel):
    id: str
    outlet: str | None = None
    headline: str | None = None
    date: str | None = None
    date_from: str = "none"
    source: str = ""
    text: str = ""
    evidence: list[Passage] = Field(default_factory=list)  # every passage grounding found
    unverified: int = 0  # passages grounding could not find in the text


class Story(BaseModel):
    """``authored``: some facts come from the hand-written answers (the authored cassettes,
    mistakes planted), not a model; ``origins``: where each article's facts came from."""

    authored: bool = False
    origins: list[str] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    undated: list[Conflict] = Field(default_factory=list)  # would conflict; a date is missing
    timeline: list[TimelineEntry] = Field(default_factory=list)
    opinions: list[OpinionRef] = Field(default_factory=list)
    articles: list[ArticleInfo] = Field(default_factory=list)

    def group(self, group_id: str) -> Group:
        return next(group for group in self.groups if group.id == group_id)


__all__ = [
    "ArticleInfo",
    "Claim",
    "Conflict",
    "Group",
    "MergedValue",
    "OpinionRef",
    "Passage",
    "SourceRef",
    "Story",
    "TimelineEntry",
]
