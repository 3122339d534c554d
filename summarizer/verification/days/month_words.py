""" "May" the month is no modal (an outside check, session 20: check 44's probe "The truce
that Egypt brokered in May expired on Sunday" read "may expired" as a prospect and left
``expired`` unconfirmed).

The modal stands before a bare verb, "not", "have", "be" or an adverb; the month stands after
a preposition or a determiner of time ("in May", "since May", "by early May", "last May",
"mid-May"), or before a day or a year ("May 13", "May 2024"). :func:`month_may` reads the
word around it; any other "may" stays a modal.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_BEFORE_MONTH = word_set(
    """in on since from until till by of early late mid last next this through between
    during before after throughout ending end"""
)


def month_may(norms: Sequence[str], index: int) -> bool:
    """Whether ``norms[index]`` ("may") is the month (see the module)."""
    if norms[index] != "may":
        return False
    after = norms[index + 1] if index + 1 < len(norms) else ""
    if after[:1].isdigit():
        return True  # "May 13", "May 2024"
    return index > 0 and norms[index - 1] in _BEFORE_MONTH


__all__ = ["month_may"]
