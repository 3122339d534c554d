"""Positive readings of a person's role, for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`, session 52): does the page WRITE the role of this
person, rather than merely not give it to someone else? The first tie is the role rule's own
reading (:func:`.role_holders.role_ties`): the role's words as a title before the person's
name, in an apposition or after a copula ("Kallas became prime minister"), not as a past
office ("former prime minister").
"""

from __future__ import annotations

from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from .fact_people import person_and_value, person_words, same_person
from .role_holders import role_ties


def own_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the role rule's holder reading writes ``value`` of the fact's person, as an
    office they hold now."""
    if person_and_value(value, ctx) is None:
        return False
    name = person_words(ctx)
    return any(
        not tie.former and same_person(name, tie.name) for tie in role_ties(ctx.article, value)
    )


__all__ = ["own_role_tie"]
