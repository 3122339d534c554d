"""Days (and periods and years) a sentence gives to something else than the field's thing,
found by outside checks 22 and 23, read after the roles of
:mod:`summarizer.verification.days.day_roles`:

- a postponed meeting's old day: "it was prudent to postpone the meeting that was to be held
  28-29 January", "delayed the summit scheduled for March 3", "postponed Tuesday's meeting"
  (a delay verb, then the meeting, then its planned day: a postponed meeting is no longer
  planned for it; "postponed the meeting to / until Friday" gives the new day, and a
  cancelled one keeps its day, as before);
- an earlier round's day: "the progress made in talks in Stockholm in December", "to follow
  up on the talks in December", "building on the Doha summit in May" (a meeting something
  already came out of, or one followed up on);
- a lower bound: "postpone the summit beyond mid-June", "until after June 15", "no earlier
  than Friday", "later than Friday" say what the time is to come after, not the time;
- another measure's day or year: "A similar bill stalled in the House in 2016", "an earlier
  version was introduced on Monday" (a clause about a similar, earlier or previous bill,
  measure, version, resolution or proposal), when the fact's evidence has another sentence
  (its own bill's): a similar bill's sentence alone is that bill's fact;
- a day in a time clause about another thing at an offset, for a field with no cues too (an
  event's ``when``): "Fighting flared a day after the truce signing on Saturday" (the
  signing's day; :func:`summarizer.verification.days.day_limits.after_other`), unless the clause
  names the fact's own thing; without an offset the clause's event may be the fact's ("After
  the agreement was announced Saturday, Chan called ...": the announcement's day);
- a photo caption's day: a line that ends with a picture credit ("... in Rafah, January 9,
  2025. REUTERS/Staff", "... near Goma on March 3, 2024. (AFP)", "Photo: ...") dates the
  photo, not a truce's start or a meeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, MEETING_WORDS, clause_break
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from .day_limits import after_other
from .event_about import named_again

_BACK = 12
_DELAYS = word_set(
    """postpone postpones postponed postponing delay delays delayed delaying defer defers
    deferred deferring"""
)
# The words of a meeting's noun phrase between a delay verb and its planned day ("postpone the
# meeting that was to be held", "delayed the summit originally scheduled for").
_PLAN_PHRASE = word_set(
    """the a an its their this that which was were to be held take place scheduled planned
    set slated due for on in of at had been originally initially and back"""
)
_PLANNED = word_set("held place scheduled planned set slated due")
_NEW_DAY = word_set("to until till")
# A meeting something already came out of ("progress made in talks", "a deal reached at the
# summit"), or one followed up on ("to follow up on the talks").
_RESULTS = word_set(
    """made reached achieved agreed struck secured won forged sealed concluded signed
    recorded registered"""
)
_FOLLOW = word_set("follow build building builds built follows following")
# Words before an earlier meeting that a later one follows ("the follow-up to last month's
# meeting", "after last week's talks", "since last year's summit").
FOLLOWING = _FOLLOW | word_set("after since followup")
_UPON = word_set("on upon up")
_IN = word_set("in at during from")
# A time written before the earlier round, dating the sentence's own meeting ("bring the
# sides together later this month, to follow up on ... talks in Stockholm in December").
_DATED = DAY_WORDS | word_set(
    "today tomorrow tonight week weeks weekend month months days year soon"
)
# A bound's word right before a day: "beyond mid-June", "no earlier than Friday".
_BOUNDS = word_set("beyond")
_BOUND_FILLER = word_set("mid early late the end of on at start middle")
_OTHER_MEASURE = word_set(
    """similar another earlier previous prior former separate older identical failed
    predecessor"""
)
_MEASURES = word_set(
    """bill bills measure measures version versions resolution resolutions proposal
    proposals legislation act package draft amendment"""
)
# An offset before "after / before": "a day after", "hours before", "two weeks after".
_PAST = word_set("last past previous")
_AHEAD = word_set("again will next upcoming planned due")
_OFFSETS = word_set(
    """day days hour hours week weeks month months minutes night nights moments shortly
    soon just"""
)
# Offsets under an hour: the clause's event and the main clause's share the one day the
# sentence gives ("Minutes before he sat down with Xi on Thursday, Trump posted", "Just
# before", "Half an hour after"), unless it tells another time in other words (rvpl27: "the
# night before", "a year earlier", "in 2019"; not "had" alone: "posted that he had instructed").
_MINUTES = word_set("minutes moments just")
_PARTS = word_set("half quarter of")
_OTHER_TIMES = word_set(
    "earlier ago previous overnight yesterday weekend last night week month year days weeks"
)
_CLAUSE_ENDS = word_set("while whereas but although though and")

# A picture credit ending a caption line: "REUTERS/Staff", "(AFP)", "AP Photo/Jane Doe",
# "Photo: Jane Doe", "(Photo by Getty Images)", "Getty Images".
_AGENCY = r"(?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|ANADOLU|Anadolu|GETTY|Getty\s+Images)"
_CREDIT = re.compile(
    rf"(?:\(\s*{_AGENCY}(?:\s*(?:Photo|/)[^)]{{0,40}})?\s*\)"
    rf"|{_AGENCY}\s*(?:Photo\s*)?/\s*[A-Z][\w .'\-]{{0,40}}"
    r"|\(?\s*(?:Photo|Photograph|Picture|Image)(?:\s+by)?\s*:?\s+[A-Z][\w .'/\-]{0,40}\)?"
    r"|Getty\s+Images)\s*\.?\s*$"
)
_CAPTION_WORDS = 45
BOUND = "a time it is to come after"
OTHER_MEASURE = "another measure's day"


def other_thing(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[str], text: str
) -> str | None:
    """What the day at ``tokens[first:last + 1]`` is when the sentence gives it to something
    else than the field's thing (see the module); None otherwise."""
    if "meet" in cues:
        if _postponed_plan(tokens, first, text):
            return "the old day of a postponed meeting"
        if _earlier_round(tokens, first, text) or past_meeting(tokens, first, last):
            return "an earlier meeting's day"
    if ("meet" in cues or "start" in cues) and _bound(tokens, first):
        return BOUND + " (beyond it), not its time"
    if "introduce" in cues and other_measure(tokens, first, text):
        return OTHER_MEASURE
    return None


