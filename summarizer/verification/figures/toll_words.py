"""Whether a count may be what an unqualified "toll" counts (review rv47c of wide47c).

:func:`summarizer.verification.counts.amounts.any_count_of` reads a word for any count with
no words of its own ("the toll rose to 38") as counting what the field counts. "Toll" alone is
the dead in news English ("On 21 October, the toll from the landslide in Wayanad rose to 38"
is no count of the missing, nor of homes destroyed), so it counts a field only of deaths:
killed, dead, drowned, victims, casualties. Wide47c's passing over a date before the word let
such a toll through where the date's day had refused it before; "total", "tally", "count" and
"figure" are left as they were.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set
from .count_synonyms import KILLED

_TOLLS = word_set("toll tolls")
# Stems of a count of the dead: the kill group of the count synonyms and the other words a
# toll of the dead is counted in ("fatal" also holds the group's "fatalit").
_DEATHS = (
    *KILLED, "fatal", "drown", "perish", "murder", "victim", "casualt", "bodies", "body",
    "slain", "massacre", "lost", "toll",
)  # fmt: skip


def toll_of_other(word: str, own: Sequence[str]) -> bool:
    """Whether ``word`` is a bare "toll" and the field's stems ``own`` count no deaths."""
    return word in _TOLLS and not any(stem.startswith(_DEATHS) for stem in own)


__all__ = ["toll_of_other"]
