"""A party's own announcement of its deal, plan, decision or results: the announcing day is
the event's day (an event's day, a field with no cues; session 47, wide47w).

:mod:`report_days` takes a report's day as the event's when the actor tells its own done act
and the evidence holds no other time nor anything planned. Business, policy and results news
has a wider shape: the news IS the party's announcement ("Fifth Third said Monday it will buy
Comerica", "Nestlé plans to cut 16,000 jobs, its chief executive announced on Thursday", "the
two companies said Thursday", "Kering reported on Tuesday a weaker second quarter", "The
ChatGPT developer said on Tuesday that it and Oracle will build ..."). A labeller dates such an
event by its announcement, and so does a fact-checker: the plan, deal or figures were made
public that day.

Read when all of these hold:

- the event is not a strike, an attack, casualties or displacement (told by third parties,
  whose report's day is not the act's);
- the one who tells is the party: an actor's name in the words before the verb, or a
  pronoun ("it"), a possessive title ("its chief executive", "his office") or a
  definite organisation noun ("the company", "the French publisher", "the two companies")
  while the sentence names an actor;
- a sentence telling a plan ("will", "would", "plans") dates an event that is the plan or
  decision itself (its description: "Nestlé will cut ...", "Ferrero agreed to buy ...",
  "Stellantis to close ..."), not the planned act told as done ("completes the sale");
- the sentence tells no possibility ("could sell", "was in talks to buy", "was considering
  the sale"), and its subject is not a former or rank-and-file member, an owner or a party
  across the table ("a former Boeing engineer"); "they" is not a stand-in (regulators or
  officials named before); review rv47w;
- the sentence states no other time beside the announcing day (the act's own: "said on
  Wednesday it had completed the sale on Tuesday", "will close the plant in June");
- no other evidence sentence both tells the described act and gives it a time ("Acme said on
  Friday it had bought Beta. The purchase was completed on Tuesday").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..context import HARM_KINDS, fact_description, fact_kind
from ..page.tokens import Token, tokenize, word_set
from .attributed_days import CONFIRMING
from .decided_plans import decided
from .event_days import REPORTING
from .headed_days import head_date

OtherTime = Callable[[Sequence[Token], int, int], bool]
TellsAct = Callable[[Sequence[Token], str], bool]

# Stand-ins for a body ("it", "its chief executive"); "he" and "his" may be anyone named
# before ("Russia will try ..., he said" after a sentence about Zelensky).
# "they" and "their" may be regulators, officials or analysts named before ("Acme's offer ...
# will be blocked, they said on Monday"; review rv47w): "it" and "its" only.
_PRONOUNS = word_set("it")
_POSSESSIVES = word_set("its")
# A subject holding the party's name that is not the party speaking: a former or rank-and-file
# member, an owner or a party across the table ("A former Boeing engineer said"; rv47w).
_NOT_SPEAKING = word_set(
    """former ex engineer engineers worker workers employee employees staff shareholder
    shareholders investor investors analyst analysts customer customers union unions critic
    critics supplier suppliers source sources lawyer lawyers"""
)
# A possibility, not a plan made: its announcing day dates nothing ("could sell", "was in
# talks to buy", "was considering the sale"; rv47w). "may" only in lower case (not the month).
_POSSIBLE = word_set(
    """could might considering considers weighing weighs exploring explores mulling talks
    hopes hope seeking seeks possible potential option options whether"""
)
_OTHER_BODY = word_set("rival rivals other another competing competitor fellow")
_OCCASIONS = word_set("summit meeting conference event ceremony session forum visit trip")
_DEFINITE = word_set("the both two")
# Nouns that stand for a firm or body that acts for itself.
_ORGANISATIONS = word_set(
    """company companies firm firms group groups developer developers maker makers publisher
    publishers lender lenders carrier airline bank banks retailer chain manufacturer producer
    insurer operator owner business conglomerate giant startup brand automaker carmaker
    chipmaker miner utility utilities"""
)
# The sentence tells a plan; then the event must be the plan or decision itself, by the words
# of its description ("Nestlé will cut 16,000 jobs", "Stellantis to close its Luton plant",
# "Ferrero agreed to buy WK Kellogg", "Ørsted cancelled Hornsea 4"), not the planned act done
# ("company completes the sale of its shipping arm": the completion's day is not the telling's).
_PLANNED = word_set(
    """will would shall plans plan planned intends expects aims proposes set going"""
)
_REPORTER_MOST = 6  # words from the clause's start to the verb: "its new chief executive"
_BACK = 6  # words from the verb to the day: "told reporters in a statement on"


def own_announcement(
    ctx: Any,
    index: int,
    first: int,
    last: int,
    other_time: OtherTime,
    tells_act: TellsAct,
) -> bool:
    """Whether the day at ``tokens[first:last + 1]`` of evidence sentence ``index`` dates the
    event's party announcing it (see the module)."""
    if fact_kind(ctx) in HARM_KINDS:
        return False
    tokens = ctx.article.sentence_tokens(index)
    verb = next(
        (
            i
            for i in range(first - 1, max(first - _BACK - 1, -1), -1)
            if tokens[i].norm in REPORTING
        ),
        None,
    )
    if verb is None:
        return False
    others = [t for i, t in enumerate(tokens) if i != verb and t.norm in REPORTING | CONFIRMING]
    if others or not _OCCASIONS.isdisjoint(t.norm for t in tokens):
        return False  # "as announced with its last results"; "pledged ... at the G7 summit"
    start, _ = ctx.article.sentences[index]
    head = head_date(ctx.article.text[start : ctx.article.sentences[index][1]])
    skip = sum(1 for t in tokens if head is not None and t.start < start + head[1])
    if other_time(tokens[skip:], first - skip, last - skip):
        return False  # the act's own time; a dated head's is the filing day (headed_days)
    actors = _actor_words(getattr(ctx.fact, "actors", None) or [])
    if not actors or not _party_tells(tokens, verb, actors, ctx.article.text):
        return False
    if any(t.norm in _POSSIBLE or (t.norm == "may" and not t.capitalised) for t in tokens):
        return False  # "said on Thursday it could sell its tanker fleet" (rv47w)
    description = fact_description(ctx.fact)
    planned = not _PLANNED.isdisjoint(t.norm for t in tokens)
    if planned and not decided(tokenize(description)):
        return False  # "said on Monday it would complete the sale" for "completes the sale"
    for other in ctx.sentences:
        if other == index:
            continue
        sentence = ctx.article.sentence_tokens(other)
        if other_time(sentence, -1, -1) and tells_act(sentence, description):
            return False
    return True