def in_time_clause(
    tokens: Sequence[Token], first: int, text: str, about: frozenset[str]
) -> str | None:
    """A day in a clause that dates another thing at an offset ("Fighting flared a day after
    the truce signing on Saturday", "hours before the vote on Monday"), read for fields with
    no cues (an event's day): the main clause's event is not on that day. Not when the
    clause names the fact's own thing (``about``: its description's words, "The agreement
    was announced": "two days after the agreement was announced on Saturday")."""
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if clause_break(tokens, index, text) or "," in gap:
            return None
        if tokens[index].norm in {"after", "before", "following"}:
            if index == 0 or tokens[index - 1].norm not in _OFFSETS:
                return None  # "after the agreement was announced Saturday": that event's day
            if _under_hour(tokens, index) and _only_day(tokens, first):
                return None  # "Minutes before he sat down ... on Thursday, Trump posted"
            if any(t.norm in about for t in tokens[index + 1 : first]):
                return None
            return after_other(tokens, index, first, text)
    return None


def _under_hour(tokens: Sequence[Token], index: int) -> bool:
    """The offset before ``tokens[index]`` is under an hour: "minutes", "moments", "just",
    "half an hour", "a quarter of an hour"."""
    words = [t.norm for t in tokens[max(index - 3, 0) : index]]
    return words[-1] in _MINUTES or (words[-2:] == ["an", "hour"] and words[0] in _PARTS)


def _only_day(tokens: Sequence[Token], first: int) -> bool:
    """No day word in the sentence but the one at ``tokens[first]`` (and its date's next
    words: "3 October", "October 3"), and no other time told in other words (a year, "the
    night before", "a week ago")."""
    return all(
        first <= i <= first + 2
        for i, t in enumerate(tokens)
        if t.norm in DAY_WORDS or t.norm in _OTHER_TIMES or (t.norm.isdigit() and len(t.norm) == 4)
    )


