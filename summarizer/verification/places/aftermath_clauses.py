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
_ARTICLES = word_set("the a an")
_PREPOSITIONS = word_set("in on at to from into for after following since by with during")


def _bare(token: Token) -> bool:
    """A lowercase word that is no article: the verb of an infinitive after "to"."""
    return token.norm.isalpha() and not token.capitalised and token.norm not in _ARTICLES


def _object(tokens: Sequence[Token], verb: int, members: frozenset[int]) -> list[int]:
    """The words right after a transitive resumption verb (or its infinitive) up to the first
    preposition: what resumed ("resumed strikes on Gaza", "continued the search on Thursday",
    "continued to burn in Lahaina")."""
    found: list[int] = []
    begin = verb + 1
    if begin + 1 < len(tokens) and tokens[begin].norm == "to" and _bare(tokens[begin + 1]):
        begin += 1  # "continued to search for survivors", "continued to burn"
    for at in range(begin, len(tokens)):
        if at not in members or not tokens[at].norm.isalpha() or tokens[at].norm in _PREPOSITIONS:
            break
        found.append(at)
    return found


def aftermath_unit(
    tokens: Sequence[Token], start: int, text: str, is_act: Callable[[str], bool],
    is_word: Callable[[str], bool],
) -> frozenset[int] | None:  # fmt: skip
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
    if any(is_word(tokens[i].norm) for i in _object(tokens, verbs[0], main[0].members)):
        return None  # "Divers continued the search on Thursday", "recovered two bodies" (rv54w)
    return earlier[0].members


__all__ = ["aftermath_unit"]
