"""A measure's introduction day beside the days of what it announces (an outside check,
session 19: "on Oct. 10, Trump had threatened an extra 100% tariff ... from Nov. 1" gave Nov. 1
to the threat; "Trump said on Thursday he would halve a tariff" refused Thursday as "the day
something was said"; "was introduced in the Senate and passed there ... on May 14, the same
afternoon" refused May 14 as the passage's only). For a field with the "introduce" cue
(:func:`summarizer.verification.days.day_roles.bound_to` and the readings after it):

1. a day a start word governs ("from Nov. 1", "starting next Monday", "effective July 1", "as
   of 5 August", "to take effect on", "kick in on", "applying from") in a sentence that threatens
   or announces the measure, or puts it in the future before the start word ("said it would
   impose duties ... starting next Monday"), is the measure's start, not the day it was
   introduced: the announcement's day is another (its own clause's, or none stated). Not a
   measure already made ("The tariffs were imposed from 10 June, the department said"), nor
   after a verb of moving ("delayed from Monday": another rule's), nor a number ("to 10% from
   20%");
2. the day of a saying whose reported clause puts a measure in the future ("said on Thursday he
   would halve a tariff", "told parliament on Monday that her government will raise the levy",
   "Speaking on Saturday, Weber said Berlin would introduce a tax") is the announcement's day:
   saying it is announcing it. Not a reported clause that keeps a measure already made ("said
   on Tuesday that a duty imposed in March would stay");
3. one day after two stages joined by "and" ("was introduced in the Senate and passed there by
   unanimous consent on May 14", "was tabled and adopted by the Saeima on 11 November") is both
   stages' day; not when the first stage holds a day of its own ("introduced on Feb. 4 and
   passed the House on March 18").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import Token, word_set
from .governed_days import STAGE_VERBS

STARTS_THEN = "the measure's start (a later day it applies from), not the day it was introduced"
_SAID = "the day something was said"
STATED_OTHER = "the day of a statement telling of the measure, not the day it was introduced"
_LATER_STAGE = "a later stage's day"
# Words that make a day the start of a measure ("from", "effective", "take effect on").
_FROM = word_set("from starting beginning effective")
_APPLY = word_set(
    """apply applies applying applied effect force kick kicks start starts begin begins
    collected charged"""
)
_LEAD = word_set("on in the next start of")
_MOVED = word_set("delayed postponed moved pushed brought shifted rescheduled put back")
# Verbs that put a measure forward without making it yet (rule 1's sentence).
_DECLARING = word_set(
    """threatened threatens threaten warned warns vowed vows pledged promised announced
    announces unveiled unveils proposed proposes floated plans planned signalled signaled
    flagged"""
)
_MODALS = word_set("will would shall")
_SAYING = word_set("said says told tells speaking spoke stated")
_FUTURE = word_set("will would shall to")
_BETWEEN = word_set(
    """that it he she they we its his her their the government administration also soon
    then now further again not is was going plans planned intends intended"""
)
# Verbs that make, change or lift a measure (rule 2's reported clause).
_MEASURE_ACTS = word_set(
    """impose introduce levy slap place put ban add extend apply lift hike raise increase
    restrict suspend halt block halve double triple cut lower reduce slash scrap remove
    waive freeze sanction blacklist tax expand end adopt enact"""
)
_TABLED = word_set("introduce introduced tabled filed submitted")
_MEETING_DAY = "a meeting's day"
_AT = word_set("at during")


def plan_start(tokens: Sequence[Token], first: int, text: str) -> str | None:
    """``STARTS_THEN`` when a start word governs the day at ``tokens[first]`` in a sentence
    that puts the measure forward (rule 1 of the module); None otherwise."""
    marker = _start_marker(tokens, first, text)
    if marker is None:
        return None
    if any(t.norm in _DECLARING for t in tokens):
        return STARTS_THEN
    # not "The tariffs were imposed from 10 June, the department said" (made, not planned)
    return STARTS_THEN if any(t.norm in _MODALS for t in tokens[:marker]) else None


def _start_marker(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The start word within three words before the day ("from Nov. 1", "effective July 1",
    "as of 5 August", "take effect on Oct. 1", "kick in on June 9", "applying from")."""
    for index in range(first - 1, max(first - 4, -1), -1):
        if clause_break(tokens, index, text) or tokens[index].is_number:
            return None
        norm = tokens[index].norm
        if norm in _FROM:
            before = tokens[index - 1].norm if index else ""
            return None if before in _MOVED else index
        if norm == "of" and index and tokens[index - 1].norm == "as":
            return index
        if norm in _APPLY:
            return index
        if norm not in _LEAD:
            return None
    return None