_RELATIVES = word_set("that which who whom")
# Past forms that open a relative clause without "-ed" ("a truce that went into effect").
_IRREGULAR = word_set(
    """began went took broke came fell hit struck ran left held met saw won lost drew made
    begun taken broken fallen gone bought sold built caught fought brought sent kept paid"""
)
_AUXILIARY = word_set("was were is are be been being has have had get gets got would will")
# Words before a "that" that opens what is said or known, not a relative clause.
_NOT_NOUNS = word_set(
    """so such now says say tells told warns warn believes believe hopes hope fears fear
    claims claim insists insist argues argue states know knew shows show suggests suggest
    means mean thinks think"""
)


def in_relative_clause(
    tokens: Sequence[Token], first: int, text: str, about: frozenset[str]
) -> str | None:
    """A day inside a relative clause or a participle phrase about another thing ("called on
    Israel to commit to a ceasefire deal that went into effect in the early morning hours",
    "The crisis sparked by those statements on Saturday was resolved": checks 24 and 25; with
    no "that": "the tariffs he unveiled in early April", check 53),
    read for fields with no cues (an event's day); None when the clause's words name the
    fact's own thing (``about``: "Fighting that erupted on Sunday" for fighting that erupted),
    or its head noun does and nothing else in the sentence does ("the strike that killed 12
    on Sunday targeted militants" for a strike), or no such clause holds the day."""
    for index in range(first - 1, max(first - 10, 0), -1):
        norm, previous = tokens[index].norm, tokens[index - 1].norm
        broken = clause_break(tokens, index - 1, text)
        if broken or "," in text[tokens[index - 1].end : tokens[index].start]:
            if norm not in _RELATIVES or broken:
                return None
            return _told(tokens, index, index + 1, first, about)  # ", which killed seven"
        if norm in _RELATIVES and previous not in _NOT_NOUNS and not previous.endswith("ed"):
            return _told(tokens, index, index + 1, first, about)  # "a truce that went into"
        if (
            norm.endswith("ed")
            and tokens[index + 1].norm == "by"
            and previous not in _AUXILIARY
            and not tokens[index - 1].capitalised
        ):
            return _told(tokens, index, index, first, about)  # "the crisis sparked by"
        if _contact_clause(tokens, index) and any(t.norm in _MAIN_DAYS for t in tokens[:index]):
            return _told(tokens, index, index + 1, first, about)  # "the tariffs he unveiled"
    return None


# Subjects of a relative clause with no "that" ("the sweeping tariffs he unveiled in early
# April", check 53); not "it", which opens too many other clauses ("the day it began").
_CONTACT_SUBJECTS = word_set("he she they we")


_MAIN_DAYS = DAY_WORDS | word_set("today yesterday")


def _contact_clause(tokens: Sequence[Token], index: int) -> bool:
    """A relative clause with no "that" opens at ``tokens[index]``: a subject pronoun right
    after a lower-case noun (no speech verb, no auxiliary) and right before a past verb. Read
    only when the sentence dates its main clause before it ("held on Wednesday that ... the
    tariffs he unveiled in early April"): "shot down the drones they launched on Sunday" has
    one day, likely the event's own."""
    if tokens[index].norm not in _CONTACT_SUBJECTS or index + 1 >= len(tokens):
        return False
    noun, verb = tokens[index - 1], tokens[index + 1].norm
    if noun.capitalised or noun.norm in _NOT_NOUNS or noun.norm in _AUXILIARY:
        return False
    if noun.norm.endswith("ed") or noun.norm in _RELATIVES or noun.norm in _IRREGULAR:
        return False  # "said he", "which they", "took he": no noun before the clause
    return verb in _IRREGULAR or (verb.endswith("ed") and verb not in _AUXILIARY)


def _told(
    tokens: Sequence[Token], opener: int, verb: int, first: int, about: frozenset[str]
) -> str | None:
    """What the clause from ``verb`` to the day tells, unless it is the fact's own thing."""
    words = tokens[verb:first]
    if not words or any(t.norm in about for t in words):
        return None
    if not any(t.norm in _IRREGULAR or t.norm.endswith("ed") for t in words):
        return None  # no past verb: "a truce that holds until Monday" is not another thing's
    if tokens[opener - 1].norm in about and not named_again(tokens, opener - 1, first, about):
        return None  # "the strike that killed 12 on Sunday targeted militants": the strike's
    return "the day of what a clause about another thing tells"


