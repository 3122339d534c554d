"""A body's name that joins two fields with "and" after its "for" or "of" ("Department for Work
and Pensions", "Department for Business and Trade", "Ministry of Housing and Communities"),
kept one speaker where :func:`summarizer.verification.people.names.split_people` splits a value
at "and" into people ("Trump and Scott Bessent").

Split, the body's head ("Department for Work") and the field after "and" ("Pensions") were two
parts, and a reading that takes one value only ("the pensions department said": the body the
head noun and its "for" part name, :mod:`summarizer.verification.quotes.body_heads`) said
nothing of it (review rv43g, session 44). Kept whole only when the part before "and" opens with
a body's head noun and writes "for" or "of" right after it, and the part after is one
capitalised common word ("Pensions", "Trade") or two plural ones ("Rural Communities"): a
person after "and" ("the Department of Justice and Pam Bondi") is still a second speaker,
and so is another body or a business named by one word ("the Department for Education and
Ofsted", "the Department of Justice and Google": review rv44a).
"""

from __future__ import annotations

from summarizer.text.ordinary import ordinary_forms
from ..page.tokens import tokenize, word_set
from .names import split_people

# The head nouns of a public body's name that a "for"/"of" field follows.
_HEADS = word_set(
    """department ministry office institute centre center council commission agency authority
    foundation college school society association board"""
)
_LINKS = word_set("for of")


def speaker_parts(value: str) -> list[str]:
    """The value's speakers: :func:`split_people`'s parts, or the value whole when it is one
    body's name joining two fields with "and" (see the module)."""
    parts = split_people(value)
    if len(parts) != 2 or " ".join(value.split()) != f"{parts[0]} and {parts[1]}":
        return parts
    head = [t for t in tokenize(parts[0]) if t.norm != "the"]
    field = tokenize(parts[1])
    if len(head) < 3 or head[0].norm not in _HEADS or not head[0].capitalised:
        return parts
    if head[1].norm not in _LINKS or not 1 <= len(field) <= 2:
        return parts
    if not all(t.capitalised for t in field):
        return parts
    if len(field) == 1 and _common(field[0].norm):
        return [value]  # "Trade", "Pensions"; not "Ofsted", "Google" (review rv44a)
    if all(t.norm in ordinary_forms() for t in field):
        return [value]  # "Local Communities"
    return parts


def _common(word: str) -> bool:
    """Whether ``word`` is a common word (itself or its plural a listed inflection: "pensions",
    "trade"), not a body's or a business's own name ("Ofsted", "Google": review rv44a)."""
    plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return bool({word, plural, word + "es"} & ordinary_forms())


__all__ = ["speaker_parts"]
