"""Facts stored by an older summarizer, read by this one.

Generation 1 (until schema v2) had one position per party, one co-sponsor count, one sponsor
and a sanctions ``kind``; :func:`upgrade` rewrites such a dict into generation 2 without
inventing anything: every value moves to the field that now holds it. A dict that is neither
is left alone, so validation reports what is wrong with it.
"""

from __future__ import annotations

from typing import Any

_KINDS = {"multilateral": "bloc_package"}
_OLD_MEASURE_FIELDS = frozenset({"kind", "sponsor", "cosponsor_count", "legislative_status"})


def is_generation_1(data: Any) -> bool:
    """Facts with a field only generation 1 had."""
    if not isinstance(data, dict):
        return False
    measures = data.get("sanctions") or []
    truces = data.get("ceasefires") or []
    return any(
        isinstance(m, dict)
        and ({"kind", "sponsor", "cosponsor_count", "legislative_status"} & set(m))
        for m in measures
    ) or any(
        isinstance(t, dict)
        and any(isinstance(p, dict) and "position" in p for p in t.get("positions") or [])
        for t in truces
    )


def upgrade(data: Any) -> Any:
    """Generation-1 facts as generation 2; anything else unchanged."""
    if not is_generation_1(data):
        return data
    facts = dict(data)
    facts["sanctions"] = [_measure(m) for m in facts.get("sanctions") or []]
    facts["ceasefires"] = [_truce(t) for t in facts.get("ceasefires") or []]
    return facts


def _measure(old: Any) -> Any:
    if not isinstance(old, dict):
        return old
    new = {
        k: v
        for k, v in old.items()
        if k not in ("kind", "sponsor", "cosponsor_count", "legislative_status")
    }
    if old.get("kind") is not None:
        new["instrument"] = _KINDS.get(old["kind"], old["kind"])
    if old.get("sponsor"):
        new["sponsors"] = [old["sponsor"]]
    if old.get("cosponsor_count") is not None:
        new["counts"] = [{"what": "co-sponsors", "value": old["cosponsor_count"]}]
    status = old.get("legislative_status")
    if status not in (None, "not_applicable"):
        new["status"] = status
    return new


def _truce(old: Any) -> Any:
    if not isinstance(old, dict):
        return old
    new = dict(old)
    new["positions"] = [
        {("stance" if k == "position" else k): v for k, v in p.items()}
        if isinstance(p, dict)
        else p
        for p in old.get("positions") or []
    ]
    return new


def _stance(old: Any) -> Any:
    if not isinstance(old, dict):
        return old
    return {("stance" if key == "position" else key): value for key, value in old.items()}


__all__ = ["is_generation_1", "upgrade"]
