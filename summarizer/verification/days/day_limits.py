"""Days a sentence gives as a limit, or to something else than the field's thing, that the
role words of :mod:`summarizer.verification.days.day_roles` cannot tell (found by outside check
21):

- an end: "until January 12", "through Friday", "runs (through) to January 12", "from
  October 1 to January 12", "runs out on Monday", "ending January 12", "up to and including
  Friday" bound a truce or a measure, they do not start it ("for 102 days, that is to say
  until January 12"); but "will not begin until Monday" (a negated
  start) and "postponed until Monday" (a delay's new day) are the start's day, and a
  meeting's end is still one of its days;
- a deadline: "by Monday", "no later than 18:00 on Monday", "before Monday", "a deadline of
  Monday", "Monday's deadline" say when something must be done at the latest;
- a time clause about another thing: "a day after the signing on Saturday", "hours after
  the army withdrew on Monday" (after/before/following with words other than a time of day
  before the day: "shortly after midnight on Saturday" stays the truce's; "in force since the
  cabinet approved it on Monday" dates the truce);
- a meeting's old day when it is cancelled or moved and a new day is given ("cancel
  Tuesday's meeting ... and set a new date of February 10", "postponed Tuesday's meeting to
  February 10"): without a new day, a called-off meeting's day is still the day it was
  planned for;
- another group's meeting: "Petro and Noboa will meet on Friday, and their aides meet on
  Wednesday" (a clause whose subject is aides, ministers, envoys, delegations and the like,
  in a sentence that dates another meeting) is not the leaders' meeting. A meeting word
  after "their" or "since" ("delegations met on Friday, 16 May, for their first direct talks
  since March 2022"; "their first meeting since the talks in June") is the group's own
  meeting told again, or the earlier one it is counted from, not another one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import (
    CLAUSE_WORDS,
    DAY_WORDS,
    MEETING_WORDS,
    clause_break,
)
from ..page.tokens import Token, word_set

_NEAR_DAYS = word_set("today tomorrow tonight yesterday")
# Words that may stand between a limit's word and its day: "until 18:00 on Monday", "by the
# end of Monday", "until at least Friday", "till midnight local time on Sunday", "until 6pm on
# Friday" (check 25: "6pm" is a number and "pm").
_FILLER = word_set(
    """on at the of end close a m p midnight noon dawn dusk daybreak nightfall sunrise sunset
    midday morning evening afternoon night least latest local time gmt utc hrs following next
    coming and including pm am"""
)
_TIME_OF_DAY = _FILLER | word_set("shortly just soon right minutes hours early late")
_ENDS = word_set("until till til through thru")
# Participles of an end ("the truce, ending January 12"): the finite forms are the end role's
# words in :mod:`summarizer.verification.days.day_roles`.
_ENDING = word_set("ending expiring lapsing")
_LASTING = word_set(
    """run runs ran running last lasts lasted lasting extend extends extended extending
    prolonged stretch stretches stretched continue continues continued up valid"""
)
_DELAYS = word_set(
    """delay delays delayed postpone postpones postponed pushed moved shifted rescheduled
    deferred put back off"""
)
_NEGATIONS = word_set("not no never nor")
_DEADLINES = word_set("deadline deadlines ultimatum")
# "since" is left out: "in force since the cabinet approved it on Monday" dates the truce.
_TIME_CLAUSES = word_set("after before following")
_CANCELS = _DELAYS | word_set(
    """cancel cancels cancelled canceled cancelling canceling scrap scraps scrapped axed
    dropped called call calls scrapping"""
)
_NEW_DAY = word_set("to until till for new now instead rescheduled reset")
# Between a cancelling verb and the day of the meeting it cancels: "delayed Petro and
# Noboa's meeting from Tuesday", "called off the Tuesday summit".
_BETWEEN = word_set("the a an off back its their his her from of and between with")
# Who may hold a meeting of their own beside the leaders': "their aides meet on Wednesday".
_RANKS = word_set(
    """aides aide deputies deputy officials envoys negotiators delegations delegates
    ministers advisers advisors staff staffers teams experts sherpas diplomats spouses
    wives ambassadors generals commanders"""
)
# Verbs of meeting beside the meeting nouns ("sit down", "hold talks", "host", "gather").
_MEETS = word_set("sit sits sat hold holds held host hosts hosted gather gathers gathered")
_SAY = word_set("said say says told tell tells reported announced")
_BOUNDS = word_set("while whereas but whose although though")


def _limit_word(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The index of the first word before a day that is not filler (a preposition, a time
    of day, a clock time), within its clause and six words."""
    for index in range(first - 1, max(first - 7, 0) - 1, -1):
        clock = tokens[index].is_number and tokens[index + 1].is_number  # "18:00"
        if clause_break(tokens, index, text) and not clock:
            return None
        token = tokens[index]
        if token.norm not in _FILLER and not token.is_number:
            return index
    return None


