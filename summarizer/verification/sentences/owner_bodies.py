"""An actor body its evidence gives only as a person's own, by "his" or "her" before a body's
noun, read for :mod:`summarizer.verification.sides.event_actors` (session 57, at57).

"From Kingston, the World Food Programme's Caribbean director, Brian Bogart, called it a
terrible tragedy. His agency planned to fly in 2,000 food boxes": the agency planning is the
World Food Programme, the body the page ties the man "his" stands for to. The stand-in
readers read "his" only for a person (and leave an owner of an acting body unread), so the
party rule refused the body as not named in the evidence (seen check 67).

A fact-checker reads the owner as English does, the last person named before it, and the
body as the one the page ties that person to. So the body is supported only when:
- "his" or "her" opens its clause (not "rejected his offer") outside a quotation, and the
  word after it (past "own") is a body's noun ("agency", "company", "union", "ministry");
- the last name run before the pronoun, in its sentence or the :data:`_NEAR` before it, is a
  person the page ties to the value and to no other body (the holder readings of
  :mod:`..people.affiliation_holders` and :mod:`..people.run_bodies`: "the World Food
  Programme's director, Brian Bogart", "Bogart, of the World Food Programme"), and the page
  never marks that person with the other pronoun's gender. A name run holding a body's word
  or the value is passed over on the way back: "his" stands for no body.
Any other name run between (a rival person, another body) leaves it refused, so a body
named earlier whose own official is no referent ("Dennis Zulu, the UN coordinator" before
Bogart: the UN), the parent body, and the sentence's other party (the body the agency acts
on) stay refused: the page ties none of them to the man "his" stands for.

Review rv57t narrowed it: the person's bodies must be the value by the same words, not one
word in common ("Solway Council" is not "the Solway Lifeboat Fund", nor "Ostra Grid
Holdings" Ostra Grid); a name inside a quotation is passed over; and it stays refused when
another person the page ties to a body is named in the found person's sentence (a reported
clause: "Ferrier said Mark Doyle of X had been consulted"), when the words since call
someone by the other gender ("said she was sorry. His company"), or when the owner's
sentence names a person after it ("His union, said Dara Kell of X, will strike").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..context import fact_description
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize, word_set
from ..people.affiliation_holders import apposed_bodies, own_bodies, same_body
from ..people.left_bodies import BODY_NOUNS
from ..people.run_bodies import run_bodies
from ..people.standin_checks import bodylike, opens
from ..people.standin_words import name_runs
from .genders import gender_of

_OWNERS = {"his": "he", "her": "she"}
_BODIES = word_set(
    BODY_NOUNS.replace("|", " ") + " charity service office fund foundation institute agency"
)
_GLUE = {"the", "of", "and", "for"}
_NEAR = 3  # sentences back the owner reads, as the stand-in readers' pronoun reach


def owner_body(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence gives the value as "his"/"her" body of the person the
    page ties it to, that person the last name before the pronoun (see the module)."""
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for position, token in enumerate(tokens):
            if token.norm in _OWNERS and _owns_body(tokens, position, article):
                found = _last_person(article, index, position, value)
                if found is None:
                    continue
                back, run = found
                surname = run[-1].norm
                if not _holds(article, surname, value) or _rival(
                    article, back, run, value, position if back == index else None
                ):
                    continue
                other = _OWNERS["her" if token.norm == "his" else "his"]
                if _called(article, run[-1].end, token.start, other) or _ahead(
                    article, tokens[position:], value
                ):
                    continue  # "Varga ... said she was sorry. His company"
                return gender_of(article, [surname]) in (None, _OWNERS[token.norm])
    return False


