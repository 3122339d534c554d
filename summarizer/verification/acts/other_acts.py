"""A name the event's sentence gives *another* act than the event's, or the far side of a
move, is not the event's actor (session 50: on a held-out set of fresh pages 53 of 110 planted
wrong actors still passed after session 49's act classes; most stood in a clause of an earlier
act, a source's "from", a contest the winner won, or a gapped breakdown of a list).

Why: the actor rule accepts a name the evidence writes anywhere except in the shapes of being
acted on (``acts/undergoers``). A fact-checker asks which act of the sentence is the event's
and who does *that* act; a name that does a different act of the sentence ("After Boeing
settled its terms, Airbus finalised its share": Boeing settled) or is the party a move comes
away from ("will join Real Madrid from Paris Saint-Germain") did not carry the event out.

The readings, for one place the evidence names the value (the event's act is found by the
description's lower-case words, first four letters, and by its act class, ``acts/act_classes``):
- *another clause's act*: the sentence opens with a unit set off by a comma and opened by a
  subordinator ("After", "Once", "When") or a preposition ("In the case brought by X",
  "Backed by X") and the event's act is written only on one side of that comma. The name in
  the fronted unit is refused when the act is only in the main clause, which opens with a
  named subject; a name in the main clause is refused when the act is only in the fronted
  clause, which then has a named subject of its own ("After the Federal Reserve approved the
  deal, Capital One closed ...": Capital One, for the approval).
  Kept: a main clause opened by a pronoun or a description ("After winning, it completed",
  "Under the deal between Airbus and Spirit, the planemaker will acquire": the stand-in may be
  the fronted name), a fronted unit opened by "with", "together", "alongside" or "as" (a
  partner or a capacity: "Together with Hess, Chevron won", "As Airbus chief, Faury signed");
- *a source's "from"*: the name after "from" (an article between at most) in the clause of a
  verb of taking or moving ("join", "took over", "succeeded", "inherited", "poached"), for an
  event that is no giving, selling or leaving; and the object of "succeeded" or "replaced",
  for an event that is no leaving or dismissal;
- *a partner or a backer*: for a one-sided act (buying, selling, fining, suing, hiring,
  giving, winning, attacking, ruling), the name after "with" that follows an agreement's
  noun ("agreed a deal with Kellanova to buy", "under an agreement with Spirit") or after
  "by" that follows a backing's participle ("backed by RedBird", "approved by the FTC"),
  unless the description itself names that agreement or backing ("settlement reached",
  "approval of the deal"); a partner of a joint act ("a partnership", "together with") is
  left alone: it may share the act;
- *a title's loser*: for an event told as winning a title or a cup (not a match), the side
  after "beat", "beating", "defeated" or "against" took part in the final, not in the win
  (``events/contest_sides`` keeps that loser for an event that is the match itself);
- *a gapped breakdown*: a name right followed by an amount in a unit after a comma ("Apple
  and Meta were fined ..., Apple 500 million euros and Meta 200 million euros") repeats the
  clause before it and is no place of its own.
None reads a name when the fact lists another actor beside it (who took part, see
``acts/undergoers``), except the breakdown, which only skips a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from summarizer.text.vocabulary import STOPWORDS
from ..context import fact_description
from ..events.contest_sides import contest_side
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from ..sentences.passives import BE, MODALS, PERFECT
from .act_classes import act_class
from .court_objects import taken_to_court
from .ruled_people import comments_only, ruled_on
from .undergoers import undergoes

# Openers of a fronted unit whose names do another act than the main clause's.
_OPENERS = word_set(
    """after before once when whenever since until following in under amid despite
    unlike backed funded supported prompted led brought"""
)
# Main-clause openers that may stand for a fronted name: pronouns and descriptions.
_STAND_INS = word_set("it they he she we its their the this that these those both each")
# Verbs of taking or moving whose "from" names the far side ("took over ... from X").
_TAKING = word_set(
    """join joins joined joining took take takes taking taken inherit inherits inherited
    poach poached poaches arrive arrives arrived arriving switch switched switches move
    moves moved moving snatched wrested prised prized lured"""
)
# Words opening a phrase between a moving verb and "from": the "from" is the phrase's own.
_PHRASE_STOPS = word_set("after before following amid despite because while since when with")
_SUCCEEDING = word_set("succeeded succeeds succeeding replaced replaces replacing")
# Description words of an event the far side does: the leaving, the selling, the giving.
_FAR_SIDE = word_set(
    """leave leaves left leaving depart departs departed departure exit exits exited sell
    sells sold sale release releases released lose loses lost loss hand hands handed give
    gives gave transfer transfers transferred fire fired sacked sack ousted oust dismissed
    step steps stepped resign resigns resigned resignation quit quits outgoing retire
    retires retired retiring retirement die dies died death deliver delivers delivered
    delivery deliveries supply supplies supplied send sends sent ship ships shipped"""
)
_BEATING = word_set("beat beating beats defeated defeating against over past")
_WINNING = word_set("win wins won winning victory triumph clinch clinched clinches")
_TITLES = word_set(
    """title titles cup trophy championship championships crown league open medal gold
    prize pennant premiership shield"""
)
_MATCHES = word_set("match game final semifinal semi tie clash fixture derby bout fight meeting")
_AMOUNT_WORDS = word_set("million billion bn m pc per percent euros dollars pounds")


@lru_cache(maxsize=2048)
def _act_keys(description: str) -> tuple[frozenset[str], str | None]:
    """The first four letters of the description's lower-case content words, and the act
    class of its first act word: what tells the event's own act in an evidence sentence."""
    words = tokenize(description)
    keys = frozenset(
        t.norm[:4]
        for t in words
        if not t.capitalised and len(t.norm) >= 4 and t.norm not in STOPWORDS and t.norm.isalpha()
    )
    kind = next((act_class(t.norm) for t in words if act_class(t.norm)), None)
    return keys, kind


