"""The loop the case builders share (``support_sets``, ``meeting_sets`` and the generators
through ``support_sets``): one value at a time with the verdict it must get, those that must
pass first, so a builder that asks the same of both writes one loop, not two nested ones."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def verdicts(passes: Iterable[T], fails: Iterable[T]) -> Iterator[tuple[bool, T]]:
    """``(True, value)`` for each of ``passes``, then ``(False, value)`` for each of
    ``fails``: the one loop of a builder that asks the same of values that must pass and
    values that must fail."""
    for value in passes:
        yield True, value
    for value in fails:
        yield False, value
