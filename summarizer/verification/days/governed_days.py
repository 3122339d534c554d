"""A day belongs to the event whose verb or noun governs it, not to the nearest occasion word
(an outside check, session 18: in one long sentence, "the General Border Committee meets on
August 4" gave its day to the commanders' meeting; "postponed twice since March" gave March to
the talks; "tabled in January, approved by it in April" gave April to the introduction), for
a meeting's or a measure's day (:func:`summarizer.verification.days.day_roles.bound_to`).

The day at hand is refused when:

1. it follows "since" in a clause of delays ("postponed twice since March", "Delayed three
   times since October, the summit ...", "put off repeatedly since January", "stalled since
   May"): the day the delays began, not the meeting's time nor the measure's;
2. it stands in a time phrase or clause after the field's own word: "after", "before",
   "following" or "ahead of" and another event between it and the day ("resume talks on 3 May,
   after a prisoner exchange on 28 April", "meet on Monday, a week before parliament votes on
   the accord on 21 March", "ahead of a summit of their presidents on October 14"): that
   event's day (:func:`summarizer.verification.days.day_limits.after_other` reads the phrase).
   Not when the phrase holds the field's own word and no other group owns it ("days after
   they met in Paris on Monday", "a day after Starmer held talks with Trump at the White House
   on Thursday", "ahead of the summit on Monday": two readings; "ahead of a summit of their
   presidents", "after their field commanders met" are another group's), nor when no word or
   day of the field stands before it ("After months of talks the two leaders met on
   Friday"). For an event's day (no cues), a phrase's or a joined clause's day is refused
   only when the main clause holds a day of its own ("would resume their talks on 3 May, after
   a prisoner exchange on 28 April"; not "Fighting flared after the vote on Monday"):
   :func:`event_elsewhere`;
3. it is a later stage of a measure whose sentence also tables it: "approved", "adopted",
   "passed", "cleared" by a chamber after "tabled", "introduced", "filed" or "submitted" ("was
   tabled in the Sejm in February, approved by it in June"): the stage's day, not the
   introduction's; not after "unveiled" (a proposal, whose adoption is the measure's day);
4. it stands in a clause joined by "and", "while" or a semicolon whose subject is another body
   ("Regional commanders will meet at 9am on Wednesday, and the Joint Border Commission will
   convene in Phnom Penh on September 2"): a committee, commission, council or parliament the
   first clause does not name, with a verb of its own (not a name: "and Trump and Xi will meet
   again at 8pm" may be the fact's own parties, which the day rules do not see); for an
   event's day, also a clause whose occasion noun another group owns ("..., and by a meeting
   of the General Border Committee on August 4").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, EVENTS, MEETING_WORDS, clause_break
from ..page.tokens import Token, word_set
from .day_limits import after_other

_BACK = 14
# The field's own words (the roles of day_roles.ROLES "meet" and "introduce", and a plan's).
_MEET = word_set(
    """meet meets meeting meetings met summit summits talks visit visits trip conference
    session gathering hold holds held host hosts hosting hosted resume resumes convene
    convenes call calls phoned telephoned rang sit sat due set scheduled"""
)
_INTRODUCE = word_set(
    """introduce introduces introduced introducing sponsored filed tabled submitted unveiled
    imposed imposes impose designated added levied ordered threatened warned blacklisted
    sanctioned drafted authored launched froze frozen"""
)
# A measure's tabling, before a later stage of it (rule 3).
# Not "unveiled" (a proposal: "unveiled the package on Sept. 19 and adopted it on Oct. 23"
# gives the adoption's day as the measure's).
_TABLED = word_set("introduce introduces introduced tabled filed submitted sponsored")
# A measure's later stages (plan_days reads them too).
STAGE_VERBS = word_set("approved adopted passed cleared endorsed ratified")
_DELAYS = word_set(
    """postpone postponed postponement delay delayed delays deferred put pushed stalled
    suspended shelved frozen"""
)
_SINCE_SKIP = word_set("the early mid late last")
_LINKS = word_set("after before following")
_JOINS = word_set("and while whereas")
_BODIES = word_set(
    """committee commission council parliament assembly congress senate house cabinet court
    board panel chamber bundestag duma knesset"""
)
_OCCASIONS = EVENTS | MEETING_WORDS | word_set("session sessions commission committee council")
# People a phrase's meeting may be another group's of ("a summit of their presidents").
_GROUPS = word_set(
    """presidents leaders ministers commanders envoys delegations delegates negotiators
    officials generals chiefs governors mayors ambassadors lawmakers deputies"""
)
_OWNING = word_set("of between among")
_FINITE = word_set("will would is are was were has have had meets convenes sits")


def governed_elsewhere(
    tokens: Sequence[Token], first: int, cues: Sequence[str], text: str
) -> str | None:  # fmt: skip
    """What the day at ``tokens[first]`` belongs to when another event's verb or noun governs
    it (see the module); None otherwise."""
    own = (_MEET if "meet" in cues else frozenset()) | (
        _INTRODUCE if "introduce" in cues else frozenset()
    )
    if not own:
        return None
    start = _clause_start(tokens, first, text)
    since = first - 1
    while since > start and tokens[since].norm in _SINCE_SKIP:
        since -= 1
    if (
        since >= 0
        and tokens[since].norm == "since"
        and any(t.norm in _DELAYS for t in tokens[start:since])
    ):
        return "when the delays began (since), not its time"
    other = _linked(tokens, first, start, text, own)
    if other is not None:
        return other
    if "introduce" in cues:
        stage = next(
            (i for i in range(first - 1, start - 1, -1) if tokens[i].norm in STAGE_VERBS), None
        )
        if stage is not None and any(t.norm in _TABLED for t in tokens[:stage]):
            return f"a later stage's day ({tokens[stage].norm}), not the introduction's"
    return _other_body(tokens, first, start, text)


def event_elsewhere(
    tokens: Sequence[Token], first: int, text: str, about: frozenset[str]
) -> str | None:  # fmt: skip
    """For an event's day (a field with no cues, ``about`` its description's words): a day in
    a time phrase or a joined clause of another event (rules 2 and 4 of the module) when the
    main clause holds a day of its own, and the phrase does not name the event's words."""
    start = _clause_start(tokens, first, text)
    link = _link(tokens, first, start)
    edge = link if link is not None else start
    if edge == 0 or not any(t.norm in DAY_WORDS for t in tokens[:edge]):
        return None  # one day in the sentence: "Fighting flared after the vote on Monday"
    if any(t.norm in about for t in tokens[edge + 1 : first]):
        return None
    if link is not None:
        return after_other(tokens, link, first, text)
    return _other_body(tokens, first, start, text) or _owned_occasion(tokens, first, start)


