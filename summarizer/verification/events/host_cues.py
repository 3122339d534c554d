"""Hosting a meeting is holding it (an outside check, session 15): "China, which is hosting
the G20 summit this week", "praised Samoa for hosting the Commonwealth meeting", "as host of
the summit that opened Monday", "Qatar, which hosts the talks", "Egypt played host to the
meeting" word a summit ``held`` or ``under_way`` (one group: the rules do not tell them
apart). For :func:`status_calls.extra_status_cues`, over one sentence's normal forms with
"," where a clause mark stood.

Read: "hosting", "hosts", or "host" after "as" / "play host" or before "of", with a meeting
noun after it in its clause ("hosting the summit", "host of this week's talks"). Left out,
so the plan stays a plan:

- a future frame before it, which the caller reads (:func:`statuses.worded`: "will be
  hosting" is a prospect), and a bare "host" ("will host", "is to host", "offered to host"),
  which is no cue here at all;
- a time still to come after it in its clause ("is hosting a summit next month", "hosts
  next year's meeting", "hosting the upcoming talks"), or a habit ("hosts the talks every
  other year");
- another meeting, which the caller reads too ("hosted last year's summit": an earlier one).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_HOSTING = word_set("hosting hosts")
_PLAYING = word_set("as play plays played playing")
_MEETINGS = (
    "summit", "meeting", "talks", "conference", "session", "round", "gathering", "negotiation",
    "forum", "dialogue", "consultation", "parley", "encounter",
)  # fmt: skip
# A time still to come (the meeting is planned, not held), or a habit (no one meeting).
_COMING = word_set(
    "next tomorrow upcoming coming later future soon forthcoming every each annually annual"
)
_REACH = 7


def hosting(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each hosting word that words a meeting held (see the module)."""
    found: list[tuple[int, int]] = []
    if _HOSTING.isdisjoint(norms) and "host" not in norms:
        return found  # no hosting word at all (a speed gate: most sentences)
    for index, norm in enumerate(norms):
        before = norms[index - 1] if index else ""
        after = norms[index + 1] if index + 1 < len(norms) else ""
        if not (
            norm in _HOSTING or (norm == "host" and (before in _PLAYING or after in ("of", "to")))
        ):
            continue
        clause = list(norms[index + 1 : index + 1 + _REACH])
        if "," in clause:
            clause = clause[: clause.index(",")]
        if not _COMING.isdisjoint(clause):
            continue
        if any(word.startswith(_MEETINGS) for word in clause):
            found.append((index - 1 if before in _PLAYING else index, index + 1))
    return found


__all__ = ["hosting"]
