"""The person a fact of ``people`` names, as the person rules and the confirm-only ties read
it: the name's words with titles and particles dropped, and when a name the page writes is
that person. One reading, so that the rule that refuses a value and the tie that confirms it
can never disagree on who the person is.
"""

from __future__ import annotations

from typing import Any

from ..context import Context
from ..page.tokens import tokenize
from .names import PARTICLES, TITLES


def person_words(ctx: Context) -> tuple[str, ...]:
    """The fact's person as name words (no titles, no particles); empty with no name."""
    name = getattr(ctx.fact, "name", None)
    if not isinstance(name, str):
        return ()
    return tuple(t.norm for t in tokenize(name) if t.norm not in PARTICLES and t.norm not in TITLES)


def same_person(name: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """Whether a name the page writes is the fact's person: the same last word, or every
    word of one in the other ("Kallas" for "Kaja Kallas"); one shared word is not enough
    ("leader Kim Jong Un" is not Kim Yo Jong)."""
    if not name or not holder:
        return False
    return name[-1] == holder[-1] or set(holder) <= set(name) or set(name) <= set(holder)


def person_and_value(value: Any, ctx: Context) -> tuple[str, str] | None:
    """The fact's person's name and the value, both written, or None: what a confirm-only tie
    of a person's field reads first (a blank name or value ties nothing)."""
    name = getattr(ctx.fact, "name", None)
    if isinstance(name, str) and name.strip() and isinstance(value, str) and value.strip():
        return name, value
    return None


__all__ = ["person_and_value", "person_words", "same_person"]