def _actor_words(actors: Sequence[Any]) -> frozenset[str]:
    return frozenset(t.norm for actor in actors for t in tokenize(str(actor)) if len(t.norm) > 3)


def _party_tells(tokens: Sequence[Token], verb: int, actors: frozenset[str], text: str) -> bool:
    """Whether the subject before ``tokens[verb]`` (back to a comma, a clause mark or the
    sentence's start, at most ``_REPORTER_MOST`` words) is the event's party, or, when that
    subject is set off by commas, the words before it are ("Shinjiro Koizumi, the farm
    minister, said"; "its new chief executive, Philipp Navratil, announced")."""
    end = verb
    for _ in range(3):
        start = end
        while start > 0 and end - start < _REPORTER_MOST:
            if start < end and _mark(text[tokens[start - 1].end : tokens[start].start]):
                break
            start -= 1
        if start == end or end - start >= _REPORTER_MOST:
            return False
        if _subject_is_party(tokens, tokens[start:end], actors):
            return True
        before = text[tokens[start - 1].end : tokens[start].start] if start else ""
        after = text[tokens[end - 1].end : tokens[verb].start]
        if "," not in before or "," not in after:
            return False  # only past a name or title set off by commas, not past a clause
        end = start
    return False


def _mark(gap: str) -> bool:
    return any(mark in gap for mark in ",;:\u2014\u2013(") or " - " in gap


def _subject_is_party(
    tokens: Sequence[Token], subject: Sequence[Token], actors: frozenset[str]
) -> bool:
    norms = [t.norm for t in subject]
    if not actors.isdisjoint(norms):
        return _NOT_SPEAKING.isdisjoint(norms)  # "Kering reported", not "a former Kering engineer"
    named = not actors.isdisjoint(t.norm for t in tokens)
    if (len(norms) == 1 and norms[0] in _PRONOUNS) or norms[0] in _POSSESSIVES:
        # "..., it announced on Monday", "its chief executive announced"; not "Its rival,
        # Brightwell Group, said" nor "its former chairman" (rv47w)
        return named and _OTHER_BODY.isdisjoint(norms) and _NOT_SPEAKING.isdisjoint(norms)
    organisation = norms[0] in _DEFINITE and norms[-1] in _ORGANISATIONS
    organisation = organisation and _OTHER_BODY.isdisjoint(norms)  # not "the rival chain"
    return named and organisation  # "the French publisher announced Thursday"


__all__ = ["own_announcement"]
