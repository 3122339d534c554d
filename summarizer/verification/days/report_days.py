"""A reported day that is the event's own, for an event's day (a field with no cues).

:func:`event_days.saying_day` refuses a day right after a verb of reporting ("The shelling
resumed on Tuesday, officials said on Wednesday"): it dates the report, not what is
reported. But when the evidence gives the event no day of its own and tells it as done, the
report's day is the only day the article gives it, and a careful fact-checker takes it (check
69: "Nippon Steel said on Wednesday that it had completed its takeover", "Members ratified the
agreement with 95% voting yes, the union announced on July 9"). The report's day is refused
still when any evidence sentence holds another time (a day, a month, a year, "earlier",
"overnight", "last week", a time clause: "Minutes after the match ended, fans stormed the
pitch, police said on Tuesday": the event's own time, told beside the report's), or when what is
reported is planned or hedged ("said on Friday it would strike", "plans to"), or when the
sentence does not tell the act the description names ("Kyiv told Reuters on Friday that the
drone barrage had stopped" for a drone barrage: news of the event, not the event): then the
report is not the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..occasions.day_occasions import DAY_WORDS
from ..page.tokens import Token, tokenize, word_set
from .attributed_days import CONFIRMING, attributed_day
from .event_days import REPORTING, saying_day
from .own_announcements import own_announcement
from .said_decisions import said_decision

# Words that give the event another time than the report's. A time clause gives the event a
# time of its own ("Minutes after the match ended, ..."); "had already completed", "over the
# summer" tell it done before the report (review rved31).
_OTHER_TIMES = DAY_WORDS | word_set(
    """today yesterday tonight tomorrow earlier previously ago overnight night morning
    afternoon evening weekend after before following during when while since until minutes
    hours moments already recently lately spring summer autumn winter"""
)
# A unit of time is a time only after a word that places it ("last week", "this month"), not
# a span ("an 18-month fight"); a year only after a word that dates by it ("in 2024", "July
# 26, 2024"), not in a name ("the 2025 Interactive Media Agreement").
_UNITS = word_set("week month year quarter half")
_PLACING = word_set("last this next that previous same earlier the first second third fourth")
_DATING = DAY_WORDS | word_set("in since of until by from")
_SHARE = word_set("% percent cent")
_TALLY = word_set("to against")
# Words that tell the reported thing as planned or hedged, not done.
_NOT_DONE = word_set(
    """will would shall could might may plans plan planned planning intends intend expects
    expected scheduled aims hopes wants ready prepared proposed proposes threatened
    threatens vowed vows pledged promised set"""
)


def report_day(ctx: Any, index: int, first: int, last: int, about: frozenset[str]) -> str | None:
    """The report's day at ``tokens[first:last + 1]`` of evidence sentence ``index``
    (:func:`saying_day`), unless it is the event's only day (see the module)."""
    tokens = ctx.article.sentence_tokens(index)
    role = saying_day(tokens, first, last, about, ctx.article.text)
    role = role or attributed_day(tokens, first, last, about, ctx.article.text)
    if role is None or said_decision(ctx, tokens, first, last, measure=False):
        return None  # "Norway is to buy five frigates, Støre said on Sunday" (said_decisions)
    if own_announcement(ctx, index, first, last, _other_time, _tells_act):
        return None  # "Fifth Third said Monday it will buy Comerica" (own_announcements)
    evidence = [ctx.article.sentence_tokens(i) for i in ctx.sentences]
    here = ctx.sentences.index(index)
    if any(
        _other_time(sentence, first, last if i == here else -1)
        for i, sentence in enumerate(evidence)
    ):
        return role
    if any(t.norm in _NOT_DONE for sentence in evidence for t in sentence):
        return role
    description = getattr(ctx.fact, "description", None)
    if not _tells_act(tokens, str(description or "")):
        return role
    own = _by_actor(tokens, first, getattr(ctx.fact, "actors", None) or [])
    return None if own or _vote_result(ctx.fact, tokens) else role


def _by_actor(tokens: Sequence[Token], first: int, actors: Sequence[Any]) -> bool:
    """Whether the one who reports is one of the event's actors, told in the words before
    the verb of reporting ("Nippon Steel said on Wednesday that it had completed"): an actor
    tells its own act. Officials, a ministry or the Red Cross telling of a raid are not."""
    names = {t.norm for actor in actors for t in tokenize(str(actor)) if len(t.norm) > 3}
    verbs = REPORTING | CONFIRMING
    verb = next((i for i in range(first - 1, -1, -1) if tokens[i].norm in verbs), None)
    if verb is None or not names:
        return False
    return any(t.norm in names for t in tokens[max(verb - 4, 0) : verb])


def _vote_result(fact: Any, tokens: Sequence[Token]) -> bool:
    """A vote whose result the sentence gives as a share ("ratified ... with 95.04% voting
    yes, the union announced on July 9"): the announcing day is the result's."""
    if getattr(fact, "kind", None) != "vote":
        return False
    return any(
        t.norm in _SHARE
        or (
            t.norm == "votes"
            and i + 2 < len(tokens)
            and tokens[i + 1].norm in _TALLY
            and tokens[i + 2].norm[:1].isdigit()
        )
        for i, t in enumerate(tokens)
    )  # fmt: skip  ("by 2,341 votes to 412": a tally is a share told in votes)


def _tells_act(tokens: Sequence[Token], description: str) -> bool:
    """Whether the sentence tells the act the description names ("completes takeover" and
    "had completed its takeover", "ratification" and "ratified"): then the report is of
    the event itself. A description with no act ("drone barrage") for "Kyiv told Reuters on
    Friday that the drone barrage had stopped" is an event the report only gives news of."""
    stems = _act_stems(description)
    return any(t.norm[:6] in stems for t in tokens if len(t.norm) >= 5)


@lru_cache(maxsize=1024)
def _act_stems(description: str) -> frozenset[str]:
    """The first six letters of the description's words of an act: a lower-case word in
    "-ed" or "-es" ("completes", "fined") or a long one in "-ion" ("ratification")."""
    words = [t for t in tokenize(description) if not t.capitalised]
    return frozenset(
        t.norm[:6]
        for t in words
        if (len(t.norm) >= 5 and t.norm.endswith(("ed", "es")))
        or (len(t.norm) >= 8 and t.norm.endswith("ion"))
    )


def _other_time(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A time word or a year outside ``tokens[first:last + 1]`` (``last`` -1: none skipped)."""
    for i, token in enumerate(tokens):
        if first <= i <= last:
            continue
        norm, before = token.norm, tokens[i - 1].norm if i else ""
        if norm in _OTHER_TIMES or (norm in _UNITS and before in _PLACING):
            return True
        if norm.isdigit() and len(norm) == 4 and (before in _DATING or before.isdigit()):
            return True
    return False


__all__ = ["report_day"]
