"""A year that dates a thing's making is no time of a count told of it (session 61, ct61:
outside checks 83 and 85; correct counts refused as "N is told of another occasion ('1991')",
each strong).

"The three crew members were aboard a jet built in 1991"; "The factory, founded in 1948,
employed more than 3,000 people". The year follows "in" after a past participle of making or
founding that modifies a noun (a reduced relative clause: "a jet [that was] built in 1991"):
it tells when that thing came to be, not when the sentence's count held, so it marks no other
occasion of the count (:func:`.occasion_markers.time_marker`).

Read only for participles of a thing's origin ("built", "founded", "established", "opened",
"launched", "made", "born", ...): "killed in 2019", "revised in 2019", "counted in 2019" tell
an occasion's or the count's own time and stay markers. Not read when an auxiliary stands
before the participle ("the factory was founded in 1948": the clause's own verb), nor when the
participle's noun is the count's number's phrase ("3,000 workers hired in 1948" dates the
count). Nor when the count stands in the participle's own phrase after the year, or the
sentence dates the count back to it (review rv62t): "The plant, built in 1952 for 2,000
workers, employs 1,100" (the 2,000 are 1952's); "The yard, opened in 1988, launched 14 ships
that year".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

_ORIGINS = word_set(
    """built founded established opened launched made manufactured constructed created formed
    born converted designed commissioned incorporated rebuilt refitted"""
)
_AUXILIARIES = word_set("is are was were be been being has have had get got gets will would")
_PHRASE = 3  # tokens from a number to a participle that still belong to its noun phrase
_BACK = word_set("that same following")  # "that year", "the same year": the origin's year
_YEARS = word_set("year time")


def origin_year(tokens: Sequence[Token], at: int, value: tuple[int, int], text: str = "") -> bool:
    """Whether the year at ``at`` dates a thing's making ("a jet built in 1991"), not the
    count at ``value`` (its first and last token; see the module)."""
    if at < 3 or tokens[at - 1].norm != "in" or tokens[at - 2].norm not in _ORIGINS:
        return False
    participle = at - 2
    if tokens[participle - 1].norm in _AUXILIARIES:
        return False  # "the factory was founded in 1948": the clause's own verb
    first, last = value
    if last < participle and participle - last <= _PHRASE:
        return False  # "40 jets built in 1991": the count's own noun
    if first > at and not any(clause_gap(tokens, k, text) for k in range(at, first)):
        return False  # "built in 1952 for 2,000 workers": the count in the origin's phrase
    return not any(
        tokens[k].norm in _BACK and tokens[k + 1].norm in _YEARS
        for k in range(at + 1, len(tokens) - 1)
    )  # "opened in 1988, launched 14 ships that year"


__all__ = ["origin_year"]
