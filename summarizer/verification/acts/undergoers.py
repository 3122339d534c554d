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
Review rv48a kept the doer in shapes these readings took for the undergoer: the progressive is
active ("is buying", "has been investigating"); a name with a verb of its own right after it
opens its own clause after the act's noun or after "and" ("the fine the FCA imposed", "After a
two-year investigation the Competition Bureau fined", "... and UEFA fined the club"); an agent
noun or an "-ing" modifier names the doer ("Chief prosecutor Tamara Ellis"); a bid "from" names
its bidder; an order or a report in a relative hands the act to its antecedent ("which Trump
ordered to investigate").
Session 49 (rule writer cl49a) reads the act by its class (``acts/act_classes``: "bought" for an
acquisition, "sued" for a lawsuit, "hit" for strikes, a sale's and a payment's object for a
purchase) and the other side's roles (a seller's or a recipient's subject, selling's "to" and
receiving's "from"), and more clause forms: a contact relative after an apposition ("Pelican,
the software maker Orbis bought"), a participle after the name's comma ("Northgate Bank, fined
... by the FCA"), "whom the authority fined", "is to be acquired", "gets acquired", an amount
set off by commas before the object, a ruling's "that" and a replacing's "with"; a description
that itself tells the act as befalling the value and names no doer ("Luca de Meo hired as
chief executive", "buyout of Texas utility TXU") keeps the labeller's reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..context import fact_description
from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..sentences.passives import BE, GET, MODALS, PERFECT
from .act_classes import act_class, converse_subject, event_class, possessive, priced, traded

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
# A bid's words: "a takeover bid from Orbis" names the bidder after "from", no seller (rv48a).
_OFFERS = word_set("bid bids offer offers proposal proposals approach overture overtures")
# Words that open a clause of the name's own right after it ("the fine the FCA imposed",
# "fined Chelsea ... and UEFA fined the club", "After the takeover Orbis had closed"): a
# modal, "has"/"had", a verb of saying, or a lower-case past form; not "is"/"was" ("After the
# takeover Pelican was delisted": the one taken over, told as a passive's subject; rv48a).
_OWN_VERBS = MODALS | PERFECT | word_set("says said does did can")
# Verbs between a relative's subject and the act that make the antecedent its doer: an order
# ("which Trump ordered to investigate") or a report ("which Reuters reported had agreed to
# buy"; rv48a).
_HANDING_ON = word_set(
    """ordered orders asked asks told tells urged urges directed directs instructed tasked
    pressed allowed forced reported reports said says believed thought"""
)
_REACH = 14


def _stem(norm: str) -> str:
    return norm[:5]


# Classes read only by the description's own word: a winning's object is a prize or a title,
# not a party it befalls, and a ban's, a suspension's or a block's words take different objects
# (goods, a bid, a party); read by the class, each flagged correct actors on held checks (s49).
_OWN_WORDS = frozenset({None, "get", "bar"})


def act_verbs(tokens: Sequence[Token], told: Sequence[str]) -> list[int]:
    """Where the sentence writes a one-sided act the description also names (see module): a
    word of the class whose first four letters a description's word shares ("beating" for
    "beat", "acquire" for "acquisition"), or a word of the act class of the description's
    first act word ("bought" for "acquisition", "sued" for "lawsuit": acts/act_classes, s49)."""
    keys = {norm[:4] for norm in told if len(norm) >= 3}
    kind = event_class(told)
    return [
        index
        for index, token in enumerate(tokens)
        if (
            (_stem(token.norm) in _ACT_STEMS and token.norm[:4] in keys)
            or (kind not in _OWN_WORDS and act_class(token.norm) == kind)
        )
        and not _doer_word(tokens, index)
        and not priced(tokens, index)
    ]


def _doer_word(tokens: Sequence[Token], index: int) -> bool:
    """The act's word names its doer or modifies a noun, no verb taking an object (rv48a): an
    agent noun ("prosecutor Tamara Ellis", "the acquirer Orbis", "attackers"), or an "-ing"
    form opening the sentence or after an article ("Investigating magistrate Laure Vidal")."""
    norm = tokens[index].norm
    if norm.endswith(("er", "or", "ers", "ors")) and not norm.endswith(("over", "overs")):
        return True  # not "takeover"
    opening = not index or tokens[index - 1].norm in {"the", "a", "an"}
    modifying = (
        index + 1 < len(tokens)
        and not tokens[index + 1].capitalised
        and tokens[index + 1].norm not in _LINKS  # "the signing of Joao Palhinha" (s49)
    )
    return norm.endswith("ing") and opening and modifying


def _object_of(tokens: Sequence[Token], verb: int, span: tuple[int, int], text: str) -> bool:
    """The name at ``span`` is the object of the act at ``verb``: only fillers between (see
    module), within one clause save a list's commas; not when, with no linking preposition
    between, a verb of its own follows it (:func:`_own_clause`)."""
    first, last = span
    if first <= verb or first - verb > _REACH:
        return False
    if verb + 1 < len(tokens) and tokens[verb + 1].norm == "by":
        return False  # "acquired by Roark": the agent follows
    lower, linked, offered, aside = 0, False, False, False
    kind = act_class(tokens[verb].norm)
    for index in range(verb + 1, first):
        token = tokens[index]
        if clause_gap(tokens, index - 1, text) and not _listed(tokens, index, text):
            if aside or _amount(token):  # "a fine of 500 million kronor, about $46 million, on"
                aside = not aside
            else:
                return False
        linked = linked or token.norm in _LINKS
        offered = offered or token.norm in _OFFERS
        buying = _stem(tokens[verb].norm) in _BUYING or kind in ("buy", "sign")
        if token.norm == "from" and buying and not offered:
            continue
        if token.norm == _LINKED_STOPS.get(kind or ""):
            linked = True  # "ruled that Google had", "replaced X with Y" (s49)
            continue
        if token.norm in _STOPS:
            return False
        if token.norm in _FILLERS or token.norm in _LINKS or token.capitalised:
            continue
        if token.is_number or not token.norm.isalpha():
            continue  # "$59.5 billion", "2-1"
        if aside or tokens[index - 1].is_number:
            continue  # "500 million kronor, about $46 million," (s49)
        lower += 1
        if lower > _LOWER_MAX:
            return False
    # a past verb's object keeps it unless "and" opens a clause between: not "fined
    # Northgate Bank based in Leeds"
    joined = any(t.norm == "and" for t in tokens[verb + 1 : first])
    verbal = tokens[verb].norm.endswith("ed") and not joined
    if not linked and not verbal and _own_clause(tokens, last, text):
        return False
    return not clause_gap(tokens, first - 1, text) or _listed(tokens, first, text)


# A word of the sentence that, after an act of the class named, ties the act to its undergoer
# though it would end an object elsewhere: a ruling's "that" clause holds the one ruled on, a
# replacing's "with" the one brought in (s49).
_LINKED_STOPS = {"rule": "that", "hire": "with"}
_ASIDES = word_set("about around roughly some nearly almost or worth")


def _amount(token: Token) -> bool:
    """An aside opening with an amount: "about $46 million", "£40m", "or roughly ..."."""
    return token.is_number or token.norm in _ASIDES or not token.norm[:1].isalpha()


def _own_clause(tokens: Sequence[Token], last: int, text: str) -> bool:
    """A verb of the name's own follows it: a modal, "has"/"had", a verb of saying or a
    lower-case past form ("the fine the FCA imposed", "and UEFA fined the club", "in a strike
    Unite says will last", "After the takeover Orbis had closed"): the name opens a clause of
    its own, the act's noun or verb before it takes no object there (rv48a)."""
    at = last + 1
    if at >= len(tokens) or clause_gap(tokens, last, text):
        return False
    token = tokens[at]
    return token.norm in _OWN_VERBS or (not token.capitalised and token.norm.endswith("ed"))


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
        if tokens[verb].norm.endswith("ing"):
            continue  # "is suing", "has been investigating": active, progressive (rv48a)
        between = [t.norm for t in tokens[last + 1 : verb]]
        helping = BE | GET | {"in", "by", "to"}  # "is to be acquired", "gets acquired" (s49)
        if any(norm in _STOPS and norm not in helping for norm in between[:-2]):
            continue
        if between and (between[-1] in BE or between[-1] in GET):
            return True
    return False


def _relative_object(tokens: Sequence[Token], last: int, verbs: Sequence[int], text: str) -> bool:
    """ "Pioneer, which Exxon agreed to buy": a relative word, a capitalised subject, then the
    act within five words; or (s49) a subject after "the" ("whom the authority fined"), or no
    relative word after an apposition ("Pelican, the software maker Orbis bought"), the act
    then taking no object of its own."""
    at = last + 1
    if at < len(tokens) and clause_gap(tokens, last, text) and tokens[at].norm in {"the", "a"}:
        at += 1  # "Radius Recycling, the scrap-metal processor Toyota Tsusho America agreed to"
        while at < len(tokens) and not tokens[at].capitalised and at - last <= 5:
            if clause_gap(tokens, at - 1, text) or tokens[at].norm in _STOPS:
                return False
            at += 1
        while at < len(tokens) and tokens[at].capitalised:
            at += 1  # the contact relative's subject, then its verb: no noun between
        while at < len(tokens) and tokens[at].norm in _CONTACT_BRIDGE:
            at += 1  # not "Luca de Meo, the former Renault boss hired in June" (check 89)
        return at in verbs and _bare_act(tokens, at - 1, verbs, text)
    if at + 1 >= len(tokens) or tokens[at].norm not in _RELATIVES:
        return False
    if tokens[at + 1].norm == "the" and at + 2 < len(tokens):
        return _bare_act(tokens, at + 2, verbs, text)  # "whom the FCA fined after a review"
    if not tokens[at + 1].capitalised:
        return False
    return any(at + 1 < verb <= at + 6 and not _handed_on(tokens, at + 2, verb) for verb in verbs)


_CONTACT_BRIDGE = BE | PERFECT | MODALS | word_set("agreed agrees to plans planned just also")


def _bare_act(tokens: Sequence[Token], subject: int, verbs: Sequence[int], text: str) -> bool:
    """One of the act ``verbs`` within six words after a relative clause's ``subject``, in its
    clause, with no object of its own after it (the clause's object is its antecedent): no
    article or capitalised word right after it."""
    for verb in verbs:
        if not subject < verb <= subject + 6 or _handed_on(tokens, subject + 1, verb):
            continue
        if any(clause_gap(tokens, index, text) for index in range(subject, verb)):
            continue
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if after is None or clause_gap(tokens, verb, text):
            return True
        if after.norm not in {"the", "a", "an", "its", "their"} and not after.capitalised:
            return True
    return False


def _apposed_participle(
    tokens: Sequence[Token], last: int, verbs: Sequence[int], text: str
) -> bool:
    """ "HSBC Bank, fined £57.4 million by the PRA, ...", "Pelican, bought by Orbis in 2023":
    a past participle of the act right after the name's comma, taking no object of its own
    (a reduced passive relative: the name undergoes it; s49)."""
    at = last + 1
    if at not in verbs or not clause_gap(tokens, last, text):
        return False
    norm = tokens[at].norm
    if not (norm.endswith(("ed", "en")) or norm in _PAST_PARTICIPLES):
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return after is None or (after.norm not in {"the", "a", "an"} and not after.capitalised)


_PAST_PARTICIPLES = word_set("bought sold hit struck paid won sued shot")


def _handed_on(tokens: Sequence[Token], start: int, verb: int) -> bool:
    """An order or a report between a relative's subject and the act, no other name after it:
    the antecedent does the act ("which Trump ordered to investigate", not "which Reuters said
    Orbis had agreed to buy")."""
    for index in range(start, verb):
        if tokens[index].norm in _HANDING_ON:
            return not any(token.capitalised for token in tokens[index + 1 : verb])
    return False


def undergoes(
    tokens: Sequence[Token], first: int, last: int, text: str, fact: Any, value: str,
    told: Sequence[str],
) -> bool:  # fmt: skip
    """Whether the name at ``first``..``last`` is only the undergoer or recipient of the
    event's own one-sided act (see the module), the act read from ``told`` (the norms of
    ``fact``'s description, which the caller has read once for every place it asks about) and
    its other actors from ``fact``'s ``actors``."""
    if any(other != value for other in getattr(fact, "actors", None) or []):
        return False  # both parties listed: who took part (see the module)
    if _told_befallen(fact_description(fact), value):
        return False  # "TXU named in the buyout of Texas utility TXU": the labeller's framing
    kind = event_class(told)
    if first and _agent_link(tokens, first, kind, text):
        return False  # "acquired by Roark", "sold ... to TPG", "received ... from the Trust"
    if kind is not None and converse_subject(tokens, first, last, text, kind):
        return True  # "Sabre agreed to sell ... to TPG": the seller, for TPG's purchase (s49)
    if kind is not None and (
        _source_of_gain(tokens, first, kind, text) or _handed_to(tokens, first, kind, text)
    ):
        return True  # "won a grant ... from the Strada Foundation": the giver, for UCF's win
    verbs = act_verbs(tokens, told) + traded(tokens, kind, possessive(tokens, last, text))
    if not verbs:
        return False
    if any(_object_of(tokens, verb, (first, last), text) for verb in verbs):
        return True
    return (
        _passive_subject(tokens, last, verbs)
        or _relative_object(tokens, last, verbs, text)
        or _apposed_participle(tokens, last, verbs, text)
    )


@lru_cache(maxsize=4096)
def _told_befallen(description: str, value: str) -> bool:
    """The fact's own description tells its act as befalling the value and names no doer:
    the value before a hiring's or naming's word ("X named Nobel laureate": the honour is the
    named one's event) or after any act's "of" ("buyout of Texas utility TXU"), no
    capitalised or possessive word of another before the act's word. The labeller lists whom
    the event was about; the evidence's object is then that event's own party (checks 82 and
    84; s49). A fine told as "Northgate Bank to be fined" is still the regulator's (rv48a)."""
    words = tokenize(description)
    norms = [token.norm for token in words]
    named = [token.norm for token in tokenize(value)]
    size = len(named)
    starts = [i for i in range(len(norms) - size + 1) if size and norms[i : i + size] == named]
    act = next((i for i, token in enumerate(words) if act_class(token.norm)), None)
    if not starts or act is None:
        return False
    start = starts[0]
    inside = range(start, start + size)
    for index in range(act):
        token = words[index]
        if index not in inside and (token.capitalised or token.text.endswith(("'s", "'"))):
            return False
    if start + size <= act:  # "X named Nobel laureate", not "Northgate Bank to be fined" (rv48a)
        return act_class(norms[act]) in ("hire", "give")
    return "of" in norms[act + 1 : start] and start - act <= 4


def _agent_link(tokens: Sequence[Token], first: int, kind: str | None, text: str) -> bool:
    """The name follows "by" (an agent), or names the event's doer by a preposition of the
    other side's act within twelve words in its clause: selling's or giving's "to" for a
    purchase or a win ("sold ... to TPG"), buying's or receiving's "from" for a sale or a gift
    ("received $50 million from the Hughes Foundation"; s49)."""
    if tokens[first - 1].norm == "by":
        return True
    at = _preposition(tokens, first)
    before = tokens[at].norm if at is not None else ""
    if before == "to" and kind in _GAINING:
        return _near(tokens, first, _PASSING, text)
    if before == "from" and kind in _PASSING:
        return _near(tokens, first, _GAINING | _PASSING, text)
    return False


def _preposition(tokens: Sequence[Token], first: int) -> int | None:
    """The preposition heading the name's phrase: right before it, or before an article and
    up to three lower-case words ("to private equity firm TPG")."""
    at, lower = first - 1, 0
    while at >= 0 and lower <= 3 and tokens[at].norm not in {"to", "from"}:
        if tokens[at].capitalised or tokens[at].norm in _STOPS or act_class(tokens[at].norm):
            return None  # not "to sell its Hospitality Solutions business": an infinitive
        lower += tokens[at].norm not in {"the", "a", "an"}
        at -= 1
    return at if at >= 0 and lower <= 3 else None


def _handed_to(tokens: Sequence[Token], first: int, kind: str, text: str) -> bool:
    """A sale's buyer or a gift's recipient, for the sale or the gift: "to" (before an
    article and a description at most) after a word of passing within twelve words ("agreed to
    sell its business to private equity firm TPG": TPG did not sell; s49)."""
    at = _preposition(tokens, first)
    if kind not in _PASSING or at is None or tokens[at].norm != "to":
        return False
    return _near(tokens, first, _PASSING, text)


def _source_of_gain(tokens: Sequence[Token], first: int, kind: str, text: str) -> bool:
    """A winning's or a purchase's source: "from" after a word of gaining or giving, for an
    event of gaining ("won a grant of $300,000 from the Strada Foundation": the giver did not
    win it; s49)."""
    at = _preposition(tokens, first)
    if kind != "get" or at is None or tokens[at].norm != "from":
        return False
    if any(token.norm in _OFFERS for token in tokens[max(0, at - 3) : at]):
        return False  # "received a takeover bid from Orbis": the bidder (rv48a)
    return _near(tokens, first, _GAINING | _PASSING, text)


def _near(tokens: Sequence[Token], first: int, kinds: frozenset[str], text: str) -> bool:
    """A word of one of the act ``kinds`` within twelve words before ``first``, in its clause
    and not in "according to" ("..., according to Sotheby's": a source)."""
    if first >= 2 and tokens[first - 2].norm == "according":
        return False
    for at in range(first - 1, max(-1, first - 13), -1):
        if act_class(tokens[at].norm) in kinds:
            return True
        if at and clause_gap(tokens, at - 1, text):
            return False
    return False


_GAINING = frozenset({"buy", "get"})
_PASSING = frozenset({"sell", "give"})


__all__ = ["act_verbs", "undergoes"]
