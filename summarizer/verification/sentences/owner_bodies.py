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
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
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
_NEAR = 3  # sentences back the owner reads, as the stand-in readers' pronoun reach


def owner_body(value: str, article: ArticleText, sentences: Sequence[int]) -> bool:
    """Whether an evidence sentence gives the value as "his"/"her" body of the person the
    page ties it to, that person the last name before the pronoun (see the module)."""
    for index in sentences:
        tokens = article.sentence_tokens(index)
        for position, token in enumerate(tokens):
            if token.norm in _OWNERS and _owns_body(tokens, position, article):
                surname = _last_person(article, index, position, value)
                if surname is not None and _holds(article, surname, value):
                    return gender_of(article, [surname]) in (None, _OWNERS[token.norm])
    return False


def _holds(article: ArticleText, surname: str, value: str) -> bool:
    """Whether the page ties the person to the value and to no other body: every body the
    holder readings give the person is the value ("Owen Clarke, chief executive of Dorran
    Signals" beside another body's officer is tied to two: left refused)."""
    bodies = own_bodies(article, surname) | apposed_bodies(article, surname)
    bodies |= run_bodies(article, surname)
    if not bodies:
        return False
    return all(same_body(body, value) for body in bodies)


def _owns_body(tokens: Sequence[Token], position: int, article: ArticleText) -> bool:
    """The owner opens its clause, outside quotes, before a body's noun ("His own agency")."""
    if article.in_quotes(tokens[position].start) or not opens(tokens, position, article.text):
        return False
    after = position + 1
    if after < len(tokens) and tokens[after].norm == "own":
        after += 1
    return after < len(tokens) and tokens[after].norm in _BODIES


def _last_person(article: ArticleText, index: int, position: int, value: str) -> str | None:
    """The last word of the last name run before the pronoun at ``position`` of sentence
    ``index`` that is no body (a body's word, or the value: "Dara Kell, secretary of the
    Northern Transport Union"), looking back at most :data:`_NEAR` sentences."""
    for back in range(index, max(-1, index - _NEAR - 1), -1):
        tokens = list(article.sentence_tokens(back))
        if back == index:
            tokens = tokens[:position]
        for run in reversed(name_runs(tokens, article)):
            words = tuple(token.norm for token in run)
            text = " ".join(token.text for token in run)
            if not (bodylike(text, words) or same_body(text, value)):
                return words[-1]
    return None


__all__ = ["owner_body"]
