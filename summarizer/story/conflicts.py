"""Sources that disagree at the same time, told apart from changes over time and from
different precision.

Two claims about one field of one group conflict when they cannot both be true:

- numbers whose qualified intervals do not meet ("more than 80" and 84 agree; 84 and 85 do
  not), at the same time (same resolved ``as_of``, else same article date and the same
  ``as_of`` as written), or at any time for the length of a past event;
- statuses of incompatible classes on the same day ("on hold" and "cancelled"; "on hold" and
  "in doubt" are one class), or a final status ("cancelled", "held") gone back on by a report
  within two days (a later "postponed" after "called off" is a denial, not a change);
- stances of the same party that cannot both hold at one time (agreed vs rejects).

Claims with no date never conflict: without a time, a difference may be a change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import combinations

from summarizer.story.claims import Claim
from summarizer.story.keys import same_name
from summarizer.story.quantities import agree

SUMMIT = {
    "proposed": {"planned"},
    "scheduled": {"planned"},
    "in_doubt": {"planned", "paused"},
    "on_hold": {"paused"},
    "postponed": {"paused"},
    "cancelled": {"off"},
    "under_way": {"happened"},
    "held": {"happened"},
}
CEASEFIRE = {
    "proposed": {"proposed", "agreed", "rejected"},
    "accepted_in_principle": {"agreed"},
    "agreed": {"agreed"},
    "in_effect": {"agreed", "in_effect"},
    "violated": {"in_effect"},
    "expired": {"ended"},
    "collapsed": {"ended"},
    "rejected": {"rejected", "proposed"},
}
MEASURE = {
    **{
        s: {"pending"}
        for s in (
            "proposed",
            "threatened",
            "introduced",
            "in_committee",
            "vote_expected",
            "passed_one_chamber",
        )
    },
    **{s: {"active"} for s in ("enacted", "announced", "imposed", "in_force")},
    "suspended": {"suspended"},
    "lifted": {"lifted"},
}
CLASSES = {"summit": SUMMIT, "ceasefire": CEASEFIRE, "sanctions": MEASURE}
FINAL = {"cancelled", "held", "expired", "collapsed", "lifted", "enacted"}
INCOMPATIBLE_STANCES = {
    frozenset(pair)
    for pair in (
        ("agreed", "rejects"),
        ("supports", "rejects"),
        ("supports_with_conditions", "rejects"),
        ("agreed", "awaiting_answer"),
    )
}
GONE_BACK_WITHIN = 2


def same_field(a: Claim, b: Claim) -> bool:
    if a.field.startswith("stance: ") and b.field.startswith("stance: "):
        return same_name(a.field[8:], b.field[8:])
    return a.field == b.field


def same_time(a: Claim, b: Claim) -> bool:
    if a.timeless and b.timeless:
        return True
    return a.date is not None and a.date == b.date and a.moment == b.moment


def status_conflict(a: Claim, b: Claim) -> str | None:
    classes = CLASSES[a.item.kind]
    ca, cb = classes.get(a.value), classes.get(b.value)
    if not ca or not cb or ca & cb or a.date is None or b.date is None:
        return None
    if a.date == b.date:
        return f"{a.shown!r} and {b.shown!r} on the same day"
    first, then = sorted((a, b), key=lambda c: c.date or 0)
    assert first.date is not None and then.date is not None
    if first.value in FINAL and (then.date - first.date).days <= GONE_BACK_WITHIN:
        return f"{then.shown!r} within days of {first.shown!r}, a final status"
    return None


def conflict_between(a: Claim, b: Claim) -> str | None:
    """Why ``a`` and ``b`` cannot both be true, or None."""
    if not same_field(a, b) or (
        a.item.source.article_id == b.item.source.article_id and (a.path == b.path)
    ):
        return None
    if a.field == "status":
        return status_conflict(a, b)
    if not same_time(a, b):
        return None
    if a.field.startswith("stance: "):
        if frozenset((a.value, b.value)) in INCOMPATIBLE_STANCES:
            return f"{a.shown!r} and {b.shown!r} at the same time"
        return None
    if agree(a.value, b.value, (a.scale, b.scale)):
        return None
    return f"{a.shown!r} and {b.shown!r} cannot both hold" + (
        "" if a.timeless else " at the same time"
    )


def undated_difference(a: Claim, b: Claim) -> str | None:
    """Why ``a`` and ``b`` would conflict if they held at the same time, when one of them has
    no date: not a conflict (it may be a change), but worth a reader's look."""
    if (a.timeless and b.timeless) or (a.date is not None and b.date is not None):
        return None
    day = dt.date(1, 1, 1)
    reason = conflict_between(replace(a, date=day, moment=""), replace(b, date=day, moment=""))
    return reason and reason.replace(" on the same day", "").replace(" at the same time", "")


def find_undated(claims: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    ordered = sorted(claims, key=lambda c: (c.field, c.path, c.item.source.article_id))
    found = []
    for a, b in combinations(ordered, 2):
        reason = undated_difference(a, b)
        if reason:
            found.append((a, b, reason + "; one source is undated"))
    return found


def find_conflicts(claims: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    ordered = sorted(claims, key=lambda c: (c.field, c.path, c.item.source.article_id))
    found = []
    for a, b in combinations(ordered, 2):
        reason = conflict_between(a, b)
        if reason:
            found.append((a, b, reason))
    return found


__all__ = [
    "conflict_between",
    "find_conflicts",
    "find_undated",
    "same_field",
    "same_time",
    "undated_difference",
]
