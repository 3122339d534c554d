"""Doers named in the evidence only by a group word, a pronoun or a description, for the
confirm-only mode's actors (:mod:`summarizer.verification.confirm_only`; session 51, the
shape exp50 counted as B5): "Both sides agreed to exchange 1,000 prisoners" after "Russia
and Ukraine sat across the same table", "It said finding the bodies could take time" after
"Hamas handed the Red Cross the remains", "The carrier now hopes to fly again" for Air Canada.

The group word, pronoun or description must itself read as the clause's doer
(:func:`.doer_shapes.shaped_doer`, or after "by": "Prisoners released by each side"), and it
must point back to the value in one of three closed ways:

- a pair's word ("both sides", "each side", "the two countries", "the two delegations",
  "both"): the article names the value joined by "and", a comma or a hyphen to another of the
  event's own actors, at or before the evidence ("Russia and Ukraine", "Russia-Ukraine"); a
  body named nearby but never joined to the event's other actor (a host, a mediator, a
  target) is no member of the pair; and the pair word's sentence names none of the event's
  other actors as a doer in its own right (then the event is that side's act: "Both sides
  agreed to a truce, but Varrow's guns shelled Tessin" is no shelling by Keld; review rv51d);
- a subject pronoun ("they", "it", "he", "she") opening its clause: the value is the doer of
  the sentence right before (its subject is what the pronoun continues); a name in that
  sentence's object or a preposition's is not, nor its "by" agent ("were beaten by Brennan
  Rovers. They have now lost five games"; review rv51d);
- a description the article ties to the value (:func:`..sides.actor_descriptions.described_spans`:
  "the carrier", "the union", "the judge").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

from summarizer.comparators import Supported
from ..context import Context
from ..page.tokens import Token, word_set
from .doer_shapes import shaped_doer
from .doer_ties import doer_at, subject_at


class NamedPlaces(Protocol):
    """Where a sentence names the actor (the actor rule's reading, ``sides.event_actors``);
    with the sentence's ``index``, also a group noun standing for it."""

    def __call__(
        self, value: str, tokens: Sequence[Token], ctx: Context, index: int | None = None
    ) -> Iterator[tuple[int, int]]: ...


#: The descriptions in the evidence that stand for a value: (tokens, first, last) each.
Described = Callable[[str, Context], Iterable[tuple[Sequence[Token], int, int]]]

# Nouns after "both", "each", "the two" that name the two parties as a pair.
_PAIR_NOUNS = word_set(
    """side sides country countries delegation delegations government governments team teams
    leader leaders party parties nation nations army armies camp camps negotiator
    negotiators minister ministers president presidents neighbour neighbours neighbor
    neighbors men women"""
)
_PRONOUNS = word_set("they it he she")
_JOINS = word_set("and the")
# Sentences back from the evidence where a pair may be named ("Russia and Ukraine").
_PAIR_REACH = 12


def _doer(tokens: Sequence[Token], first: int, last: int, text: str, saying: bool = True) -> bool:
    return doer_at(tokens, first, last, text) or shaped_doer(tokens, first, last, text, saying)


def _pair_words(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Spans of a pair's word: "both (sides)", "each side", "the two (countries)"."""
    spans = []
    for index, token in enumerate(tokens):
        norm = token.norm
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if norm in ("both", "each") and following in _PAIR_NOUNS:
            spans.append((index, index + 1))
        elif norm == "both":
            spans.append((index, index))
        elif norm == "two" and index and tokens[index - 1].norm == "the":
            last = index + 1 if following in _PAIR_NOUNS else index
            spans.append((index - 1, last))
    return spans


def _joined(
    tokens: Sequence[Token], left: tuple[int, int], right: tuple[int, int], text: str
) -> bool:
    """Whether two mentions are joined as a pair: only "and", "the", a comma or a hyphen
    between them."""
    if left[1] >= right[0]:
        return False
    between = tokens[left[1] + 1 : right[0]]
    if not between:
        gap = text[tokens[left[1]].end : tokens[right[0]].start]
        return gap.strip() in ("-", ",", "\u2013", "/")
    return all(token.norm in _JOINS for token in between)


def _paired(value: str, ctx: Context, index: int, places: NamedPlaces) -> bool:
    """Whether the article names the value joined to another of the event's actors in a
    sentence at or up to :data:`_PAIR_REACH` sentences before ``index``."""
    others = [str(a) for a in getattr(ctx.fact, "actors", None) or [] if str(a) != value]
    for at in range(index, max(-1, index - _PAIR_REACH), -1):
        tokens = ctx.article.sentence_tokens(at)
        own = list(places(value, tokens, ctx))
        if not own:
            continue
        for other in others:
            for place in places(other, tokens, ctx):
                if any(
                    _joined(tokens, mine, place, ctx.article.text)
                    or _joined(tokens, place, mine, ctx.article.text)
                    for mine in own
                ):
                    return True
    return False


def _continued(value: str, ctx: Context, index: int, places: NamedPlaces) -> bool:
    """Whether the sentence before ``index`` has the value as its subject: a pronoun carries
    on a subject, never the agent after "by" ("Tallow Town were beaten by Brennan Rovers.
    They have now lost five games", "the talks hosted by Orlan. It returned home")."""
    if index < 1:
        return False
    tokens = ctx.article.sentence_tokens(index - 1)
    text = ctx.article.text
    return any(
        subject_at(tokens, first, last, text) or shaped_doer(tokens, first, last, text)
        for first, last in places(value, tokens, ctx)
    )


def _one_side_acts(value: str, ctx: Context, tokens: Sequence[Token], places: NamedPlaces) -> bool:
    """Whether the pair word's sentence names another of the event's actors as a doer in its
    own right: the event is then that side's act ("Both sides agreed to a truce, but Varrow's
    guns shelled Tessin", "Both firms signed the accord, and Rask then sold its half"), and the
    pair word's act is not the event's."""
    text = ctx.article.text
    others = [str(a) for a in getattr(ctx.fact, "actors", None) or [] if str(a) != value]
    return any(
        _doer(tokens, first, last, text)
        for other in others
        for first, last in places(other, tokens, ctx)
    )


def group_doer_tie(
    places: NamedPlaces, described: Described
) -> Callable[[Any, Supported, Context], bool]:
    """The tie, reading the actor's mentions with ``places`` and its descriptions with
    ``described`` (the actor rule's own readings, which sit higher: ``sides``)."""

    def tie(value: Any, rule: Supported, ctx: Context) -> bool:
        """The evidence's doer is a pair's word, a pronoun or a description that points back
        to the value (see the module)."""
        text, name = ctx.article.text, str(value)
        for tokens, first, last in described(name, ctx):
            if _doer(tokens, first, last, text):
                return True
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            for first, last in _pair_words(tokens):
                if (
                    _doer(tokens, first, last, text)
                    and _paired(name, ctx, index, places)
                    and not _one_side_acts(name, ctx, tokens, places)
                ):
                    return True
            for position, token in enumerate(tokens):
                if (
                    token.norm in _PRONOUNS
                    and not token.text.endswith("'s")
                    and _doer(tokens, position, position, text)
                    and _continued(name, ctx, index, places)
                ):
                    return True
        return False

    return tie


__all__ = ["Described", "NamedPlaces", "group_doer_tie"]
