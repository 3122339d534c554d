"""The subject of an act's own verb, right before it (an outside check, 41): "President Lee
imposed the tariffs by decree", "the ban that Chancellor Brandt ordered by executive action",
"the levy, which Premier Whitlock introduced in 2019, was struck down by the court".

A name right before the cue verb in the active voice (only an auxiliary or an adverb between:
"had", "has", "also", "quietly") that opens its clause (the sentence's start, a relative
"that"/"which"/"whom", a comma, "and", "when", "while", "after", ...; titles and the
capitalised words of a title, "Secretary of Commerce", skipped) is the one acting in it,
whatever "by" comes after the verb: a "by" after an active verb is its means ("by decree") or
another verb's agent ("was struck down by the court"), never its own agent. A new clause
between a name and a cue after it (:func:`other_clause`: a ";", or ", and the president
imposed") makes the cue another subject's. "Claimed the attack" is the claimant's own act
(:func:`claims_act`). Read by :func:`summarizer.verification.acts.actors.is_actor` before its
passive "by" reading; the name is no subject when a verb or preposition governs it (the
caller's ``governed``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import TITLES

# Between the subject and its verb: auxiliaries of the active voice and adverbs.
_ACTIVE_AUX = word_set(
    """has had have also then later first quickly quietly formally personally himself
    herself itself themselves already just jointly"""
)
# Words after which a name opens its clause.
_OPENERS = word_set(
    """that which whom and when while after before as once because since though although
    but so then"""
)
_REACH = 2


def active_subject(tokens: Sequence[Token], first: int, last: int, cue: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` is the active subject of the cue verb at
    ``cue`` (see the module)."""
    if not last < cue <= last + 1 + _REACH:
        return False
    if not all(t.norm in _ACTIVE_AUX for t in tokens[last + 1 : cue]):
        return False
    between = text[tokens[last].end : tokens[cue].start]
    if any(mark in between for mark in ",;:()\u2014"):
        return False  # "Lee, the minister, ..." is the caller's aside reading
    before = first - 1
    while before >= 0 and (
        tokens[before].norm in TITLES
        or tokens[before].capitalised  # "Secretary of Commerce Jo Park"
        or (tokens[before].norm in ("of", "for") and before and tokens[before - 1].capitalised)
    ):
        before -= 1
    if before < 0:
        return True
    gap = text[tokens[before].end : tokens[before + 1].start]
    return tokens[before].norm in _OPENERS or any(mark in gap for mark in ",;:")


# A new clause after a comma: "X, and the president imposed", "X, but Lee signed".
_JOINS = word_set("and but while whereas")
_DETERMINERS = word_set("the a an its his her their this that these those")


def other_clause(tokens: Sequence[Token], first: int, last: int, cue: int, text: str) -> bool:
    """Whether a new clause with a subject of its own opens between the name ending at
    ``last`` and the cue verb at ``cue``: a ";" ("was opened by Moss; the cabinet imposed"),
    or, for the agent of another verb's "by", a comma and "and"/"but"/"while"/"whereas"
    before a determiner or a capitalised word ("was launched by Tan, and the president
    imposed"; not "A, who chairs X, and B drafted", one verb's two subjects). Not "X drafted
    it, and then filed it" (no subject after "and")."""
    if ";" in text[tokens[last].end : tokens[cue].start]:
        return True
    before = first - 1
    while before >= 0 and (tokens[before].norm in TITLES or tokens[before].capitalised):
        before -= 1
    if before < 0 or tokens[before].norm != "by":
        return False  # "A, who chairs X, and B, a Democrat, drafted": two subjects of one verb
    for at in range(last + 1, cue - 1):
        if tokens[at].norm not in _JOINS or "," not in text[tokens[at - 1].end : tokens[at].start]:
            continue
        following = tokens[at + 1]
        if following.norm in _DETERMINERS or (following.capitalised and at + 1 < cue):
            return True
    return False


# "claimed the attack", "claimed responsibility for the blast": owning an act, not saying.
_CLAIMING = word_set("claimed claims claim claiming")
_OWNED_ACTS = word_set(
    """responsibility credit attack attacks bombing bombings blast blasts raid raids strike
    strikes killing killings shooting assault ambush explosion explosions kidnapping abduction
    hijacking operation"""
)
_CLAIM_SKIPS = word_set("the a an this that these those its their both deadly latest")


def claims_act(tokens: Sequence[Token], verb: int) -> bool:
    """Whether ``tokens[verb]`` is "claimed" with an act or responsibility as its object
    ("the Islamic State group claimed the attack", "claimed responsibility for the blast"):
    the claimant owns the act, it does not report someone else's; not "claimed the attack
    was staged", "claimed that"."""
    if tokens[verb].norm not in _CLAIMING:
        return False
    at = verb + 1
    while at < len(tokens) and at <= verb + 3 and tokens[at].norm in _CLAIM_SKIPS:
        at += 1
    if at >= len(tokens) or tokens[at].norm not in _OWNED_ACTS:
        return False
    following = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    return following not in ("was", "were", "is", "had", "has")


__all__ = ["active_subject", "claims_act", "other_clause"]
