"""Which word a day in a sentence belongs to: the reading a ``when`` field with cues needs.

A sentence often gives several days, each to a different thing: "On Monday, the army
announced a truce that begins on Wednesday" gives Monday to the announcement and Wednesday to
the truce's start; "Putin hosted the June 20 meeting, the first since a truce was established
in early April" gives June 20 to a meeting. A fact-checker takes for a field only the day its
sentence gives to that field's thing. The things are the ``ROLES`` below (a start, a meeting, a
measure's introduction (a first reading too), an announcement, an agreement, a proposal, a
debate (a chamber considering a bill, its second reading, its report stage), something said, a
cancellation, a vote, an extension, a reaction, a release, an end or resumption of fighting),
each known by its words; a field with cues names its roles
(``Supported("when", cues=("start",))``).

A day belongs to, in this order:

1. nothing of this field when it is an earlier or superseded one: "the originally planned start
   time of 8:30 a.m.", "not at 8:30", "delayed from Monday", "the latest summit in Vienna on
   May 16" (a previous meeting);
2. the role noun right after it ("Friday's summit", "the June 20 meeting", "Monday, at a
   meeting"), within three words, articles and prepositions not counted, before a comma (but
   "yesterday, at a meeting") or a subordinate clause ("Monday, officials said", "on Monday,
   hours after talks" are not the day's);
3. the nearest role word before it in its clause ("began at 11:15 a.m.", "said on Saturday",
   "hosted the June 20 meeting"), not past "after", "before" or "since" ("confirmed ... after
   the February 28 confrontation" is not the confirmation's day); a delay's new day ("delayed
   from Monday to Wednesday") is the field's; a parenthesis is no break ("8:30 a.m. (1:30 a.m.
   ET)" is one time, twice);
4. for a day that opens its clause ("On Monday, the RSF announced ..."), the first role word
   after it; for a day between a subject and its verb ("Russia on Thursday announced", "Israel
   on Sunday night confirmed"), that verb.

A reported clause keeps its own day ("said the truce would apply from Tuesday" is not the
saying's Tuesday); "last until Monday" is an end; "..., when the truce begins" gives the day
to the truce. For a start, a day in a clause that names another event and no truce ("while
the hostage exchange was delayed until Friday", "after the prisoner release on Sunday") is
that event's.

A day no role word claims is taken (a fact-checker reads "the truce on Monday" as the truce's
day): only a day given to another role, or an earlier one, is refused. Before the roles, a
day given as an end or a deadline ("until January 12", "by Monday") is refused, and after
them a meeting's day that a cancelled or moved meeting or another group's meeting owns, and a
start's day in a time clause about something else ("a day after the signing on Saturday"):
:mod:`summarizer.verification.days.day_limits`; before them too, a postponed meeting's old day, an
earlier round's, a lower bound ("beyond mid-June") and another measure's day:
:mod:`summarizer.verification.days.day_others`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import (
    CLAUSE_WORDS,
    DAY_WORDS,
    EVENTS,
    MEETING_WORDS,
    OPENERS,
    clause_break,
    clause_edge,
    conflict_day,
    glossed,
    opens,
    other_occasion,
    past_gloss,
)
from ..occasions.occasion_acts import determiner_said, shared_day
from ..page.tokens import Token, clause_gap, word_set
from .aside_days import earlier_aside
from .day_limits import (
    DEADLINE,
    after_other,
    day_limit,
    declared_from,
    moved_meeting,
    other_group,
)
from .day_others import FOLLOWING, other_thing
from .day_stages import CHAMBER_WORDS, chamber_role
from .day_wordings import STATE, governed, reworded
from .earlier_days import earlier_meeting
from .event_days import event_day, preparatory_day
from .governed_days import governed_elsewhere
from .superseded_days import superseded, superseding

# What a statement may be written in ("In a letter dated Thursday, the president cancelled the
# summit", "a communique issued Saturday"): its day is the writing's, like a statement's.
_PAPERS = """ letter letters communique communiques message messages memo memos note notes
    readout dispatch"""
ROLES: dict[str, frozenset[str]] = {
    "start": word_set(
        """start starts started starting begin begins began begun beginning effect effective
        force commence commences commenced establish established kicks stop stops stopped
        halt halted cease ceased silent
        kicked"""
    ),
    "meet": word_set(
        """meet meets meeting meetings met summit summits talks visit visits visited trip
        conference sit sat held hold holds hosted hosts hosting gathering session call calls
        phoned telephoned rang"""
    ),
    "introduce": word_set(
        """introduce introduces introduced introducing sponsored filed tabled submitted
        unveiled imposed imposes impose adopted adopts approved froze frozen designated
        added levied ordered threatened warned blacklisted sanctioned drafted authored
        launched"""
    ),
    "announce": word_set(
        """announce announces announced announcing declared declares announcement announcements
        issued published"""
    ),
    "agree": word_set(
        """agree agrees agreed signed signs reached brokered struck negotiated accepted
        signing signature signatures"""
    ),
    "propose": word_set("proposed proposes floated mooted suggested offered invited"),
    "debate": word_set("debate debated debates hearing hearings"),
    "say": word_set(
        """said say says told tells tweeted wrote statement interview spoke speaking
        remarks confirmed reported speak speaks talk report"""
        + _PAPERS
    ),
    "cancel": word_set(
        """cancel cancels cancelled canceled postpone postponed scrapped delayed called"""
    ),
    "vote": word_set("vote votes voted voting passed cleared assent"),
    "extend": word_set("extend extends extended extending prolonged renewed"),
    "react": word_set(
        """welcomed welcomes hailed praised condemned criticised criticized rejected rejects
        denounced"""
    ),
    "release": word_set("freed exchanged swapped evacuated released handed"),
    "end": word_set(
        """ends ended expire expires expired lapse lapses lapsed collapsed resume resumes
        resumed resuming"""
    ),
}
_ROLE_OF = {word: role for role, words in ROLES.items() for word in words}
_DESCRIBED = {
    "start": "a start's day",
    "meet": "a meeting's day",
    "introduce": "a measure's day",
    "announce": "an announcement's day",
    "agree": "an agreement's day",
    "propose": "a proposal's day",
    "debate": "a debate's day",
    "say": "the day something was said",
    "cancel": "a cancellation's day",
    "vote": "a vote's day",
    "extend": "an extension's day",
    "end": "an end's day (or fighting's resumption)",
    "react": "a reaction's day",
    "release": "a release's day",
}
_EARLIER_MEETING = word_set("latest last previous earlier prior past former preceding")
_SKIPPED = word_set("a an the at in on of for during")
_SUBORDINATE = word_set(
    "that which who whom whose because while if but after before since until when as"
)
_AT = word_set("at during in on")
_CALLED = word_set("him her them us me his their")  # "called him", not "called for", "called on"
_NEW_DAY = word_set("to until till for rescheduled")
_TIMED = word_set("after before since following until")
_TAKE = word_set("take takes took taken taking")
_DECLARING = frozenset({"announce", "agree", "propose"})
# The role words that name a thing a day may be written before ("Friday's summit", "the June
# 20 meeting", "Monday, at a meeting"): nouns, not the next clause's verb ("said on Thursday
# the truce would begin").
_NOUNS = word_set(
    """meeting meetings summit summits talks visit visits trip conference session gathering
    statement interview remarks vote votes hearing debate call calls announcement"""
    + _PAPERS
)
_AUXILIARIES = word_set(
    """also will would had has have was were is be been then again jointly night morning
    evening afternoon"""
)
# Finite words that end a day's noun phrase ("Aug. 2 has survived a vote") or open a reported
# clause ("said the truce would apply from Tuesday").
_FINITE = word_set("will would could should might may can must had has have is was were are")
_LASTING = word_set(
    "last lasts lasting run runs hold holds remain remains continue continues through"
)
# A start's thing ("the truce begins"): wider than vocabulary.TRUCE_NOUNS (a deal's phase).
_TRUCES = word_set(
    """truce truces ceasefire ceasefires cease fire firing fighting hostilities armistice pause
    lull calm halt deal agreement accord pact phase"""
)
_BACK = 12
_PERIOD_UNITS = word_set("days week weeks weekend month months")
# Words that, opening a clause before a day, date the whole clause ("Starting Tuesday (May
# 30), leaders will meet"): a preposition, not the truce's own start.
_FROM_WORDS = word_set("starting beginning")
_TRIPS = word_set("trip trips tour tours journey")  # "the four-day trip begins on June 21"


def bound_to(
    tokens: Sequence[Token], first: int, last: int, cues: Sequence[str], text: str
) -> str | None:
    """None when the day at ``tokens[first:last + 1]`` may be the field's (one of the roles
    ``cues`` names, or no role at all); else what it is instead, for the reason."""
    first, last = glossed(tokens, first, text), past_gloss(tokens, last, text)
    if superseded(tokens, first, last, text):
        return "an earlier or superseded time"
    if "meet" in cues and (
        earlier_meeting(tokens, first, last, text) or earlier_aside(tokens, first, text)
    ):
        return "the day of an earlier meeting"  # "who last met in Lima in November"
    if "start" not in cues:  # "After the attack on Tuesday", "ministers meet Monday to prepare"
        other = event_day(tokens, first, last) or preparatory_day(tokens, first, last, text)
        if other is not None:
            return other
    other = other_thing(tokens, first, last, cues, text) or governed_elsewhere(
        tokens, first, cues, text
    )  # "..., and the commission convenes on September 2" (governed_days)
    if other is not None:
        return other  # a postponed meeting's old day, an earlier round's, "beyond mid-June"
    if _when_after(tokens, last, cues):
        return None  # "Voting ends on Sunday, when the truce also begins"
    limit = day_limit(tokens, first, last, cues, text)
    if limit is not None:  # "until January 12", "by no later than 18:00 on Monday"
        bounded = _before(tokens, limit[1], text, cues) if limit[0] == DEADLINE else None
        if bounded is None or bounded[0] not in cues:
            return limit[0]  # not "fighting must stop by noon on Friday" (a start's)
    role = _after(tokens, last, text)
    named = role is not None  # "yesterday, at a meeting": the noun after it names its occasion
    if role is None:
        role = reworded(tokens, _before(tokens, first, text, cues), first, text, _role)
        if role is not None and _dating_opener(tokens, role[1], first, text):
            role = _after(tokens, last, text, reach=len(tokens))  # "Starting Tuesday, ... meet"
        elif role is None and opens(tokens, first, text):
            role = _after(tokens, last, text, reach=len(tokens))
        elif role is None and not governed(tokens, first):  # "in effect since May 1 has held"
            role = _verb_after(tokens, last, text)
    shared = shared_day(tokens, role, cues, first, last, text)  # occasion_acts
    if shared is not None:
        return shared or None  # "agreed on Tuesday, as Biden sat down with", "began with a tariff"
    if role is not None and "meet" in cues and _meeting_moves(tokens, role):
        role = "meet", role[1]  # "Talks between A and B begin at 9 a.m.", "resume tonight"
    if role is None or role[0] in cues:
        if "meet" in cues:
            moved = moved_meeting(tokens, first, last, text) or other_group(
                tokens, first, last, text
            )
            if moved is not None:
                return moved  # "cancel Tuesday's meeting ... a new date of February 10"
            return None if named else other_occasion(tokens, first, last, text)
        if "start" not in cues:
            return None
        return conflict_day(tokens, first, last, text) or _other_event(tokens, first, text)
    return _DESCRIBED[role[0]]


def _meeting_moves(tokens: Sequence[Token], role: tuple[str, int]) -> bool:
    """A start or resumption word whose subject or object is a meeting or a trip ("Talks
    between A and B begin at 9.15am", "the trip begins on June 21", "were due to begin talks
    at 0900 GMT", "talks resume tonight"): the meeting's own time, no truce word between."""
    name, index = role
    if name not in {"start", "end"}:
        return False
    for near in (*tokens[max(index - 6, 0) : index][::-1], *tokens[index + 1 : index + 3]):
        if near.norm in _TRUCES:
            return False
        if near.norm in MEETING_WORDS | _TRIPS and near.norm not in {"meet", "meets", "met"}:
            return True
    return False


def _dating_opener(tokens: Sequence[Token], index: int, first: int, text: str) -> bool:
    """Whether the start word before a day is a preposition opening its clause ("Starting
    Tuesday, leaders will meet", "..., beginning on Monday, talks resume"): it dates the
    clause's verb, not a start; "the truce starting Tuesday" stays a start."""
    if tokens[index].norm not in _FROM_WORDS:
        return False
    if not all(t.norm in OPENERS for t in tokens[index + 1 : first]):
        return False
    return clause_edge(tokens, index, text)


def _when_after(tokens: Sequence[Token], last: int, cues: Sequence[str]) -> bool:
    """A "when" clause right after the day that is the field's ("on Sunday, when the truce
    begins"): the day is that clause's too; so is a period's "after" clause ("said last week,
    after ... meeting Zelenskiy": the meeting falls in that week too)."""
    if last + 1 >= len(tokens):
        return False
    reach = 8
    if tokens[last].norm in _PERIOD_UNITS and tokens[last + 1].norm in {"after", "following"}:
        reach = 10  # "said last week, after speaking to Putin and then meeting Zelenskiy"
    elif tokens[last + 1].norm != "when":
        return False
    return any(_role(tokens, i) in cues for i in range(last + 2, min(last + reach, len(tokens))))


def _verb_after(tokens: Sequence[Token], last: int, text: str) -> tuple[str, int] | None:
    """The verb a day stands right before, between its subject and it ("Putin on Thursday
    announced a truce", "The army on Friday formally began ..."): that verb's day; adverbs and
    auxiliaries may stand between, not a comma."""
    for index in range(last + 1, min(last + 4, len(tokens))):
        if text[tokens[index - 1].end : tokens[index].start].strip(" )"):
            return None  # a comma ends it; a gloss's ")" does not: "on Monday (May 29) said"
        token = tokens[index]
        role = _role(tokens, index)
        if role is not None and token.norm not in _NOUNS:
            return role, index
        if token.norm not in _AUXILIARIES and not token.norm.endswith("ly"):
            return None
    return None


def _other_event(tokens: Sequence[Token], first: int, text: str) -> str | None:
    """A start's day in a clause about another event and no truce ("the truce begins on
    Thursday, while the hostage exchange was delayed until Friday"; "after the prisoner
    release on Sunday"): that event's day. The clause runs back to a clause word or a break."""
    other = None
    for index in range(first - 1, -1, -1):
        token = tokens[index]
        if token.norm in _TRUCES:
            return None
        if token.norm in DAY_WORDS:
            break  # "While the truce began on Monday, the first convoy ... until Thursday"
        if token.norm in EVENTS and other is None:
            other = token.norm
        comma = index > 0 and "," in text[tokens[index - 1].end : token.start]
        if clause_break(tokens, index, text) or token.norm in CLAUSE_WORDS:
            if other is None:
                return after_other(tokens, index, first, text)  # "a day after the signing on Sat"
            break
        if token.norm == "and" and comma:
            break  # "..., and the prisoner swap is set for Friday"
    return f"the day of another event ({other})" if other else None


def _role(tokens: Sequence[Token], index: int) -> str | None:
    token = tokens[index]
    role = None if determiner_said(tokens, index) else _ROLE_OF.get(token.norm)  # "the said"
    if token.norm in CHAMBER_WORDS:
        return chamber_role(tokens, index, _ROLE_OF)
    if token.norm in {"hold", "place"} and index and tokens[index - 1].norm in _TAKE:
        return "start" if token.norm == "hold" else "meet"  # "took hold", "take place"
    if token.norm in {"hold", "holds"} and any(
        t.norm in _TRUCES for t in tokens[max(index - 3, 0) : index]
    ):
        return "start"  # "the truce would hold from dawn on Friday"
    if token.norm in {"call", "calls"} and any(
        t.norm == "what" for t in tokens[max(index - 4, 0) : index]
    ):
        return None  # "what the Kremlin calls a truce": naming, no phone call
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if role == "meet" and token.norm in {"held", "hold"} and following in {"back", "up", "off"}:
        return None  # "aid was held back"
    if role == "cancel" and token.norm == "called":
        if following in _CALLED:
            return "meet"  # "had called him at 14.20": a phone call's time (check 37)
        return "cancel" if following == "off" else None
    return role


def _after(tokens: Sequence[Token], last: int, text: str, reach: int = 3) -> tuple[str, int] | None:
    """The role word right after a day (within ``reach`` words, not counting articles and
    prepositions), before any clause break or subordinate clause."""
    counted = 0
    for index in range(last + 1, len(tokens)):
        if clause_break(tokens, index - 1, text):
            return None
        token = tokens[index]
        if reach <= 3 and (
            token.norm in _SUBORDINATE
            or ("," in text[tokens[index - 1].end : token.start] and token.norm not in _AT)
        ):
            return None  # "July 28, officials said"; not "yesterday, at a meeting"
        if reach <= 3 and token.norm in _FINITE:
            return None  # "the ceasefire that began on Aug. 2 has survived a vote"
        role = _role(tokens, index)
        if role is not None and (reach > 3 or token.norm in _NOUNS):
            return role, index
        if token.norm not in _SKIPPED and not token.is_number:
            counted += 1
            if counted >= reach:
                return None
    return None


def _before(
    tokens: Sequence[Token], first: int, text: str, cues: Sequence[str]
) -> tuple[str, int] | None:
    """The nearest role word before a day in its clause; a meeting word after "latest",
    "last" or "previous" is an earlier meeting's."""
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        if (
            tokens[index].norm in {"until", "till"}
            and index
            and (tokens[index - 1].norm in _LASTING)
        ):
            return "end", index  # "last until 6 p.m. on Monday": its end
        if clause_break(tokens, index, text) or tokens[index].norm in _TIMED | DAY_WORDS:
            return None  # "after the February 28 confrontation": the day of what follows;
            # "signed on 3 March, ... to stop from 4 March": another day's words
        role = _role(tokens, index)
        if role is None:
            continue
        if role in _DECLARING and "start" in cues and declared_from(tokens, index, first, text):
            return "start", index  # "a truce is announced from 12:00 on 10 October"
        close = all(t.norm in _SKIPPED for t in tokens[index + 1 : first])
        if close and tokens[index].norm in _NOUNS:  # "announced the summit on Thursday"
            for verb in range(index - 1, max(index - 4, -1), -1):
                verb_role = _role(tokens, verb)
                if verb_role is not None and tokens[verb].norm not in _NOUNS:
                    role, index = verb_role, verb
                    break
                if tokens[verb].norm not in _SKIPPED and not tokens[verb].text.endswith("'s"):
                    break
        if role == "cancel" and any(t.norm in _NEW_DAY for t in tokens[index:first]):
            return None  # "delayed from Monday to Wednesday", "rescheduled for Thursday"
        if role in {"say", "announce"} and any(t.norm in _FINITE for t in tokens[index:first]):
            return None  # "said the truce would apply from Tuesday": the reported clause's
        near = _near(tokens, index, text)
        if superseding(near, tokens, first):
            return "superseded", index  # "the originally planned start time of 8:30"
        if role == "meet" and not near.isdisjoint(_EARLIER_MEETING):
            return (role if _follows_up(tokens, index, first) else "earlier"), index
        return role, index
    return None


def _near(tokens: Sequence[Token], index: int, text: str) -> set[str]:
    """Up to three words before ``tokens[index]`` in its clause ("who spoke last week, will
    meet on Friday": no "last" near "meet"; review of session 14)."""
    start = max(index - 3, 0)
    for left in range(index - 1, start - 1, -1):
        if clause_gap(tokens, left, text):
            start = left + 1
            break
    return {t.norm for t in tokens[start:index]}


def _follows_up(tokens: Sequence[Token], meeting: int, first: int) -> bool:
    """ "the follow-up to last week's Doha talks would open on Sunday", "Following last
    week's talks, negotiators return on Monday": the earlier meeting follows a word of
    following up, and a verb or a clause stands between it and the day, which is the later
    meeting's (check 26)."""
    if not any(t.norm in FOLLOWING for t in tokens[max(meeting - 6, 0) : meeting]):
        return False
    return any(not t.capitalised and t.norm not in _SKIPPED for t in tokens[meeting + 1 : first])


_DESCRIBED["superseded"] = "an earlier or superseded time"
_DESCRIBED["earlier"] = "an earlier meeting's day"
_DESCRIBED[STATE] = "the day a state is reported as of, not an act's"  # day_wordings

__all__ = ["ROLES", "bound_to"]