DEADLINE = "a deadline's day"


def day_limit(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[str], text: str
) -> tuple[str, int] | None:
    """What a day is when its sentence gives it as an end or a deadline (see the module),
    with the index of the word that says so; None when it is neither. A deadline is the
    field's own when a role word of the field's bounds it ("fighting must stop by noon on
    Friday" is the truce's start): the caller reads that."""
    following = tokens[last + 1].norm if last + 1 < len(tokens) else ""
    if following in _DEADLINES:
        return DEADLINE, last + 1  # "Monday's deadline", "the Monday deadline"
    index = _limit_word(tokens, first, text)
    if index is None:
        return None
    norm = tokens[index].norm
    between = [t.norm for t in tokens[index + 1 : first]]
    if norm in _DEADLINES or norm == "by":
        return DEADLINE, index  # "by Monday", "a deadline of 18:00 on Monday"
    if norm == "than" and index > 1 and tokens[index - 1].norm == "later":
        return DEADLINE, index - 2 if tokens[index - 2].norm == "no" else index - 1
    if norm == "before" and set(between) <= {"on", "the"}:
        return DEADLINE, index  # "withdraw before Monday"
    if "meet" in cues:
        return None  # "talks run until Friday": a meeting's end is one of its days
    end = "an end's day (until, through or to it)"
    if norm in _ENDS:
        return None if _start_or_delay(tokens, index, text) else (end, index)
    if norm in _ENDING:
        return end, index  # "the truce, ending January 12", "expiring on January 12"
    if norm == "to" and index:
        before = tokens[index - 1].norm
        if before in _LASTING or before in _ENDS or _from_day(tokens, index, text):
            return end, index  # "runs to January 12", "from October 1 to January 12"
    if norm == "out" and index and tokens[index - 1].norm in _LASTING:
        return end, index  # "runs out on Monday"
    return None


def _start_or_delay(tokens: Sequence[Token], index: int, text: str) -> bool:
    """ "until" after a negation ("will not begin until Monday") or a delay ("postponed until
    Monday") in its clause: the day something starts, not its end."""
    for back in range(index - 1, max(index - 8, 0) - 1, -1):
        gap = text[tokens[back].end : tokens[back + 1].start]
        if clause_break(tokens, back, text) or "," in gap:
            return False
        norm = tokens[back].norm
        if norm in _NEGATIONS or norm.endswith("n't") or norm in _DELAYS:
            return True
    return False


def _from_day(tokens: Sequence[Token], index: int, text: str) -> bool:
    """ "from <a day> to": a span's end follows."""
    for back in range(index - 1, max(index - 7, 0) - 1, -1):
        if clause_break(tokens, back, text):
            return False
        if tokens[back].norm == "from":
            if back and tokens[back - 1].norm in _DELAYS:
                return False  # "postponed from Monday to Friday": the new day
            return any(t.norm in DAY_WORDS or t.is_number for t in tokens[back + 1 : index])
    return False


def after_other(tokens: Sequence[Token], index: int, first: int, text: str) -> str | None:
    """A day in a time clause about something else ("a day after the signing on Saturday"):
    ``tokens[index]`` is "after", "before" or "following", and words other than a
    time of day stand between it and the day, with no comma (which ends the clause: "the deal,
    reached after two hours of talks, is to come into force at 6 p.m." is the truce's)."""
    norm = tokens[index].norm
    if norm not in _TIME_CLAUSES or "," in text[tokens[index].end : tokens[first].start]:
        return None
    if all(t.norm in _TIME_OF_DAY or t.is_number for t in tokens[index + 1 : first]):
        return None  # "shortly after midnight on Saturday", "since Monday"
    return f"the day of another event (in a clause with {norm!r})"