def said_plan(role: str | None, tokens: Sequence[Token], first: int) -> bool:
    """Whether the day at ``tokens[first]``, read as a saying's day, is the announcement's: its
    saying's reported clause puts a measure in the future (rule 2 of the module)."""
    if role != _SAID:
        return False
    verb = next(
        (i for i in range(first - 1, max(first - 5, -1), -1) if tokens[i].norm in _SAYING),
        None,
    )
    if verb is None:
        return False
    rest = range(first + 1, min(first + 25, len(tokens)))
    for index in rest:
        if tokens[index].norm not in _FUTURE:
            continue
        after = index + 1
        while after < len(tokens) and tokens[after].norm in _BETWEEN:
            after += 1
        if after < len(tokens) and tokens[after].norm in _MEASURE_ACTS:
            return True
    return False


# Rule 4's statement: what a measure may be put forward in ("In a video statement this
# morning, von der Leyen proposed ...", "In a post on Sunday, the minister announced ...").
_STATEMENTS = word_set(
    """statement address speech post message letter briefing interview remarks broadcast
    video conference"""
)
_OPENERS = word_set("in during through via at")
# Rule 4's clause verbs that put the measure forward (the field's act).
_PUT_FORWARD = word_set(
    """proposed proposes unveiled unveils announced announces introduced introduces imposed
    imposes adopted adopts tabled tables presented presents outlined outlines"""
)
_SUBORDINATE = word_set("that which who whether if because after before when while as")
# What may follow the day inside a statement's opening phrase: "on Wednesday evening,"
_PHRASE_TAIL = word_set("morning afternoon evening night news conference briefing statement")
# Times other than a weekday's or a month's that date the measure told of: "last week"
_OTHER_TIMES = word_set("week weeks month months year yesterday ago earlier")
# A measure's verbs in the infinitive: "promised to propose", "was expected to impose"
_ACT_VERBS = word_set("propose impose introduce unveil announce table present adopt outline")
_NOT_YET = _SAYING | _MODALS | word_set("had has have was were is are did does")


def _opening(tokens: Sequence[Token], first: int, last: int, text: str) -> int | None:
    """Where the main clause starts when the day at ``tokens[first:last + 1]`` sits in a
    statement's phrase opening the sentence ("In a video statement this morning,", "At
    Tuesday's news conference,", "Speaking at a press conference in Ottawa on Friday,"): the
    token after the phrase's comma, or None."""
    opener = 1 if tokens and tokens[0].norm == "speaking" else 0
    if len(tokens) <= opener or tokens[opener].norm not in _OPENERS:
        return None
    if any(mark in text[tokens[0].end : tokens[first].start] for mark in ",;:()"):
        return None  # the day is past the opening phrase: "In a statement, X adopted it on 5 May,"
    for index in range(last + 1, min(last + 4, len(tokens) - 1)):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            break
        if tokens[index].norm not in _PHRASE_TAIL:
            return None  # the phrase runs on past its statement: "In a post on Sunday he ..."
    else:
        return None
    if not any(t.norm in _STATEMENTS for t in tokens[opener + 1 : index]):
        return None
    return index


def _put_forward(tokens: Sequence[Token], start: int, text: str) -> bool | None:
    """Whether the main clause from ``tokens[start]`` puts the measure forward with its first
    verb ("the Council adopted ..."): True; False when another verb comes first ("said",
    "recalled", "was expected to"); None when no verb comes in its first ten words."""
    for index in range(start, min(start + 10, len(tokens))):
        if index > start and text[tokens[index - 1].end : tokens[index].start].strip():
            return False  # a comma or a stop: the clause's subject ran into another
        norm = tokens[index].norm
        if norm in _PUT_FORWARD:
            after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            return after != "that"  # "announced that sanctions would be proposed next week"
        if norm in _NOT_YET or norm in _SUBORDINATE:
            return False
        if norm.endswith("ed") and tokens[index].text[:1].islower():
            return False  # another verb first: "confirmed that ...", "welcomed sanctions"
    return None


