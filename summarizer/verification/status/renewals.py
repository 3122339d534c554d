"""A truce renewed or rolled over is in effect (an outside check, session 19: check 42's
cause 4: "The truce, which lapsed on April 30, was renewed on May 7 until May 31" was left
unconfirmed as in effect).

Renewing is extending by another name: the past form "renewed", the phrasal "rolled over"
("rolled" with "over" right after it) and "runs until/to/through" (the truce's present course
to a later end) join "extended" and "prolonged" in :func:`status_clauses.extended`, read only
in a sentence with a truce word; its callers read a negation ("was not renewed") or a later
expiry ("renewed once in May, lapsed on June 30") as they read "extended".
:func:`renewed_since` reads a renewal after the end the same sentence words ("which lapsed on
April 30, was renewed on May 7") as the latest. "Refused to renew" and "hopes of renewing"
have no past form and say nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_RENEWED = word_set("renewed")
_RUNS = word_set("runs")
_TO = word_set("until till to through into")


def renewed(norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each renewal in a sentence's norms (see the module)."""
    found = []
    for index, norm in enumerate(norms):
        after = norms[index + 1] if index + 1 < len(norms) else ""
        if norm in _RENEWED:
            found.append((index, index + 1))
        elif (norm == "rolled" and after == "over") or (norm in _RUNS and after in _TO):
            found.append((index, index + 2))
    return found


_PROSPECTS = word_set(
    "would could may might will hope hopes hoped not never n't refused consider without no"
)


def renewed_since(
    norms: Sequence[str], spans: Sequence[tuple[int, int]], ends: Sequence[int]
) -> bool:
    """Whether an extension or renewal (``spans``, :func:`status_clauses.extended`) comes
    after every word of the truce's end (``ends``: "lapsed", "expired") in one sentence, with
    no modal, hope or negation before it: "The truce, which lapsed on April 30, was renewed on
    May 7 until May 31" is in effect again; "renewed once in May, lapsed on June 30" is not,
    nor "expired and was not renewed"."""
    if not ends:
        return False
    last = max(ends)
    return any(start > last and _PROSPECTS.isdisjoint(norms[:start]) for start, _ in spans)


__all__ = ["renewed", "renewed_since"]
