"""A day a status is reported as of (session 24, false accepts closed): "As of Sunday, the
ceasefire declared on Thursday was holding" dates the report of the truce's state, not its
start, so the day after "as of" (or "as at") is refused for a start's day (a truce's
``starts``). The truce's own day in the same sentence ("declared on Thursday") is read as
before; a start written with "as of" and a start verb of its own ("takes effect as of
Monday", "is declared as of 06:00 Monday") is the start's, and stays accepted; so is one with
a modal before "as of" ("will be implemented as of Friday", "is to be observed as of
Tuesday") and one whose truce starts right after the day ("As of Tuesday, when the
ceasefire began", "As of Sunday morning the truce came into force"), not one where something
else started ("when fighting started again")."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token

#: The role a day after "as of" has for a start's day.
AS_OF = "the day a status is reported as of"
# words between "as of" and the day ("as of late Sunday", "as of early on Monday")
_BETWEEN = frozenset({"late", "early", "on", "midday", "noon", "this", "last"})
# a start verb just before "as of" makes the day the start's ("took effect as of Monday")
_START = frozenset({"effect", "effective", "start", "starts", "started", "begin", "begins",
                    "began", "applies", "apply", "force", "from", "declared", "declare",
                    "declares", "imposed", "valid"})  # fmt: skip
# a future or modal just before "as of" ("will be implemented as of Friday")
_AHEAD = frozenset({"will", "shall", "to", "would"})
_STATES = frozenset({"hold", "holds", "remain", "remains", "stay", "stays", "last", "continue",
                     "stand", "be", "place", "intact"})  # fmt: skip
_PARTS = frozenset({"morning", "afternoon", "evening", "night", "midnight", "noon"})
# a verb of starting after the truce, right after the day ("As of Tuesday, when the truce began")
_STARTED = frozenset({"took", "takes", "came", "comes", "began", "begins", "started", "starts",
                      "entered", "enters", "went", "goes", "kicked", "kicks"})  # fmt: skip
_RELATIVE = frozenset({"which", "that", "who", "since", "was", "were", "had", "has", "is"})
_TRUCES = frozenset({"truce", "ceasefire", "ceasefires", "truces", "armistice", "pause",
                     "deal", "agreement", "it"})  # fmt: skip


def as_of_day(tokens: Sequence[Token], first: int, last: int | None = None) -> str | None:
    """``AS_OF`` when the day at ``tokens[first]`` follows "as of" / "as at" (a few time
    words between), and no start verb comes just before it nor in a "when" clause right
    after it ("As of Tuesday, when the ceasefire began, ...": the start's day); else None."""
    at = first - 1
    while at >= 0 and tokens[at].norm in _BETWEEN:
        at -= 1
    if at < 1 or tokens[at].norm not in {"of", "at"} or tokens[at - 1].norm != "as":
        return None
    if at >= 2 and tokens[at - 2].norm in _START:
        return None
    state = at >= 2 and tokens[at - 2].norm in _STATES  # "would hold as of Friday"
    if not state and any(t.norm in _AHEAD for t in tokens[max(at - 5, 0) : at - 1]):
        return None  # "will be implemented as of Friday", "is to be observed as of Tuesday"
    end = first if last is None else last
    while end + 1 < len(tokens) and tokens[end + 1].norm in _PARTS:
        end += 1  # "As of Sunday morning"
    if end + 1 < len(tokens) and tokens[end + 1].norm == "when":
        end += 1  # "As of Tuesday, when the ceasefire began"
    return None if _truce_started(tokens[end + 1 : end + 10]) else AS_OF


def _truce_started(clause: Sequence[Token]) -> bool:
    """The truce the clause names, then a verb of starting ("the truce came into force", "the
    ceasefire began"); not "fighting started again, the truce", nor "the truce, which took
    effect on Thursday" (a relative clause of its own)."""
    norms = [t.norm for t in clause]
    truce = next((i for i, norm in enumerate(norms) if norm in _TRUCES), None)
    if truce is None:
        return False
    for norm in norms[truce + 1 :]:
        if norm in _STARTED:
            return True
        if norm in _RELATIVE:
            return False
    return False


__all__ = ["AS_OF", "as_of_day"]