def moved_meeting(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A meeting's day that a cancelled or moved meeting owns when a new day is given
    ("cancel Tuesday's meeting and set a new date of February 10", "delayed Petro and Noboa's
    meeting from Tuesday to Friday", "Tuesday's meeting ... has been put off until February
    10", "called off the Thursday summit and proposed March 9 instead")."""
    cancel = None
    for index in range(first - 1, max(first - 8, 0) - 1, -1):
        if _cancel_at(tokens, index):
            cancel = index
            break
        token = tokens[index]
        named = token.text[:1].isupper() or token.norm in MEETING_WORDS
        if token.norm not in _BETWEEN and not named:
            break
    if cancel is None:
        for index in range(last + 1, min(last + 11, len(tokens))):
            if "," in text[tokens[index - 1].end : tokens[index].start]:
                break
            if _cancel_at(tokens, index):
                cancel = index
                break
    if cancel is None:
        return None
    for index in range(max(cancel, last) + 1, len(tokens)):
        if tokens[index].norm not in DAY_WORDS and tokens[index].norm not in _NEAR_DAYS:
            continue
        before = {t.norm for t in tokens[max(index - 4, 0) : index]}
        after = {t.norm for t in tokens[index + 1 : index + 4]}
        if not before.isdisjoint(_NEW_DAY) or "instead" in after:
            return "the old day of a cancelled or moved meeting"
    return None


def _cancel_at(tokens: Sequence[Token], index: int) -> bool:
    norm = tokens[index].norm
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if norm in {"called", "call", "calls", "put"}:
        return following in {"off", "back"}
    if norm in {"off", "back"}:
        return False
    return norm in _CANCELS


def other_group(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A meeting's day in a clause whose subject is another group ("and their aides meet on
    Wednesday", "whose envoys met on Monday"), when the sentence dates another meeting
    outside that clause."""
    start = 0
    for index in range(first - 1, -1, -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if clause_break(tokens, index, text) or "," in gap:
            start = index + 1
            break
        if tokens[index].norm in _BOUNDS or tokens[index].norm in CLAUSE_WORDS:
            start = index + 1
            break
    end = len(tokens)
    for index in range(last + 1, len(tokens)):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if clause_break(tokens, index - 1, text) or "," in gap or tokens[index].norm in _BOUNDS:
            end = index
            break
    clause = tokens[start:end]
    rank = next((i for i, t in enumerate(clause) if t.norm in _RANKS), None)
    if rank is None or start + rank > first:
        return None
    subject = False
    for offset, token in enumerate(clause[rank + 1 : rank + 7], start=start + rank + 1):
        if token.norm in _SAY:
            return None  # "aides said the leaders meet on Friday"
        if token.norm in MEETING_WORDS or token.norm in _MEETS or offset == first:
            subject = True  # "their aides meet on ...", "and their aides on Wednesday"
            break
    if not subject:
        return None
    outside = [*tokens[:start], *tokens[end:]]
    met = any(
        (t.norm in MEETING_WORDS or t.norm in _MEETS) and not _their_own(outside, i)
        for i, t in enumerate(outside)
    )
    dated = any(t.norm in DAY_WORDS or t.norm in _NEAR_DAYS for t in outside)
    return f"the day of another group's meeting ({clause[rank].norm})" if met and dated else None


_MEET_VERBS = word_set("meet meets met")


def _their_own(tokens: Sequence[Token], index: int) -> bool:
    """ "for their first direct talks since March 2022", "their first meeting since the
    talks in June": the group's own meeting told again, or the earlier one it is counted
    from (session 19, check 43), not another meeting the sentence dates."""
    before = [t.norm for t in tokens[max(index - 4, 0) : index]]
    if "since" in before:
        return True  # "since talks broke down in December", "since a truce took hold"
    noun = tokens[index].norm in MEETING_WORDS and tokens[index].norm not in _MEET_VERBS
    return noun and "their" in before[-3:]  # not "Their leaders meet on Monday": a verb


# The words that give a declared or agreed truce its start ("announced from 12:00 on 10
# October", "declared as of 06:00 Monday", "agreed a truce as from midnight").
_AS = word_set("as")
# Another thing a declaration may time ("announced talks from Monday"): not the truce's start.
_NOT_TRUCES = word_set(
    """talks meeting meetings summit visit vote election elections exchange swap release
    withdrawal evacuation sanctions tariffs curfew lockdown"""
)


def declared_from(tokens: Sequence[Token], verb: int, first: int, text: str) -> bool:
    """Whether a day after a verb of announcing or agreeing is the truce's start: "from" or
    "as of" stands right before it, times of day aside ("A truce is announced from 12:00 on
    10 October", "declared as of 06:00 Monday", "agreed a ceasefire from midnight on
    Sunday"): the declaration dates what it declares. "announced on 10 October" stays the
    announcement's day, and so does "announced from Geneva on Monday" (a place, not a
    time, after "from")."""
    for index in range(first - 1, verb, -1):
        token = tokens[index]
        if token.norm == "from" or (token.norm == "of" and tokens[index - 1].norm in _AS):
            return not any(t.norm in _NOT_TRUCES for t in tokens[verb + 1 : index])
        clock = token.is_number and tokens[index + 1].is_number  # "12:00"
        if (clause_break(tokens, index, text) and not clock) or not (
            token.norm in _FILLER or token.is_number
        ):
            return False  # "announced from Geneva on Monday": a place between
    return False


__all__ = ["DEADLINE", "after_other", "day_limit", "declared_from", "moved_meeting", "other_group"]
