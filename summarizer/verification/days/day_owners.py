"""Which event a day belongs to when the clause it sits in is another event's, or a "when"
clause hands it to a meeting (an outside check, session 22, check 46's cause 7).

Three readings after the role rules (:func:`owned_day`, called by
:mod:`summarizer.verification.days.day_readings`):

- ``since-when``: "have not met since October 5, when Aliyev stayed away from a planned
  meeting in Granada": a day after "since" that a "when" clause glosses is the day of what
  that clause tells. When the clause tells of a meeting (held, skipped, called off), the day
  is that meeting's, not only "an earlier meeting's": it passes for a meeting that is not
  still to come (a scheduled or proposed one keeps the refusal: "...; they will meet in
  Vienna next month"). When the clause tells of something else ("since March 3, when the
  border clashes began", "since 14 February, when Lisbon expelled a diplomat"), the day is
  that thing's, not a meeting's.
- ``life-day``: a day governed by a verb or noun of a person's life ("died on Wednesday at his
  home", "was buried on Tuesday", "resigned on Monday", "the funeral on Friday", "Friday's
  funeral") is that happening's, not a meeting's, a truce's or a measure's; a meeting held
  at the funeral ("met at the funeral on Friday") keeps the day.
- ``committee-day``: a bill's introduction is not the day a committee acted on it ("On March
  7, the Committee on Energy and Commerce ordered the bill reported", "The Foreign Affairs
  Committee marked up the bill on Thursday", "was reported out of committee on April 2"): a
  clause whose subject is a committee, or whose verb is a committee stage ("marked up",
  "ordered reported", "reported out", "reported favorably"), gives its day to that stage,
  unless the day's own verb introduces ("introduced on March 5 and referred to the
  Committee on ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.day_occasions import clause_break
from ..page.tokens import Token, word_set

# Cue words: the readings run only when one of these is in the sentence.
_LIFE_VERBS = word_set(
    """died dies passed buried cremated killed assassinated murdered shot executed born
    resigned retired arrested detained hospitalised hospitalized married kidnapped abducted
    wounded injured sentenced convicted indicted jailed"""
)
_LIFE_NOUNS = word_set(
    """death deaths funeral funerals burial burials assassination killing murder birth
    resignation retirement arrest wedding"""
)
_COMMITTEES = word_set("committee committees subcommittee subcommittees panel")
_STAGE_VERBS = word_set("marked markup reported ordered")
_CUES = _LIFE_VERBS | _LIFE_NOUNS | _COMMITTEES | _STAGE_VERBS | word_set("since")

_SKIP_BACK = word_set(
    """on at in of the a this last early late that next away night morning evening afternoon
    around about shortly just only"""
)
_AT_OCCASION = word_set("at during after before following since ahead")
_MEETINGS = word_set(
    """meet meets met meeting meetings summit summits talks session sessions visit visits
    conference encounter handshake round negotiations gathering sat spoke talked"""
)
_TO_COME = frozenset({"scheduled", "proposed"})
_INTRODUCING = word_set(
    "introduced introduce introduces filed tabled submitted sponsored unveiled drafted"
)
_SUBORDINATORS = word_set("after since before when which once until")
_OBJECT_MARKS = word_set("to of by from before in into with")


def owned_day(
    role: str | None, ctx: Any, tokens: Sequence[Token], first: int, last: int,
    cues: Sequence[str],
) -> str | None:  # fmt: skip
    """The role of the day at ``tokens[first:last + 1]`` once the clause it sits in is read
    for its owner (None: the field's own day); ``role`` as the role rules left it."""
    if _CUES.isdisjoint(t.norm for t in tokens):
        return role
    text = ctx.article.text
    if "meet" in cues:
        told = _since_when(tokens, first, last, text)
        if told is not None:
            if told and role is not None:  # the when-clause's meeting owns the day
                status = str(getattr(ctx.fact, "status", "") or "")
                return role if status.split(".")[-1] in _TO_COME else None
            if not told and role is None:
                return "the day of what a 'when' clause tells (not a meeting)"
    if role is not None and role.startswith("the time of another occasion") and "meet" in cues:
        return None if _met_at_life(tokens, first, text) else role  # "met at the funeral on"
    if role is None:
        life = _life_day(tokens, first, last, text)
        if life is not None:
            return f"the day of another happening ({life})"
    if role is None and "introduce" in cues and _committee_clause(tokens, first, text):
        return "a committee stage's day"
    return role


def _since_when(tokens: Sequence[Token], first: int, last: int, text: str) -> bool | None:
    """For a day right after "since" and glossed by ", when ...": whether that clause tells
    of a meeting (None: no such shape)."""
    if first == 0 or tokens[first - 1].norm != "since":
        return None
    if last + 1 >= len(tokens) or tokens[last + 1].norm != "when":
        return None
    if "," not in text[tokens[last].end : tokens[last + 1].start]:
        return None
    for index in range(last + 2, len(tokens)):
        if tokens[index].norm in _MEETINGS:
            return True
        if (
            clause_break(tokens, index - 1, text)
            or "," in text[tokens[index - 1].end : tokens[index].start]
        ):
            break
    return False


def _life_day(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """The life word that governs the day: the first word before it past prepositions and
    articles ("died on Wednesday", "the funeral on Friday"), or a noun right after it
    ("Friday's funeral"); not a meeting at the occasion ("met at the funeral on Friday")."""
    for index in range(first - 1, max(first - 6, -1), -1):
        if clause_break(tokens, index, text):
            break
        norm = tokens[index].norm
        if norm in _LIFE_VERBS:
            return norm
        if norm in _LIFE_NOUNS:
            return None if _at_occasion(tokens, index) else norm
        if norm not in _SKIP_BACK and not norm.endswith("ly") and not tokens[index].is_number:
            break
        if "," in text[tokens[index].end : tokens[index + 1].start]:
            break
    for index in range(last + 1, min(last + 3, len(tokens))):
        if (
            clause_break(tokens, index - 1, text)
            or "," in text[tokens[index - 1].end : tokens[index].start]
        ):
            break
        if tokens[index].norm in _LIFE_NOUNS:
            return None if _at_occasion(tokens, first) else tokens[index].norm
    return None


def _met_at_life(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day follows a life occasion a meeting is held at ("met at the funeral on
    Saturday", "talked during the wedding on 12 June")."""
    for index in range(first - 1, max(first - 4, -1), -1):
        if clause_break(tokens, index, text):
            return False
        if tokens[index].norm in _LIFE_NOUNS:
            return _at_occasion(tokens, index)
    return False


def _at_occasion(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` stands after "at", "during", "after" (an occasion another
    thing happens at or is timed by), articles and a possessive between."""
    for near in range(index - 1, max(index - 4, -1), -1):
        norm = tokens[near].norm
        if norm in _AT_OCCASION:
            return True
        if norm not in {"the", "a", "his", "her", "their", "its"} and not tokens[
            near
        ].text.endswith("'s"):
            return False
    return False


def _committee_clause(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day's clause (between clause breaks) is a committee's stage: a committee
    as its subject or a stage verb, while the nearest verb before the day does not
    introduce."""
    start, end = first, first
    while start > 0 and not clause_break(tokens, start - 1, text):
        start -= 1
    while end + 1 < len(tokens) and not clause_break(tokens, end, text):
        end += 1
    for index in range(first - 1, max(first - 6, start - 1), -1):
        if tokens[index].norm in _INTRODUCING:
            return False
    norms = [t.norm for t in tokens[start : end + 1]]
    for offset, norm in enumerate(norms):
        if norm in _INTRODUCING and _SUBORDINATORS.isdisjoint(norms[max(offset - 4, 0) : offset]):
            return False  # "On March 5, Rep. X, chairman of the Select Committee, introduced"
    for offset, norm in enumerate(norms):
        index = start + offset
        if norm in _COMMITTEES and not _OBJECT_MARKS.intersection(
            t.norm for t in tokens[max(index - 4, start) : index]
        ):
            return True  # "the Committee on Energy and Commerce ordered ..."
        following = norms[offset + 1] if offset + 1 < len(norms) else ""
        if (norm == "marked" and following == "up") or norm == "markup":
            return True
        if norm == "reported" and following in {"out", "favorably", "favourably"}:
            return True
        if norm == "ordered" and "reported" in norms[offset + 1 : offset + 6]:
            return True
    return False


__all__ = ["owned_day"]
