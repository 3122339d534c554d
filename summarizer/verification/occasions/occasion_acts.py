"""Acts and occasions that share one day (an outside check, check 45: a day read as another
occasion's when the sentence ties the two together).

- "the said summits" ("the aforesaid talks") in agency and legal copy is a determiner, not a
  saying (:func:`determiner_said`): "Prior to the said summits, on Thursday, the first summit
  was held" gives Thursday to the summit;
- an agreement, signing or announcement made at a meeting the same clause names ("agreed on
  Tuesday ..., a deal struck as Biden sat down with ...", "signed on Friday at a summit in
  Arusha", "reached an agreement during talks") has the meeting's day (:func:`met_then`);
  not one dated apart from it ("a week before the summit", "ahead of talks next month",
  "following a meeting last week");
- "a fight that began in July with a 25 percent tariff" dates the measure the beginning is
  made with (:func:`begun_with`): the day is the measure's introduction; a beginning made with
  something else ("opened in 2017 with an investigation") is not the measure's day.

Each reading runs only for the cue and role it is about, and reads the one clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .day_occasions import DAY_WORDS, MEETING_WORDS, clause_break

_DETERMINERS = word_set("the this these those such")
# Words that tie an act to a meeting held at the same time ("as Biden sat down with", "at a
# summit", "during talks", "on the sidelines of", "when they met", "while ... met").
_AT_MEETING = word_set("as while when at during sidelines in")
# Meeting words that a tie may name ("sat down with", "held talks") beyond MEETING_WORDS.
_MEETING = MEETING_WORDS | word_set("sat sit sits sitting hosted hosting")
# Words that set the meeting apart in time from the act ("a week before", "ahead of",
# "following", "days after", "later this month", "next month", "last week").
_APART = word_set(
    """before after ahead following since until later next last earlier ago previous prior
    upcoming coming future will would planned due"""
)
_START_VERBS = word_set(
    """began begun begin begins beginning started start starts starting opened opens
    commenced commences kicked under"""
)
# The nouns of a measure a beginning may be made with ("began in July with a 25 percent
# tariff", "opened with a ban on potash").
_MEASURES = word_set(
    """tariff tariffs duty duties levy levies surtax surcharge surcharges sanction sanctions
    ban bans embargo embargoes freeze quota quotas curbs controls restrictions blacklist
    blacklisting penalties charge charges"""
)
_REACH = 7


def determiner_said(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is "said" as a determiner ("the said summits")."""
    return (
        tokens[index].norm in {"said", "aforesaid"}
        and index > 0
        and tokens[index - 1].norm in _DETERMINERS
    )


def met_then(tokens: Sequence[Token], act: int, first: int, last: int, text: str) -> bool:
    """Whether the act at ``tokens[act]`` (dated by the day at ``tokens[first:last + 1]``) was
    made at a meeting its clause names, with no word setting the two apart in time and no
    other day given to the meeting."""
    left = min(act, first)
    for index in range(left - 1, max(left - 12, -1), -1):
        if clause_break(tokens, index, text):
            break
        left = index
    right = max(act, last)
    end = right
    while end + 1 < len(tokens) and end - right < 45 and not clause_break(tokens, end, text):
        end += 1
    for index in range(left, end + 1):
        if index in range(first, last + 1) or tokens[index].norm not in _AT_MEETING:
            continue
        tie = index
        window = tokens[tie + 1 : min(tie + 1 + _REACH, end + 1)]
        meeting = next((i for i, t in enumerate(window) if t.norm in _MEETING), None)
        if meeting is None:
            continue
        spot = tie + 1 + meeting
        around = tokens[max(tie - 3, left) : spot + 1]
        if any(t.norm in _APART for t in around):
            continue
        later = tokens[spot + 1 : min(spot + 6, end + 1)]
        if any(t.norm in DAY_WORDS or t.norm in _APART for t in later):
            continue  # "at its summit in Tirana in June": the summit's own, other day
        return True
    return False


def begun_with(tokens: Sequence[Token], verb: int, first: int, last: int, text: str) -> bool | None:
    """For a day a start verb governs ("began in July", "started on Monday"): True when the
    beginning is made "with" a measure ("with a 25 percent tariff"), False when it is made with
    something else ("with talks"), None when no "with" follows within the clause."""
    if tokens[verb].norm not in _START_VERBS:
        return None
    index = last + 1
    while index < len(tokens) and index - last <= 3:
        if (
            clause_break(tokens, index - 1, text)
            or "," in text[tokens[index - 1].end : tokens[index].start]
        ):
            return None
        if tokens[index].norm == "with":
            for near in range(index + 1, min(index + 1 + _REACH, len(tokens))):
                if clause_break(tokens, near - 1, text):
                    break
                if tokens[near].norm in _MEASURES:
                    return True
                if tokens[near].norm in {"and", "but", "before", "after"}:
                    break
            return False
        index += 1
    return None


def shared_day(
    tokens: Sequence[Token], role: tuple[str, int] | None, cues: Sequence[str], first: int,
    last: int, text: str,
) -> str | None:  # fmt: skip
    """What :func:`summarizer.verification.days.day_roles.bound_to` reads here: "" when the day the
    clause gives to ``role`` is the field's after all (an act made at the meeting, a measure a
    beginning is made with), a reason when a beginning is made with something else than a
    measure, None when neither reading applies."""
    if role is None:
        verb = next(
            (i for i in range(first - 1, max(first - 3, -1), -1) if tokens[i].norm in _START_VERBS),
            None,
        )
        if (
            "introduce" in cues
            and verb is not None
            and begun_with(tokens, verb, first, last, text) is False
        ):
            return "a beginning made with something other than the measure"
        return None
    name, index = role
    if (
        "meet" in cues
        and name in {"agree", "announce"}
        and met_then(tokens, index, first, last, text)
    ):
        return ""
    if "introduce" in cues and name == "start":
        made = begun_with(tokens, index, first, last, text)
        if made is not None:
            return "" if made else "a beginning made with something other than the measure"
    return None


__all__ = ["begun_with", "determiner_said", "met_then", "shared_day"]
