"""Verbs that make their subject (or their agent after "by") a measure's maker, read for the
sponsor rule as cues beside the field's own (outside check 44: "President Donald Trump
approves the measures recommended by ...", "Trump signs two proclamations"). The family:
approving, signing (and signing off on), authorising, decreeing and enacting, in every form
("approves", "is signing", "approved by", "authorized"), where a measure noun is the verb's
object (after it, only determiners, modifiers, numbers and names between) or stands just
before its passive ("the restrictions were approved by").

Not a maker's act: "approved of the measures" (an opinion); a verb whose object is another
thing ("signs his contracts", "approves the annual report", "signed a letter protesting the
tariffs"); approving a bill, an act, an amendment or a motion, which a committee or a chamber
does to another's bill (the bill's sponsor is who introduced it). Who schedules a vote,
criticises, opposes or receives the measure is no maker either: those verbs are no cue here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..sentences.runs import possessive

_MAKING = word_set(
    """approve approves approved approving sign signs signing authorise authorises authorised
    authorising authorize authorizes authorized authorizing decree decrees decreed decreeing
    enact enacts enacted enacting"""
)
_APPROVING = word_set("approve approves approved approving")
# What a maker makes: an executive's or a bloc's measures.
_MADE = word_set(
    """measure measures duty duties tariff tariffs levy levies surcharge surcharges sanctions
    penalties penalty restrictions restriction quotas quota order orders decree decrees
    proclamation proclamations package packages ban bans embargo curbs controls rules
    safeguards safeguard"""
)
# Bills a chamber or committee approves: approving one makes no sponsor.
_BILLS = word_set("bill bills act acts legislation amendment amendments motion motions")
_BEFORE = word_set(
    """the a an two three four five six several new its his her their this these those
    further fresh extra additional import export executive trade steel sanctions tariff
    emergency first second third final off on temporary percent per cent pc"""
)
_PASSIVE = word_set("was is were are been being has have had")
_REACH = 7


def maker_cues(tokens: Sequence[Token], norms: frozenset[str]) -> list[int]:
    """The indexes of the verbs of the module whose object (or passive subject) is a measure,
    read only when the sentence's words ``norms`` hold one of the verbs."""
    if _MAKING.isdisjoint(norms):
        return []
    found: list[int] = []
    for index, token in enumerate(tokens):
        if token.norm not in _MAKING or token.joined:
            continue
        after = index + 1
        if after < len(tokens) and tokens[after].norm == "by":
            if _made_before(tokens, index):
                found.append(index)  # "the restrictions were approved by President Okafor"
            continue
        noun = _object(tokens, after)
        if noun is not None and not (token.norm in _APPROVING and tokens[noun].norm in _BILLS):
            found.append(index)
    return found


def _object(tokens: Sequence[Token], start: int) -> int | None:
    for index in range(start, min(start + _REACH, len(tokens))):
        token = tokens[index]
        if token.norm in _MADE or token.norm in _BILLS:
            return index
        if not (token.norm in _BEFORE or token.capitalised or token.is_number or token.joined):
            return None
    return None


def _made_before(tokens: Sequence[Token], verb: int) -> bool:
    for index in range(verb - 1, max(verb - 4, -1), -1):
        norm = tokens[index].norm
        if norm in _MADE:
            return True
        if norm not in _PASSIVE:
            return False
    return False


def others_by(tokens: Sequence[Token], cue: int, by: int) -> bool:
    """Whether the "by" after a maker's verb is another participle's, with the verb's object
    between ("approves the measures recommended by X": X recommended, the subject approved)."""
    if tokens[cue].norm not in _MAKING or by - 1 <= cue + 1:
        return False
    before = tokens[by - 1].norm
    return before.endswith("ed") and before not in _MAKING


def made_against(tokens: Sequence[Token], index: int) -> bool:
    """Whether the "against" at ``index`` is the target of a measure right before it
    ("penalties against three firms", "sanctions against Moscow"), not a stance."""
    return tokens[index].norm == "against" and index > 0 and tokens[index - 1].norm in _MADE


_OPPOSING = word_set(
    """against oppose opposed opposes opposing reject rejected rejects criticised criticized
    criticise criticize blocked block blocks"""
)


def led_against(tokens: Sequence[Token], last: int) -> bool:
    """Whether the words right after a leader's name ending at ``last`` oppose ("lawmakers
    led by Rep. Voss voted against the sanctions"): the name leads the measure's opponents."""
    return any(t.norm in _OPPOSING for t in tokens[last + 1 : last + 4])


# People a possessive name hands the act to (session 20 review: "approved by President Ines
# Calderon's predecessor" made Calderon the sponsor).
_OTHERS = word_set(
    """predecessor predecessors successor successors aide aides adviser advisers advisor
    advisors deputy deputies spokesman spokeswoman spokesperson chief rival rivals opponent
    opponents critics critic envoy envoys wife husband son daughter staff allies ally"""
)


def others_person(tokens: Sequence[Token], last: int, text: str) -> bool:
    """Whether the name ending at ``last`` is the possessor of another person ("Calderon's
    predecessor", "Trump's aides"): that person acts, not the name."""
    return (
        last + 1 < len(tokens)
        and tokens[last + 1].norm in _OTHERS
        and possessive(tokens[last], text)
    )


__all__ = ["led_against", "made_against", "maker_cues", "others_by", "others_person"]
