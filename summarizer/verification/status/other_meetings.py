"""A summit said ``proposed`` or ``scheduled`` whose evidence says it was held, where the plan
in its evidence is another meeting's (an outside check, session 13): "Ruto and Museveni met on
Friday; a meeting with the US president is expected by early June". The plan words belong to
the meeting with someone else; this meeting's evidence states it took place, so the value is
refused as *unsupported*, and the other meeting's "scheduled" no longer supports it.

Another meeting is a meeting noun in its own clause marked as another: "another", "a
second", "the next", "a separate", "a follow-up", "a new", "a further" before it, or "with" or
"between" after it naming none of the fact's parties (any name when the fact has none, since
the evidence already holds this meeting as held).

The same holds for a status that puts a meeting off or in doubt (session 14): "The leaders
met on Tuesday; a planned follow-up meeting in Jakarta was postponed" says nothing postponed of
the Tuesday meeting, so ``postponed``, ``cancelled``, ``on_hold`` or ``in_doubt`` worded only
in the other meeting's clause is refused as well. A fact whose own place or timing that
clause names is the other meeting itself ("the Jakarta meeting", postponed), and keeps its
value.

Left out, keeping their verdict: a plan this meeting's own clause words ("will meet again in
June", "are scheduled to meet"), a held meeting worded only in the other meeting's clause, and
evidence with no meeting held (two plans: each may be the fact's).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..context import Context
from ..page.tokens import tokenize, word_set
from .statuses import clause_norms, cues_in, worded

PLANS = frozenset({"proposed", "scheduled"})
ELSEWHERE = PLANS | {"postponed", "cancelled", "on_hold", "in_doubt"}
"""The summit statuses another meeting's clause may word beside this one held."""
_NOUNS = word_set("meeting meetings summit summits talks visit round session encounter trip")
_ANOTHER = word_set(
    """another second third next separate followup follow new further fresh subsequent later
    future return"""
)
_WHOSE = word_set("with between")
_CLAUSE_ENDS = word_set(", and but while whereas although though after before when")
# A comma's next words that go on with the clause before it: an aside ("Another summit, with
# the Ethiopian premier, is planned") or a predicate with no subject of its own.
_GOES_ON = word_set(
    """with between this in at on of for due set planned scheduled expected slated is are was were
    will would could may might has have had"""
)


def _clauses(norms: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = 0
    for index, norm in enumerate(norms):
        if norm == "," and norms[index + 1 : index + 2] and norms[index + 1] in _GOES_ON:
            continue
        if norm == "and" and "between" in norms[max(index - 4, 0) : index]:
            continue  # "a meeting between Sato and the Brazilian leader"
        if norm in _CLAUSE_ENDS:
            spans.append((begin, index))
            begin = index + 1
    spans.append((begin, len(norms)))
    return [(a, b) for a, b in spans if a < b]


def _another(norms: Sequence[str], begin: int, stop: int, own: Sequence[frozenset[str]]) -> bool:
    """The clause ``norms[begin:stop]`` is about another meeting (see the module): "with"
    one of the parties, or "between" two of them, is this meeting's."""
    for index in range(begin, stop):
        if norms[index] not in _NOUNS:
            continue
        if any(n in _ANOTHER for n in norms[max(index - 2, begin) : index]):
            return True
        if norms[index + 1 : index + 2] and norms[index + 1] in _WHOSE:
            named = set(norms[index + 2 : min(index + 7, stop)])
            hits = sum(1 for party in own if not party.isdisjoint(named))
            wanted = 1 if norms[index + 1] == "with" else min(2, len(own))
            return bool(named) and (not own or hits < wanted)
    return False


def planned_elsewhere(family: str, raw: str, ctx: Context) -> bool:
    """Whether a summit's plan value is only another meeting's, in evidence that words this
    meeting as held (see the module)."""
    if family != "SummitStatus" or raw not in ELSEWHERE:
        return False
    own, others = _own_words(ctx.fact), False
    marks = _marks(ctx.fact)
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        spans = [(a, b) for a, b in _clauses(norms) if _another(norms, a, b, own)]
        if any(not marks.isdisjoint(norms[a:b]) for a, b in spans):
            return False  # "the Jakarta meeting was postponed" for the Jakarta meeting
        others = others or bool(spans)
        for start, _ in cues_in(family, raw, norms):
            if not any(a <= start < b for a, b in spans):
                return False  # a plan in this meeting's own clause
    # asked last: reading "held" costs more than the clauses above, which most values fail
    return others and worded(family, "held", ctx) == "yes"


def _marks(fact: Any) -> frozenset[str]:
    """The capitalised words of the fact's place and timing ("Jakarta", "June")."""
    parts = [getattr(fact, "planned_location", None), getattr(fact, "planned_timing", None)]
    text = " ".join(part for part in parts if isinstance(part, str))
    return frozenset(t.norm for t in tokenize(text) if t.capitalised)


def _own_words(fact: Any) -> list[frozenset[str]]:
    parts = [str(p) for p in getattr(fact, "parties", None) or []]
    return [frozenset(t.norm for t in tokenize(part)) for part in parts]


__all__ = ["ELSEWHERE", "PLANS", "planned_elsewhere"]
