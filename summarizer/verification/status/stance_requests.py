"""A party that asks for a truce supports it (session 26, check 50: "Kyiv had also asked for
an unconditional 30-day ceasefire" gave Ukraine no wording for ``supports``).

The stance table words support by calling, urging, pushing or pressing for a truce; asking
for one is the same act, and :mod:`truce_requests` already reads it for the proposer, as a
structure rather than a phrase: the party is the subject of "asked for" / "requested" with the
truce in its object ("asked for an immediate and unconditional nationwide ceasefire", not
"asked for more time before answering the ceasefire offer"), the one at whose request a truce
came ("at Qatar's request"), or the subject of "asked the sides to observe a three-day pause"
(a truce the request brings in). That reading is reused here for a party's ``supports``: the
one asked, a side named in another clause and a request refused are not the subject, and a
refusal the evidence gives the party ("asked for a ceasefire but then rejected the terms")
undoes it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..acts.proposers import mentions
from ..acts.truce_requests import requests_truce
from ..context import Context
from ..page.tokens import Token, word_set

# A later turn of the same subject ("had asked for a ceasefire in May but now rejects one",
# "asked for a truce and later withdrew the request"): no support (review rvT).
_TURNS = word_set("but and yet")
_TURN_ADVERBS = word_set("now later then since soon quickly has had have also")
_REFUSING = word_set(
    """rejects rejected refuses refused dismisses dismissed opposes opposed withdrew withdraws
    withdrawn retracted retracts abandoned abandons"""
)
# What the turn refuses: the request itself or its truce.
_REQUESTED = word_set("it one request truce ceasefire pause proposal idea")


def _turned(tokens: Sequence[Token], last: int) -> bool:
    """Whether the subject ending at ``tokens[last]`` turns against its request later in the
    sentence: "but"/"and" followed by a verb of refusing with no subject of its own, whose
    object is the request or its truce."""
    for index in range(last + 1, len(tokens) - 1):
        if tokens[index].norm not in _TURNS:
            continue
        after = index + 1
        while after < len(tokens) - 1 and tokens[after].norm in _TURN_ADVERBS:
            after += 1
        undone = {t.norm for t in tokens[after + 1 : after + 4]} & _REQUESTED
        if tokens[after].norm in _REFUSING and undone:
            return True  # not "and rejected Israel's demand for a buffer zone"
    return False


def asks_for_truce(ctx: Context, worded: Callable[[str, str, Context], str]) -> bool:
    """Whether the position's party asks for the truce in its evidence (see the module) and
    its evidence words no refusal of the party's (``worded``: :func:`statuses.worded`, passed
    in by its caller): "asked for a ceasefire but then rejected the terms" is no support."""
    party = getattr(ctx.fact, "party", None)
    if not isinstance(party, str) or not party.strip():
        return False
    if worded("Stance", "rejects", ctx) == "yes":
        return False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        for first, last in mentions(party, tokens, ctx):
            if requests_truce(tokens, first, last, ctx.article.text):
                return not _turned(tokens, last)
    return False


__all__ = ["asks_for_truce"]
