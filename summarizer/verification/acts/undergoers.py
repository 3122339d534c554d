"""The party a one-sided act is done to or given to is not its actor: "Exxon completed its
takeover of Pioneer", "the regulator fined Navy Federal", "HSBC has been fined by the PRA",
"Pioneer, which Exxon agreed to buy", "the ministry awarded HAL a contract", "two more were
handed to BrahMos by the ministry" (session 48: on a held-out set focused on event actors, 49 of
118 planted wrong actors passed, nearly all the other party of the same act).

Why: the actor rule accepts a name the evidence writes anywhere except in a few shapes of being
acted on (``sides/event_actors``), so the one bought, fined, sued, beaten, attacked or handed a
contract passes as the one who bought, fined, sued, won, attacked or gave it. A fact-checker asks
which grammatical role the name holds in the clause of the event's own verb.

The reading, for one place the evidence names the value:
- the *event's verb* is a word of the sentence that the fact's description also uses (the same
  first four letters: "takeover", "fined", "acquire"/"acquisition") and that belongs to the
  closed class of one-sided acts, which have a doer and an undergoer or recipient who does not
  act with it (buying, fining and penalising, suing and charging, beating, attacking and
  sanctioning, barring and blocking, investigating, awarding and handing); verbs done *with*
  someone (meeting, talks, signing, playing) are no member, so their partner stays an actor;
- the name is that verb's *object*: after it in its clause, with only an object's fillers
  between (articles, possessives, numbers, capitalised words, up to three lowercase words, a
  list's commas and "and", and the prepositions that tie an act to its undergoer: "of", "to",
  "on", "against", "into", "over"); a preposition of a partner, agent, source or place
  ("with", "by", "from", "between", "in", "at") or a form of "be" ("The attack was attributed
  to ...": the act's noun is a subject) ends the reading; buying's "from" names the seller;
- or its *passive subject*: the name, then within its clause a form of "be" and the verb
  ("HSBC has been fined", "Featurespace will be bought");
- or the antecedent of a relative clause whose subject is named ("Pioneer, which Exxon agreed
  to buy").
A scored contest's other side keeps session 38's reading (``events/contest_sides``: the loser of
"beat the Pacers 103-91" played the match and stays an actor; the sets hold that verdict), so the
contest verbs here meet only a loser the score does not follow. A name is not read so when the
fact lists another actor beside it: a labeller listing both
parties of an act ("Royal Challengers Bengaluru" and "Punjab Kings" for a final one side won,
the regulator and the bank it fined: checks 86 and 87) lists who took part, not the one who did
it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..sentences.passives import BE

# First five letters of the one-sided acts (each form of the verb and its noun shares them).
_ACT_STEMS = word_set(
    """acqui buy bough buyin purch takeo fine fined fines penal sanct sue sued suing sues
    lawsu charg indic prose convi sente award grant hande hands gave give given givin beat
    beate beati defea thras attac struc strik bomb bombe bombi shell raid raide targe arres
    detai expel suspe ban banne barre bars block inves probe fired sacke ouste"""
)
# Between a verb and its object: words of an object's head or its list.
_FILLERS = word_set("the a an its their his her this that these those and of")
# Prepositions that tie a one-sided act to its undergoer or recipient.
_LINKS = word_set("of to on against into over")
# Prepositions of a partner, agent, source, place or time: the name after them is no object.
_STOPS = word_set(
    """with by from between among in at after before as while when for during via alongside
    said says which who that than but is are was were be been being"""
)
_RELATIVES = word_set("which whom that")
# Buying's "from" names the seller, no doer ("bought two wind farms from Calder Power").
_BUYING = word_set("acqui buy bough buyin purch takeo")
_LOWER_MAX = 3
_REACH = 14


def _stem(norm: str) -> str:
    return norm[:5]


def act_verbs(tokens: Sequence[Token], told: Sequence[str]) -> list[int]:
    """Where the sentence writes a one-sided act the description also names (see module): a
    word of the class whose first four letters a description's word shares ("beating" for
    "beat", "acquire" for "acquisition")."""
    keys = {norm[:4] for norm in told if len(norm) >= 3}
    return [
        index
        for index, token in enumerate(tokens)
        if _stem(token.norm) in _ACT_STEMS and token.norm[:4] in keys
    ]


def _object_of(tokens: Sequence[Token], verb: int, first: int, text: str) -> bool:
    """The name starting at ``first`` is the object of the act at ``verb``: only fillers
    between (see module), within one clause save a list's commas."""
    if first <= verb or first - verb > _REACH:
        return False
    if verb + 1 < len(tokens) and tokens[verb + 1].norm == "by":
        return False  # "acquired by Roark": the agent follows
    lower = 0
    for index in range(verb + 1, first):
        token = tokens[index]
        if clause_gap(tokens, index - 1, text) and not _listed(tokens, index, text):
            return False
        if token.norm == "from" and _stem(tokens[verb].norm) in _BUYING:
            continue
        if token.norm in _STOPS:
            return False
        if token.norm in _FILLERS or token.norm in _LINKS or token.capitalised:
            continue
        if token.is_number or not token.norm.isalpha():
            continue  # "$59.5 billion", "2-1"
        lower += 1
        if lower > _LOWER_MAX:
            return False
    return not clause_gap(tokens, first - 1, text) or _listed(tokens, first, text)


def _listed(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A lone comma inside a list of names ("the ATP, the WTA and the ITF"): the word after it
    is an article or capitalised and a capitalised word stood before it."""
    after = tokens[index]
    if text[tokens[index - 1].end : after.start].strip() != ",":
        return False
    return (after.capitalised or after.norm in {"the", "a", "an"}) and tokens[index - 1].capitalised


def _passive_subject(tokens: Sequence[Token], last: int, verbs: Sequence[int]) -> bool:
    """The name, then "be" (after "has", "will" ...) right before one of the act ``verbs``
    within eight words: "HSBC has been fined", "Featurespace, founded in 2008, will be
    bought"."""
    for verb in verbs:
        if not 0 < verb - last <= 9:
            continue
        between = [t.norm for t in tokens[last + 1 : verb]]
        if any(norm in _STOPS and norm not in {"in", "by"} for norm in between[:-2]):
            continue
        if between and between[-1] in BE:
            return True
    return False


def _relative_object(tokens: Sequence[Token], last: int, verbs: Sequence[int]) -> bool:
    """ "Pioneer, which Exxon agreed to buy": a relative word, a capitalised subject, then the
    act within five words."""
    at = last + 1
    if at + 1 >= len(tokens) or tokens[at].norm not in _RELATIVES:
        return False
    if not tokens[at + 1].capitalised:
        return False
    return any(at + 1 < verb <= at + 6 for verb in verbs)


def undergoes(
    tokens: Sequence[Token], first: int, last: int, text: str, fact: Any, value: str
) -> bool:
    """Whether the name at ``first``..``last`` is only the undergoer or recipient of the
    event's own one-sided act (see the module), the act read from ``fact``'s description and
    its other actors from its ``actors``."""
    if any(other != value for other in getattr(fact, "actors", None) or []):
        return False  # both parties listed: who took part (see the module)
    told = [token.norm for token in tokenize(str(getattr(fact, "description", "") or ""))]
    verbs = act_verbs(tokens, told)
    if not verbs or (first and tokens[first - 1].norm == "by"):
        return False
    if any(_object_of(tokens, verb, first, text) for verb in verbs):
        return True
    return _passive_subject(tokens, last, verbs) or _relative_object(tokens, last, verbs)


__all__ = ["act_verbs", "undergoes"]
