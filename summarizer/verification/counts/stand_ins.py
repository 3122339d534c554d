"""A sentence whose subject stands for the previous sentence's subject, for a number field's cue
words (:mod:`summarizer.verification.counts.number_rules`): "Santos said the ceasefire would come
into effect on October 1. \u201cIt will come into effect on October 1, initially for 102 days,\u201d
Santos said." gives the truce 102 days, as "The ceasefire will come into effect ..., initially for
102 days" does; so does "The deal will last 102 days" after a sentence whose subject is the truce.

The stand-in is the sentence's opening subject ("It", "This", "The deal/agreement/accord/
pact/arrangement", after "But"/"And" at most) right before a verb; it carries the cue only
when a cue word of the field heads a clause in the sentence right before (the cue followed by
a verb within two words, or two words after a comma aside: "the ceasefire would come", "The
truce agreement takes effect", "The ceasefire, brokered by Egypt, took effect"). So
"It" after a sentence naming the truce only as an object or after a preposition ("fighting
resumed despite the truce"), or after a sentence without the cue, stands for something else;
and the stand-in is one cue word among the others, so another thing's number in its sentence
(a deadline, "52 years of war") is still read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set

_PRONOUNS = word_set("it this")
_STAND_INS = word_set("deal agreement accord pact arrangement")
_OPENERS = word_set("but and so yet")
_ADVERBS = word_set("now also only still then already")
# Verbs (and auxiliaries) right after a subject: "It will", "the ceasefire would come".
_VERBS = word_set(
    """will would is was has had shall could should may might must can lasts last lasted runs
    ran began begins starts started took takes came comes expires expired ends ended covers
    covered remains remained goes went holds held applies applied foresees provides"""
)


def opening_subject(tokens: Sequence[Token]) -> int | None:
    """The index of a sentence's opening stand-in subject ("It will", "The deal runs"), or
    None."""
    start = 0
    while start < len(tokens) and tokens[start].norm in _OPENERS:
        start += 1
    if start + 1 >= len(tokens):
        return None
    subject = start
    if tokens[start].norm == "the" and tokens[start + 1].norm in _STAND_INS:
        subject = start + 1
    elif tokens[start].norm not in _PRONOUNS:
        return None
    verb = subject + 1
    if verb < len(tokens) and (tokens[verb].norm in _ADVERBS or tokens[verb].norm.endswith("ly")):
        verb += 1  # "It now runs", "It initially lasts"
    return subject if verb < len(tokens) and tokens[verb].norm in _VERBS else None


def heads_clause(tokens: Sequence[Token], cues: Sequence[int], text: str) -> bool:
    """Whether one of the cue words at ``cues`` is a clause's subject: a verb within the two
    words after it ("the ceasefire would", "the truce agreement takes"), or after an aside set
    off by commas ("The ceasefire, brokered by Egypt, took effect")."""
    return any(
        any(t.norm in _VERBS for t in tokens[after : after + 2]) and not _governed(tokens, cue)
        for cue in cues
        for after in (cue + 1, _after_aside(tokens, cue, text))
        if after
    )


def _after_aside(tokens: Sequence[Token], cue: int, text: str) -> int:
    """The first word after a comma aside that opens right after the cue (0 if none)."""
    if cue + 1 >= len(tokens) or "," not in text[tokens[cue].end : tokens[cue + 1].start]:
        return 0
    for index in range(cue + 2, min(cue + 14, len(tokens))):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return index
    return 0


def _governed(tokens: Sequence[Token], cue: int) -> bool:
    """A cue after a preposition ("despite the truce", "of a ceasefire") is no subject."""
    before = cue - 1
    while before >= 0 and tokens[before].norm in _DETERMINERS:
        before -= 1
    return before >= 0 and tokens[before].norm in _PREPOSITIONS


_DETERMINERS = word_set("the a an this that its their new nationwide proposed")
_PREPOSITIONS = word_set("despite during of for against about under into with without on to")


def with_stand_in(
    article: ArticleText, index: int, tokens: Sequence[Token], cues: list[int],
    cues_of: Callable[[int], list[int]],
) -> list[int]:  # fmt: skip
    """The cue positions with the sentence's opening "It"/"The deal" added when it stands for
    a cue word heading a clause of the sentence before (``cues_of``: a sentence's cue
    positions)."""
    subject = opening_subject(tokens)
    if subject is None or not index or subject in cues:
        return cues
    before = article.sentence_tokens(index - 1)
    if not heads_clause(before, cues_of(index - 1), article.text):
        return cues
    return sorted([*cues, subject])


__all__ = ["heads_clause", "opening_subject", "with_stand_in"]
