"""A business told by the trade the page writes beside its name, for the read-back of a
business's noun ("the company said", "the firm said") in
:mod:`summarizer.verification.quotes.business_nouns` (session 44, closer gsp44a).

News introduces a business by its trade as often as by a name that writes one: "Fund manager
Ardley Capital sold its stake", "Harlow Gas, the supplier censured by the regulator, will
refund", "Halvorsen Steel, the Norwegian steelmaker,". The subject reader stops at a lower-case
trade after the sentence's first word ("Fund"), and a name whose own words give no trade
("Harlow Gas": "gas" is no plural common word) was no business to read "the company" back to.
Both readers here are narrow: the trade must open the sentence (its first word capitalised,
the rest lower case, at most three words, ending in a business's noun or a field's "manager"),
or stand as the head of an apposition right after the name ("X, the/a [one or two words]
NOUN"), before any "of", "by" or clause word: "Tom Bale, the owner of Bale Haulage" gives
"Bale Haulage" no apposition, and "X, the supplier's chief executive" ends at no trade.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .body_kinds import KINDS
from .description_misfits import FIRM_FIELDS

# A business's heads: every kind's description head but a public body's or a union's, and the
# trades of a supply chain ("the supplier", "the Norwegian steelmaker": any "-maker").
_TRADE_HEADS = frozenset().union(
    *(words for kind, words in KINDS.items() if kind not in ("agency", "union"))
) | word_set("supplier producer distributor")
# Words that end an apposition's head: what follows them is another's ("the owner of X").
_HEAD_ENDS = word_set("of by to for in at with who which that whose and")
_OPENERS = word_set("the a an")


def _trade(words: Sequence[str]) -> bool:
    """Whether the words are a firm's trade: a business's head ("oil company", "carmaker") or
    a field's "manager" ("fund manager", "property manager")."""
    if words[-1] in _TRADE_HEADS or words[-1].endswith("maker"):
        return True
    return words[-1] == "manager" and len(words) > 1 and words[-2] in FIRM_FIELDS


def trade_led(tokens: Sequence[Token]) -> list[str]:
    """The folded words of the name after a firm's trade that opens the sentence in lower case
    after its first word ("Fund manager Ardley Capital sold", "Oil company Tarvik Energy
    said"), which the subject reader stops at ("Fund"); [] when the sentence opens otherwise."""
    at = 1
    while at < min(len(tokens), 3) and not tokens[at].capitalised:
        at += 1
    if at < 2 or at >= len(tokens) or not _trade([t.norm for t in tokens[:at]]):
        return []
    run: list[str] = []
    for token in tokens[at:]:
        if not token.capitalised:
            break
        run.append(token.norm)
    return run


def apposed_trade(name: Sequence[str], tokens: Sequence[Token]) -> bool:
    """Whether the name (folded words) stands in ``tokens`` right before "the/a/an" and an
    apposition whose head, within three words and before any word that ends it, is a
    business's ("Harlow Gas, the supplier censured by the regulator,"): the page says the
    name is a business's."""
    norms = [t.norm for t in tokens]
    size = len(name)
    for at in range(len(norms) - size):
        if norms[at : at + size] != list(name) or norms[at + size] not in _OPENERS:
            continue
        for index in range(at + size + 1, min(at + size + 4, len(norms))):
            if norms[index] in _HEAD_ENDS or norms[index] in _PERSON_TRADES:
                break  # "the owner of X"; "a software developer", "a Labour lawmaker" (rv44a)
            if _trade([norms[index]]) and not _modifier(tokens, index):
                return True
    return False


def _modifier(tokens: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` qualifies a lower-case noun right after it ("a lab
    technician", "a bank clerk"): the noun, not the trade, heads the apposition (review
    rv44a); a participle after it ("the supplier censured by") does not."""
    if at + 1 >= len(tokens) or tokens[at + 1].start != tokens[at].end + 1:
        return False
    after = tokens[at + 1]
    return (
        not after.capitalised
        and after.norm not in _HEAD_ENDS
        and not after.norm.endswith(("ed", "ing"))
    )


def own_its(name: Sequence[str], tokens: Sequence[Token]) -> bool:
    """Whether the sentence writes "its" after the name before any other noun's article or
    relative word ("Fund manager Ardley Capital sold its stake", not "Hedge fund manager Lorne
    Abbott said the fund had cut its stake", "was banned by the regulator, which said its"):
    the name's own thing's "its" (review rv44a)."""
    norms = [t.norm for t in tokens]
    size = len(name)
    for at in range(len(norms) - size + 1):
        if norms[at : at + size] != list(name):
            continue
        for word in norms[at + size :]:
            if word == "its":
                return True
            if word in _OTHER_NOUNS:
                break
    return False


_OTHER_NOUNS = _OPENERS | word_set("which who that whose his her their")
# A trade's head that names a person's job as often as a business's: not a business's mark
# in an apposition ("Ben Lowe, a software developer,", "Tom Reed, a Labour lawmaker,").
_PERSON_TRADES = word_set(
    """developer developers lawmaker lawmakers policymaker policymakers filmmaker filmmakers
    peacemaker playmaker dressmaker shoemaker matchmaker troublemaker kingmaker"""
)


def unapposed(subject: Sequence[Token], text: str) -> list[str]:
    """The folded capitalised words of a sentence's subject before an apposition a comma and
    "the/a/an" open ("Penrose Glass, the Sunderland glassmaker,": "penrose glass", not
    "sunderland"), which the subject reader may run on into."""
    kept: list[str] = []
    for at, token in enumerate(subject):
        if at and token.norm in _OPENERS and "," in text[subject[at - 1].end : token.start]:
            break  # not an opening adverb's comma ("Officially, Microsoft says")
        if token.capitalised:
            kept.append(token.norm)
    return kept


__all__ = ["apposed_trade", "own_its", "trade_led", "unapposed"]
