"""The pieces every story is made of: numbers with their precision, counts of things,
people, quotes, the outlet's opinions, cited sources and the article's own metadata.

Each field declares how it is scored (:mod:`summarizer.comparators`) and, where it can be
checked mechanically, how its value must follow from the article (``Supported``).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from summarizer.comparators import Date, Exact, FreeText, Ignore, Name, Number, Supported, Text
from summarizer.schema.vocabulary import Qualifier, Relevance

EVIDENCE_DESCRIPTION = (
    "Verbatim passages copied character for character from the article that state this fact. "
    "Copy, do not paraphrase; one sentence or clause each. Empty only if the fact has no support."
)


def evidence_field() -> Any:
    return Field(default_factory=list, description=EVIDENCE_DESCRIPTION)


Evidence = Annotated[list[str], Ignore()]


class Fact(BaseModel):
    """Base of every fact: unknown fields are refused, so a misspelt field is a validation
    error the model is asked to fix, never a silently dropped value."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False, defer_build=True)


class Quantity(Fact):
    """A number as the article states it, with its precision: "about 80" is value 80 with
    qualifier "about", never a made-up exact figure."""

    value: Annotated[int | float, Number()] = Field(description="The number itself, as digits.")
    qualifier: Annotated[Qualifier, Exact()] = Field(
        default=Qualifier.exact,
        description='"exact" unless the article hedges: "about", "nearly", "more than", "at '
        'least", "less than"/"fewer than", "at most", "up to".',
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


class Count(Fact):
    """How many of something, at a time: co-sponsors of a bill, senators backing it, votes
    needed, people killed, ships listed. Two counts of the same thing at different times are
    two entries (each with its ``as_of``)."""

    what: Annotated[str, Text(threshold=70)] = Field(
        description='What is counted, in the article\'s words: "co-sponsors", "people killed", '
        '"votes needed to pass".'
    )
    value: Annotated[Quantity, Number(), Supported("count")] = Field(
        description="The number with its qualifier."
    )
    as_of: Annotated[str | None, Date()] = Field(
        default=None,
        description='When the count holds, as written ("at introduction", "on Oct. 16"); null '
        "if it is simply the count at the time of the article.",
    )
    projected: Annotated[bool, Exact()] = Field(
        default=False, description="True for an expected or projected count, not a reported one."
    )


class Relevancy(Fact):
    """Whether the article reports on a leaders' meeting, a ceasefire or peace talks, a
    sanctions measure or a war's events, and if not, what it is about instead."""

    topic: Annotated[Relevance, Exact()] = Field(
        default=Relevance.on_topic,
        description="on_topic if the article reports any summit, ceasefire or peace talks, "
        "sanctions measure or war event; off_topic otherwise (then leave the story lists "
        "empty).",
    )
    subject: Annotated[str | None, FreeText()] = Field(
        default=None, description="What the article is about, in a few words."
    )


class ArticleMeta(Fact):
    """Who published what, as stated in the article text itself or its page metadata."""

    headline: Annotated[str | None, Text(threshold=85), Supported("headline")] = Field(
        default=None, description="The article's headline, verbatim, once."
    )
    outlet: Annotated[str | None, Name(), Supported("outlet")] = Field(
        default=None,
        description="The publication, only if the text names it (e.g. in a byline, navigation "
        'or a "told The X" attribution); otherwise null.',
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


class Person(Fact):
    """A person the article names."""

    name: Annotated[str, Name(), Supported("mention")] = Field(
        description="Full name as the article first gives it."
    )
    role: Annotated[str | None, Text(threshold=80), Supported("role")] = Field(
        default=None, description='Title or role as stated, e.g. "Secretary of State".'
    )
    affiliation: Annotated[str | None, Name(), Supported("affiliation")] = Field(
        default=None,
        description='Country, government or organisation they act for, e.g. "United States", '
        '"Russia", "NATO". Null if not stated or implied by the title.',
    )


class Quote(Fact):
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
    evidence: Evidence = evidence_field()


class Opinion(Fact):
    """A claim made in the outlet's own voice (editorialising, characterising, predicting),
    as opposed to something the article reports someone else said or did."""

    claim: Annotated[str, Text(threshold=70)] = Field(
        description="The opinion in a short sentence, close to the article's words."
    )
    evidence: Evidence = evidence_field()


class CitedSource(Fact):
    """Where the article says its information comes from, when that is another outlet or an
    agency: "according to Reuters", "TASS reported", "Reuters, citing TASS"."""

    name: Annotated[str, Name(), Supported("mention")] = Field(
        description="The outlet or agency cited."
    )
    via: Annotated[str | None, Name()] = Field(
        default=None,
        description="The outlet through which the article has it, when it is second-hand "
        '("Reuters, citing TASS": name TASS, via Reuters).',
    )
    evidence: Evidence = evidence_field()


__all__ = [
    "EVIDENCE_DESCRIPTION",
    "ArticleMeta",
    "CitedSource",
    "Count",
    "Evidence",
    "Fact",
    "Opinion",
    "Person",
    "Quantity",
    "Quote",
    "Relevancy",
    "evidence_field",
]
