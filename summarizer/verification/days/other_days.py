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

from ..context import Context, Result, unconfirmed

# The roles of a day a statement was made or reported on ("the day something was said", "the
# day it was reported (said)"), the readings this module weighs; the day of another deed
# ("days after the car bombing on Tuesday") stays a strong refusal.
_SAYING = ("the day something was said", "the day it was reported")

# Set while the other days are read: their own refusals do not look for others again.
_REREADING: ContextVar[bool] = ContextVar("_REREADING", default=False)


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
    token = _REREADING.set(True)
    try:
        tried: set[str] = set()
        for index in ctx.sentences:
            tokens = ctx.article.sentence_tokens(index)
            for keys, first, last in mentions(index):
                if wanted & set(keys) or not any(key[0] in kinds for key in keys):
                    continue
                written = ctx.article.text[tokens[first].start : tokens[last].end]
                if written not in tried:
                    tried.add(written)
                    if support(written)[0]:
                        return written
    finally:
        _REREADING.reset(token)
    return None


__all__ = ["unread_day"]