def owner_actor(fact: object) -> Callable[[str, ArticleText, Sequence[int]], bool]:
    """:func:`owner_body` for an event (``fact``) whose description names no doer of its own.
    "Cineworld reportedly weighing closure of sites" opens with its doer, a name its evidence
    writes in mid-sentence ("... with Cineworld reportedly weighing the closure of 25 sites,
    Richards insisted his company would not close a single venue"): "his company" there is the
    other party's, the rival that denies it (an unseen check's plant the owner reading accepted;
    the lead, session 57). A description opening in lower case ("food boxes to be flown in")
    names none, and the owner is read as before."""

    description = fact_description(fact)

    def read(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
        if _description_doer(description, value, article, sentences):
            return False
        return owner_body(value, article, sentences)

    return read


def _description_doer(
    description: str, value: str, article: ArticleText, sentences: Sequence[int]
) -> bool:
    """Whether the description opens with a name, not the value's, that an evidence sentence
    writes capitalised past its first word (a name, not a sentence's opener)."""
    words = tokenize(description)
    if not words or not words[0].capitalised:
        return False
    if words[0].norm in {token.norm for token in tokenize(value)}:
        return False
    return any(
        position > 0 and token.capitalised and token.norm == words[0].norm
        for index in sentences
        for position, token in enumerate(article.sentence_tokens(index))
    )


def _named(body: str, value: str) -> bool:
    """Whether a body the page ties someone to is the value itself: the same words past
    "the"/"of" ("the Ostra Grid"), or initials; not a word in common ("the Hallow Nurses
    Union" is not "the Hallow Health Board") nor more words ("Ostra Grid Holdings", the
    parent of Ostra Grid; review rv57t)."""
    if any(name.replace(".", "").strip().isupper() for name in (body, value)):
        return same_body(body, value)
    words = [
        set(re.findall(r"[a-z0-9]+", name.lower().replace("'s", " "))) for name in (body, value)
    ]
    return bool(words[0] - _GLUE) and words[0] - _GLUE == words[1] - _GLUE


def _bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The bodies the holder readings tie the person to ("X's director, NAME", "NAME, chief
    executive of X", "X spokeswoman NAME")."""
    return (
        own_bodies(article, surname)
        | apposed_bodies(article, surname)
        | run_bodies(article, surname)
    )


def _no_person(run: Sequence[Token], value: str) -> bool:
    """Whether a name run is a body's (a body's word, or the value itself), not a person's."""
    text = " ".join(token.text for token in run)
    return bodylike(text, tuple(token.norm for token in run)) or _named(text, value)


def _holds(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page ties the person to the value and to no other body: every body the
    holder readings give the person is the value ("Owen Clarke, chief executive of Dorran
    Signals" beside another body's officer is tied to two: left refused)."""
    bodies = _bodies(article, surname)
    return bool(bodies) and all(_named(body, value) for body in bodies)


def _rival(
    article: ArticleText, back: int, run: Sequence[Token], value: str, stop: int | None
) -> bool:
    """Whether another person the page ties to a body is named in the sentence of the one
    found, outside quotes ("Ferrier, head of the Tavin Planning Office, said Mark Doyle of
    the Brelford Housing Association had been consulted. His office": the subject's, not the
    last named; review rv57t): two readings of the owner, neither sure."""
    for other in _runs(article, back, stop):
        if other[-1].start == run[-1].start or _no_person(other, value):
            continue
        if _bodies(article, other[-1].norm):
            return True
    return False


def _ahead(article: ArticleText, after: Sequence[Token], value: str) -> bool:
    """Whether the owner's sentence names a person after the owner, outside quotes ("His
    union, said Dara Kell of the Northern Transport Union, will strike"): the owner may read
    forward to them (review rv57t)."""
    return any(
        not (article.in_quotes(run[0].start) or _no_person(run, value))
        for run in name_runs(list(after), article)
    )


def _called(article: ArticleText, start: int, end: int, pronoun: str) -> bool:
    """Whether the words outside quotes from the person found to the owner call someone by
    the other gender's pronoun ("Ines Varga ... said she was sorry. His company"): "his"
    is then no reading of her (review rv57t)."""
    other = {"he": {"he", "him", "himself"}, "she": {"she", "herself"}}[pronoun]
    return any(token.norm in other for token in article.outside_quotes(start, end))


def _runs(article: ArticleText, index: int, stop: int | None = None) -> list[list[Token]]:
    """The name runs of sentence ``index`` (before token ``stop``) outside quotations."""
    tokens = list(article.sentence_tokens(index))[:stop]
    return [run for run in name_runs(tokens, article) if not article.in_quotes(run[0].start)]


def _owns_body(tokens: Sequence[Token], position: int, article: ArticleText) -> bool:
    """The owner opens its clause, outside quotes, before a body's noun ("His own agency")."""
    if article.in_quotes(tokens[position].start) or not opens(tokens, position, article.text):
        return False
    after = position + 1
    if after < len(tokens) and tokens[after].norm == "own":
        after += 1
    return after < len(tokens) and tokens[after].norm in _BODIES


def _last_person(
    article: ArticleText, index: int, position: int, value: str
) -> tuple[int, list[Token]] | None:
    """The sentence and the last name run before the pronoun at ``position`` of sentence
    ``index`` that is no body (a body's word, or the value: "Dara Kell, secretary of the
    Northern Transport Union") and stands outside quotes (one a quotation names is the
    speaker's, not the writer's referent: review rv57t), looking back at most :data:`_NEAR`
    sentences."""
    for back in range(index, max(-1, index - _NEAR - 1), -1):
        for run in reversed(_runs(article, back, position if back == index else None)):
            if not _no_person(run, value):
                return back, run
    return None


__all__ = ["owner_actor", "owner_body"]
