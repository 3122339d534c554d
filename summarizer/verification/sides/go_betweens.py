"""A go-between by what it does, for a truce's sides (:func:`side_roles.other_role`; an
outside check, session 15).

:mod:`party_roles` and :mod:`side_roles` read a mediator by its noun or its participle
("mediators Egypt and Qatar", "mediated by Oman", "with Turkey as go-between"). A page also
tells the go-between by its work, and a fact-checker reads no side's stance there either:

- carrying word between the sides: "with Egyptian officials shuttling between the sides",
  "Saudi diplomats carried messages between them", "Omani envoys went back and forth",
  "Egypt's shuttle diplomacy", "shuttle diplomacy by Qatar";
- mediating as the subject of the talks it ran: "Algeria facilitated the talks, at which
  Mali and the rebels accepted the truce", "Qatar mediated between Israel and Hamas",
  "Turkey brokered the truce" (not "... and signed it").

A go-between that signs the truce as well is a signatory, and so a side of it ("Qatar,
mediator and guarantor, signed the truce", "Egypt, which mediated, signed the accord as a
guarantor"): :func:`signs_too` keeps it, whatever role its aside gives it. Each refusal is a
stated role, so unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

# Who a go-between sends, between its name and the verb ("Egyptian officials shuttled").
_SENT = word_set(
    """officials official diplomats diplomat envoys envoy mediators mediator negotiators
    negotiator intermediaries delegation delegates team teams government ministers minister
    emissaries emissary intelligence security chief chiefs spy spies and"""
)
_SHUTTLING = word_set("shuttled shuttling shuttles shuttle")
_GOING = word_set("went going gone goes go")
_CARRYING = word_set(
    """carried carrying carries carry ferried ferrying ferries ferry passed passing passes
    pass conveyed conveying conveys convey"""
)
_CARRIED = word_set("messages message proposals proposal drafts draft offers notes letters")
_BETWEEN = word_set("between among")
# Running the talks as their subject, and what was run.
_RUNNING = word_set(
    """mediated mediates mediating facilitated facilitates facilitating brokered brokers
    brokering convened convenes hosted hosts hosting chaired chairs oversaw oversees
    moderated moderates sponsored sponsors"""
)
_RUN = word_set(
    """talks negotiations meeting meetings contacts discussions dialogue round truce ceasefire
    deal pause accord agreement"""
)
_FILLERS = word_set("the a an this that these those latest new indirect direct weekend")
_AUXILIARIES = word_set("have has had been were was are is also again repeatedly quietly")
_AGREEING = word_set("agreed accepted endorsed ratified joined")
_ADVERBS = word_set(
    """also too then later jointly formally itself personally subsequently eventually finally
    had has have co"""
)
_PREPOSITIONS = word_set(
    "with by of to from for in at on under behind via through than against toward towards"
)
_SIGNING = word_set(
    """signed signs sign countersigned countersigns initialled initialed initials cosigned
    cosigns"""
)


def _after_phrase(tokens: Sequence[Token], last: int, text: str) -> int:
    """The index after the name's phrase and the body it sends ("Egyptian officials")."""
    index = last + 1
    while (
        index < len(tokens)
        and index <= last + 5
        and (tokens[index].norm in _SENT or tokens[index].norm in TITLES)
        and not clause_gap(tokens, index - 1, text)
    ):
        index += 1
    return index


def goes_between(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name carries word between the sides or runs their talks (see the module)."""
    index = _after_phrase(tokens, last, text)
    if index >= len(tokens) or clause_gap(tokens, index - 1, text):
        return _shuttle_of(tokens, first, text)
    while index + 1 < len(tokens) and tokens[index].norm in _AUXILIARIES:
        index += 1  # "Qatari officials have been shuttling"
    norm = tokens[index].norm
    ahead = [t.norm for t in tokens[index + 1 : index + 7]]
    if norm in _SHUTTLING:
        return True  # "Egyptian officials shuttled between the delegations"
    if norm in _GOING and ahead[:3] == ["back", "and", "forth"]:
        return True  # "Omani envoys went back and forth"
    if norm in _CARRYING and ahead[:1] and ahead[0] in _CARRIED:
        return not _BETWEEN.isdisjoint(ahead)  # "carried messages between them"
    if norm in _RUNNING:
        return _runs_talks(tokens, index, text)
    return _shuttle_of(tokens, first, text)


def _runs_talks(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """ "facilitated the talks", "mediated between Israel and Hamas", "brokered the truce":
    a meeting or truce noun (or "between") as the object, and no signing or agreeing of the
    subject's own later in the clause ("brokered the truce and signed it")."""
    index = verb + 1
    while index < len(tokens) and tokens[index].norm in _FILLERS:
        index += 1
    if index >= len(tokens):
        return False
    if tokens[index].norm not in _RUN and tokens[index].norm not in _BETWEEN:
        return False
    for position in range(index + 1, len(tokens) - 1):
        if clause_gap(tokens, position - 1, text):
            break
        if tokens[position].norm != "and":
            continue
        after = position + 1
        while after < len(tokens) - 1 and tokens[after].norm in _ADVERBS:
            after += 1
        if tokens[after].norm in _SIGNING or tokens[after].norm in _AGREEING:
            return False  # "brokered the truce and then signed it"
    return True


def _shuttle_of(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "shuttle diplomacy by Egypt", "the shuttle diplomacy of Qatar", "days of shuttling
    by Egyptian officials"."""
    start = first
    while start > 0 and tokens[start - 1].norm in ("the", "its", "their"):
        start -= 1
    if start < 2 or tokens[start - 1].norm not in ("by", "of", "from"):
        return False
    noun = tokens[start - 2].norm
    if noun in _SHUTTLING:
        return True
    return noun == "diplomacy" and start >= 3 and tokens[start - 3].norm == "shuttle"


def signs_too(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is the subject of signing the truce, after an aside that may give it a
    go-between's role ("Qatar, mediator and guarantor, signed", "Qatar, the mediator, also
    signed", "Qatar signed the accord as a guarantor")."""
    before = first - 1
    while before >= 0 and (tokens[before].norm in TITLES or tokens[before].norm == "the"):
        before -= 1
    if before >= 0 and tokens[before].norm in _PREPOSITIONS:
        return False  # "Militias aligned with Tehran signed the truce": not the subject
    index = last + 1
    if index < len(tokens) and clause_gap(tokens, last, text):
        index += 1
        while index < len(tokens) and index <= last + 14 and not clause_gap(tokens, index, text):
            index += 1  # to the aside's closing comma
        index += 1
    while index < len(tokens) and tokens[index].norm in _ADVERBS:
        index += 1
    return index < len(tokens) and tokens[index].norm in _SIGNING


__all__ = ["goes_between", "signs_too"]