def stated_act(role: str | None, tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the day at ``tokens[first:last + 1]``, read as a saying's (or a news
    conference's, or a statement's release) day, dates a statement
    in a phrase opening the sentence ("In a video statement this morning,") whose main clause
    puts the measure forward right after it ("Commission President Ursula von der Leyen
    proposed ..."): the statement is the proposal, its day the introduction's (rule 4). Not a
    main clause that says or reports ("said the Commission had proposed ..."), nor a statement
    inside the clause, nor "announced that ..." (what it announces may be for later)."""
    if role is None or last + 2 >= len(tokens):
        return False  # a day read as the statement's, a meeting's or a release's
    start = _opening(tokens, first, last, text)
    return start is not None and _put_forward(tokens, start, text) is True


def stated_other(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the day at ``tokens[first:last + 1]``, read as the measure's own, is a
    statement's in a phrase opening the sentence whose main clause does not put the measure
    forward but tells of it on another day ("In a post on Sunday, X said Britain had imposed
    the sanctions on Friday", "recalled the sanctions he announced in March", "the package
    proposed last week") or only plans it ("was expected to propose", "promised to propose"):
    the statement's day, not the measure's (rule 4's other side, review rvlf31). A clause that
    vows or threatens the measure ("Trump vowed a 50% tariff that would kick in on June 9") is
    its introduction, the later day its start: only its infinitive ("to propose") is read."""
    if last + 2 >= len(tokens):
        return False
    start = _opening(tokens, first, last, text)
    if start is None or _put_forward(tokens, start, text) is not False:
        return False
    verbs = [
        t.norm
        for t in tokens[start : start + 10]
        if t.text[:1].islower()
        and (t.norm in _DECLARING or t.norm in _NOT_YET or t.norm.endswith("ed"))
    ]
    declared = bool(verbs) and verbs[0] in _DECLARING  # the clause's first verb vows
    for index in range(start, len(tokens)):
        norm = tokens[index].norm
        if (norm in DAY_WORDS or norm in _OTHER_TIMES) and not declared:
            return True  # another day of the sentence dates the measure (not a vow's start)
        if norm == "to" and index + 1 < len(tokens) and tokens[index + 1].norm in _ACT_VERBS:
            return True  # "promised to propose": a plan, no act yet
    return False


def joined_stages(role: str | None, tokens: Sequence[Token], first: int) -> bool:
    """Whether the day at ``tokens[first]``, read as a later stage's, is also the tabling's:
    the two stages joined by "and", no day between them (rule 3 of the module)."""
    if role is None or not role.startswith(_LATER_STAGE):
        return False
    stage = next((i for i in range(first - 1, -1, -1) if tokens[i].norm in STAGE_VERBS), None)
    if stage is None:
        return False
    tabled = next((i for i in range(stage - 1, -1, -1) if tokens[i].norm in _TABLED), None)
    if tabled is None:
        return False
    between = tokens[tabled + 1 : stage]
    if any(t.norm in DAY_WORDS or t.is_number for t in between):
        return False
    return any(t.norm == "and" for t in between)


def stage_at_session(role: str | None, tokens: Sequence[Token], first: int) -> bool:
    """Whether the day at ``tokens[first]``, read as a meeting's, dates a stage of the measure
    made at that meeting ("approved the fuel levy at a late session on Thursday")."""
    if role != _MEETING_DAY:
        return False
    at = next((i for i in range(first - 1, max(first - 6, -1), -1) if tokens[i].norm in _AT), None)
    if at is None:
        return False
    return any(t.norm in STAGE_VERBS or t.norm in _TABLED for t in tokens[max(at - 8, 0) : at])


__all__ = [
    "STARTS_THEN",
    "STATED_OTHER",
    "joined_stages",
    "plan_start",
    "said_plan",
    "stage_at_session",
    "stated_act",
    "stated_other",
]