def _acts_in(tokens: Sequence[Token], span: range, keys: frozenset[str], kind: str | None) -> bool:
    """Whether the event's act is written in ``span``: a lower-case word sharing a key, or a
    word of its act class."""
    for index in span:
        token = tokens[index]
        if token.capitalised and index:
            continue
        if (token.norm[:4] in keys and len(token.norm) >= 4) or (
            kind is not None and act_class(token.norm) == kind
        ):
            return True
    return False


def _fronted_end(tokens: Sequence[Token], text: str) -> tuple[int, int] | None:
    """The first and last index of a fronted unit (see module), or None. It opens the
    sentence or follows a dateline's or a speaker's dash or colon ("McLEAN, Va. (Wire) -
    After ...", "SPOKESPERSON: After ...")."""
    start = 0
    for index in range(min(len(tokens) - 1, 12)):
        if _DASHES & set(text[tokens[index].end : tokens[index + 1].start]):
            start = index + 1
            break
    if len(tokens) - start < 5 or tokens[start].norm not in _OPENERS:
        return None
    for index in range(start + 1, min(len(tokens) - 3, start + 30)):
        if clause_gap(tokens, index, text):
            return start, index
    return None


_DASHES = frozenset("-\u2014\u2013:")


def _named_subject(tokens: Sequence[Token], start: int) -> int | None:
    """The last token of a capitalised name (or a list of them) opening a clause at
    ``start`` ("Capital One closed", "the Federal Reserve and the OCC approved"), not a
    pronoun, a description or an owner ("Boeing's offer"); None when it opens otherwise."""
    at = start + (start < len(tokens) and tokens[start].norm == "the")
    begun = at
    while at < len(tokens) and (
        (tokens[at].capitalised and tokens[at].norm not in _STAND_INS)
        or (at > begun and tokens[at].norm in {"and", "the", "of"})
    ):
        if tokens[at].text.endswith(("'s", "\u2019s", "'")):
            return None
        at += 1
    if at == begun or at >= len(tokens) or not tokens[at - 1].capitalised:
        return None
    if _plural_head(tokens, at):
        return None  # "Wall Street analysts called": a description's head (review rv50a)
    return at - 1 if _verbal(tokens[at]) else None


def _plural_head(tokens: Sequence[Token], at: int) -> bool:
    """The word after a name is a plural noun heading a description, a verb following it
    ("Wall Street analysts called", "Airbus engineers have said")."""
    norm = tokens[at].norm
    if not norm.endswith("s") or norm in BE or norm in MODALS or norm in PERFECT:
        return False
    return (
        at + 1 < len(tokens) and _verbal(tokens[at + 1]) and not tokens[at + 1].norm.endswith("s")
    )


