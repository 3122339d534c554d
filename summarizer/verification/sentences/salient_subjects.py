"""Which words of an earlier sentence a later "he" or "she" can take as its antecedent, read
for the read-back of :mod:`summarizer.verification.quotes.speakers` (session 38, outside
checks 83-85).

Readers resolve a subject pronoun to the most salient compatible referent, and salience is
grammatical: the subject of the sentence before wins over names inside its adverbials,
appositions and possessives. Two forms of English the read-back misread:

- a fronted prepositional phrase before the pronoun subject ("With GM still importing cars
  from Canada, he expects the bill to rise"; "Despite the strike at Ford's plants, she kept
  the forecast"; "Amid protests outside City Hall, she defended ..."): the pronoun is the
  main clause's subject and carries the reference of the quote's same pronoun back past the
  phrase, as a sentence that opens with the pronoun does; whoever the phrase names ("Despite
  pleas from Mark Carney, he imposed") is inside an adverbial, never the subject. A fronted
  clause ("After Merz spoke, he left", "When X arrived, he") has a subject of its own that
  may be the antecedent, and is read as before;
- a sentence that opens with a determiner, quantifier or ordinal written with its sentence's
  capital ("First win for Sean Baker, for original screenplay."; "Another blow for X";
  "Every one of them ..."): that word is no name, so for a later "he"/"she" the sentence has
  no named subject and the person it names alone is the antecedent. The words are English's
  closed classes.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import ORDINALS
from ..page.tokens import Token, word_set
from .antecedents import PRONOUNS, topic
from .appositive_subjects import role_subject
from .opening_subjects import sentence_subject
from .subjects import possessive_end

# Words that open a fronted prepositional or absolute phrase (not a clause of its own:
# "When he ..., after X spoke, ..." are the subordinators the caller reads apart).
_PREPOSITIONS = word_set(
    """with without despite in on at from amid amidst among under over during by beyond
    given following ahead notwithstanding throughout across behind inside outside"""
)
# Determiners, quantifiers and ordinals: a sentence's capital on one of them opens no name.
_DETERMINERS = word_set(
    """another each every some most many few all both no any several such either neither
        last next only other much more""",
) | frozenset(ORDINALS)


def fronted_pronoun(tokens: Sequence[Token], text: str) -> str | None:
    """The "he" or "she" that is a sentence's subject after a fronted prepositional phrase
    ("With GM still importing ..., he expects"); None otherwise."""
    if len(tokens) < 3 or tokens[0].norm not in _PREPOSITIONS:
        return None
    if sentence_subject(list(tokens), text):
        return None  # "In March, Tom Vickers quit, and within a week, he": Vickers's clause
    last = 0  # where the stretch since the last comma opens
    for index in range(1, len(tokens)):
        if "," not in text[tokens[index - 1].end : tokens[index].start]:
            continue
        if tokens[index].norm in _CLAUSE_OPENERS:
            return None  # "that, if pushed, he"; "limped off, and by the evening, he"
        if tokens[index].norm in _COORDINATORS and not _a_list(tokens[last:index]):
            return None
        if tokens[index].norm not in PRONOUNS:
            last = index
            continue  # "With X gone, the board ...", "In Rome, in May, he": read on
        return tokens[index].norm
    return None


# After a comma, words that open a clause of its own: the pronoun after them is its subject,
# not the sentence's after a fronted phrase. A coordinator after a list of names goes on the
# list ("from Canada, Mexico, and South Korea, he").
_CLAUSE_OPENERS = word_set(
    "that if when unless because although though while whereas once who which where"
)
_COORDINATORS = word_set("and but or yet so")


def _a_list(stretch: Sequence[Token]) -> bool:
    """A stretch between commas that is a list item: capitalised words only."""
    return bool(stretch) and all(t.capitalised or t.norm == "and" for t in stretch)


def named_subject(tokens: list[Token], text: str, pronoun: str | None) -> list[Token]:
    """A sentence's subject (:func:`sentence_subject`) or, failing one, its topic ("For X,
    ..."); for a "he"/"she", a subject that is only a determiner, quantifier or ordinal
    carrying the sentence's capital ("First win for X": no one named "First") is none (a
    count's group, "Four writers reached the last round", stays the subject a description
    such as "the winner" is weighed against)."""
    subject = sentence_subject(tokens, text)
    opening = role_subject(tokens, text) if pronoun else None
    if opening is not None and (not subject or subject[0] is not opening):
        return []  # "Unlike Labour's leader, X, the union's chief refused": the chief, unnamed
    if opening is not None and possessive_end(opening):
        return []  # "Brighton's head coach beat X": the coach, read back by the role (not "other")
    if pronoun and len(subject) == 1 and subject[0].norm in _DETERMINERS:
        subject = []
    return subject or topic(tokens, text)


__all__ = ["fronted_pronoun", "named_subject"]
