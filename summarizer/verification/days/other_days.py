"""Whether a day its evidence gives another role is contradicted or only unread.

"'Monday' is in its evidence, but as the day it was reported (said)": the day is there, and the
rules read it as another thing's. That reading is right when the sentence also dates the fact
itself ("said on Monday that the strike began on Friday": Friday is the strike's day), and a
guess when it does not ("The union announced the strike on Monday": a report's day or the
strike's, the sentence does not say). On checks 50-71 these reasons were false alarms 32 times
against 41 planted days caught. As with a number (:mod:`..counts.other_readings`), the refusal
is strong only when another day of the evidence reads as the field's by the same rule (a
contradiction), and unconfirmed otherwise (session 32).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from contextvars import ContextVar

from ..context import Context, Result, fact_description, unconfirmed
from ..page.tokens import Token, tokenize, word_set

# The roles of a day a statement was made or reported on ("the day something was said", "the
# day it was reported (said)"), the readings this module weighs; the day of another deed
# ("days after the car bombing on Tuesday") stays a strong refusal.
_SAYING = ("the day something was said", "the day it was reported")

# Set while the other days are read: their own refusals do not look for others again.
_REREADING: ContextVar[bool] = ContextVar("_REREADING", default=False)

# A clause mark between the saying's day and a later day: the later day is outside the clause
# the saying reports ("..., police said on Friday, ahead of a council meeting on Monday").
_MARKS = frozenset(",;:()\u2014\u2013")  # an em or en dash too
# An offset that dates the reported deed back from the saying ("walked out the day before",
# "burst two days earlier", "resigned a week ago", "the previous night"): review rvst32.
_SPANS = word_set("day days night nights week weeks")
_BACK = word_set("before earlier ago prior")
_COUNTS = word_set("the a an one two three four five six seven eight nine ten few several")
_PREVIOUS = word_set("previous preceding")
# The verbs of a trailing tag (", the union said on Friday"), and how far back its comma is.
_TAG_VERBS = word_set("said says told stated reported confirmed announced added wrote")
_TAG = 8


def unread_day(
    value: str, role: str, ctx: Context,
    mentions: Callable[[int], Sequence[tuple[Collection[tuple[object, ...]], int, int]]],
    own: Iterable[Collection[tuple[object, ...]]], support: Callable[[str], Result],
) -> Result:  # fmt: skip
    """The refusal of a day its evidence gives ``role``: strong when ``support`` (the field's
    rule) reads another day of the evidence (``mentions`` of each sentence, minus the value's
    ``own`` keys) as the field's, unconfirmed otherwise (see the module)."""
    reason = f"{value!r} is in its evidence, but as {role}"
    if not role.startswith(_SAYING):  # a deed's or another occasion's day: a reading it trusts
        return False, reason
    other = _other_day(ctx, mentions, own, support)
    return unconfirmed(reason) if other is None else (False, f"{reason}; {other!r} is")


def _other_day(
    ctx: Context,
    mentions: Callable[[int], Sequence[tuple[Collection[tuple[object, ...]], int, int]]],
    own: Iterable[Collection[tuple[object, ...]]], support: Callable[[str], Result],
) -> str | None:  # fmt: skip
    if _REREADING.get():
        return None
    wanted = {key for keys in own for key in keys}
    kinds = {key[0] for key in wanted}  # a day is offered for a day, a time for a time
    description = fact_description(ctx.fact)
    named = frozenset(t.norm for t in tokenize(description) if len(t.norm) > 4)
    token = _REREADING.set(True)
    try:
        tried: set[str] = set()
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            found = mentions(index)
            owns = [(first, last) for keys, first, last in found if wanted & set(keys)]
            if offset := _offset(tokens, owns, ctx.article.text, named):
                return offset
            for keys, first, last in found:
                if wanted & set(keys) or not any(key[0] in kinds for key in keys):
                    continue
                if _outside(tokens, owns, first, ctx.article.text, named):
                    continue
                written = ctx.article.text[tokens[first].start : tokens[last].end]
                if written not in tried:
                    tried.add(written)
                    if support(written)[0]:
                        return written
    finally:
        _REREADING.reset(token)
    return None


def _outside(
    tokens: Sequence[Token], owns: Sequence[tuple[int, int]], first: int, text: str,
    named: frozenset[str] = frozenset(),
) -> bool:  # fmt: skip
    """Whether a day at token ``first`` follows the saying's day (its spans ``owns``) past a
    clause mark, the saying being a trailing tag (", the union said on Thursday,"): the day
    dates another clause than the one reported ("..., adding that talks would resume on
    Monday"), while "said on Monday that the strike began on Friday" (no mark), "Speaking on
    Saturday, Erdogan said he would meet ... on Monday" (no tag), a later clause naming the
    event (``named``, its description's words: "..., the commission announced on Sunday,
    after he won Saturday's presidential election") and a day before the tag are the
    reported deed's (rvst32)."""
    before = [own for own in owns if own[1] < first]
    if not before:
        return False
    own_first, own_last = max(before)
    if not any(mark in _MARKS for mark in text[tokens[own_last].end : tokens[first].start]):
        return False
    if any(t.norm in named for t in tokens[own_last + 1 : first + 2]):
        return False
    for index in range(own_first - 1, max(own_first - _TAG, 0), -1):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            return any(t.norm in _TAG_VERBS for t in tokens[index:own_first])
    return False


def _offset(
    tokens: Sequence[Token], owns: Sequence[tuple[int, int]], text: str, named: frozenset[str]
) -> str | None:
    """An offset back from the saying in the clause it reports ("the day before", "two days
    earlier", "a week ago", "the previous night"): the deed's own day, given relative to the
    saying's, so the saying's day is not the deed's. Read before the saying's day, or after it
    with no clause mark between (see :func:`_outside`)."""
    if not owns:
        return None
    norms = [token.norm for token in tokens]
    for index in range(1, len(tokens)):
        if norms[index] not in _SPANS:
            continue
        ahead = norms[index + 1] if index + 1 < len(norms) else ""
        counted = norms[index - 1] in _COUNTS or tokens[index - 1].is_number
        backwards = ahead in _BACK and counted and _closed(tokens, index + 1, text)
        previous = norms[index - 1] in _PREVIOUS and index > 1 and norms[index - 2] == "the"
        if not (backwards or previous) or any(a <= index <= b for a, b in owns):
            continue
        start = index - (2 if previous else 1)
        end = index + (1 if backwards else 0)
        if min(owns)[1] < start and _outside(tokens, owns, start, text, named):
            continue
        return text[tokens[start].start : tokens[end].end]
    return None


def _closed(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether "before" or "prior" at ``index`` ends its phrase ("walked out the day before,
    the union said"), not "a day before the talks" (another thing's day); "earlier" and "ago"
    always do."""
    if tokens[index].norm not in {"before", "prior"} or index + 1 >= len(tokens):
        return True
    return bool(text[tokens[index].end : tokens[index + 1].start].strip())


__all__ = ["unread_day"]
