"""A day after a verb of confirming that attributes the news, for an event's day (a field
with no cues; session 33, accepts33).

:func:`event_days.saying_day` reads the days of verbs that only ever report ("said",
"told"), and leaves out "confirmed", "acknowledged", "admitted" and their like, because such
a verb may be the event itself ("Iran confirmed on Monday its withdrawal"). It is the news's
attribution, not the event, in two shapes English gives it:

- after a comma, with only its subject between ("Rebels seized the airport on Saturday, the
  army confirmed on Monday."): the clause before the comma is what was confirmed;
- before "that" ("The army confirmed on Monday that rebels had seized the airport"): the
  clause after "that" is what was confirmed.

Then the day dates the confirming, and :func:`report_days.report_day` weighs it as it weighs
a report's day (the event's only day when the actor tells its own act). Left as they were: the
verb as the event (its word in the event's description: ``about``), and the verb with
neither shape ("The two sides confirmed the deal on Monday": the confirming may be the act),
and a state told as "now" so ("25 people are now known to have died ..., the medical examiner
confirmed on Tuesday": the toll stands as of the confirming; check 67).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .event_about import kin_named

CONFIRMING = word_set(
    """confirmed confirms acknowledged acknowledges admitted admits revealed reveals disclosed
    discloses conceded concedes noted notes"""
)
"""Verbs that attribute news in the shapes of the module, and may be an act otherwise."""
# Words between the verb and its day: "confirmed late on Monday", "admitted in a statement on".
_TO_DAY = word_set("on late early this last in a an statement briefing interview")
_SUBJECT_MOST = 5  # "the country's defence ministry confirmed": a subject, not a clause


def attributed_day(
    tokens: Sequence[Token], first: int, last: int, about: frozenset[str], text: str
) -> str | None:
    """The role of the day at ``tokens[first:last + 1]`` when a verb of confirming in one of
    the module's shapes stands right before it (past ``_TO_DAY`` words); else None."""
    verb = None
    for index in range(first - 1, max(first - 6, -1), -1):
        if tokens[index].norm in CONFIRMING:
            verb = index
            break
        if tokens[index].norm not in _TO_DAY:
            return None
    if verb is None or kin_named(tokens[verb].norm, about):
        return None
    if any(t.norm == "now" for t in tokens[:verb]):
        return None  # "25 people are now known to have died, ... confirmed on Tuesday": as of it
    after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if after == "that" or _after_comma(tokens, verb, text):
        return f"the day it was reported ({tokens[verb].norm})"
    return None


def _after_comma(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether a comma stands a few words before ``tokens[verb]`` with words before it, and
    none of those words between: "..., the army confirmed"."""
    for start in range(verb, max(verb - _SUBJECT_MOST, 0), -1):
        gap = text[tokens[start - 1].end : tokens[start].start]
        if "," in gap:
            return start < verb  # the verb's own subject stands between
    return False


__all__ = ["CONFIRMING", "attributed_day"]
