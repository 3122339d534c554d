"""A meeting's place told by the journey to it (an outside check, session 23: check 48's cause
4 of the false rejects, with :mod:`ended_pauses`' ``visit-met``): a past verb of travel right
before the place ("flew to Hanoi", "travelled to Juba", "arrived in Tallinn", "visited
Abuja") and, after it in the sentence, a verb of meeting a person, past ("and met Kim", ",
where he met", "and held talks with") or as the journey's purpose ("to see", "to meet", "for
talks with"), with no modal, plan, hope or negation before the meeting verb ("will fly to X to
meet", "flew to X but did not meet") and no other place between them ("flew to Hanoi, then
met him in Haiphong"). Only the refusal "not as where this meeting is" is lifted, and only for
a meeting held or of no status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase
from .ended_pauses import TRAVELLED, meets_at, not_held_before

_TO = word_set("to in into for")
_PLACE_LEADS = word_set("in at to from near")
_DONE = ("held", "", "None")
_Rule = Callable[[Any, Supported, Context], Result]


def _journey_place(tokens: Sequence[Token], start: int, size: int) -> bool:
    lead = start - 1
    if lead >= 0 and tokens[lead].norm in _TO:
        lead -= 1
    if lead < 0 or tokens[lead].norm not in TRAVELLED:
        return False
    if lead and tokens[lead - 1].norm == "to":
        return False  # "plans to fly to X": the journey is not told as made
    norms = [t.norm for t in tokens]
    for index in range(start + size, min(len(tokens), start + size + 14)):
        if _other_place(tokens, index):
            return False  # another place between: "and then drove to Juba to see"
        if meets_at(norms, index):
            after = range(index + 1, min(len(tokens), index + 9))
            if any(_other_place(tokens, k) for k in after):
                return False  # "then met the prime minister in Haiphong"
            return not_held_before(norms, index)
    return False


def _other_place(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised name after "in", "at", "to", "from" or "near"."""
    if tokens[index].norm not in _PLACE_LEADS or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.capitalised and following.norm != "the"


def visited_place(rule: _Rule) -> _Rule:
    """``rule`` (a summit's place), its refusal "not as where this meeting is" lifted when the
    evidence tells the meeting held by a journey to the place (see the module)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if result[0] or not str(result[1]).endswith("but not as where this meeting is"):
            return result
        status = getattr(ctx.fact, "status", None)
        if str(getattr(status, "value", status)) not in _DONE:
            return result
        place = str(value).split(",")[0].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        size = len(tokenize(place))
        for tokens in ctx.sentence_tokens():
            if TRAVELLED.isdisjoint(t.norm for t in tokens):
                continue
            if any(_journey_place(tokens, at, size) for at in find_phrase(place, tokens)):
                return True, ""
        return result

    return support


__all__ = ["visited_place"]
