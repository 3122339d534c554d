"""The words the structural readings of a meeting's place share (:mod:`place_clauses`,
:mod:`where_clauses`, :mod:`dateline_epithets`; session 26, places26 and review rvP)."""

from __future__ import annotations

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import word_set

#: Verbs of meeting ("met there", "where Trump and Putin sat down"), "meeting" and "talks" too.
MET = word_set(
    """met meet meets meeting talked talk talks gathered gather convened convene sat held
    negotiated conferred"""
)
#: What the parties make at a meeting: a lead clause's act when it names no meeting word.
MAKING = word_set("signed agreed sealed adopted pledged issued struck")
#: Meeting nouns of a subject, a round or a "where" clause.
MEETING_NOUNS = word_set(
    "talks meeting meetings summit summits negotiations round rounds session sessions"
)
#: Nouns of the parties as a group ("the two leaders", "the negotiators").
GROUPS = word_set(
    """leaders presidents ministers negotiators delegations delegates envoys sides teams
    officials mediators both two"""
)
#: Prepositions before a meeting's place.
PLACE_AT = word_set("in at to near inside outside into")
#: Months and weekdays: capitalised, and no place.
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


__all__ = ["CALENDAR", "GROUPS", "MAKING", "MEETING_NOUNS", "MET", "PLACE_AT"]
