"""The target facts of a news article, as Pydantic models (schema generation 2).

The field descriptions document each field and are exported with the JSON Schema (``schemas/``);
the tools and json modes send short ones instead (:mod:`summarizer.llm.briefs`). Each field
also declares how it is scored (see :mod:`summarizer.comparators`) and, where it can be
checked mechanically, how its value must follow from the article.

Where things are: :mod:`.vocabulary` (the fixed word lists), :mod:`.parts` (numbers, counts,
people, quotes, opinions, sources, metadata), :mod:`.stories` (summits, truces, sanctions,
events), :mod:`.facts` (the whole article), :mod:`.versions` (reading older facts).
"""

from summarizer.schema.facts import SCHEMA_GENERATION, ArticleFacts, json_schema, schema_version
from summarizer.schema.parts import (
    EVIDENCE_DESCRIPTION,
    ArticleMeta,
    CitedSource,
    Count,
    Opinion,
    Person,
    Quantity,
    Quote,
    Relevancy,
)
from summarizer.schema.stories import (
    SPONSOR_CUES,
    TARIFF_CUES,
    TRUCE_CUES,
    Ceasefire,
    Event,
    Provision,
    Reaction,
    SanctionsMeasure,
    StanceStatement,
    Summit,
)
from summarizer.schema.vocabulary import (
    CeasefireKind,
    CeasefireStatus,
    EventKind,
    Instrument,
    MeasureStatus,
    Modality,
    Qualifier,
    Relevance,
    Stance,
    SummitStatus,
)

__all__ = [
    "EVIDENCE_DESCRIPTION",
    "SCHEMA_GENERATION",
    "SPONSOR_CUES",
    "TARIFF_CUES",
    "TRUCE_CUES",
    "ArticleFacts",
    "ArticleMeta",
    "Ceasefire",
    "CeasefireKind",
    "CeasefireStatus",
    "CitedSource",
    "Count",
    "Event",
    "EventKind",
    "Instrument",
    "MeasureStatus",
    "Modality",
    "Opinion",
    "Person",
    "Provision",
    "Qualifier",
    "Quantity",
    "Quote",
    "Reaction",
    "Relevance",
    "Relevancy",
    "SanctionsMeasure",
    "Stance",
    "StanceStatement",
    "Summit",
    "SummitStatus",
    "json_schema",
    "schema_version",
]
