"""A host, broker or facilitator of talks between others is no side of them (an outside check,
session 16: "talks between Bangkok and the BRN, facilitated by Malaysia" gave Malaysia as an
actor of the talks, "Malaysia, which brokers the talks, said" and "under Malaysian
facilitation" as a party of the meeting and a side of the truce).

:mod:`summarizer.verification.sides.side_roles` already reads the past relative ("Norwegian
diplomats who brokered the deal"), "as mediator" and "brokered by"; this module reads the
wordings it let through, for a summit's party, a stance's party and an event's actor:

- "under [the] Malaysian facilitation", "under Qatar's mediation", "under the auspices of
  Egypt": the name inside a phrase of "under" and a noun of facilitating;
- "with Oman facilitating", "with Qatar mediating": "with", the name, a present participle
  of facilitating;
- "Malaysia, which brokers the talks,", "Norway, which has long facilitated the talks":
  a relative clause giving the name the role in the present or perfect, and hosting only of
  talks or negotiations ("which hosts the talks", not "which hosts the summit": a summit's
  host is often one of its leaders);
- "the truce, which Malaysia brokered", "talks that Oman facilitated": the name as the
  subject of a relative clause on the deal or the talks with a verb of brokering;
- for an event's actor (whose rule reads no roles of its own), "facilitated / hosted /
  brokered / mediated by Malaysia" right after talks between others or a comma, and the
  host's capital as where the talks were ("resumed in Doha" names no actor Qatar); for a
  stance's party, "at talks hosted by Malaysia" (the host agreed to nothing by hosting).

A name the sentence also gives a side's act ("Malaysia and Thailand signed the accord",
"Malaysia hosted Thai Prime Minister Paetongtarn for talks") is named there outside these
phrases and keeps its verdict. Each is a stated role, so the refusal is unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.party_names import is_capital
from .host_offers import hosts_others

_FACILITATION = word_set(
    """facilitation mediation auspices aegis sponsorship stewardship chairmanship
    brokerage offices"""
)
_UNDER_FILLERS = word_set("the a an joint and")
_FACILITATING = word_set("facilitating mediating brokering hosting moderating chairing")
_RELATIVE = word_set("which who that")
_RELATIVE_FILLERS = word_set("has have had long also now still currently been helped help")
_BROKERS_NOW = word_set(
    """brokers facilitates mediates moderates broker facilitate mediate brokered facilitated
    mediated moderated"""
)
_HOSTS = word_set("hosts host")  # the past is side_roles' ("who hosted the talks, met")
_MEETS = word_set("met meets meet")
_TALKS = word_set("talks negotiations round rounds dialogue process discussions")
_DEALS = word_set(
    """truce ceasefire deal accord agreement pact talks negotiations round dialogue
    arrangement"""
)
_VENUE_LINKS = word_set("in at")
_STANCES = frozenset({"stance", "taken", "awaiting"})
_BY_VERBS = word_set("facilitated hosted brokered mediated moderated sponsored convened")


def _under(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "under Malaysian facilitation", "under Qatar's mediation", "under the auspices of
    Egypt"."""
    before = first - 1
    while before >= 0 and first - before <= 3 and tokens[before].norm in _UNDER_FILLERS:
        before -= 1
    if before >= 0 and tokens[before].norm == "of" and before >= 2:
        return tokens[before - 1].norm in _FACILITATION and any(
            t.norm == "under" for t in tokens[max(before - 4, 0) : before - 1]
        )  # "under the auspices of Egypt"
    if before < 0 or tokens[before].norm != "under":
        return False
    after = tokens[last + 1 : last + 4]
    return any(t.norm in _FACILITATION for t in after)


def _with_facilitating(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "with Oman facilitating", "with the Qatari government mediating"."""
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 0 or tokens[before].norm != "with":
        return False
    return any(t.norm in _FACILITATING for t in tokens[last + 1 : last + 3])


def _relative_role(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "Malaysia, which brokers the talks,", "Norway, which has long facilitated",
    "Qatar, which hosts the negotiations"; not a host that meets ("Erdogan, who hosts the
    talks, met Zelensky")."""
    index = last + 1
    if index >= len(tokens) or tokens[index].norm not in _RELATIVE:
        return False
    closing = next(
        (i for i in range(index, min(index + 12, len(tokens))) if clause_gap(tokens, i, text)),
        None,
    )
    if closing is not None and any(t.norm in _MEETS for t in tokens[closing + 1 : closing + 3]):
        return False  # the name's own verb after the clause: it met
    for position in range(index + 1, min(index + 5, len(tokens))):
        norm = tokens[position].norm
        if norm in _BROKERS_NOW:
            return True
        if norm in _HOSTS:
            return any(t.norm in _TALKS for t in tokens[position + 1 : position + 4])
        if norm not in _RELATIVE_FILLERS:
            return False
    return False


def _made_deal(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "the truce ..., which Malaysia brokered", "talks that Oman facilitated"."""
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].norm not in _RELATIVE:
        return False
    if not any(t.norm in _DEALS for t in tokens[max(before - 6, 0) : before]):
        return False
    return last + 1 < len(tokens) and tokens[last + 1].norm in _BY_VERBS | _BROKERS_NOW


def _by_talks(tokens: Sequence[Token], first: int, text: str, between: bool) -> bool:
    """ "Talks between A and B, facilitated by Malaysia,", "talks between Israeli and Hamas
    negotiators hosted by Qatar"; with ``between``, only others' talks ("The talks hosted
    by Kenya" keep Kenya as an actor of them)."""
    if between and not any(t.norm == "between" for t in tokens[:first]):
        return False
    before = first - 1
    if before >= 0 and tokens[before].norm == "the":
        before -= 1
    if before < 1 or tokens[before].norm != "by" or tokens[before - 1].norm not in _BY_VERBS:
        return False
    verb = before - 1
    return clause_gap(tokens, verb - 1, text) or tokens[verb - 1].norm in _TALKS


def facilitates(tokens: Sequence[Token], first: int, last: int, text: str, mode: str) -> bool:
    """Whether the name at ``tokens[first..last]`` only hosts, brokers or facilitates others'
    talks or truce (see the module). ``mode`` "actor" (an event's actor) adds "facilitated by
    X" after talks between others and the host's capital as the venue; a stance's modes add
    "at talks hosted by X" (no side of the truce agreed there); a summit's modes leave
    "hosted by" to :mod:`party_roles`."""
    if _under(tokens, first, last) or _with_facilitating(tokens, first, last):
        return True
    if _relative_role(tokens, last, text) or _made_deal(tokens, first, last):
        return True
    if hosts_others(tokens, last):  # "Qatar hosted talks between ..." (host_offers)
        return True
    if mode == "actor":
        return _by_talks(tokens, first, text, True) or _venue_capital(tokens, first)
    return mode in _STANCES and _by_talks(tokens, first, text, False)


def _venue_capital(tokens: Sequence[Token], first: int) -> bool:
    """ "resumed in Doha", "met at Kuala Lumpur": the host's capital as the venue."""
    return first > 0 and tokens[first - 1].norm in _VENUE_LINKS and is_capital(tokens, first)


__all__ = ["facilitates"]
