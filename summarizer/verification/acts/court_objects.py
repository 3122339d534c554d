"""The one taken to court (session 63, review rv63c of ac63): "Residents took KDDC to court",
"hauled the council before a tribunal", "Kelby Water was taken to the High Court by
residents". The acted-on reading of ``sides/event_actors`` knew "sued X" and "fined X" but not
the phrase "take X to court", so the body taken there passed as the one acting (a council
whose name holds "and", read whole by ``acts/joined_names``, then by its initials).

A name is taken to court when, in its clause, a verb of taking ("take", "haul", "drag") stands
right before it (past "the"/"a", capitalised words, one noun after "the": "took the developer
Vale Homes to") and "to"/"before"/"into" follows it, with a court's noun
within a few words ("to court", "to the High Court", "before an employment tribunal"); or when
it is the subject of that verb in the passive ("was taken to court by"). The one doing the
taking (the subject, "Residents", or the passive's agent) is not read here: it stays the actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from ..sentences.passives import BE, PERFECT

_TAKING = word_set(
    """take takes took taking taken haul hauls hauled hauling drag drags dragged dragging"""
)
_LINKS = word_set("to before into")
_COURTS = word_set("court courts tribunal tribunals")
_SKIPPED = word_set("the a an")
# Most words between the link and the court's noun ("to the High Court", "before an employment
# tribunal").
_REACH = 4


def taken_to_court(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``first``..``last`` is the one taken to court (see the module)."""
    before = _skipped_back(tokens, first - 1, text)
    if (
        before >= 1
        and tokens[before - 1].norm in _SKIPPED
        and tokens[before].norm not in _TAKING
        and not clause_gap(tokens, before, text)
    ):
        before = _skipped_back(tokens, before - 1, text)  # "took the developer Vale Homes to"
    after = last + 1
    while (
        after < len(tokens)
        and tokens[after].capitalised
        and not clause_gap(tokens, after - 1, text)
    ):
        after += 1  # the rest of a name found by one word ("Tarr & Moor")
    if before >= 0 and tokens[before].norm in _TAKING and not clause_gap(tokens, before, text):
        return _to_court(tokens, after, text)
    passive = False
    while after < len(tokens) and tokens[after].norm in BE | PERFECT:
        passive = passive or tokens[after].norm in BE
        after += 1
    return (
        passive
        and after < len(tokens)
        and tokens[after].norm in _TAKING
        and _to_court(tokens, after + 1, text)
    )


def _skipped_back(tokens: Sequence[Token], before: int, text: str) -> int:
    """The index before ``before`` past articles and capitalised words (the rest of the name,
    a title), in one clause."""
    while (
        before >= 0
        and (tokens[before].norm in _SKIPPED or tokens[before].capitalised)
        and not clause_gap(tokens, before, text)
    ):
        before -= 1
    return before


def _to_court(tokens: Sequence[Token], link: int, text: str) -> bool:
    """A link word at ``link`` and a court's noun within :data:`_REACH` words after it, in one
    clause."""
    if link >= len(tokens) or tokens[link].norm not in _LINKS:
        return False
    for index in range(link + 1, min(len(tokens), link + 1 + _REACH)):
        if clause_gap(tokens, index - 1, text):
            return False
        if tokens[index].norm in _COURTS:
            return True
    return False


__all__ = ["taken_to_court"]
