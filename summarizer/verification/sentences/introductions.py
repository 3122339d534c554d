"""Whom "he" or "she" reads back to after a sentence that introduces someone, read for
:mod:`summarizer.verification.quotes.pronoun_rivals`.

"Mayor Lee introduced the envoy, Pavel Ionescu. "We are here to listen," he said." The
read-back took the sentence's subject, Lee, for the pronoun and supported him; an outside
check found the quote was the envoy's. A sentence that introduces someone, hands them the
floor or brings them on stage sets up that person to speak next, and a careful reader takes
the pronoun to them. Decided here (DECISIONS.md, session 14): the one introduced is the
speaker ("yes"); the one who introduced them is a second reading ("unsure": unconfirmed,
never supported); anyone else is "other". Where the page marks one of the two with the other
gender (:func:`summarizer.verification.sentences.genders.gender_of`), the other one decides alone.

Read only when the introduced person is named right after the verb, past a determiner, title
words or an epithet ("introduced the envoy, Pavel Ionescu", "welcomed Special Envoy Pavel
Ionescu", "handed the microphone to Ionescu", "brought Ionescu on stage"); a preposition
first ("introduced a bill with Senator Ford"), a possessive ("welcomed Ford's plan") or no
name leaves the sentence to the rest of the read-back ("none").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..people.names import NOT_NAMES, TITLES
from .clauses import Verdict, by_subject
from .genders import gender_of
from .opening_subjects import sentence_subject
from .subjects import DESCRIBING

# Verbs whose object is the one introduced.
_INTRODUCING = word_set(
    """introduced introduces presented presents welcomed welcomes invited invites brought
    brings"""
)
# Verbs that hand someone the floor ("handed the microphone to X", "gave the floor to X").
_HANDING = word_set("handed hands gave gives passed passes yielded yields ceded turned turns")
_FLOOR = word_set("floor microphone mic podium stage lectern")
_EPITHET_WORDS = 5
_STOPPING = word_set(
    """with by in on at from about for of after before during as while and but or which that
    who whose"""
)
_NOT_NAMED = NOT_NAMES | DESCRIBING | word_set("the a an his her their its")


def _introduced(tokens: Sequence[Token], text: str) -> tuple[int, list[Token]] | None:
    """The verb's index and the name of the one the sentence introduces, if it does."""
    for verb, token in enumerate(tokens):
        if token.norm in _INTRODUCING:
            start = verb + 1
        elif token.norm in _HANDING:
            to = next(
                (i for i in range(verb + 1, min(verb + 6, len(tokens))) if tokens[i].norm == "to"),
                None,
            )
            floor = any(t.norm in _FLOOR for t in tokens[verb + 1 : verb + 5])
            if to is None or not floor:
                continue
            start = to + 1
        else:
            continue
        name = _object_name(tokens, start, text)
        if name:
            return verb, name
    return None


def introduces(tokens: Sequence[Token], text: str) -> bool:
    """Whether the sentence introduces someone by name or hands them the floor: a later
    "he"/"she" is theirs, whatever the sentence's subject ("The minister yielded the floor to
    Deputy X")."""
    return _introduced(tokens, text) is not None


def _object_name(tokens: Sequence[Token], start: int, text: str) -> list[Token]:
    """The name at the head of the verb's object: past a determiner, titles and up to a few
    epithet words ("the Romanian envoy, Pavel Ionescu"); empty when a preposition, a clause
    mark other than an apposition's comma, or a possessive comes first."""
    index = start
    while index < len(tokens) and index - start <= _EPITHET_WORDS:
        token = tokens[index]
        if token.norm in _STOPPING:
            return []
        if token.capitalised and token.norm not in TITLES and token.norm not in _NOT_NAMED:
            run = [token]
            while index + len(run) < len(tokens):
                following = tokens[index + len(run)]
                if not following.capitalised or text[run[-1].end : following.start] != " ":
                    break
                run.append(following)
            after = tokens[index + len(run)] if index + len(run) < len(tokens) else None
            gap = text[run[-1].end : after.start] if after is not None else ""
            if after is not None and gap == " " and after.norm in TITLES:
                index += len(run)  # "Romanian envoy": a modifier of the title after it
                continue
            if is_possessive(run[-1], text):
                return []  # "welcomed Ionescu's plan"
            return run
        if index > start and not set(text[tokens[index - 1].end : token.start]) <= {" ", ","}:
            return []
        index += 1
    return []


def _other_gender(article: ArticleText, parts: Sequence[str], pronoun: str) -> bool:
    gender = gender_of(article, parts)
    return gender is not None and gender != pronoun


def introduced_verdict(
    article: ArticleText, tokens: Sequence[Token], pronoun: str, parts: Sequence[str]
) -> Verdict:
    """The verdict of a "he" or "she" read back to a sentence (``tokens``, outside its
    quotes) that introduces someone: "yes" for them, "unsure" for the one introducing them,
    "other" for anyone else; "none" when the sentence introduces no one this rule reads."""
    text = article.text
    found = _introduced(tokens, text)
    if found is None:
        return "none"
    verb, guest = found
    if _other_gender(article, [" ".join(t.text for t in guest)], pronoun):
        return "none"  # "she" after "introduced Mr. Ionescu": the rest of the read-back
    host = sentence_subject(list(tokens[:verb]), text) or list(tokens[:verb])
    if by_subject(list(parts), guest) == "yes":
        return "yes"
    if host and by_subject(list(parts), host) == "yes":
        return "other" if _other_gender(article, parts, pronoun) else "unsure"
    return "other"


__all__ = ["introduced_verdict", "introduces"]
