"""How each schema field is compared with its gold value.

A comparator is declared once, next to the field it scores, as ``Annotated`` metadata
(``Annotated[str | None, Text()]``). Pydantic keeps such metadata on ``FieldInfo.metadata``
without putting it into the JSON Schema, so the prompt the model sees is unchanged while the
eval harness reads the same declaration. These classes only *declare*; the matching logic lives
in :mod:`summarizer.evaluation.matchers`, so importing the schema stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic.fields import FieldInfo


@dataclass(frozen=True)
class Exact:
    """Equal after canonicalising: enums and strings casefolded, booleans and integers as is."""


@dataclass(frozen=True)
class Number:
    """Numeric equality within ``tolerance`` (absolute), after stripping %, "percent", commas."""

    tolerance: float = 0.0


@dataclass(frozen=True)
class Text:
    """Short string: normalised (NFKC, casefold, quotes/dashes, punctuation, whitespace); a
    difference in a decisive token (number, year, day, negation, contrast, proper noun, title
    modifier) is a mismatch; then the same content words, an alias, or fuzzy-similar at or
    above ``threshold`` (0-100, RapidFuzz ratio). ``partial_years``: a year only one side
    states is accepted (a bill's short name leaves out "of 2025"); a different year never is."""

    threshold: float = 90.0
    partial_years: bool = False


@dataclass(frozen=True)
class Name(Text):
    """A person's or body's name: Text plus the alias table, and a bare surname matches the
    full name when it is the gold's last token."""

    threshold: float = 88.0


@dataclass(frozen=True)
class Date:
    """A date or time reference: compared by parts (a year, month or day stated on both sides
    must agree; one side may state fewer), relative phrases by their time words ("this
    spring" = "in the spring") or, with the article's date, resolved ("yesterday"); else as
    Text."""

    threshold: float = 90.0


@dataclass(frozen=True)
class FreeText:
    """Long prose (summaries, key points): never exact-matched or scored; grounding flags the
    names and numbers in it that the article never states, and the eval lists each gold and
    predicted pair in report.json (``free_text``), apart from the field scores."""


@dataclass(frozen=True)
class Items:
    """A list of facts or strings: items are paired one-to-one by optimal assignment on the
    similarity of the whole item (every scored field; ``key`` fields, which carry an item's
    identity, weigh double); pairs under ``threshold`` (0-1) are unmatched. A pair of models is
    then scored field by field; a pair of strings is TP when it passes ``item`` (the rule for
    one item), else FD."""

    key: tuple[str, ...] = ()
    threshold: float = 0.5
    ordered: bool = False
    item: Text | Date | Exact | Number | None = None


@dataclass(frozen=True)
class Ignore:
    """Not scored as a fact (evidence passages are checked by grounding instead)."""


@dataclass(frozen=True)
class Supported:
    """How a value must follow from the article, checked by
    :mod:`summarizer.verification.grounding` (the rules are in
    :mod:`summarizer.verification.rules`). ``kind`` is one of "number", "person", "actor",
    "place", "title", "speaker", "verbatim", "mention", "date", "when", "headline"; ``cues`` are the
    word stems that tie a number or an actor to this field ("cosponsor" for a co-sponsor
    count, "introduc" for a sponsor), and for "when" the roles a day may have ("start" for a
    truce's start; :mod:`summarizer.verification.days.day_roles`); ``unit`` is the word a number
    must carry ("percent", "day")."""

    kind: str = "person"
    cues: tuple[str, ...] = field(default=())
    unit: str = ""


Comparator = Exact | Number | Text | Name | Date | FreeText | Items | Ignore


def comparator_of(info: FieldInfo) -> Comparator | None:
    """The comparator declared on a field, or None when the field declares none."""
    for meta in info.metadata:
        if isinstance(meta, Exact | Number | Text | Date | FreeText | Items | Ignore):
            return meta
    return None


def support_of(info: FieldInfo) -> Supported | None:
    """The evidence-support rule declared on a field, if any."""
    for meta in info.metadata:
        if isinstance(meta, Supported):
            return meta
    return None
