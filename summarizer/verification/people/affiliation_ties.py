"""A positive reading of a person's affiliation, for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`): does a reading of the page TIE the person to the
value, rather than merely not contradict it? The readers are the affiliation rule's own holder
readers (:mod:`.party_names`, :mod:`.person_titles`, :mod:`.affiliation_holders`), read
article-wide: a table party the page writes of the surname, a body the page gives the surname
(its own or in an apposition), or the surname among the value's holders. Session 50's
experiment exp50 measured this tie as is; its misses ("X, the Kentucky Republican", an office
with the polity unwritten, the body in the previous sentence) are for new readers to add. A
body the page writes of the person only in a past frame (:mod:`.left_bodies`) ties them to
nothing now.
"""

from __future__ import annotations

from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from .affiliation_holders import apposed_bodies, own_bodies, same_body, value_holders
from .fact_people import person_and_value, person_words
from .left_bodies import past_only
from .party_names import party_of, ties
from .person_titles import run_parties


def holder_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether a holder reading ties the fact's person to ``value`` anywhere on the page."""
    words = person_words(ctx)
    if not words or person_and_value(value, ctx) is None:
        return False
    surname = words[-1]
    article = ctx.article
    party = party_of(value)
    if party is not None and (
        party in ties(article, surname) or party in run_parties(article, surname)
    ):
        return True
    if past_only(article, surname, value):
        return False  # "a former executive at Veloce Group": a body they left (session 54)
    bodies = own_bodies(article, surname) | apposed_bodies(article, surname)
    if any(same_body(body, value) for body in bodies):
        return True
    return surname in value_holders(article, value)


__all__ = ["holder_tie"]