def _postponed_plan(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A delay verb, then the meeting, then its planned day ("postpone the meeting that was
    to be held 28-29 January", "postponed Tuesday's meeting"), not the new day after
    "to / until" ("postponed the meeting to Friday")."""
    before = first - 1
    while before >= 0 and (tokens[before].norm in {"on", "the"} or tokens[before].is_number):
        before -= 1  # "to 14-16 April": the number before the day's is the same date
    if (
        before >= 0
        and tokens[before].norm in _NEW_DAY | {"for"}
        and not _planned_at(tokens, before)
    ):
        return False  # "postponed the meeting to Friday", "rescheduled it for Friday"
    meeting = possessive = False
    if first + 1 < len(tokens) and tokens[first + 1].norm in MEETING_WORDS:
        possessive = True  # "postponed Tuesday's meeting", "delayed the 28 January summit"
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        if clause_break(tokens, index, text):
            return False
        norm = tokens[index].norm
        if norm in _DELAYS:
            return meeting or (possessive and all(
                t.norm in _PLAN_PHRASE for t in tokens[index + 1 : first]
            ))  # fmt: skip
        if norm in MEETING_WORDS:
            meeting = True
        elif (
            norm not in _PLAN_PHRASE
            and not tokens[index].capitalised
            and not tokens[index].is_number
        ):
            return False
    return False


# A plan's words before a meeting's time ("was due to host", "had been scheduled for", "was
# meant to meet"), and the words that make the plan the current one ("is now scheduled").
_PLAN_WORDS = word_set("due scheduled planned slated set supposed meant expected")
_CURRENT = word_set("is are now will be being newly")
_NEWER = word_set("rescheduled now instead new")
_HAPPENED = word_set("held met convened opened took")  # not "to be held", "was to"
_FRAMED = word_set("be been to being")
_NEW_BEFORE = word_set("to until till")
_SKIP_BEFORE = word_set("on the in at mid early late of")
_DELAYED = word_set(
    """postpone postpones postponed postponing postponement delay delays delayed delaying
    defer defers deferred deferring"""
)
_PUT = word_set("put puts pushed push pushes")
_OFF_BACK = word_set("off back")
_MOVE = word_set("move moves moved shift shifts shifted")
_MOVED_TO = word_set("to until till")


def old_plan(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day at ``first`` is told as a past plan in its clause ("was due to host the
    meeting ... in August", "It was to take place on March 12", "the summit, scheduled to
    take place on December 4 and 5"): when the fact's evidence also postpones the meeting
    (:func:`delayed`), that is the meeting's old time (checks 24 and 25), as a postponed
    meeting's planned day in the delay's own clause is (days-5). Not a new day ("postponed to
    August", "rescheduled for Friday", "is now scheduled for"), nor the day a verb of the
    meeting happening nearer the day gives ("first set for May, was moved to Bali and held
    there on Tuesday"; session 18)."""
    before = first - 1
    while before >= 0 and (tokens[before].norm in _SKIP_BEFORE or tokens[before].is_number):
        before -= 1
    if before >= 0 and tokens[before].norm in _NEW_BEFORE:
        return False  # "postponed to August", "delayed until July"
    if before >= 0 and tokens[before].norm == "since":
        return True  # "postponed twice since March": when the delays began (session 18)
    for index in range(first - 1, max(first - 15, 0) - 1, -1):
        if clause_break(tokens, index, text):
            return False
        norm = tokens[index].norm
        previous = tokens[index - 1].norm if index else ""
        if norm in _NEWER or (norm in _HAPPENED and previous not in _FRAMED):
            return False  # "... and held there on Tuesday": the day it happened
        if norm == "to" and previous in {"was", "were"}:
            return True  # "It was to take place on March 12"
        following = tokens[index + 1].norm
        if norm in _PLAN_WORDS and (norm != "set" or following in {"for", "to"}):
            return previous not in _CURRENT  # "was due to", "scheduled to"; not "is due to"
    return False


def delayed(tokens: Sequence[Token]) -> bool:
    """Whether a sentence postpones a meeting: "postponed", "delayed", "deferred", "put off",
    "pushed back", "moved to" ("moved to Nairobi in October"). A meeting called off with no
    new day keeps the day it was planned for (the days-4 rule): cancelling is not delaying."""
    for index, token in enumerate(tokens):
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if token.norm in _DELAYED or (token.norm in _PUT and following in _OFF_BACK):
            return True
        if token.norm in _MOVE and following in _MOVED_TO:
            return True
    return False


def _planned_at(tokens: Sequence[Token], index: int) -> bool:
    """ "scheduled for", "due on": the word before ``index`` is a plan's participle."""
    return index > 0 and tokens[index - 1].norm in _PLANNED


def _earlier_round(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A meeting before the day that something came out of ("progress made in talks in
    Stockholm in December") or that is followed up on ("follow up on the talks in May")."""
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        if clause_break(tokens, index, text):
            return False
        if tokens[index].norm not in MEETING_WORDS:
            continue
        if not any(t.norm in _DATED for t in tokens[:index]):
            return False  # the sentence dates no other meeting before: this one may be the fact's
        back = [t.norm for t in tokens[max(index - 4, 0) : index]]
        for offset, norm in enumerate(back):
            rest = back[offset + 1 :]
            if norm in _RESULTS and rest[:1] and rest[0] in _IN:
                return True  # "made in talks", "reached at the summit"
            if norm in _FOLLOW and rest[:1] and rest[0] in _UPON:
                return True  # "follow up on the talks", "building on the summit"
        return False
    return False


def past_meeting(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A past period before a meeting ("last month's summit", "last month's Canberra
    meeting") in a sentence that dates another meeting ("who last met at last month's summit
    in Arusha, will talk again in May") or follows it up ("the follow-up to last month's
    Canberra meeting", "after / since last week's talks"; check 26): that earlier meeting's."""
    if tokens[first].norm not in _PAST or last + 1 >= len(tokens):
        return False
    noun = last + 1
    while noun < min(last + 4, len(tokens) - 1) and tokens[noun].capitalised:
        noun += 1  # the earlier meeting's place: "last month's Canberra meeting"
    owner = tokens[last].text.endswith(SINGULAR_POSSESSIVES)
    if not owner or tokens[noun].norm not in MEETING_WORDS:
        return False
    if any(t.norm in FOLLOWING for t in tokens[max(first - 5, 0) : first]):
        return True  # "a follow-up to last month's Canberra meeting"
    outside = [*tokens[:first], *tokens[last + 1 :]]
    ahead = any(t.norm in _AHEAD for t in outside)  # "will talk again in May"
    return ahead and any(t.norm in _DATED for t in outside)


def _bound(tokens: Sequence[Token], first: int) -> bool:
    """ "beyond mid-June", "until after June 15", "no earlier / later than Friday"."""
    index = first - 1
    while index >= 0 and tokens[index].norm in _BOUND_FILLER:
        index -= 1
    if index < 0:
        return False
    norm = tokens[index].norm
    if norm in _BOUNDS:
        return True
    if norm == "after" and index and tokens[index - 1].norm in {"until", "till"}:
        return True
    return norm == "than" and index > 0 and tokens[index - 1].norm in {"earlier", "sooner"}


def other_measure(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A day or year in a clause about a similar, earlier or previous measure ("A similar
    bill stalled in the House in 2016")."""
    for index in range(first - 1, -1, -1):
        if clause_break(tokens, index, text) or tokens[index].norm in _CLAUSE_ENDS:
            return False
        if tokens[index].norm in _MEASURES and index:
            near = [t.norm for t in tokens[max(index - 3, 0) : index]]
            if not _OTHER_MEASURE.isdisjoint(near):
                return True
            if "of" not in near[-2:]:
                return False  # the nearest measure decides: "the new bill was introduced"
    return False


def caption_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``text[start:end]`` stands in a short line that ends with a
    picture credit (a photo caption: its day is the photo's)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:line_end].rstrip()
    if len(line.split()) > _CAPTION_WORDS:
        return False
    return bool(_CREDIT.search(line[-90:]))  # a credit ends the line: read only its tail


__all__ = [
    "BOUND",
    "FOLLOWING",
    "OTHER_MEASURE",
    "caption_line",
    "in_time_clause",
    "other_measure",
    "other_thing",
    "past_meeting",
]
