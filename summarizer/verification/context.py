"""What a support rule may read for one field of one fact, and what it answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel

from .page.article import ArticleText
from .page.locator import Folded
from .page.tokens import Token, tokenize


@dataclass
class Context:
    """What a rule may read for one field of one fact."""

    article: ArticleText
    folded: Folded
    fact: BaseModel
    sentences: list[int] = field(default_factory=list)  # under the fact's verified evidence
    evidence_given: bool = False
    metadata: dict[str, str] = field(default_factory=dict)
    published: dt.date | None = None  # the article's date, for relative days
    parent: BaseModel | None = None  # the fact holding this one (a count's measure), if any

    def sentence_tokens(self) -> Iterable[list[Token]]:
        for index in self.sentences:
            yield self.article.sentence_tokens(index)


Result = tuple[bool, str]

Span = tuple[int, int]


def only_mentioned_as(
    ctx: Context, find: Callable[[str], list[Span]], of_kind: Callable[[str, int, int], bool]
) -> bool:
    """Whether the evidence names a value at least once and every mention (``find`` gives each
    one's span in a sentence) is of one kind. The rules that keep a named person out of a
    meeting (away from it, or only over others' talks) ask this: a single mention that puts them
    in it keeps them, and a value the evidence never names is for other rules to judge."""
    seen = False
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        sentence = ctx.article.text[start:end]
        for first, last in find(sentence):
            if not of_kind(sentence, first, last):
                return False
            seen = True
    return seen


# Event kinds whose harm falls on people other than the event's actors (a strike's targets,
# the casualties, the displaced): a reading about the actors' own doings (their announcement,
# their home market) does not reach them.
HARM_KINDS = frozenset({"strike", "attack", "casualties", "displacement"})


def fact_kind(ctx: Context) -> str:
    """The fact's event kind as plain text ("strike"), read the same way by every rule that
    asks it: an enum member's value, else the field as given (``str`` of it)."""
    return str(getattr(getattr(ctx.fact, "kind", None), "value", getattr(ctx.fact, "kind", "")))


def fact_description(fact: object) -> str:
    """A fact's ``description`` as plain text, "" when it has none or it is unset: the one
    reading every rule that weighs an event's own words takes (a ``Measure`` or ``Person`` has
    no description, an ``Event``'s may be None in a hand-built model)."""
    return str(getattr(fact, "description", "") or "")


_FACT_HAS: dict[tuple[type, str], bool] = {}


def fact_has(fact: BaseModel, name: str) -> bool:
    """``hasattr(fact, name)``, the name that is not one of the fact's set fields answered
    once per model class: on a pydantic model a missing name goes through the model's
    ``__getattr__`` and a raised AttributeError (slow), and rules ask it of every fact. A
    field's value is in the instance's ``__dict__``; a model that allows extra fields, and a
    declared field left unset (``model_construct``), are asked afresh every time."""
    if name in fact.__dict__:
        return True
    kind = type(fact)
    known = _FACT_HAS.get((kind, name))
    if known is None:
        known = hasattr(fact, name)
        if (
            isinstance(fact, BaseModel)
            and name not in kind.model_fields
            and kind.model_config.get("extra") != "allow"
        ):
            _FACT_HAS[(kind, name)] = known
    return known


class Unconfirmed(str):
    """A reason for an unsupported value that says only that the checker could not read it.

    The value's own words are in its evidence, and the evidence states no other value for the
    field, but no wording the rules know ties those words to the field's meaning ("Moscow" is
    there, but no meeting word near it; "agreed" is the value, but the sentence says "will
    implement"). On unseen pages most false alarms are of this kind (outside checks 16 to 26),
    while a value the evidence lacks or contradicts is almost always wrong; reports show the two
    apart, so a reader can trust the second and look twice at the first. A ``str`` subclass
    keeps the two-item :data:`Result` that every rule and caller already unpacks."""

    __slots__ = ()


def unconfirmed(reason: str) -> Result:
    """Not supported, because the checker could not read the value's role (see
    :class:`Unconfirmed`)."""
    return False, Unconfirmed(reason)


def no_evidence(ctx: Context) -> Result:
    if ctx.evidence_given:
        return False, "none of its evidence is located in the article"
    return False, "no evidence given"


def metadata_tokens(ctx: Context) -> list[Token]:
    """The page metadata's words (a saved article's header, an HTML page's meta tags). Read
    once per article: every mention, byline and outlet check asks for them, and a saved page's
    metadata (its description, its keywords) was tokenised afresh each time, a sixth of all
    grounding on the gold set. Callers do not modify the list."""
    if not ctx.metadata:
        return []
    joined = " \n ".join(ctx.metadata.values())
    key = ("metadata tokens", joined)
    known: list[Token] | None = ctx.article.memo.get(key)
    if known is None:
        known = ctx.article.memo[key] = tokenize(joined)
    return known


__all__ = [
    "Context",
    "Result",
    "Unconfirmed",
    "fact_has",
    "metadata_tokens",
    "no_evidence",
    "unconfirmed",
]
