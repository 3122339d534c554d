"""The confirm-only mode's field names (see :mod:`.confirm_only`), apart from its readings: the
CLI checks a name, a stored result's cache key and an eval report read the mode, and none of
them may load the checks (a cached rerun loads neither the client nor the rules:
``tests/test_stored_hits.py``), which importing :mod:`.confirm_only` would."""

from __future__ import annotations

import os
from collections.abc import Iterable

CONFIRM_ENV = "SUMMARIZER_CONFIRM_ONLY"

#: The user's field names and the support kind each stands for.
FIELDS: dict[str, str] = {
    "role": "role",  # people[].role
    "affiliation": "affiliation",  # people[].affiliation
    "actors": "actor",  # events[].actors
}


def kinds_of(fields: Iterable[str]) -> frozenset[str]:
    """The support kinds of the user's field names; an unknown name is a ValueError."""
    names = [name.strip().lower() for name in fields if name.strip()]
    unknown = [name for name in names if name not in FIELDS]
    if unknown:
        allowed = ", ".join(sorted(FIELDS))
        raise ValueError(f"unknown confirm-only field {unknown[0]!r}; allowed: {allowed}")
    return frozenset(FIELDS[name] for name in names)


def confirm_from_env() -> frozenset[str]:
    """The support kinds :data:`CONFIRM_ENV` names (a comma list of fields; empty: none)."""
    return kinds_of(os.environ.get(CONFIRM_ENV, "").split(","))


def fields_of(kinds: Iterable[str]) -> list[str]:
    """The user's field names of support kinds, in :data:`FIELDS` order (for reports)."""
    wanted = set(kinds)
    return [name for name, kind in FIELDS.items() if kind in wanted]


__all__ = ["CONFIRM_ENV", "FIELDS", "confirm_from_env", "fields_of", "kinds_of"]
