"""Answers of pure readers of one sentence's words, kept by the words' values.

A status value's cues (:func:`summarizer.verification.status.statuses.cues_in`) are asked of the
same evidence sentence many times in one grounding: the status, latest-state, undoing and
planned-elsewhere checks of one fact each ask, and so does every status fact whose evidence is
that sentence (a third of the calls on the seeds repeat one earlier in the same grounding).
:func:`by_words` keeps such a reader's answers keyed by its arguments' values: the words as a
tuple plus their sequence type (a reader may compare a slice with a list, which a tuple's
slice never equals), so an answer is reused only where the reader would compute the same one.
Safe only for a reader that depends on nothing but its arguments and constant tables. The
stores live for one grounding (:func:`forget_words`, called as each grounding starts): a run
grounds every article once, so an answer kept from another article would rarely be asked
again, and a benchmark that grounds the same article round after round must not count such
hits as speed. A store is also bounded (cleared when full) and holds short strings and
offsets, never an article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps

_LIMIT = 8192
_STORES: list[dict[tuple[str, str, tuple[str, ...], type, bool], tuple[tuple[int, int], ...]]] = []

Reader = Callable[[str, str, Sequence[str], bool], list[tuple[int, int]]]


def by_words(reader: Reader) -> Callable[..., list[tuple[int, int]]]:
    """``reader(family, value, words, flag=False)`` with its answers kept (a fresh list each
    call, since callers may change what they get)."""
    kept: dict[tuple[str, str, tuple[str, ...], type, bool], tuple[tuple[int, int], ...]] = {}
    _STORES.append(kept)

    @wraps(reader)
    def read(
        family: str, value: str, words: Sequence[str], flag: bool = False
    ) -> list[tuple[int, int]]:
        key = (family, value, tuple(words), type(words), flag)
        found = kept.get(key)
        if found is None:
            if len(kept) >= _LIMIT:
                kept.clear()
            found = kept[key] = tuple(reader(family, value, words, flag))
        return list(found)

    read.kept = kept  # type: ignore[attr-defined]  # for tests and hit-rate measurements
    return read


def forget_words() -> None:
    """Empty every reader's kept answers (a grounding starts)."""
    for kept in _STORES:
        kept.clear()


__all__ = ["by_words", "forget_words"]