def _verbal(token: Token) -> bool:
    """A word that may be a finite verb after a subject: a past form, an auxiliary or a
    present's "-s" ("closed", "will", "has", "won", "says"); not a noun after an adjective
    ("the European planemaker")."""
    norm = token.norm
    if not norm.isalpha() or token.capitalised:
        return False
    return (
        norm.endswith("ed")
        or norm in BE
        or norm in MODALS
        or norm in PERFECT
        or norm in _PAST_FORMS
        or (norm.endswith("s") and not norm.endswith("ss") and len(norm) > 3)
    )


_PAST_FORMS = word_set(
    """won beat bought sold took made said paid struck hit led left gave met sent lost
    became began ran set put brought sought told held kept also then later swiftly quickly"""
)


def _other_clause(tokens: Sequence[Token], first: int, last: int, text: str, fact: Any) -> bool:
    """The name stands in the fronted unit while the event's act is only in the main clause,
    or is the main clause's subject while the act is only in a fronted clause with a named
    subject of its own (see module)."""
    unit = _fronted_end(tokens, text)
    if unit is None:
        return False
    start, end = unit
    keys, kind = _act_keys(fact_description(fact))
    fronted = _acts_in(tokens, range(start, end + 1), keys, kind)
    main = _acts_in(tokens, range(end + 1, len(tokens)), keys, kind)
    if fronted == main:
        return False
    if start <= first and last <= end:
        # "..., the European planemaker will acquire": a stand-in may be the fronted name
        return main and _named_subject(tokens, end + 1) is not None
    if first <= end or tokens[start].norm not in _CLAUSE_OPENERS:
        return False
    subject = _named_subject(tokens, start + 1) if fronted else None
    # the fronted subject's own verb tells the act ("the OCC approved the deal"), not a noun
    # of its object ("After the Federal Reserve signed off on the deal, Meridian completed":
    # review rv50a)
    return subject is not None and _acts_in(
        tokens, range(subject + 1, min(subject + 4, end)), keys, kind
    )


_CLAUSE_OPENERS = word_set("after before once when whenever since until following")


def _before_name(tokens: Sequence[Token], first: int, text: str) -> int:
    """The index of the word before the capitalised run the name at ``first`` ends (within its
    clause) and its "the": where a "from", "by" or "with" that governs the whole name stands."""
    at = first - 1
    while at >= 0 and tokens[at].capitalised and not clause_gap(tokens, at, text):
        at -= 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    return at


def _source(
    tokens: Sequence[Token], first: int, last: int, text: str, fact: Any, told: Sequence[str]
) -> bool:
    """The name follows "from" in the clause of a verb of taking or moving, or is the object
    of "succeeded"/"replaced" (see module), and the event is no far side's act nor told of
    the name in a relative clause of its own."""
    if any(norm in _FAR_SIDE for norm in told):  # the description's words
        return False
    if _own_relative(tokens, last, text, fact):
        return False  # "replaced Taku Eto, who had overseen the auctions" (check 76)
    at = _before_name(tokens, first, text)  # "from Paris Saint-Germain", not its "Saint-Germain"
    if at < 0 or clause_gap(tokens, at, text):
        return False
    if tokens[at].norm in _SUCCEEDING:
        return True
    if tokens[at].norm != "from":
        return False
    for back in range(at - 1, max(-1, at - 12), -1):
        if clause_gap(tokens, back, text) or tokens[back].norm in BE | _PHRASE_STOPS:
            return False  # "moved higher after a statement from X": the noun's source
        if tokens[back].norm in _TAKING:
            return True
    return False


def _own_relative(tokens: Sequence[Token], last: int, text: str, fact: Any) -> bool:
    """A relative clause of the name's own follows it and tells the event's act: ", who won
    in 2024 with Houris" for that win (check 82), ", who had overseen the March auctions"
    (check 76); not ", who retires after nine years" for the successor's appointment."""
    at = last + 1
    if not (
        at < len(tokens)
        and clause_gap(tokens, last, text)
        and tokens[at].norm in {"who", "which", "whose", "whom"}
    ):
        return False
    end = at
    while end + 1 < len(tokens) and not clause_gap(tokens, end, text):
        end += 1
    keys, kind = _act_keys(fact_description(fact))
    return _acts_in(tokens, range(at + 1, end + 1), keys, kind)


