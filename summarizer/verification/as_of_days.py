"""A day a status is reported as of (session 24, false accepts closed): "As of Sunday, the
ceasefire declared on Thursday was holding" dates the report of the truce's state, not its
start, so the day after "as of" (or "as at") is refused for a start's day (a truce's
``starts``). The truce's own day in the same sentence ("declared on Thursday") is read as
before; a start written with "as of" and a start verb of its own ("takes effect as of
Monday", "is declared as of 06:00 Monday") is the start's, and stays accepted."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.verification.tokens import Token

#: The role a day after "as of" has for a start's day.
AS_OF = "the day a status is reported as of"
# words between "as of" and the day ("as of late Sunday", "as of early on Monday")
_BETWEEN = frozenset({"late", "early", "on", "midday", "noon", "this", "last"})
# a start verb just before "as of" makes the day the start's ("took effect as of Monday")
_START = frozenset({"effect", "effective", "start", "starts", "started", "begin", "begins",
                    "began", "applies", "apply", "force", "from", "declared", "declare",
                    "declares", "imposed", "valid"})  # fmt: skip


def as_of_day(tokens: Sequence[Token], first: int) -> str | None:
    """``AS_OF`` when the day at ``tokens[first]`` follows "as of" / "as at" (a few time
    words between), and no start verb comes just before it; else None."""
    at = first - 1
    while at >= 0 and tokens[at].norm in _BETWEEN:
        at -= 1
    if at < 1 or tokens[at].norm not in {"of", "at"} or tokens[at - 1].norm != "as":
        return None
    if at >= 2 and tokens[at - 2].norm in _START:
        return None
    return AS_OF


__all__ = ["AS_OF", "as_of_day"]
