"""The readings a day gets after the role rules (:mod:`summarizer.verification.days.dates`): those
of :mod:`summarizer.verification.days.own_days`, then a measure's start and a saying or a joined
stage that is the introduction's (:mod:`summarizer.verification.days.plan_days`), a truce's
extension (:mod:`summarizer.verification.days.extension_days`), another pair's meeting
(:mod:`summarizer.verification.days.met_pairs`), another occasion's clause for a meeting's day
(:mod:`summarizer.verification.occasions.clause_occasions`) or the stretch its evidence quotes
(:mod:`summarizer.verification.occasions.quoted_occasions`), and for an event's day, another
occasion's clause (:mod:`summarizer.verification.occasions.occasion_clauses`); and, read before all,
a day in another year (:mod:`summarizer.verification.days.day_years`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.clause_occasions import clause_occasion_day
from ..occasions.occasion_clauses import event_occasion, event_words
from ..occasions.other_trips import OTHER_STOP, other_stop
from ..occasions.quoted_occasions import quoted_occasion, unquoted_occasion
from ..page.tokens import Token
from .as_of_days import as_of_day
from .day_others import delayed
from .day_owners import owned_day
from .day_years import other_year
from .event_about import about_words
from .extension_days import extension_day, truce_outbreak
from .issued_days import TIME_CLAUSE, other_issuer, own_issue
from .met_pairs import other_pair
from .outcome_days import agreed_to_meet
from .own_days import settle
from .place_days import place_elsewhere
from .plan_days import (
    STATED_OTHER,
    joined_stages,
    plan_start,
    said_plan,
    stage_at_session,
    stated_act,
    stated_other,
)
from .said_decisions import said_decision
from .sibling_days import Span, head_words, sibling_day
from .tied_days import tied_elsewhere
from .timeline_days import timeline_role


def read_day(
    role: str | None, ctx: Any, tokens: Sequence[Token], first: int, last: int,
    cues: Sequence[str],
) -> str | None:  # fmt: skip
    """The role of the day at ``tokens[first:last + 1]`` for a field with ``cues`` (None: the
    field's own day); a day at the head of a timeline line takes its line's (timeline_days,
    check 47), and a time clause in which the measure's issuer issues it is the measure's own
    introduction (issued_days, check 47)."""
    text = ctx.article.text
    if "introduce" in cues and role and role.startswith(TIME_CLAUSE):
        role = None if own_issue(ctx.fact, tokens, first, text) else role  # issued_days
    elif "introduce" in cues and role is None:  # "after local producers filed a complaint"
        role = other_issuer(ctx.fact, tokens, first, text)
    role = _read_day(role, ctx, tokens, first, last, cues)
    role = timeline_role(role, tokens, first, cues, text)
    if role is None and "start" in cues:  # "As of Sunday, the truce ... was holding"
        role = as_of_day(tokens, first, last)  # as_of_days (session 24)
    return role


def _read_day(
    role: str | None, ctx: Any, tokens: Sequence[Token], first: int, last: int,
    cues: Sequence[str],
) -> str | None:  # fmt: skip
    role = settle(role, ctx, tokens, first, last, cues)
    role = owned_day(role, ctx, tokens, first, last, cues)  # day_owners (check 46)
    text = ctx.article.text
    if "meet" in cues:  # "met in Berlin on Friday; they will meet again on ..." (check 44)
        role = clause_occasion_day(role, ctx.fact, tokens, first, text)
        role = quoted_occasion(role, ctx.fact, tokens, first, last, text)  # check 48
    if "introduce" in cues:
        if said_plan(role, tokens, first) or joined_stages(role, tokens, first):
            return None  # "said on Thursday he would halve a tariff"
        if role == "the day something was said" and said_decision(ctx, tokens, first, last, True):
            return None  # "Germany will stop ..., Merz said on Friday" (said_decisions)
        if stated_act(role, tokens, first, last, text):
            return None  # "In a video statement this morning, X proposed ..." (plan_days)
        if stage_at_session(role, tokens, first):
            return None  # "approved the levy at a late session on Thursday"
        if role is None and stated_other(tokens, first, last, text):
            return STATED_OTHER  # "In a post on Sunday, X said ... imposed on Friday"
        if role is None:
            return plan_start(tokens, first, text)  # "threatened ... a tariff from Nov. 1"
    if "start" in cues and truce_outbreak(role, tokens, first):
        return None  # "the cessation of hostilities that began on Monday"
    if "start" in cues and role is None:
        return extension_day(tokens, first, text)  # "stretched to April 30 on April 22"
    if "meet" in cues and role is None:
        role = unquoted_occasion(role, ctx.fact, tokens, first, text)  # check 48
        role = role or agreed_to_meet(tokens, first, last)  # "agreed on Sunday to hold talks"
        role = role or (OTHER_STOP if other_stop(ctx.fact, tokens, first, text) else None)
        return role or other_pair(ctx.fact, tokens, first, text)  # "Separately, ... Trump met Lee"
    return role


def event_day_owner(ctx: Any, index: int, first: int, mentions: Sequence[Span]) -> str | None:
    """For an event's day (no cues) at ``tokens[first]`` of evidence sentence ``index`` (whose
    days are ``mentions``): another occasion's day or end, when its clause is that occasion's
    (occasion_clauses, check 42), or when the event's place has a clause of its own with a day
    (place_days); or another verb's day, when another day of the sentence dates the event's
    own verb (sibling_days, session 33)."""
    text = ctx.article.text
    tokens = ctx.article.sentence_tokens(index)
    if place := place_elsewhere(ctx.fact, tokens, first, text):
        return place  # "including Laukkai, which fell on January 5" (place_days, check 47)
    kind = str(getattr(ctx.fact, "kind", None) or "")
    own = event_words(getattr(ctx.fact, "description", None), kind)
    evidence = [ctx.article.sentence_tokens(i) for i in ctx.sentences]
    found = event_occasion(evidence, ctx.sentences.index(index), first, text, own, kind)
    if found is None:
        last = next((m[2] for m in mentions if m[1] == first), first)
        own |= about_words(ctx.fact)  # its noun's kin: "the walkout they began" for a strike
        head = head_words(getattr(ctx.fact, "description", None))
        found = sibling_day(tokens, first, last, mentions, own, kind, text, head)
    # "announced on 8 March that two men had been arrested on 5 March" (tied_days)
    return found or tied_elsewhere(tokens, first, last, mentions, ctx.fact, text)


def postponed(ctx: Any) -> bool:
    """Whether an evidence sentence postpones the meeting (a past plan's time is then its old
    one: "Vanuatu was due to host the meeting ... in August", check 25)."""
    return any(delayed(ctx.article.sentence_tokens(index)) for index in ctx.sentences)


__all__ = ["event_day_owner", "other_year", "postponed", "read_day"]
