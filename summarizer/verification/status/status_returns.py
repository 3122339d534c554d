"""A measure back in force, and a sentence that foresees a stage (session 18 review).

A measure lifted or suspended and then restored words both states: "were suspended in March
but took effect again on Monday", "were lifted in 2019 but came back into force", "were
reimposed on Monday" after "were lifted in June". Within one sentence the order of the verbs
decides (:mod:`status_latest`); across sentences a return marker on the in-force or imposed
wording itself ("again", "back into force", "reimposed", "reinstated") says the return is
the latest state, so the lifting the evidence also words is no later stage of it
(:func:`returned`, read by :func:`status_later.superseded`).

A sentence with a word of prospect ("is expected to be signed into law", "could be lifted")
words no later stage (:func:`foreseen`); the month "May" ("took effect in May") is no modal.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import word_set
from .statuses import clause_norms, cues_in

_FORESEEN = word_set(
    "will would could may might must ought need needs expected due set likely if unless should "
    "want wants urged urge demanded discussed considered considering weighed proposed"
)
# Words before "may" that make it the month: "in May", "since May", "early May", "on 3 May".
_MONTH_BEFORE = word_set(
    "in since until till from by of early late mid last next this on to through between "
    "and or before after during"
)
_RETURNS = word_set("again back anew")
_RESTORED = ("reimpos", "reinstat", "reintroduc", "restor", "resum")
_RETURNING = frozenset({"in_force", "imposed"})


def _month(norms: Sequence[str], at: int) -> bool:
    before = norms[at - 1] if at else ""
    after = norms[at + 1] if at + 1 < len(norms) else ""
    return before in _MONTH_BEFORE or before.isdigit() or after.isdigit()


def foreseen(norms: Sequence[str], months: bool = True) -> bool:
    """Whether the sentence holds a word of prospect; with ``months``, the month "May" is
    none (read so for a measure only: a meeting's "After a meeting ... in May" would then
    read as a later held stage, which :func:`status_later.superseded` does not tell from an
    earlier meeting)."""
    if _FORESEEN.isdisjoint(norms):
        return False
    return any(
        n in _FORESEEN and not (months and n == "may" and _month(norms, at))
        for at, n in enumerate(norms)
    )


def returned(family: str, raw: str, ctx: Context) -> bool:
    """Whether the evidence words ``raw`` (in force, imposed) as a return: a return marker
    within the cue's reach ("took effect again", "came back into force") or a restoring verb
    ("reimposed", "reinstated")."""
    if family != "MeasureStatus" or raw not in _RETURNING:
        return False
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        if foreseen(norms):
            continue
        for start, end in cues_in(family, raw, norms):
            near = norms[max(start - 2, 0) : end + 3]
            if not _RETURNS.isdisjoint(near) or any(n.startswith(_RESTORED) for n in near):
                return True
    return False


__all__ = ["foreseen", "returned"]
