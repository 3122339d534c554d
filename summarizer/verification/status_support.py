"""The ``status`` support kind's verdict: supported, unconfirmed, or contradicted.

:func:`statuses.worded` reads whether the evidence words the value. When it does not, the
evidence either says nothing the cues know (the value is *unconfirmed*: the checker could not
read it, which on unseen pages is where most false alarms come from) or words a value that
excludes this one, which states another value (*unsupported*): "held" where the evidence says
the summit was "postponed", "rejects" where it says the party "welcomed" the truce.

Which values exclude each other is written down, not inferred: a later turn of events that
undoes a value (:data:`statuses.UNDONE_BY`), a summit that did not take place for one said to
be held, and, for a summit's status and a party's stance, values of different groups (a
future meeting, a meeting that happened, one put off; agreement, refusal). Values of one group
differ in degree ("proposed" and "scheduled", "skeptical" and "rejects"), and a truce's or a
measure's statuses follow each other in one story (agreed, in effect, violated), so neither
counts as a contradiction.
"""

from __future__ import annotations

from typing import Any

from summarizer.comparators import Supported
from summarizer.verification.context import Context, Result, no_evidence, unconfirmed
from summarizer.verification.statuses import (
    NOT_CHECKED,
    UNDONE_BY,
    VOCABULARIES,
    clause_norms,
    undoing,
    worded,
)

_OFF = ("on_hold", "postponed", "cancelled")
CONTRADICTED_BY: dict[str, dict[str, tuple[str, ...]]] = {
    **UNDONE_BY,
    "SummitStatus": {**UNDONE_BY["SummitStatus"], "held": _OFF},
}
"""Values whose cue in the same sentence, with none of this value's, says another value."""
GROUPS: dict[str, tuple[frozenset[str], ...]] = {
    "SummitStatus": (
        frozenset({"proposed", "scheduled"}),
        frozenset({"held", "under_way"}),
        frozenset(_OFF),
    ),
    "Stance": (
        frozenset({"agreed", "supports", "supports_with_conditions"}),
        frozenset({"rejects"}),
    ),
}
"""Families whose values exclude those of another group anywhere in the evidence. Doubt
(``in_doubt``, ``skeptical``) sits in no group: it goes with any plan or stance."""
_TOO_LOOSE = frozenset({"supports_with_conditions"})
"""Values whose cues ("if", "but", "once") are too common to say another value by themselves."""


def support_status(value: Any, rule: Supported, ctx: Context) -> Result:
    family = type(value).__name__
    raw = str(getattr(value, "value", value))
    if raw in NOT_CHECKED or family not in VOCABULARIES:
        return True, ""
    if not ctx.sentences:
        return no_evidence(ctx)
    found = worded(family, raw, ctx)
    if found == "yes":
        return True, ""
    shown = raw.replace("_", " ")
    if found == "earlier":
        return False, f"its evidence words {shown!r} only of an earlier meeting"
    other = contradicting(family, raw, ctx)
    if other:
        return False, f"its evidence words it as {other.replace('_', ' ')!r}, not {shown!r}"
    return unconfirmed(f"no wording for {raw} in its evidence")


def contradicting(family: str, raw: str, ctx: Context) -> str | None:
    """A value the evidence words that excludes ``raw`` (see the module's docstring)."""
    against = CONTRADICTED_BY.get(family, {}).get(raw, ())
    for index in ctx.sentences:
        other = undoing(family, against, clause_norms(ctx, index))
        if other:
            return other
    own = [group for group in GROUPS.get(family, ()) if raw in group]
    if not own:
        return None
    for group in GROUPS[family]:
        if group is own[0]:
            continue
        for other in sorted(group - _TOO_LOOSE):
            if worded(family, other, ctx) == "yes":
                return other
    return None


__all__ = ["CONTRADICTED_BY", "GROUPS", "contradicting", "support_status"]
