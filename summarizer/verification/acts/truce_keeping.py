"""Urging others to keep a truce is not proposing it (an outside check, session 16: "Guterres
urged both sides to respect the ceasefire Putin ordered" gave Guterres as its proposer).

:mod:`summarizer.verification.acts.proposers` counts urging and calling on as proposing ("European
leaders urged Washington to keep insisting on a ceasefire", "called on Israel to agree to a
truce"); a verb of urging whose "to" leads to a verb of keeping a truce that stands already
("urged both sides to respect / observe / honour / abide by / uphold / maintain / extend the
ceasefire", "called on the parties to honour the truce they declared") asks others to keep
it, which names no proposer: :func:`urges_keeping` refuses that verb as a proposing one,
when a truce noun follows the verb of keeping within six words and the truce is not one
the call brings in with "a"/"an" ("asked both sides to observe a three-day pause" asks for
a new truce, session 26: :func:`asks_new_truce`) (not "urged Washington to
keep insisting on a ceasefire": the insisting is the call). A
call for a truce itself ("urged Putin to declare a ceasefire", "called for a truce") is still
proposing, and "ordered his forces to observe a truce" is the order's own (:mod:`declared_truces`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

_URGING = word_set(
    """urged urges urge urging called calls call calling pressed presses press appealed
    appeals appeal implored implores asked asks"""
)
_KEEPING = word_set(
    """respect respecting observe observing honour honor honouring honoring abide uphold
    maintain preserve keep adhere comply stick extend prolong sustain consolidate"""
)
_REACH = 8  # words from the verb of urging to its "to"
_ASKED_REACH = 11  # "asked the two sides earlier in the week to"
_NEW = word_set("a an")  # a truce asked for, not one that stands ("the ceasefire Putin ordered")
# Words that end the object of the verb of keeping before its truce noun.
_OBJECT_ENDS = word_set("before after during in on of for from by to with which that who not")
_TRUCES = word_set("truce truces ceasefire ceasefires halt pause cessation moratorium armistice")


def asks_new_truce(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb of urging or asking at ``tokens[index]`` asks others to keep a truce
    that does not stand yet: the truce noun after the verb of keeping opens with "a"/"an"
    ("asked both sides to observe a three-day humanitarian pause", "asked the two sides to
    respect a temporary local truce"), which is a request for that truce (session 26); not
    one a clause after the noun gives as made ("a truce that Egypt brokered", "a ceasefire
    Washington had brokered", "a pause agreed by Israel": :func:`_new_truce`)."""
    if tokens[index].norm not in _URGING:
        return False
    for position in range(index + 1, min(index + _ASKED_REACH, len(tokens) - 2)):
        if tokens[position].norm == "to":
            return tokens[position + 1].norm in _KEEPING and _new_truce(tokens, position + 1)
    return False


# What right after a truce noun opens a clause telling it as made already (review rvT): a
# relative word, a participle ("agreed by Israel"), or a contact clause's subject ("a
# ceasefire Washington had brokered", "a truce the generals agreed", "a ceasefire they signed").
_MADE_OPENERS = word_set("that which who the they both its their he she we it")


def _new_truce(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the object of the verb of keeping at ``tokens[verb]`` is a truce brought in with
    "a"/"an" and told as no one's made truce (see :func:`asks_new_truce`)."""
    if verb + 1 >= len(tokens) or tokens[verb + 1].norm not in _NEW:
        return False
    for position in range(verb + 2, min(verb + 8, len(tokens))):
        if tokens[position].norm in _TRUCES:
            if position + 1 >= len(tokens):
                return True
            after = tokens[position + 1]
            made = after.norm in _MADE_OPENERS or after.norm.endswith("ed") or after.capitalised
            return not made
        if tokens[position].norm in _OBJECT_ENDS:
            return False  # "a minute's silence before the ceasefire talks"
    return False


def urges_keeping(tokens: Sequence[Token], index: int) -> bool:
    """Whether the verb at ``tokens[index]`` urges others to keep a truce (see the module)."""
    if tokens[index].norm not in _URGING:
        return False
    for position in range(index + 1, min(index + _REACH, len(tokens) - 1)):
        if tokens[position].norm == "to":
            verb = position + 1
            if tokens[verb].norm not in _KEEPING or tokens[verb + 1 : verb + 2] == []:
                return False
            if tokens[verb + 1].norm.endswith("ing"):
                return False  # "urged Washington to keep insisting on a ceasefire"
            if _new_truce(tokens, verb):
                return False  # "to observe a 72-hour pause": a new truce, asked for
            return any(t.norm in _TRUCES for t in tokens[verb + 1 : verb + 7])
        if tokens[position].norm == "for":
            return False  # "called for a truce": the call is the proposal
    return False


__all__ = ["asks_new_truce", "urges_keeping"]
