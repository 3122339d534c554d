"""An earlier or superseded day, for :func:`summarizer.verification.days.day_roles.bound_to`: "the
originally planned start time of 8:30 a.m.", "not at 8:30", "delayed from Monday", "first set
for Tuesday, will now take place on Friday", "was due to begin on June 1 but now starts on
June 8" (a plan's day, then a change of plan after "but").

A plan stated as such is no superseded day (outside check 37: "The truce was supposed to start
at noon on Saturday" gives the truce's planned start): "supposed" and "meant" mark a day as
superseded only when the sentence goes on to undo the plan after it ("was supposed to start
at noon on Saturday but was postponed", "was meant to begin on Monday, yet only took hold on
Wednesday"); "originally", "initially", "previously" and "formerly" always do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context, Result
from ..page.tokens import Token, tokenize, word_set

_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS)

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
    if not found.isdisjoint(_SET) and _moved_since(tokens, last):
        return True  # "was due to begin on June 1 but now starts on June 8"
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


_SINCE = word_set("now instead postponed delayed moved rescheduled pushed")


def _moved_since(tokens: Sequence[Token], last: int) -> bool:
    """A "but" or "yet" after the day that opens a change of plan ("but now starts",
    "but was postponed"); not a bare "but" ("due on Monday, but details are scarce")."""
    return any(
        token.norm in ("but", "yet") and any(t.norm in _SINCE for t in tokens[at + 1 : at + 4])
        for at, token in enumerate(tokens[last + 1 :], start=last + 1)
    )


EXPECTED = "a time expected for it that the sentence says it did not keep"
_EXPECTED = word_set("expected due scheduled slated planned anticipated")
# What the sentence says happened instead of the expectation ("and in the end it happened in
# the evening", "but eventually came at 9 p.m."): not a bare "but" ("expected on Monday, but
# Moscow has not confirmed" keeps Monday).
_ACTUALLY = word_set("instead actually eventually finally ultimately")


def expected_otherwise(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the day or time at ``tokens[first:last + 1]`` was only expected and the
    sentence goes on to say the occasion came at another ("It had been expected around noon
    on Monday and in the end it happened in the evening": noon is no time of the call). A
    day stays the occasion's when what happened instead names only a time of day ("in the
    evening": Monday evening), not another day."""
    before = [t.norm for t in tokens[max(first - 6, 0) : first]]
    if _EXPECTED.isdisjoint(before):
        return False
    after = [t.norm for t in tokens[last + 1 :]]
    marker = next(
        (
            at
            for at, norm in enumerate(after)
            if norm in _ACTUALLY or (norm == "end" and after[at - 2 : at] == ["in", "the"])
        ),
        None,
    )
    if marker is None:
        return False
    own = _DAYS.intersection(t.norm for t in tokens[first : last + 1])
    if not own:
        return True  # a time of day: "noon", "10 a.m."
    then = _DAYS.intersection(after[marker:])  # "expected on Monday, came on Tuesday instead"
    return bool(then) and own.isdisjoint(then)  # not "... in the end on Sunday evening"


_PARTS_OF_DAY = word_set("noon midday midnight morning afternoon evening night dawn dusk")


def kept_time(value: str, ctx: Context) -> Result:
    """A day value whose days the evidence states, refused when a part of the day it names
    ("noon on Monday") stands in the evidence only as a time expected and not kept
    (:func:`expected_otherwise`); the day keys do not hold parts of the day."""
    for word in {t.norm for t in tokenize(value)} & _PARTS_OF_DAY:
        spans = [
            (tokens, at)
            for tokens in ctx.sentence_tokens()
            for at, token in enumerate(tokens)
            if token.norm == word
        ]
        if spans and all(expected_otherwise(tokens, at, at) for tokens, at in spans):
            return False, f"{value!r} is in its evidence, but as {EXPECTED}"
    return True, ""


__all__ = ["EXPECTED", "expected_otherwise", "kept_time", "superseded", "superseding"]