def _partner(tokens: Sequence[Token], first: int, last: int, text: str, fact: Any) -> bool:
    """The name is the "with" party of an agreement's noun ("agreed a deal with Kellanova to
    buy", "in partnership with Disney") or the agent of a backing's participle ("backed by
    RedBird Capital", "approved by the FTC") for a one-sided event whose description has no
    word of that noun or participle (see module)."""
    keys, kind = _act_keys(fact_description(fact))
    if kind not in _ONE_SIDED:
        return False
    if _own_relative(tokens, last, text, fact) or tokens[last].text.endswith(SINGULAR_POSSESSIVES):
        return False  # "with Fennimore, which will buy", "funded by Harwick's fund" (rv50a)
    at = _before_name(tokens, first, text)
    if at < 1 or clause_gap(tokens, at, text) or tokens[at].norm not in {"with", "by"}:
        return False
    word = tokens[at - 1]
    if tokens[at].norm == "by":
        return word.norm in _BACKING and word.norm[:4] not in keys
    for back in range(at - 1, max(-1, at - 4), -1):
        if clause_gap(tokens, back, text):
            return False
        if tokens[back].norm in _AGREEMENTS:
            return tokens[back].norm[:4] not in keys
    return False


_ONE_SIDED = frozenset({"buy", "sell", "fine", "sue", "hire", "give", "get", "attack", "rule"})
_AGREEMENTS = word_set(
    """deal deals agreement agreements accord pact contract settlement arrangement terms"""
)
_BACKING = word_set(
    """backed funded financed supported advised underwritten endorsed opposed welcomed
    criticised criticized praised approved cleared mediated brokered"""
)


def _title_loser(tokens: Sequence[Token], first: int, told: Sequence[str]) -> bool:
    """The event (its description's words ``told``) is a title's win, not a match, and the
    name is the side beaten (see module)."""
    words = set(told)
    if not words & _WINNING or not words & _TITLES or words & _MATCHES:
        return False
    at = first - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    return at >= 0 and tokens[at].norm in _BEATING


def breakdown(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is an item of a gapped breakdown after a comma, an amount right after it,
    and the sentence named it before ("Apple and Meta were fined ..., Apple 500 million
    euros and Meta 200 million euros"): that earlier place tells its role."""
    if last + 1 >= len(tokens) or not tokens[last + 1].is_number:
        return False
    at = first - 1
    while at >= 0 and not clause_gap(tokens, at, text):
        token = tokens[at]
        amount = token.is_number or token.norm in _AMOUNT_WORDS or token.capitalised
        if not amount and token.norm != "and":
            return False
        at -= 1
    return at >= 0 and any(t.norm == tokens[first].norm for t in tokens[:at])


def kept_side(
    tokens: Sequence[Token], first: int, last: int, text: str, fact: Any, value: str,
    told: Sequence[str],
) -> bool:  # fmt: skip
    """A scored contest's side (``events/contest_sides``), unless the event (its description's
    words ``told``) is the title the other side won and the fact names no other actor (see
    module)."""
    if not contest_side(tokens, first, last, text):
        return False
    alone = all(other == value for other in getattr(fact, "actors", None) or [])
    return not (alone and _title_loser(tokens, first, told))


def not_doer(
    tokens: Sequence[Token], first: int, last: int, text: str, fact: Any, value: str,
    told: Sequence[str],
) -> bool:  # fmt: skip
    """Whether the name at ``first``..``last`` does not carry the event out: the undergoer of
    its one-sided act (``acts/undergoers``) or the one taken to court (``acts/court_objects``),
    a repeat in a breakdown or a party of another act (see module)."""
    if undergoes(tokens, first, last, text, fact, value, told):
        return True
    if taken_to_court(tokens, first, last, text):
        return True  # "Residents took KDDC to court" (acts/court_objects, rv63c)
    if breakdown(tokens, first, last, text):
        return True
    if any(other != value for other in getattr(fact, "actors", None) or []):
        return False  # both parties listed: who took part (acts/undergoers)
    if ruled_on(tokens, first, last, text) or comments_only(tokens, first, last, text, told):
        return True  # "A jury cleared PC Ward", "X said after the council closed" (rv64c)
    return (
        _other_clause(tokens, first, last, text, fact)
        or (bool(first) and _source(tokens, first, last, text, fact, told))
        or _partner(tokens, first, last, text, fact)
        or _title_loser(tokens, first, told)
    )


# The event's act as the doer ties read it (acts/own_act_doers): the same keys, the same test.
act_keys = _act_keys
acts_in = _acts_in
verbal = _verbal

__all__ = ["act_keys", "acts_in", "kept_side", "not_doer", "verbal"]
