"""A count dated by its clause to another time than the fact gives it (session 30, left30;
review rvo29's left-out "Last year, 4,100 migrants died ..." beside "So far this year, 600 more
have died").

The other-occasion rule (:mod:`.other_occasions`) keeps a count whose clause carries a time
marker ("last year", "In 2025", "a year ago") when the fact's ``as_of`` or ``what`` names that
time, and otherwise leaves a marked count to the other rules: a year or "last year" is often
the story's own date. A fact that gives the count a time of its own that the marker
contradicts is another matter: "4,100" with ``as_of`` 2026 for "Last year, 4,100 migrants died"
in a 2026 story, or with ``what`` "migrants died this year". Then the count is another time's,
and :func:`other_time` says the marker conflicts with the fact.

Read: the fact's ``as_of`` and ``what`` (and its event's ``when``); a year there (a four-digit
number) other than the year the marker names (:func:`.occasion_markers.marker_year`: "2025",
"last year" and "a year ago" in a 2026 story), or "this" / "so far" before a unit of time
("this year", "this winter", "so far") in the fact's words while the marker is of the past.
Not read: a fact with no time of its own (the marker may be the story's own date), a marker
whose year is not known (no publication date), a month.
"""

from __future__ import annotations

from itertools import pairwise

from ..context import Context
from ..page.tokens import tokenize, word_set
from .occasion_markers import marker_year

_THIS_UNITS = word_set("year season winter summer spring autumn fall month week")
_PAST_MARKS = word_set("last previous ago earlier")


def _fact_words(ctx: Context) -> list[str]:
    parts = [getattr(ctx.fact, name, None) for name in ("as_of", "what")]
    parts.append(getattr(ctx.parent, "when", None))
    return [t.norm for t in tokenize(" ".join(str(part) for part in parts if part))]


def other_time(marker: str, ctx: Context) -> bool:
    """The count's ``marker`` of another time contradicts the time the fact gives it."""
    words = _fact_words(ctx)
    if not words:
        return False
    published = ctx.published.year if ctx.published else None
    named = marker_year(marker, published)
    years = {w for w in words if len(w) == 4 and w.isdigit() and w.startswith(("19", "20"))}
    if named and years and named not in years:
        return True  # "Last year, 4,100 migrants died" for a count as of 2026
    past = marker.isdigit() or not _PAST_MARKS.isdisjoint(marker.split())
    if past and named and named == str(published):
        return False  # "In 2026" in a 2026 story: the story's own year
    this = any(a == "this" and b in _THIS_UNITS for a, b in pairwise(words))
    so_far = any(a == "so" and b == "far" for a, b in pairwise(words))
    return past and (this or so_far)


__all__ = ["other_time"]
