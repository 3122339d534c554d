"""Which act an event is, by class, and the party a *converse* act's wording gives the other
role (session 49: over 34 unseen checks 167 planted wrong actors passed, most the company
bought given as the buyer and the recipient or payee given as the payer or giver).

Why: ``acts/undergoers`` read an act only where the evidence used a word sharing the first
four letters of a description's word, so "TPG's purchase of ..." never met "Sabre agreed to
sell ... to TPG", a "lawsuit" never met "sued", a "gift" never met "received ... from", a
"strike" never met "hit", an "appointment" never met "appointed" (the class held no hiring).
A fact-checker reads the event's act by its meaning, whichever word the article uses for it,
and knows that buying and selling, giving and receiving are one act told from either side.

The reading:
- an act *class* is a set of word stems (first five letters, or the whole of a shorter word)
  of one kind of one-sided act: buying (and a club's signing), selling, paying or giving,
  receiving or winning, fining, suing or charging, ruling, attacking, hiring or appointing,
  arresting, barring, investigating, beating; the event's class is the class of the *first*
  act word of its description ("UCF winning a Strada grant" is a winning, "Netflix's
  takeover" a buying);
- an evidence word of the same class is the event's act (its object, passive subject and
  relative antecedent are read by ``acts/undergoers``), save for winning and barring, read
  only by the description's own word (``undergoers._OWN_WORDS``);
- an evidence word of the *converse* class (selling for a buying, buying for a selling,
  receiving for a giving, giving for a receiving) tells the event from the other side: its
  subject, or the owner of its noun ("Warner Bros. Discovery's sale to Netflix", "Seattle
  Children's received $50 million from ...", "Sabre agreed on Monday to sell ... to TPG"),
  holds the other role and is not the event's actor; its "to" (selling's buyer, giving's
  recipient) or "from" (buying's seller, receiving's giver) names the actor, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, word_set
from ..sentences.passives import ADVERBS, BE, GET, MODALS, PERFECT

_CLASSES: dict[str, frozenset[str]] = {
    "buy": word_set("""acqui buy buys bough buyin purch takeo buyou"""),
    # a club's or a label's signing: its object is the one signed, its "from" the seller
    "sign": word_set("signe signi sign signs"),
    "sell": word_set("sell sells sold selli sale sales divest"),
    "give": word_set(
        """paid pay pays payin payme award grant gave give given gives givin gift gifts
        donat hande hands refun"""
    ),
    "get": word_set("recei won win wins winni"),
    "fine": word_set("fine fined fines penal sanct"),
    "sue": word_set("sue sued suing sues lawsu charg indic prose"),
    "rule": word_set("ruled rulin convi sente"),
    "attack": word_set(
        """attac struc strik bomb bombe bombi bombs shell raid raide raids targe hit hits
        hitti airst"""
    ),
    "hire": word_set("appoi hired hires hirin named namin repla fired firin sacke ouste"),
    "arrest": word_set("arres detai"),
    "bar": word_set("expel suspe ban banne barre bars block disqu"),
    "probe": word_set("inves probe"),
    "beat": word_set("beat beate beati beats defea thras"),
}
_CONVERSE = {"buy": "sell", "sell": "buy", "give": "get", "get": "give"}
# Between a converse act's subject and its verb: auxiliaries, adverbs, an intention ("agreed
# on Monday to sell"), a date after "on" or "in".
_BRIDGE = (
    BE
    | PERFECT
    | MODALS
    | ADVERBS
    | word_set(
        """to agreed agrees agree plans planned plan decided decides wants wanted moved
        moves sought seeks expects expected has did does on in last this said says it they
        its their"""
    )
)
_REACH = 7


# Each stem's class: the first class in ``_CLASSES`` that holds it (built from the last, so
# an earlier class overwrites a later one), one lookup per stem instead of one per class (spd50).
_CLASS_OF = {stem: name for name, stems in reversed(_CLASSES.items()) for stem in stems}


def act_class(norm: str) -> str | None:
    """The class of one-sided act a word belongs to (see the module), or None: its first five
    letters' class, else the whole word's."""
    return _CLASS_OF.get(norm[:5]) or _CLASS_OF.get(norm)


def possessive(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name ending at ``last`` is written as an owner ("Sabre's", "Kestrel Minerals'")."""
    return tokens[last].text.endswith(SINGULAR_POSSESSIVES) or text[
        tokens[last].end : tokens[last].end + 1
    ] in {"'", "\u2019"}


