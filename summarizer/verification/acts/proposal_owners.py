"""Whose proposal another side accepts, for :mod:`summarizer.verification.acts.proposers` (an
outside check, session 15).

"Washington said it accepted Hanoi's proposal": Hanoi proposed the truce and Washington
accepted it. :mod:`proposers` reads the owner of a proposal by its possessive, its modifier,
"by" or "from" right after the noun ("a proposal from Egypt"); an acceptance often puts the
truce between the noun and its owner, or names the owner in a relative clause with a plain
verb:

- "the proposal of a 30-day ceasefire from Washington", "an offer for a holiday truce by
  Hanoi": the noun, its "of / for" phrase (no verb or clause word in it), then "from" or
  "by" and the owner;
- "the proposal Hanoi had made", "the offer that Ankara made", "the plan Cairo sent": the
  noun, then the owner as the subject of "made", "sent", "extended" or "laid out";
- "Egypt delivered its truce proposal to Hamas", "Qatar presented its own plan" (session
  15): the owner as the subject of such a verb of handing over, with "its" (or "their",
  "his", "her") before the noun: handing over one's own proposal, not relaying another's.

:mod:`proposer_support` then names that owner as the proposer, so the side that accepted is
refused as unsupported, not unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

_NOUNS = word_set(
    """proposal proposals offer offers plan plans initiative idea draft blueprint roadmap
    framework suggestion"""
)
# Words that end the noun's phrase before its owner: a verb or a clause word ("the plan was
# rejected by Kyiv", "the offer, which came from").
_NOT_PHRASE = word_set(
    """that which who whom was were is are be been being has have had said says and but or
    accepted rejected agreed signed welcomed made sent"""
)
_OF_FOR = word_set("of for")
_BY = word_set("from by")
_MADE = word_set(
    """made makes make sent sends extended extends laid lays conveyed conveys delivered
    delivers handed hands worked works set sets"""
)
_HANDED = word_set(
    """presented presents submitted submits relayed relays forwarded forwards passed passes
    gave gives tabled tables"""
)
_OWN = word_set("its their his her")
_DAYS = word_set("on monday tuesday wednesday thursday friday saturday sunday then now")
_RELATIVES = word_set("that which")
_AUXILIARIES = word_set("had has have just earlier first originally also")


def _name_start(tokens: Sequence[Token], first: int) -> int:
    start = first
    while start > 0 and (tokens[start - 1].norm in TITLES or tokens[start - 1].norm == "the"):
        start -= 1
    return start


def _hands_own(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Egypt delivered its truce proposal", "Qatar on Monday presented its own plan"."""
    index = last + 1
    while index < len(tokens) and (
        tokens[index].capitalised or tokens[index].norm in TITLES | _AUXILIARIES | _DAYS
    ):
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _MADE | _HANDED:
        return False
    words = [t.norm for t in tokens[index + 1 : index + 6]]
    if not words or words[0] not in _OWN:
        return False
    rest = words[2:] if words[1:2] == ["own"] else words[1:]
    return any(word in _NOUNS for word in rest[:3]) and not any(
        clause_gap(tokens, i, text) for i in range(index, index + 3)
    )


def proposal_owner(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name owns the proposal another accepts (see the module)."""
    if _hands_own(tokens, last, text):
        return True
    start = _name_start(tokens, first)
    if start >= 3 and tokens[start - 1].norm in _BY:
        for index in range(start - 2, max(start - 10, -1), -1):
            norm = tokens[index].norm
            if norm in _NOUNS:  # "proposal from X" itself is read in proposers
                return index < start - 2 and tokens[index + 1].norm in _OF_FOR
            if norm in _NOT_PHRASE or clause_gap(tokens, index, text):
                break
    before = start - 1
    if before >= 0 and tokens[before].norm in _RELATIVES:
        before -= 1
    if before < 0 or clause_gap(tokens, before, text):
        return False  # not "Kyiv rejected the plan, Moscow made clear"
    while before > 0 and before > start - 9 and tokens[before].norm not in _NOUNS and (
        tokens[before].norm not in _NOT_PHRASE and not clause_gap(tokens, before - 1, text)
    ):  # fmt: skip
        before -= 1  # "the plan for a grain-corridor truce that Ankara laid out"
    if tokens[before].norm not in _NOUNS:
        return False
    index = last + 1
    while index < len(tokens) and tokens[index].norm in _AUXILIARIES:
        index += 1
    return index < len(tokens) and tokens[index].norm in _MADE


__all__ = ["proposal_owner"]
