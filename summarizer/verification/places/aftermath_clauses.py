"""A place or date the evidence gives to the return to normal after an event, not to the
event (session 54).

News of a disruption often opens with its end: "Ports across Belgium reopened on Friday after
dockworkers walked out on Monday", "Rescue work continued on Thursday following Tuesday's
earthquake", "Schools reopened in Dhaka after students clashed with police in Chittagong".
The sentence tells two acts, each with its own day or place: the main clause's resumption
("reopened", "resumed", "returned", "continued") and the earlier act in the "after" /
"following" clause. For a fact about the strike, the quake or the clashes, the main clause's
value is the resumption's.

:func:`aftermath_unit` finds that shape: the value in the main clause, a resumption verb in it
that is not one of the event's own act words (a fact about the reopening keeps its day) and
whose subject is not the event ("Artillery fire resumed on Wednesday" is the fire's day), and
the clause of the earlier act; :mod:`.told_elsewhere` refuses the value only when that clause
states a day or place of its own, so "Flights resumed on Thursday after the strike" (one act
dated) decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set
from ..sentences.occasion_units import units

# Verbs of things going back to normal after a disruption.
# Finite forms only: "agreed on Wednesday to resume talks, ending a freeze imposed after ..."
# plans a resumption; the day is the agreement's.
_RESUMED = word_set(
    """reopened reopens resumed resumes returned returns restarted restarts continued
    continues restored recovered"""
)
_EARLIER = word_set("after following")


def aftermath_unit(
    tokens: Sequence[Token], start: int, text: str, is_act: Callable[[str], bool]
) -> frozenset[int] | None:
    """The members of the "after" / "following" clause of a sentence whose main clause, where
    the value at ``start`` stands, tells a resumption that is not the event's act (see the
    module); None for any other shape."""
    found = units(tokens, text)
    main = [u for u in found if start in u.members and u.opened not in _EARLIER]
    earlier = [u for u in found if u.opened in _EARLIER and start not in u.members]
    if not main or not earlier:
        return None
    verbs = [i for i in main[0].members if tokens[i].norm in _RESUMED]
    if not verbs or any(is_act(tokens[i].norm) for i in verbs):
        return None
    if any(is_act(tokens[i].norm) for i in main[0].members if i < verbs[0]):
        return None  # "Artillery fire resumed on Wednesday": what resumed is the event
    return earlier[0].members


__all__ = ["aftermath_unit"]
