"""What the case builder mixins (``meeting_sets.MeetingCases``, ``truce_sets.TruceCases``)
and ``support_sets.SupportCases`` build on: the loop over values with the verdict each must
get, and the two methods every builder calls (:class:`support_sets.SupportCases` defines
them), so a mixin is type-checked against them without a copy of their signatures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

T = TypeVar("T")


def verdicts(passes: Iterable[T], fails: Iterable[T]) -> Iterator[tuple[bool, T]]:
    """``(True, value)`` for each of ``passes``, then ``(False, value)`` for each of
    ``fails``: the one loop of a builder that asks the same of values that must pass and
    values that must fail."""
    for value in passes:
        yield True, value
    for value in fails:
        yield False, value


class Builder:
    """A builder mixin's view of the case list: :meth:`add` a case, :meth:`page` a page."""

    if TYPE_CHECKING:

        def add(
            self, category: str, expect: bool, why: str, text: str, facts: dict[str, Any],
            path: str, tag: str | None = None, check: str = "support",
        ) -> None: ...  # fmt: skip

        def page(self, *paragraphs: str, lead: str | None = None) -> str: ...
