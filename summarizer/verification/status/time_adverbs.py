"""A time adverbial between a subject and its verb ("Rwanda on Thursday signed the truce",
"Hamas in June accepted it", "Kyiv on May 16 agreed"): a word order of news copy in which a
day's capitalised name is no subject.

The stance readers look back from a stance verb for its subject's name (:mod:`cue_occasions`,
:mod:`stance_owners`); they took "Thursday" for the subject, so a party named before it was
read as someone else than the one signing (check 50: "The presidents of Congo, ..., and of
Rwanda, ..., on Thursday signed in Washington the peace agreement"). :func:`time_start` lets
them step over the adverbial to the name before it. Only a weekday or a month, with its
day number and the preposition or determiner that opens it, is stepped over: any other word
still stops the walk.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set

_DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_OPENERS = word_set("on in last this early late since")


def time_start(tokens: Sequence[Token], position: int) -> int | None:
    """When ``tokens[position]`` ends a time adverbial ("on Thursday", "in June", "on May 16",
    "last Friday"), the index of its first word; else None."""
    index = position
    if index >= 1 and tokens[index].is_number and tokens[index - 1].norm in _DAYS:
        index -= 1  # "May 16"
    if index < 0 or tokens[index].norm not in _DAYS:
        return None
    if index >= 1 and tokens[index - 1].norm in _OPENERS:
        index -= 1
    return index


# Prepositions whose object a name before the adverbial may be ("Envoys to Sudan on Friday
# accepted", "Allies of Israel on Monday rejected"): then the name is no subject (review rvT).
_GOVERNING = word_set("to of from for with against near by about at into among between")


def steps_to_subject(tokens: Sequence[Token], position: int) -> int | None:
    """Where the walk back from a stance verb goes on from, when ``tokens[position]`` ends a
    time adverbial (:func:`time_start`) and the capitalised run before it is no preposition's
    object ("Rwanda on Thursday signed", not "Envoys to Sudan on Friday accepted"); else None."""
    opened = time_start(tokens, position)
    if opened is None or opened == 0:
        return None
    first = opened - 1  # back over the run, to a mark ("and of Rwanda, Paul Kagame, on")
    while (
        first > 0 and tokens[first].capitalised and tokens[first].start - tokens[first - 1].end < 2
    ):
        first -= 1
    if first < opened - 1 and not tokens[first].capitalised and tokens[first].norm in _GOVERNING:
        return None
    return opened - 1


__all__ = ["steps_to_subject", "time_start"]
