"""Where in a sentence a value's cue phrases can start, for
:func:`summarizer.verification.status.statuses.cues_in`: the indices of the words that some phrase
opens with (an exact first word, or a word with a stem's start), so the reader tries only
those instead of looking every word up. A value with a phrase that opens with a gap ("…")
can start anywhere. Most sentences hold no cue word of most values: one set test then skips
the sentence (a speed step, session 22; the hits are the same).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache


@cache
def _stem_starts(stems: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    return tuple(stem for stem, _ in stems)


def cue_starts(
    exact: Mapping[str, object],
    stems: tuple[tuple[str, int], ...],
    anywhere: Sequence[int],
    norms: Sequence[str],
) -> Sequence[int]:
    """Indices of ``norms`` where a phrase may start: a word in ``exact`` or starting with
    one of ``stems``; every index when a phrase opens ``anywhere``."""
    if anywhere:
        return range(len(norms))
    if stems:
        starts = _stem_starts(stems)
        return [i for i, norm in enumerate(norms) if norm in exact or norm.startswith(starts)]
    if exact.keys().isdisjoint(norms):
        return ()
    return [i for i, norm in enumerate(norms) if norm in exact]


__all__ = ["cue_starts"]
