"""A rate in force before a change still to come (an outside check, session 20: check 44's
probe "The 10 percent tariff will rise to 25 percent on January 1 if no deal is reached"
refused 10, for a measure *imposed*, as "the value a change starts from").

:mod:`number_occasions` refuses the number a change starts from ("the 10 percent rate was
raised to 25 percent": 25 is the rate now). That holds only once the change has happened.
When the change is foreseen or conditional (a modal, "set to", "due to", "is to", "expected
to", "scheduled to", "threatens to" before the verb of change, or "if", "unless", "failing"
in the sentence), the starting number is the rate in force now, and a fact whose status is a
current one (``imposed``, ``in_force``, ``enacted``) states that rate: it is not refused. A
fact about the coming change (``announced``, ``threatened``, ``proposed``, or no status)
keeps the refusal: its rate is the one the change leads to. A change already made between
the rate and its new number ("was raised to 25 percent on Monday and could rise again if no
deal is reached") is no prospect, whatever a later clause foresees. The rate such a
foreseen change leads to ("will rise to 25 percent") is not the rate now, for a fact whose
status is current: it is refused as unconfirmed (the fact may mean the coming rate).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_NOW = frozenset({"imposed", "in_force", "enacted"})
_MODALS = word_set("will would could may might shall can")
_PLANS = word_set("set due expected scheduled poised planned going threatens threatened slated")
_BE = word_set("is are was were")
_CONDITIONS = word_set("if unless failing absent")
_REACH = 8
# A change already made (session 20 review): a later change's "could" or "if" in the sentence
# is no prospect of this one.
_CHANGED = word_set(
    """raised increased hiked lifted doubled tripled lowered reduced rose climbed jumped soared
    slashed halved"""
)
_PERFECT = word_set("was were been has have had")


def foreseen_change(tokens: Sequence[Token], mention: NumberMention, fact: object) -> bool:
    """Whether the change ``mention``'s rate starts from is still to come, for a fact whose
    status is current (see the module)."""
    status = getattr(fact, "status", None)
    if str(getattr(status, "value", status)) not in _NOW:
        return False
    ahead = [token.norm for token in tokens[mention.last + 1 : mention.last + 1 + _REACH]]
    for at, norm in enumerate(ahead):
        if norm == "to" and at:
            if ahead[at - 1] in _PLANS or ahead[at - 1] in _BE:
                return True  # "set to rise", "is to be raised"
            break  # "to" the new number: the verb of change is behind
        if norm in _MODALS:
            return True
        if norm in _CHANGED or (norm == "cut" and at and ahead[at - 1] in _PERFECT):
            return False  # "was raised to 25 percent on Monday and could rise again if ..."
    return any(token.norm in _CONDITIONS for token in tokens)


_RISING = word_set(
    """rise rises raise raising increase increases climb climbs jump jumps go goes double
    doubles triple triples hike hikes lift lifts"""
)
_THREATS = word_set("threaten threatens threatened threatening vowed vows plans planned plan")


def foreseen_target(tokens: Sequence[Token], mention: NumberMention, fact: object) -> str:
    """For a fact whose status is current: what ``mention`` is when it is the rate a change
    still to come leads to ("will rise to 25 percent", "threatened to raise the tariff to 60
    percent", "is set to climb to 30%"): not the rate now (session 20 review); else ""."""
    status = getattr(fact, "status", None)
    at = mention.first - 1
    if str(getattr(status, "value", status)) not in _NOW or at < 1 or tokens[at].norm != "to":
        return ""
    verb = next((i for i in range(at - 1, max(at - 5, -1), -1) if tokens[i].norm in _RISING), None)
    if verb is None:
        return ""
    before = {token.norm for token in tokens[max(verb - 3, 0) : verb]}
    planned = "to" in before and not (before.isdisjoint(_PLANS) and before.isdisjoint(_THREATS))
    if before.isdisjoint(_MODALS) and not planned:
        return ""
    return "the rate a change still to come leads to"


__all__ = ["foreseen_change", "foreseen_target"]