def priced(tokens: Sequence[Token], index: int) -> bool:
    """A charging word followed by an amount: a price or a bill ("has been charged £2 million
    by Ofwat"), not a criminal charge (rv49a)."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].norm[:5] == "charg"
        and after is not None
        and (after.is_number or not after.norm[:1].isalpha())
    )


def _passive(tokens: Sequence[Token], verb: int) -> bool:
    """The converse word is a passive participle ("has been awarded", "got paid"): its subject
    undergoes the converse act, so holds the event's own role (rv49a)."""
    return (
        verb > 0
        and not tokens[verb].norm.endswith("ing")
        and (tokens[verb - 1].norm in BE or tokens[verb - 1].norm in GET)
    )


def _also_does(tokens: Sequence[Token], verb: int, kind: str) -> bool:
    """After the converse word at ``verb``, the same subject does the event's own act on
    another occasion: a word of the event's class after "its"/"their" ("Kestrel Minerals' sale
    of its Pilbara assets funded its purchase of ...") or a verb coordinated by "and" ("bought
    the chain in 2018 and has now agreed to sell it"; rv49a)."""
    for at in range(verb + 1, len(tokens)):
        if act_class(tokens[at].norm) != kind:
            continue
        if tokens[at - 1].norm in {"its", "their"}:
            return True
        back = at - 1
        while back > verb and (
            tokens[back].norm in _BRIDGE
            or (tokens[back].capitalised and tokens[back - 1].norm in {"on", "in"})
        ):
            back -= 1
        if back > verb and tokens[back].norm == "and":
            return True
    return False


def traded(tokens: Sequence[Token], kind: str | None, owner: bool = False) -> list[int]:
    """Where the sentence writes a trade's other word whose object is the event's undergoer
    too: for a purchase, a sale's verb ("to sell its Hospitality Solutions business": the
    thing sold) and a payment's ("paid Bournemouth £55 million": the seller paid); for a sale,
    a purchase's verb."""
    if kind not in ("buy", "sell", "sign") or owner:
        return []  # "agreed to buy Sabine Midstream's pipeline business": the seller (rv49a)
    kinds = {"buy"} if kind == "sell" else {"sell", "give"}
    return [index for index, token in enumerate(tokens) if act_class(token.norm) in kinds]


def event_class(told: Sequence[str]) -> str | None:
    """The class of the first act word of an event's description norms ``told``."""
    for norm in told:
        found = act_class(norm)
        if found is not None:
            return found
    return None


def converse_subject(tokens: Sequence[Token], first: int, last: int, text: str, kind: str) -> bool:
    """The name at ``first``..``last`` is the subject of a verb, or the owner of a noun, of
    the act class converse to ``kind`` (see the module): it holds the other role."""
    other = _CONVERSE.get(kind)
    if other is None:
        return False
    if possessive(tokens, last, text):
        at = last + 1
        while at < len(tokens) and at - last <= 3 and act_class(tokens[at].norm) is None:
            if tokens[at].capitalised or clause_gap(tokens, at - 1, text):
                break
            at += 1  # "Sabre's $1.1bn sale", "Wolves' record sale"
        if at < len(tokens) and act_class(tokens[at].norm) == other:
            return not clause_gap(tokens, last, text) and not _also_does(tokens, at, kind)
    index = last
    while index + 1 < len(tokens) and index - last < _REACH:
        if clause_gap(tokens, index, text):
            return False
        index += 1
        token = tokens[index]
        if act_class(token.norm) == other:
            if _passive(tokens, index) or _also_does(tokens, index, kind):
                return False  # "has been awarded ... by", "bought X in 2018 and has now sold it"
            return not token.capitalised or index == last + 1
        if token.norm in _BRIDGE:
            continue
        if token.capitalised and tokens[index - 1].norm in {"on", "in"}:
            continue  # "agreed on Monday to sell"
        return False
    return False


__all__ = ["act_class", "converse_subject", "event_class", "possessive", "priced", "traded"]
