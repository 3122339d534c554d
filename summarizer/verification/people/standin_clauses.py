"""Readings of the clauses around a stand-in "It" that ``standin_checks`` asks (review rv43a of
session 43): whether "It took <time> for" is a dummy (:func:`time_for`), whether "It" answers
a deed done to it (:func:`answers`), whether a saying's clause opens with a body that may be the
later "It" (:func:`body_clause`), and whether an owned thing is plural, which no "It" stands for
(:func:`plural_head`)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import NUMBER_WORDS
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .standin_words import BODY_HEADS

# The verbs a clause's subject runs up to ("the reservoir was", "the new owner would").
CLAUSE_VERBS = word_set("was were is are has had have would will could")
# Words of a stretch of time's measure ("the best part of a year", "nearly two months").
_MEASURE = NUMBER_WORDS | word_set(
    """a an the nearly almost about around more than less over under some several few many
    best better part parts of whole full good rest another just only most"""
)
# What the one acted on does in answer ("X sued Y. It denies the claim"): not the actor's deed.
_ANSWERS = word_set(
    """denies deny denied appeal appeals appealed contests contest contested disputes
    dispute disputed"""
)
_REFUSES = word_set("refuses refused refuse declines declined decline")
_DUES = word_set("pay repay settle")
# The head of a body a saying's clause may open with ("said its rival, the state carrier,
# had cut fares. It will also cut jobs": the carrier's deed, not the speaker's).
_CLAUSE_BODIES = BODY_HEADS | word_set(
    "owner owners rival rivals landlord landlords buyer seller supplier customer"
)
_PASTS = word_set("fell rose ran grew shrank sank went slid slumped came left")


def time_for(after: Sequence[Token], at: int, times: frozenset[str]) -> bool:
    """Whether ``after[at]`` (``after[0]`` "took") is the stretch of time taken (one of
    ``times``), only a measure's words before it, with "for" one or two words after it ("a
    month for rivals", "five days or more for") or a "for ... to" further on ("three years and
    a court fight for the first to arrive"); not a thing's time ("took out a three-month loan
    for", "took a two-year option for") nor a time after the body's own object ("took over
    the pit last year for £9m")."""
    stretch = after[at] if at < len(after) else None
    if stretch is None or stretch.joined or stretch.norm.removesuffix("s") not in times:
        return False
    if any(t.norm not in _MEASURE and not t.is_number for t in after[1:at]):
        return False
    later = [t.norm for t in after[at + 1 : at + 12]]
    if "for" in later[:2]:
        return True
    return "for" in later and "to" in later[later.index("for") + 1 : later.index("for") + 5]


def answers(later: Sequence[str]) -> bool:
    """Whether "It" (``later`` the words after it) answers a deed done to it: denies,
    appeals, contests, or refuses to pay ("It has refused to pay", "It refuses to settle")."""
    if not _ANSWERS.isdisjoint(later[:4]):
        return True
    refusal = next((at for at, norm in enumerate(later) if norm in _REFUSES), None)
    due = later[refusal + 1 : refusal + 3] if refusal is not None else []
    return len(due) == 2 and due[0] == "to" and due[1] in _DUES


def body_clause(rest: Sequence[Token]) -> bool:
    """Whether the clause a saying's verb tells (``rest``) opens with a body ("said the new
    owner would raise prices", "warned the bank could call in its loan"): the later "It" may
    be that body, so the saying is no ground to read "It" back to the one who said it."""
    norms = [t.norm for t in rest]
    norms = norms[1:] if norms[:1] == ["that"] else norms
    end = next((at for at, norm in enumerate(norms) if norm in CLAUSE_VERBS), len(norms))
    return not _CLAUSE_BODIES.isdisjoint(norms[:end])


def plural_head(owned: Sequence[Token]) -> bool:
    """Whether the owned noun before the sentence's verb is plural ("shares fell", "trains
    ran late", "profits halved"), which no "It" stands for; the verb a past in "-ed", a
    helper or a common irregular past within the first four words."""
    for at in range(1, min(len(owned), 5)):
        norm = owned[at].norm
        if norm in CLAUSE_VERBS | _PASTS or (norm.endswith("ed") and owned[at].text.islower()):
            head = owned[at - 1].norm
            return head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return False


def punished(rest: Sequence[Token], later: Sequence[Token]) -> bool:
    """Whether the sentence before has its subject acted on by an agent ("was fined £80,000 by
    the Health and Safety Executive", ``rest`` after "was") and the stand-in answers that
    deed ("It will contest the fine", :func:`answers`): the one a deed was done to answers
    it, as after "X sued Y. It denies" (session 44, review rv43a)."""
    norms = [t.norm for t in rest]
    norms = norms[1:] if norms[:1] == ["been"] else norms
    if not norms or norms[0] not in _PUNISHED or "by" not in norms[1:8]:
        return False  # "was bought by Fenwick": no deed an appeal answers
    if not _RELATIVES.isdisjoint(norms):
        return False  # "was praised by the agency, which charged Tarlow": Tarlow's to answer
    owned = {
        t.norm
        for t in later[1:8]
        if t.text.endswith(SINGULAR_POSSESSIVES) and t.norm in _CLAUSE_BODIES
    }
    if owned - set(norms[norms.index("by") :]):
        return False  # "It denied the company's request": the agent's answer (rv44d)
    return answers([t.norm for t in later[:6]])


_PUNISHED = word_set(
    """fined sued charged ordered banned censured penalised penalized prosecuted convicted
    sanctioned accused investigated criticised criticized reprimanded disqualified suspended
    expelled barred"""
)
_RELATIVES = word_set("which who whom whose that")


__all__ = ["CLAUSE_VERBS", "answers", "body_clause", "plural_head", "punished", "time_for"]
