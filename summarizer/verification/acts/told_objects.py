"""A name the fact's own description writes as the object of its one-sided act is not the
event's actor: "fined Nationwide £44m", "sacked Ruud van Nistelrooy", "agreed to take over
Corvus Underwriting GmbH", "will absorb Dongxing and Cinda", "chose FlatironDragados" (session 62:
on checks 121-140, 185 planted wrong actors passed; in 40 or so the planted name was the one
the description's own verb acts on).

Why: a labeller writes an event's description as a verb phrase whose subject is left out
because it is the actor ("fined Nationwide £44m" for the FCA). The actor rules read the
*evidence* (``acts/undergoers``): where the article words the act in a way they do not know
("took over", "absorb", "chose", a fact box's "Target:" line), or names the value apart from
the act, the one acted on passes. The description itself says which role the value has: the
name right after the description's act verb is the one the act befalls, so it cannot be the
one who does it. A fact-checker reads "fined Nationwide" and asks who fined Nationwide.

The reading, on the description alone (once per description and value):
- an *act verb*: a lower-case word of a one-sided act class (``acts/act_classes``: buying,
  selling, paying or giving, fining, suing or charging, ruling, attacking, hiring or
  dismissing, arresting, barring, investigating), or a verb of taking over,
  absorbing, choosing, dismissing, designating or praising (:data:`_MORE_VERBS`); not a noun
  of the act ("takeover", "sale", "lawsuit", "penalty": :data:`_NOUNS`), not an agent noun
  ("buyer"), not a passive ("was fined", "to be taken over"), not winning or a club's signing
  (their object is a prize or a deal as often as a party), nor beating (a scored match's
  loser played it and stays an actor: ``events/contest_sides``, session 38; the sets hold it);
- its *object*: after the verb, past "over"/"up"/"out" of a phrasal verb and "the", a run
  of capitalised words, or such runs joined by "and" or a comma ("Dongxing and Cinda"); the
  run is not an owner ("fined Meta's Irish unit": Meta may be the one the unit belongs to)
  and is not followed by "by" ("named Tudor by" is not read);
- the value is that object when the run is the value or a part of it ("Nationwide" for
  Nationwide Building Society, "Crewe" for Tom Crewe, "Forest" for Nottingham Forest).
Kept: a fact listing another actor beside the value (a labeller listing both parties of an
act lists who took part: ``acts/undergoers``); a description that names the value before the
act ("Igor Tudor appointed coach", "Nationwide fined £44m": the labeller's framing, which
``undergoers._told_befallen`` already keeps for hiring); an act's noun with "of" ("takeover
of Radius Recycling": the same framing).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, fact_description
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..sentences.passives import BE, GET
from .act_classes import act_class

_Rule = Callable[[Any, Supported, Context], Result]
# Act classes whose verb's object is the party the act befalls (see module): not winning
# ("won the Booker") or a club's signing ("signed the deal").
_CLASSES = frozenset(
    {"buy", "sell", "give", "fine", "sue", "rule", "attack", "hire", "arrest", "bar", "probe"}
)
# Verbs of the same kind the classes do not hold.
_MORE_VERBS = word_set(
    """absorb absorbs absorbed absorbing chose choose chooses chosen choosing selected
    selects select selecting picked picks pick designated designates designate designating
    dismissed dismisses dismiss dismissing praised praises praise criticised criticized
    criticises criticizes condemned condemns"""
)
_TAKING = word_set("take takes took taken taking")
# Nouns of the classes' acts: a noun before a name is a modifier's place, not a verb's.
_NOUNS = word_set(
    """takeover takeovers buyout buyouts sale sales lawsuit lawsuits payment payments gift
    gifts penalty penalties fine fines attack attacks strike strikes raid raids ban bans
    probe probes award awards grant grants charge charges purchase purchases acquisition
    acquisitions investigation investigations hit hits sanctions bid"""
)
# Words between a verb and its object: a phrasal verb's particle, an article.
_BRIDGE = word_set("over up out the")
# A capitalised run's inner words ("Bank of England", "Stunt & Co", "van Nistelrooy").
_INNER = word_set("of de van von der del da la le al bin")


def _verb(tokens: list[Token], index: int) -> bool:
    """The word at ``index`` is an active verb of a one-sided act (see module)."""
    token = tokens[index]
    norm = token.norm
    if token.capitalised or norm in _NOUNS:
        return False
    if norm in _TAKING:
        taking = index + 1 < len(tokens) and tokens[index + 1].norm == "over"
        if not taking:
            return False
    elif norm not in _MORE_VERBS:
        if act_class(norm) not in _CLASSES:
            return False
        if norm.endswith(("er", "ers", "or", "ors")):
            return False  # "buyer", "investigators": the doer
    # not "was fined", "to be taken over", "got sacked": a passive
    return not (index and (tokens[index - 1].norm in BE or tokens[index - 1].norm in GET))


def _inner(tokens: list[Token], at: int) -> bool:
    """An inner word of a name, a capitalised word after it ("Bank of England")."""
    return tokens[at].norm in _INNER and at + 1 < len(tokens) and tokens[at + 1].capitalised


def _runs(tokens: list[Token], start: int) -> list[tuple[int, int]]:
    """The capitalised runs of an object opening at ``start``, joined by "and" or a comma
    ("Dongxing and Cinda"); none when the object opens with a lower-case word."""
    runs: list[tuple[int, int]] = []
    at = start
    while at < len(tokens) and tokens[at].capitalised:
        first = at
        while at + 1 < len(tokens) and (
            tokens[at + 1].capitalised or (_inner(tokens, at + 1)) or tokens[at + 1].text == "&"
        ):
            at += 1
        if tokens[at].text.endswith(SINGULAR_POSSESSIVES) or tokens[at].text.endswith("'"):
            return runs  # an owner: "fined Meta's Irish unit"
        if at + 1 < len(tokens) and tokens[at + 1].norm == "by":
            return runs
        runs.append((first, at))
        at += 1
        if at < len(tokens) and tokens[at].norm in {"and", "or"}:
            at += 1
            if at < len(tokens) and tokens[at].norm == "the":
                at += 1
    return runs


@lru_cache(maxsize=4096)
def told_object(description: str, value: str) -> bool:
    """Whether ``description`` writes ``value`` as the object of its one-sided act (see
    module)."""
    if not description or not value:
        return False
    tokens = tokenize(description)
    named = {token.norm for token in tokenize(value) if token.capitalised or token.is_number}
    if not named:
        return False
    for index in range(len(tokens) - 1):
        if not _verb(tokens, index):
            continue
        at = index + 1
        while at < len(tokens) and tokens[at].norm in _BRIDGE and at - index <= 2:
            at += 1
        for first, last in _runs(tokens, at):
            words = {token.norm for token in tokens[first : last + 1] if token.capitalised}
            if words and words <= named:
                return True
    return False


def told_refused(rule: _Rule) -> _Rule:
    """The actor ``rule``, after refusing a value the fact's description writes as its act's
    object (see module), wherever and however the evidence names it: the evidence often
    names the value only in part ("Blueprint" for Blueprint Medicines) or in a shape the place
    readers keep (a scored match's side), and the description's grammar does not depend on it.
    """

    def read(value: Any, supported: Supported, ctx: Context) -> Result:
        if object_told(ctx.fact, str(value)):
            return False, (
                f"{value!r} is the one the event's own description says the act befalls, "
                "not the one doing it"
            )
        return rule(value, supported, ctx)

    return read


def object_told(fact: Any, value: str) -> bool:
    """Whether the fact's description writes ``value`` as its act's object and the fact lists
    no other actor (see module)."""
    if any(other != value for other in getattr(fact, "actors", None) or []):
        return False  # both parties listed: who took part (acts/undergoers)
    return told_object(fact_description(fact), value)


__all__ = ["object_told", "told_object", "told_refused"]
