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
from ..page.tokens import (
    CLAUSE_MARKS,
    SINGULAR_POSSESSIVES,
    Token,
    tokenize,
    word_set,
)
from ..sentences.passives import ADVERBS, BE, GET, MODALS, PERFECT
from .act_classes import act_class, possessive

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
# Words opening another clause than the description's own act: an act verb after one, with no
# clause mark between, is that clause's ("appealed after regulator fined Halvey", "countersued
# Kestrel, which sued Pellmark in May"; review rv62c).
_SUBORDINATE = word_set(
    """after before when whenever while since because until till once unless although though
    whereas who whom which whose"""
)
_RELATIVES = word_set("who whom which whose")
# Nouns of a court's or an authority's decision: an act after their "to" or "that" is theirs.
_RULINGS = word_set("ruling rulings order orders verdict judgment judgement injunction")
# Owners that are the description's own subject ("its decision to sell").
_OWN = word_set("its their his her our my your")
# Verbs before a "that" of reported speech or thought ("said that it had sacked").
_SAYING = word_set(
    """say says tell tells show shows mean means hope hopes believe believes think thinks
    know knows claim claims argue argues insist insists warn warns state states add adds
    admit admits deny denies confirm confirms announce announces report reports suggest
    suggests agree agrees expect expects ensure ensures so now"""
)
# The subject of an act in "X said it had ...", "X said officers had ...": the body's own.
_OWN_SUBJECT = word_set("it they he she we officers detectives investigators staff")
_REPORTING = word_set(
    """said says confirmed confirms announced announces added adds stated states reported
    reports revealed reveals told tells"""
)
# Between a subject and its act's verb in the evidence (see :func:`_written_doer`).
_LEAD_IN = (
    PERFECT
    | MODALS
    | ADVERBS
    | word_set(
        """to agreed agrees agree plans planned plan decided decides wants wanted moved moves
        sought seeks offered offers did does formally on last this monday tuesday wednesday
        thursday friday saturday sunday"""
    )
)
# After an act's verb: a headline's passive ("Nationwide fined £44m", "Varga sacked after
# defeat") or a reduced relative ("Celtra Bio, bought by Orvik"), not an active verb's object.
_NO_OBJECT = word_set(
    """after over for by in on at as with from to and or but amid following into onto under
    via through during before until since despite without against about of than among
    between within across off out up"""
)
# A verb's irregular forms, read as its first three letters (see :func:`_act`).
_IRREGULAR = {
    "bought": "buy",
    "sold": "sell",
    "paid": "pay",
    "gave": "give",
    "given": "give",
    "struck": "strike",
    "chose": "choose",
    "chosen": "choose",
    "sued": "sue",
    "suing": "sue",
    "sues": "sue",
}
# A body's organs that act for it ("Kestrel Securities' board sacked").
_ORGANS = word_set(
    """board directors owners owner management bosses executives officials officers lawyers
    chairman chair"""
)
_ARTICLES = word_set("the a an")
# A capitalised run's inner words ("Bank of England", "Stunt & Co", "van Nistelrooy").
_INNER = word_set("of de van von der del da la le al bin")


def _marked(tokens: list[Token], left: int, right: int, text: str) -> bool:
    """A clause mark in ``text`` between ``tokens[left]`` and ``tokens[right]``."""
    return not CLAUSE_MARKS.isdisjoint(text[tokens[left].end : tokens[right].start])


def _subordinate(tokens: list[Token], index: int, text: str) -> bool:
    """The verb at ``index`` is another clause's: a word of :data:`_SUBORDINATE` before it
    with no clause mark between ("appealed after regulator fined Halvey"; not "after a
    six-month inquiry, fined Halvey"), a "that" after a noun ("appealed ruling that fined
    Halvey", "rejoined the club that sacked Varga"; not "said that it had sacked"), or a "to"
    after a court's noun or another's owned noun ("challenged ministry's decision to
    designate Varosh"; not "confirmed its decision to", "announced plans to")."""
    if index >= 2 and tokens[index - 1].norm == "to":
        noun = tokens[index - 2]
        if noun.norm in _RULINGS:
            return True
        if (
            index >= 4
            and tokens[index - 4].norm != "the"
            and possessive(tokens, index - 3, text)
            and tokens[index - 3].norm not in _OWN
            and not noun.capitalised
        ):
            return True  # "ministry's decision to", "Rovers' decision to"
    for at in range(index - 1, -1, -1):
        norm = tokens[at].norm
        if norm in _SUBORDINATE:
            return not _own_it(tokens, at, index) and (
                norm in _RELATIVES or _subject_between(tokens, at, index)
            )
        if norm == "that" and at and _noun_before(tokens[at - 1]):
            return not _own_it(tokens, at, index)
        if at and _marked(tokens, at - 1, at, text):
            return False
    return False


