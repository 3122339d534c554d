"""The facts of the other-occasion sets (``make_occasions29_cases.py`` and its review
``make_rvo29_cases.py``): a meeting's place, a truce's proposer and an event's count, each
under the dated article block the sets need (the other-occasion rule compares years with the
article's). Each set keeps its own evidence and wording; the facts are built here once."""

from __future__ import annotations

from typing import Any


def meeting_place(
    article: dict[str, Any], place: str, meeting: tuple[str, str, str, str], evidence: list[str]
) -> dict[str, Any]:
    """A summit of ``meeting`` (two parties, status, day or "") held or planned at ``place``."""
    one, two, status, day = meeting
    fact = {"parties": [one, two], "status": status, "planned_timing": day or None}
    return {
        "article": article,
        "summits": [{**fact, "planned_location": place, "evidence": evidence}],
    }


def truce_proposer(
    article: dict[str, Any], proposer: str, status: str, evidence: list[str], **fields: Any
) -> dict[str, Any]:
    """A truce proposed by ``proposer`` with ``status`` and any other ``fields`` of its own."""
    fact: dict[str, Any] = {"proposer": proposer, "status": status, **fields}
    return {"article": article, "ceasefires": [{**fact, "evidence": evidence}]}


def event_count(
    article: dict[str, Any], what: str, value: float, evidence: list[str],
    as_of: str | None = None, qualifier: str = "exact",
) -> dict[str, Any]:  # fmt: skip
    """An event whose one count is ``value`` of ``what`` (as of ``as_of``)."""
    counted = {"what": what, "value": {"value": value, "qualifier": qualifier}, "as_of": as_of}
    event = {"kind": "other", "description": "the event", "actors": [], "place": None,
             "when": None, "counts": [counted], "evidence": evidence}  # fmt: skip
    return {"article": article, "events": [event]}
