"""A number that is the object of one verb, given to a count of another verb of its sentence
(review rvec31 of session 31's verb-object reading): "Unite represents 5,500 cleaners at the
airport, and the operator employs 14,000 workers there" has 14,000 workers employed and 5,500
cleaners represented, never 14,000 workers represented. The count rule reads a cue word
anywhere in the sentence ("represented" finds "represents"), so the verb that owns the other
number gave it to this one; and "represents about 3,200 people ..., and the owners laid off
400 of them" gave 3,200 to the workers laid off.

Read: the word right before the number (past a hedge) is a verb in a finite form ("employs",
"represented"; an "-s" or "-ed" word of more than four letters) that is not the count's verb,
and the count's verb stands right before another number of the sentence (past a hedge or a
particle: "laid off 400"). Not read: a number with no verb right before it ("12 soldiers and
30 civilians" after "killed"; "About 7,000 workers are represented by"), a count whose verb
the sentence does not say at all ("drivers employed" of "represents 12,000 bus drivers":
refusing another verb would reach every reworded count, "left 30 people dead" for people
killed), a verb said after the other number ("3,000 people had signed")."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_words import what_words
from .money_glosses import CURRENCY_WORDS
from .numbers import NumberMention

_HEDGES = word_set("about around roughly some nearly almost over more than just only all at least")
_PARTICLES = word_set("off up out down back away")  # not "on"/"in": "on 2 October"
_AGENTS = frozenset({"er", "or", "ant", "ative", "ist"})  # "train-er", "represent-ative"
_NOT_VERBS = word_set("across towards afterwards besides whereas perhaps unless always")


def other_verb_object(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """Why the number is no count of ``what``: its own verb is another than the count's, whose
    verb owns another number of the sentence (see the module); or ""."""
    own, _ = _verb_before(tokens, mention.first, particles=False)
    if not _finite(own) or own in CURRENCY_WORDS:  # "2.85 billion euros ($3.3 billion)"
        return ""
    if any(_agent_of(own, word) for word in what_words(what)):  # "trained 300" of "trainers"
        return f"{mention.value:g} is what {own!r} acts on, not its doers"
    noun = {t.norm for t in tokens[mention.last + 1 : mention.last + 4]}  # "14,000 workers"
    words = [
        w
        for w in what_words(what)
        if not own.startswith(_root(w)) and not any(n.startswith(_root(w)) for n in noun)
    ]
    for other in mentions:
        if other is mention or other.value == mention.value:
            continue
        verb, particle = _verb_before(tokens, other.first, particles=True)
        if (particle or _finite(verb)) and any(verb.startswith(_root(w)) for w in words):
            return f"{mention.value:g} is what {own!r} counts; the count's verb has another number"
    return ""


def _agent_of(verb: str, word: str) -> bool:
    """Whether a word of the count is the verb's agent noun: the verb's stem (without "-ed" or
    "-s") and an agent's ending ("trainers", "advisers", "representatives")."""
    stem = verb[:-2] if verb.endswith("ed") else verb[:-1]
    noun = word.removesuffix("s")
    return len(stem) >= 4 and noun.startswith(stem) and noun[len(stem) :] in _AGENTS


def _finite(word: str) -> bool:
    """Whether a word may be a verb's finite form ("employs", "represented")."""
    return len(word) > 4 and word.endswith(("s", "ed")) and word not in _NOT_VERBS


def _verb_before(tokens: Sequence[Token], first: int, particles: bool) -> tuple[str, bool]:
    """The word before a number past a hedge (and a verb's particle: "laid off 400"), and
    whether a particle was passed."""
    at, particle = first - 1, False
    while at >= 0 and (tokens[at].norm in _HEDGES or (particles and tokens[at].norm in _PARTICLES)):
        particle = particle or tokens[at].norm in _PARTICLES
        at -= 1
    return (tokens[at].norm if at >= 0 else ""), particle


def _root(word: str) -> str:
    """A verb's first letters, without its ending ("represented", "represents": "represen")."""
    return word[: max(4, len(word) - 3)]


__all__ = ["other_verb_object"]
