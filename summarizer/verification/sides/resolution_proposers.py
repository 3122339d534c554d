"""A body that adopts a resolution calling for a truce proposes the truce (session 25, check
53: "A resolution adopted by the General Assembly calls on Israel and Hamas to observe an
immediate humanitarian truce"; "The General Assembly has adopted a resolution that urges a
truce").

The proposer is named as the agent after "by" of "adopted", "passed" or "approved" whose
subject is the resolution ("a resolution adopted by the Assembly", "the text, passed by the
council"), or as the subject of such a verb whose object is the resolution ("the Assembly on
Friday adopted a non-binding resolution"); and the same sentence has the resolution call for
a truce ("calls for", "calls on ... to observe", "urges", "demands" with a truce word). Those
who voted against, the sides the resolution calls on, and a body named in another clause
("the Security Council, which failed") are not the adopter, so they stay with the older
rules, which refuse them.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import TRUCE_STEMS
from ..acts.proposers import mentions
from ..context import Context
from ..page.tokens import Token, clause_gap, word_set

_RESOLUTIONS = word_set("resolution resolutions motion text declaration")
_ADOPTING = word_set("adopted adopts adopt passed passes approved approves endorsed endorses")
_CALLING = word_set("calls call calling urges urge urging demands demand demanding")
_LEADS = word_set(
    """has have had on in at this last friday saturday sunday monday tuesday wednesday
    thursday overwhelmingly unanimously narrowly formally also late early week night"""
)
_BETWEEN = word_set("a an the its non binding nonbinding new draft brief short")
_REACH = 6
_BACK = word_set("it which")


def _calls_for_truce(tokens: Sequence[Token]) -> bool:
    norms = [t.norm for t in tokens]
    return any(n in _CALLING for n in norms) and any(n.startswith(TRUCE_STEMS) for n in norms)


def _agent_of(tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "a resolution adopted by the General Assembly": ``first`` follows "by" (and "the")
    after an adopting participle after the resolution noun."""
    at = first - 1
    while at >= 0 and first - at <= 3 and tokens[at].capitalised:  # "General" of "Assembly"
        at -= 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm != "by" or tokens[at - 1].norm not in _ADOPTING:
        return False
    start = max(at - 1 - _REACH, 0)
    return any(tokens[i].norm in _RESOLUTIONS for i in range(start, at - 1))


def _subject_of(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "The General Assembly has adopted a resolution": the verb after ``last`` (auxiliaries,
    days and adverbs between, no clause break) and the resolution noun its object."""
    verb = last + 1
    while verb < len(tokens) and tokens[verb].norm in _LEADS:
        verb += 1
    if verb >= len(tokens) or tokens[verb].norm not in _ADOPTING:
        return False
    if any(clause_gap(tokens, i, text) for i in range(last, verb)):
        return False
    after = verb + 1
    while after < len(tokens) and tokens[after].norm in _BETWEEN:
        after += 1
    return after < len(tokens) and tokens[after].norm in _RESOLUTIONS


def _relative_subject(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """ "The resolution, which the Assembly adopted by 158 votes to nine, demands": the name
    is the subject of an adopting verb in a relative clause on the resolution (review rvC)."""
    verb = last + 1
    while verb < len(tokens) and tokens[verb].norm in _LEADS:
        verb += 1
    if verb >= len(tokens) or tokens[verb].norm not in _ADOPTING:
        return False
    at = first - 1
    while at > 0 and (tokens[at].norm == "the" or tokens[at].capitalised):
        at -= 1
    return at > 0 and tokens[at].norm in ("which", "that") and tokens[at - 1].norm in _RESOLUTIONS


def adopts_resolution(part: str, tokens: Sequence[Token], ctx: Context) -> bool:
    """Whether the sentence names ``part`` as the body adopting a resolution that calls for
    a truce (see the module)."""
    if not _calls_for_truce(tokens):
        return False
    text = ctx.article.text
    return any(
        (
            _agent_of(tokens, first, text)
            or _subject_of(tokens, last, text)
            or _relative_subject(tokens, first, last, text)
        )
        and _calls_for_truce(_clause(tokens, first, text))
        for first, last in mentions(part, tokens, ctx)
    )


def _clause(tokens: Sequence[Token], at: int, text: str) -> Sequence[Token]:
    """The tokens between the ";" before and after ``tokens[at]``: "The Assembly adopted a
    resolution on Ukraine's children; a separate draft calling for a truce was tabled by
    Algeria" has the truce in another clause (review rvC); a clause opening with "it" goes
    on about the resolution ("passed the text; it calls on both sides to ...")."""
    breaks = [i for i in range(1, len(tokens)) if ";" in text[tokens[i - 1].end : tokens[i].start]]
    start = max((i for i in breaks if i <= at), default=0)
    later = [i for i in breaks if i > at and tokens[i].norm not in _BACK]
    end = min(later, default=len(tokens))  # "; it calls on ...": the resolution goes on
    return tokens[start:end]