def _owned_occasion(tokens: Sequence[Token], first: int, start: int) -> str | None:
    """An occasion noun of another group in the day's own clause ("..., and by a meeting of
    the General Border Committee on August 4"): that occasion's day."""
    for index in range(start, first - 2):
        if tokens[index].norm in _OCCASIONS and tokens[index + 1].norm in _OWNING:
            owner = tokens[index + 2 : first]
            if any(t.capitalised or t.norm in _GROUPS or t.norm in _BODIES for t in owner):
                return f"the day of another group's {tokens[index].norm}"
    return None


def _linked(
    tokens: Sequence[Token], first: int, start: int, text: str, own: frozenset[str]
) -> str | None:  # fmt: skip
    """Rule 2 of the module: the day in a time phrase after the field's own word or day."""
    link = _link(tokens, first, start)
    if link is None:
        return None
    main = tokens[:link]
    if not any(t.norm in own or t.norm in DAY_WORDS for t in main):
        return None  # "After months of talks the two leaders met on Friday"
    earlier = {t.norm for t in main}
    phrase = tokens[link + 1 : first]
    verb = next((k for k, t in enumerate(phrase) if t.norm in own), None)
    if verb is not None:  # its owner: the words before it, "of"/"between" ones after it
        owner = list(phrase[:verb])
        if verb + 1 < len(phrase) and phrase[verb + 1].norm in _OWNING:
            owner += phrase[verb + 2 : verb + 5]
        if not any(
            (t.norm in _GROUPS or t.norm in _BODIES) and t.norm not in earlier for t in owner
        ):
            return None  # "days after they met in Paris on Monday": two readings
    if tokens[link].norm == "of":  # "ahead of": read as "before"
        if "," in text[tokens[link].end : tokens[first].start] or not any(
            t.norm in _OCCASIONS for t in phrase
        ):
            return None
        return "the day of another event (in a clause with 'ahead of')"
    return after_other(tokens, link, first, text)


def _clause_start(tokens: Sequence[Token], first: int, text: str) -> int:
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        if (
            clause_break(tokens, index, text)
            or "," in text[tokens[index].end : tokens[index + 1].start]
        ):
            return index + 1
    return max(first - _BACK, 0)


def _link(tokens: Sequence[Token], first: int, start: int) -> int | None:
    """The "after"/"before"/"following"/"ahead of" opening the day's phrase, or None."""
    for index in range(first - 1, max(start - 1, 0) - 1, -1):
        norm = tokens[index].norm
        if norm in _LINKS:
            return index
        if norm == "of" and index and tokens[index - 1].norm == "ahead":
            return index
    return None


def _other_body(tokens: Sequence[Token], first: int, start: int, text: str) -> str | None:
    """A day in a joined clause whose subject is another body (rule 4 of the module)."""
    if start == 0 or start >= first or tokens[start].norm not in _JOINS:
        if start == 0 or ";" not in text[tokens[start - 1].end : tokens[start].start]:
            return None
        subject = start
    else:
        subject = start + 1
    verb = next((i for i in range(subject, first) if tokens[i].norm in _FINITE), None)
    if verb is None or verb == subject:
        return None
    earlier = {t.norm for t in tokens[:start]}
    for token in tokens[subject:verb]:
        if token.norm in _BODIES and token.norm not in earlier:
            return f"the day of another body's occasion ({token.text})"
    return None


__all__ = ["event_elsewhere", "governed_elsewhere"]