def _subject_between(tokens: list[Token], at: int, index: int) -> bool:
    """A word other than an auxiliary or adverb between the clause's opening word at ``at``
    and the verb: the clause's own subject ("after regulator fined Halvey"); none in "after
    sacking Varga", whose left-out subject is the description's own."""
    return any(
        token.norm not in _LEAD_IN and token.norm not in BE for token in tokens[at + 1 : index]
    )


def _own_it(tokens: list[Token], at: int, index: int) -> bool:
    """An "it" or "its" between the clause's opening word at ``at`` and the verb: the
    description's own left-out subject again ("deal under which it will absorb Dongxing")."""
    return any(token.norm in {"it", "its"} for token in tokens[at + 1 : index])


def _noun_before(token: Token) -> bool:
    """A lower-case word before "that" that is no verb of saying or knowing: a noun whose
    relative or content clause "that" opens ("ruling that", "the club that")."""
    norm = token.norm
    return (
        not token.capitalised and norm not in _SAYING and not norm.endswith("ed") and norm.isalpha()
    )


def _act(norm: str) -> str | None:
    """The verb a word of :func:`_verb` is, to meet it again in the evidence: its class and
    its first three letters ("fined" and "fining", "sued" and "suing"; irregular forms by
    :data:`_IRREGULAR`), so "appointed" does not meet "replaced" nor "absorb" "praised"."""
    norm = _IRREGULAR.get(norm, norm)
    if norm in _TAKING:
        return "take"
    kind = "more" if norm in _MORE_VERBS else act_class(norm)
    return None if kind is None else f"{kind}:{norm[:3]}"


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


def _named(value: str) -> frozenset[str]:
    return frozenset(
        token.norm for token in tokenize(value) if token.capitalised or token.is_number
    )


@lru_cache(maxsize=4096)
def told_acts(description: str, value: str) -> frozenset[str]:
    """The acts (:func:`_act`) whose verb ``description`` writes ``value`` as the object of
    (see module); none when it does not."""
    if not description or not value:
        return frozenset()
    tokens = tokenize(description)
    named = _named(value)
    if not named:
        return frozenset()
    acts: set[str] = set()
    for index in range(len(tokens) - 1):
        if not _verb(tokens, index) or _subordinate(tokens, index, description):
            continue
        at = index + 1
        while at < len(tokens) and tokens[at].norm in _BRIDGE and at - index <= 2:
            at += 1
        for first, last in _runs(tokens, at):
            words = {token.norm for token in tokens[first : last + 1] if token.capitalised}
            if words and words <= named:
                acts.add(_act(tokens[index].norm) or "")
    return frozenset(acts)


def _skip_back(tokens: list[Token], at: int, lead_in: frozenset[str]) -> int:
    """From ``at`` back past auxiliaries, adverbs, an intention's "agreed to" and a day ("on
    Friday"): the index of the word before them (-1 at the start)."""
    while at >= 0 and not tokens[at].capitalised and tokens[at].norm in lead_in:
        at -= 1
    while at >= 1 and tokens[at].norm in _LEAD_IN and tokens[at - 1].norm in {"on", "last", "this"}:
        at -= 2  # "on Friday"
        while at >= 0 and not tokens[at].capitalised and tokens[at].norm in lead_in:
            at -= 1
    return at


def _doer_before(tokens: list[Token], index: int, named: frozenset[str], text: str) -> bool:
    """The capitalised run ending just before the verb at ``index`` (past :func:`_skip_back`)
    is all words of the value, with no clause mark between: the verb's subject; or its
    subject is "it", "they" or the body's officers after the run and a verb of reporting
    ("The CBC said on Tuesday it had sacked", "Kentmere Police said officers had arrested",
    "Dunmore Rovers confirmed that they had dismissed")."""
    lead_in = _LEAD_IN | BE if tokens[index].norm.endswith("ing") else _LEAD_IN  # "is buying"
    at = _skip_back(tokens, index - 1, lead_in)
    if at >= 1 and tokens[at].norm in _OWN_SUBJECT and not tokens[at].capitalised:
        at -= 1
        if at >= 0 and tokens[at].norm == "that":
            at -= 1
        at = _skip_back(tokens, at, _LEAD_IN)
        if at < 0 or tokens[at].norm not in _REPORTING:
            return False
        at = _skip_back(tokens, at - 1, _LEAD_IN)
    if at >= 1 and _marked(tokens, at, at + 1, text) and at + 1 <= index:
        # an aside closed by a comma: "Kentmere Police, called to the mill at 2am, arrested"
        start = at
        while start >= 1 and at - start < 12 and not _marked(tokens, start - 1, start, text):
            start -= 1
        if start < 1 or at - start >= 12 or tokens[start].norm in {"and", "but", "or", "then"}:
            return False  # "..., and after a year-long inquiry, fined": another clause
        at = start - 1
        if not tokens[at].capitalised:
            return False
        return _run_ending(tokens, at, named)
    if (
        at >= 1
        and not tokens[at].capitalised
        and tokens[at].norm in _ORGANS
        and tokens[at - 1].capitalised
    ):
        # "Kestrel Securities' board sacked": the owner's body acts for it
        if possessive(tokens, at - 1, text) and not _marked(tokens, at - 1, index, text):
            return _run_ending(tokens, at - 1, named)
        return False
    if at < 0 or not tokens[at].capitalised or _marked(tokens, at, index, text):
        return False
    if tokens[at].text.endswith(SINGULAR_POSSESSIVES):
        return False  # "Kestrel's lawyers sued"
    return _run_ending(tokens, at, named)


