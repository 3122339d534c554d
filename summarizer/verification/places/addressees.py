"""The one a proposal or a reply is handed to, which is no place (an outside check, session
15): "Egypt delivered the truce proposal to Hamas", "Turkish diplomats forwarded the
Ukrainian proposal to Moscow", "Ramaphosa had sent the peace plan to Kyiv". For an event's
``site`` and a meeting's ``place`` (:mod:`summarizer.verification.places.replaced_places`), a name
after "to" (or "on to") is the addressee when a verb of handing (delivered, handed, passed,
conveyed, submitted, presented, sent, relayed, forwarded, transmitted, gave) stands a few
words before "to" and a paper's noun (proposal, plan, offer, draft, text, response, reply,
message, letter, terms) before "to" too ("delivered the proposal to Hamas", "The plan was
handed to Kyiv") or right after the name ("conveyed to Hamas the Israeli proposal"): where
the paper went is who received it, not where anything happened. A stated role: unsupported.

Left out: a place named with the addressee ("to Hamas leaders in Doha": Doha is where), a
journey's end ("flew to Moscow to deliver the plan"), and aid sent somewhere ("delivered
flour to Gaza City"), whose noun is no paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set

_PAPERS = word_set(
    """proposal proposals plan plans offer offers draft drafts text texts response responses
    reply replies answer message messages letter letters terms counterproposal document
    documents demands list invitation"""
)
_HANDING = word_set(
    """delivered delivers deliver handed hands hand passed passes pass conveyed conveys
    convey submitted submits submit presented presents present sent sends send relayed
    relays relay forwarded forwards forward transmitted transmits transmit gave gives give"""
)
_REACH = 6
_PAPER_WORDS = word_set("the a an its their new revised latest truce ceasefire peace formal")


def addressee(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """Whether the place at ``tokens[start..start + size - 1]`` is the one a paper is handed
    to (see the module)."""
    to = start - 1
    if to >= 0 and tokens[to].norm == "the":
        to -= 1
    if to < 1 or tokens[to].norm != "to":
        return False
    verb = to - 1 - (tokens[to - 1].norm == "on")  # "passed the terms on to Kyiv"
    handing, paper = None, False
    for index in range(to - 1, max(to - 2 * _REACH, -1), -1):
        if clause_gap(tokens, index, text):
            break  # "Under the plan, Egypt sent troops to Rafah": another clause's paper
        if tokens[index].norm in _HANDING and handing is None and index >= to - _REACH - 1:
            handing = index
        paper = paper or tokens[index].norm in _PAPERS
    if handing is None:
        return False
    if paper:
        return True  # "delivered the proposal to Hamas", "The plan was handed to Kyiv"
    return handing == verb and _paper_after(tokens, start + size)


def _paper_after(tokens: Sequence[Token], index: int) -> bool:
    """ "conveyed to Hamas the Israeli proposal": a paper right after the addressee."""
    for token in tokens[index : index + 4]:
        if token.norm in _PAPERS:
            return True
        if not (token.capitalised or token.norm in _PAPER_WORDS):
            return False
    return False


__all__ = ["addressee"]
