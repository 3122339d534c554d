"""The facts of one article: what the model fills in and the gold files hold.

Every fact is optional, because "not in this article" must always be a legal answer (a value
the article does not state is a hallucination, scored as such). An article about something
else is a valid, nearly empty answer: ``relevance.topic`` is ``off_topic`` and the story lists
stay empty.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from summarizer.comparators import FreeText, Items
from summarizer.schema.parts import ArticleMeta, CitedSource, Opinion, Person, Quote, Relevancy
from summarizer.schema.stories import Ceasefire, Event, SanctionsMeasure, Summit

#: The shape of the facts; bumped when a change needs :mod:`summarizer.schema.versions` to
#: upgrade stored facts. The schema *version* (a hash, below) changes with any wording change.
SCHEMA_GENERATION = 2


class ArticleFacts(BaseModel):
    """Facts extracted from one news article. Extract only what the article states: leave a
    field null or a list empty when the article does not say it. Never infer missing values.
    Opinions in the outlet's own voice go in `opinions`, never in reported facts."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    article: Annotated[ArticleMeta, Items()] = Field(default_factory=ArticleMeta)
    relevance: Annotated[Relevancy, Items()] = Field(default_factory=Relevancy)
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
    ceasefires: Annotated[list[Ceasefire], Items(key=("kind", "scope"), threshold=0.3)] = Field(
        default_factory=list, description="Ceasefires or truces, one entry per truce."
    )
    sanctions: Annotated[
        list[SanctionsMeasure], Items(key=("name", "instrument"), threshold=0.3)
    ] = Field(default_factory=list, description="Sanctions bills, actions, packages, threats.")
    events: Annotated[list[Event], Items(key=("kind", "place"), threshold=0.3)] = Field(
        default_factory=list, description="Strikes, casualties, aid pauses and other events."
    )
    quotes: Annotated[list[Quote], Items(key=("text",), threshold=0.6)] = Field(
        default_factory=list, description="Direct quotations, each with its speaker."
    )
    opinions: Annotated[list[Opinion], Items(key=("claim",), threshold=0.5)] = Field(
        default_factory=list, description="The outlet's own opinions, apart from reported facts."
    )
    cited_sources: Annotated[list[CitedSource], Items(key=("name",), threshold=0.6)] = Field(
        default_factory=list, description="Other outlets or agencies the article cites."
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


__all__ = ["SCHEMA_GENERATION", "ArticleFacts", "json_schema", "schema_version"]