def _run_ending(tokens: list[Token], last: int, named: frozenset[str]) -> bool:
    """The capitalised run ending at ``last`` is the value or the value a part of it ("Marlow
    Attorney General" of "Marlow Attorney General Lena Pryce sued")."""
    at = last
    while at and (tokens[at - 1].capitalised or tokens[at - 1].norm in _INNER):
        at -= 1
    words = {t.norm for t in tokens[at : last + 1] if t.capitalised and t.norm not in _ARTICLES}
    return bool(words) and (words <= named or named <= words)


def _run_is(tokens: list[Token], first: int, named: frozenset[str]) -> bool:
    """The capitalised run opening at ``first`` (past "the") is the value or holds it."""
    if first < len(tokens) and tokens[first].norm == "the":
        first += 1
    last = first
    while last < len(tokens) and (tokens[last].capitalised or _inner(tokens, last)):
        last += 1
    return last > first and _run_ending(tokens, last - 1, named)


def _written_doer(ctx: Context, value: str, acts: frozenset[str]) -> bool:
    """Whether the evidence writes ``value`` as the subject of an active verb of one of
    ``acts`` ("Kentmere Police arrested a Kentmere man", "The CBC has sacked presenter Dev
    Ashe", "Marlow Attorney General Lena Pryce sued three Marlow-based hospitals"): the
    description's object then shares a word with the doer's own name (its town, its party,
    its club, its family) and is another (review rv62c). Not a headline's passive
    ("Nationwide fined £44m", "Varga sacked after"): the verb must be followed by an object,
    not an amount or a preposition."""
    named = _named(value)
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens[:-1]):
            norm = token.norm
            if token.capitalised or norm in _NOUNS or _act(norm) not in acts:
                continue
            taking = norm in _TAKING  # "took over": the object after the particle
            if taking and (tokens[index + 1].norm != "over" or index + 2 >= len(tokens)):
                continue
            by = index + 2 if taking else index + 1
            after = tokens[by]
            if after.norm == "by" and _run_is(tokens, by + 1, named):
                return True  # "Dev Ashe has been sacked by the CBC": the agent
            compound = by + 1 < len(tokens) and tokens[by + 1].joined  # "under-21 coach"
            if (after.norm in _NO_OBJECT and not compound) or text[
                after.start - 1 : after.start
            ] in "£$€¥":
                continue
            if norm.endswith("ly") or (after.norm.endswith("ly") and not after.capitalised):
                continue  # "fined heavily": a passive's adverb
            before = tokens[index - 1].norm if index else ""
            if (before in BE or before in GET) and not norm.endswith("ing"):
                continue
            if _doer_before(tokens, index, named, text):
                return True
    return False


def told_refused(rule: _Rule) -> _Rule:
    """The actor ``rule``, after refusing a value the fact's description writes as its act's
    object (see module), wherever and however the evidence names it: the evidence often
    names the value only in part ("Blueprint" for Blueprint Medicines) or in a shape the place
    readers keep (a scored match's side), and the description's grammar does not depend on it.
    """

    def read(value: Any, supported: Supported, ctx: Context) -> Result:
        acts = object_told(ctx.fact, str(value))
        if acts and not _written_doer(ctx, str(value), acts):
            return False, (
                f"{value!r} is the one the event's own description says the act befalls, "
                "not the one doing it"
            )
        return rule(value, supported, ctx)

    return read


def object_told(fact: Any, value: str) -> frozenset[str]:
    """The acts whose object the fact's description writes ``value`` as, when the fact lists
    no other actor (see module); none otherwise."""
    if any(other != value for other in getattr(fact, "actors", None) or []):
        return frozenset()  # both parties listed: who took part (acts/undergoers)
    return told_acts(fact_description(fact), value)


__all__ = ["object_told", "told_acts", "told_refused"]
