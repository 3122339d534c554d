"""An earlier or superseded day, for :func:`summarizer.verification.day_roles.bound_to`: "the
originally planned start time of 8:30 a.m.", "not at 8:30", "delayed from Monday", "first set
for Tuesday, will now take place on Friday".

A plan stated as such is no superseded day (outside check 37: "The truce was supposed to start
at noon on Saturday" gives the truce's planned start): "supposed" and "meant" mark a day as
superseded only when the sentence goes on to undo the plan after it ("was supposed to start
at noon on Saturday but was postponed", "was meant to begin on Monday, yet only took hold on
Wednesday"); "originally", "initially", "previously" and "formerly" always do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.verification.tokens import Token, word_set

_SUPERSEDED = word_set("originally initially previously formerly")
_PLANNED = word_set("meant supposed")
# Words after a plan's day that undo the plan ("but was postponed", "only took hold on ...").
_UNDONE = word_set("but only instead yet however actually eventually finally never")
# "first set for Tuesday, will now take place on Friday": not "met for the first time on Tuesday".
_FIRST = word_set("first once")
_SET = word_set("set scheduled planned slated due pencilled penciled billed")
_DELAYS = word_set("delayed postponed pushed moved shifted rescheduled")


def superseding(words: Iterable[str], tokens: Sequence[Token], last: int) -> bool:
    """Whether ``words`` (the few before a day or its role word) mark the day at
    ``tokens[..last]`` as superseded (see the module)."""
    found = set(words)
    if not found.isdisjoint(_SUPERSEDED):
        return True
    return not found.isdisjoint(_PLANNED) and any(t.norm in _UNDONE for t in tokens[last + 1 :])


def superseded(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the day at ``tokens[first:last + 1]`` is an earlier or superseded one."""
    for index in range(first - 1, max(first - 7, -1), -1):
        if "," in text[tokens[index].end : tokens[index + 1].start]:
            break  # "initially set for Monday, now begins Thursday"
        if superseding((tokens[index].norm,), tokens, last):
            return True
        if tokens[index].norm in _FIRST and tokens[index + 1].norm in _SET:
            return True  # "first set for Tuesday, will now take place on Friday"
    before = [t.norm for t in tokens[max(first - 3, 0) : first]]
    if before[-1:] == ["not"] or before[-2:-1] == ["not"]:
        return True  # "not at 8:30 a.m.", "not Monday"
    if before[-1:] == ["from"] and len(before) >= 2 and before[-2] in _DELAYS | {"back"}:
        return True  # "delayed from Monday", "pushed back from 8 a.m."
    after = [t.norm for t in tokens[last + 1 : last + 5]]
    if not _DELAYS.isdisjoint(after) and "to" not in after[:1]:
        return True  # "a planned 6 p.m. start was pushed back to 9 p.m."
    return before[-2:] in (["instead", "of"], ["rather", "than"])


__all__ = ["superseded", "superseding"]
