"""The pieces of a sentence a day's role is read from (for
:mod:`summarizer.verification.days.day_roles`): clause breaks and openings, a date glossed in
parentheses ("Tuesday (May 30)", "on Monday (May 29) said"), and the occasion a meeting's day
or time is given to ("Press statements are expected at 4.30pm", "a dinner follows tonight":
another occasion's, not the meeting's), and the day a war or an attack broke out ("since the
war began on 7 October": no truce's start)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import Token, word_set

_BACK = 12

DAY_WORDS = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS)
# Words that may stand before a day that opens its clause ("Late on Tuesday the army ...").
OPENERS = word_set("on at from by in late early since until this last")

BREAKS = frozenset(";:\u2014\u2013")
# Events a sentence may date beside a truce's start ("a prisoner swap on Friday").
EVENTS = word_set(
    """exchange exchanges swap swaps release releases handover withdrawal pullout evacuation
    evacuations delivery deliveries election elections referendum funeral trial inauguration
    deadline talks summit meeting visit reopening vote convoy convoys briefing dinner
    ceremony parade rally"""
)

# Words that open another clause, back to which a day's occasion is read.
CLAUSE_WORDS = word_set("while whereas but although though after before following when")

# A meeting's own words, and the other occasions a sentence may time beside it ("Press
# statements are expected at 4.30pm", "a dinner is planned for tonight"): a day or time
# whose nearest such word in its clause is another occasion is that occasion's, not the
# meeting's. "conference" after "press" or "news" is another occasion.
MEETING_WORDS = word_set(
    """summit summits meeting meetings talks visit visits session sessions conference
    conferences gathering negotiations meet meets met summitry"""
)
OCCASIONS = EVENTS - MEETING_WORDS | word_set(
    """statement statements briefing briefings dinner dinners lunch luncheon banquet breakfast
    reception ceremony ceremonies parade rally rallies announcement speech address interview
    photo signing protest strike strikes attack attacks flight departure fireworks
    celebration celebrations festival festivities gala concert vigil commemoration memorial
    procession screening"""
)
PRESS = word_set("press news")


def clause_break(tokens: Sequence[Token], left: int, text: str) -> bool:
    """A clause break between ``tokens[left]`` and the next token (not a comma, not a
    parenthesis: "8:30 a.m. (1:30 a.m. ET)" is one time)."""
    gap = text[tokens[left].end : tokens[left + 1].start]
    return not BREAKS.isdisjoint(gap) or " - " in gap


def opens(tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day opens its clause ("On Monday, ...", "Late on Tuesday the army ...")."""
    for index in range(first - 1, -1, -1):
        if clause_break(tokens, index, text):
            return True
        if tokens[index].norm not in OPENERS:
            return False
    return True


def glossed(tokens: Sequence[Token], first: int, text: str) -> int:
    """A date in parentheses after another ("Tuesday (May 30)", "May 30 (Tuesday)") glosses
    it: both are read from where the first one starts."""
    if (
        first
        and tokens[first - 1].norm in WEEKDAYS
        and _dated(tokens[first])
        and text[tokens[first - 1].end : tokens[first].start].strip() == ","
    ):
        return first - 1  # "on Monday, February 22": one date, read from its weekday
    if not first or "(" not in text[tokens[first - 1].end : tokens[first].start]:
        return first
    index = first - 1
    while index >= 0 and (tokens[index].norm in DAY_WORDS or tokens[index].is_number):
        index -= 1
        if index >= 0 and text[tokens[index].end : tokens[index + 1].start].strip(" .,"):
            break
    return index + 1 if index + 1 < first else first


def past_gloss(tokens: Sequence[Token], last: int, text: str) -> int:
    """The end of a parenthesised date right after a day ("Monday (May 29) said"): the day
    and its gloss are read as one, so the verb after the gloss is the day's."""
    if last + 1 >= len(tokens) or "(" not in text[tokens[last].end : tokens[last + 1].start]:
        return last
    for index in range(last + 1, min(last + 5, len(tokens))):
        if tokens[index].norm not in DAY_WORDS and not tokens[index].is_number:
            return last
        if ")" in text[tokens[index].end : tokens[index].end + 2]:
            return index
    return last


def other_occasion(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A meeting's day or time whose nearest occasion word in its clause is another occasion
    ("Press statements are expected at 4.30pm", "a dinner follows tonight"): that occasion's.
    Read back to a clause break, a clause word or a comma; for a day that opens its clause,
    forward too ("At 4.30pm, press statements are expected")."""
    for index in range(first - 1, max(first - _BACK, 0) - 1, -1):
        found = occasion(tokens, index)
        if found == "":
            return _time_clause_of_dated(tokens, index, text)
        if found is not None:
            return found
        if clause_edge(tokens, index, text):
            break
    if not opens(tokens, first, text):
        return None
    commas = 0
    for index in range(last + 1, min(last + _BACK, len(tokens))):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            commas += 1
        if (
            commas > 1
            or clause_break(tokens, index - 1, text)
            or tokens[index].norm in CLAUSE_WORDS
        ):
            break
        found = occasion(tokens, index)
        if found is not None:
            return found or None
    return None


def _time_clause_of_dated(tokens: Sequence[Token], index: int, text: str) -> str | None:
    """A meeting word in a time clause ("after their aides met this morning") after a main
    clause that already dates the meeting ("Modi and Putin hold talks on Friday, after ..."):
    the clause's own meeting, not this one. A meeting word past a comma after the time word is
    outside its clause ("X and Y, who had not met since 2019, held talks on Monday": check 41)."""
    for back in range(index - 1, max(index - _BACK, 0) - 1, -1):
        if "," in text[tokens[back].end : tokens[back + 1].start]:
            return None
        norm = tokens[back].norm
        if norm in _TIME_CLAUSES:
            dated = any(t.norm in DAY_WORDS or t.norm in _NEAR_DAYS for t in tokens[:back])
            return "the time of another meeting (a time clause)" if dated else None
        if clause_break(tokens, back, text) or norm in CLAUSE_WORDS:
            return None
    return None


_TIME_CLAUSES = frozenset({"after", "before", "since", "following"})
_NEAR_DAYS = frozenset({"today", "tomorrow", "tonight", "yesterday"})


def occasion(tokens: Sequence[Token], index: int) -> str | None:
    """An empty string for a meeting's word, the occasion for another's, None for neither."""
    norm = tokens[index].norm
    if norm in {"conference", "conferences"} and index and tokens[index - 1].norm in PRESS:
        return f"the time of another occasion ({tokens[index - 1].norm} conference)"
    if norm in MEETING_WORDS:
        return ""
    if norm in OCCASIONS:
        return f"the time of another occasion ({norm})"
    return None


def clause_edge(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether ``tokens[index]`` opens its clause: a clause word, or a break, a comma or a
    line break (a subheading above it) before."""
    if tokens[index].norm in CLAUSE_WORDS or not index:
        return True
    gap = text[tokens[index - 1].end : tokens[index].start]
    return "," in gap or "\n" in gap or clause_break(tokens, index - 1, text)


# A war and its like, whose outbreak a sentence may date beside a truce ("the longest lull
# since the war began on 7 October"): the day it broke out is not the truce's start.
_CONFLICTS = word_set(
    """war wars conflict conflicts fighting hostilities offensive offensives invasion siege
    insurgency uprising rebellion revolt crisis violence clashes attack attacks assault raid
    raids bombardment bombing campaign coup occupation blockade unrest shelling skirmishes
    airstrikes combat"""
)
# Words of breaking out: verbs ("began", "erupted", "broke out") and nouns ("the start of").
_ONSETS = word_set(
    """began begun begin begins started start starts erupted erupts broke flared escalated
    launched beginning outbreak onset eruption launch"""
)
# Words between an outbreak and its day ("broke out early on 7 October"), or between a
# conflict and its verb ("the war that had begun").
_TO_DAY = word_set(
    "on in at during early late mid the of out since this last again anew dawn dusk midnight noon"
)
_TO_VERB = word_set("that which who had has have was were first only suddenly again")
# A conflict word that is the object of a truce's noun ("a cessation of hostilities began",
# "the halt to the fighting started"): the truce's start after all.
_OBJECT_OF = word_set("of in to on")
_RELATIVES = word_set("that which who")
_ARTICLES = word_set("the a an")
# The whole family of nouns that lower or stop fighting ("a reduction in violence began",
# "a drop in clashes", "a suspension of attacks": check 45).
_TRUCE_NOUNS = word_set(
    """truce ceasefire ceasefires armistice pause lull calm halt cessation reduction drop
    decrease decline easing escalation suspension freeze respite moratorium"""
)


def conflict_day(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A day a sentence gives to a war's or an attack's outbreak, read for a truce's start:
    after an outbreak verb whose subject is a conflict word ("since the war began on 7
    October", "a conflict that erupted in April"), after an outbreak noun of one ("since the
    start of the war on 7 October", "the war's outbreak in 2023"), before one ("the October
    2023 war", "the 7 October attack") or before a "when" clause of one ("since April 2023,
    when the war began"). A truce's own word first ("The ceasefire, which began on Monday",
    "a cessation of hostilities began") keeps the day the truce's."""
    index, passed = first - 1, None
    while index >= 0 and not clause_break(tokens, index, text):
        norm = tokens[index].norm
        if norm in _CONFLICTS:
            passed = passed or norm  # "the start of the war on 7 October"
        elif norm not in _TO_DAY and norm not in DAY_WORDS and not tokens[index].is_number:
            break
        index -= 1
    if index >= 0 and tokens[index].norm in _ONSETS:
        conflict = passed or _subject(tokens, index)
        if conflict is not None:
            return f"the day another thing broke out ({conflict})"
    for near in tokens[last + 1 : last + 3]:
        if text[tokens[last].end : near.start].strip(" 's\u2019") or near.norm in _TRUCE_NOUNS:
            break
        if near.norm in _CONFLICTS:
            return f"the day another thing broke out ({near.norm})"
    after = last + 1 + (last + 1 < len(tokens) and tokens[last + 1].is_number)  # "April 2023"
    if after < len(tokens) and tokens[after].norm == "when":
        clause = tokens[after + 1 : after + 6]
        named = next((t.norm for t in clause if t.norm in _CONFLICTS), None)
        if named and any(t.norm in _ONSETS for t in clause):
            return f"the day another thing broke out ({named})"
    return None


def _subject(tokens: Sequence[Token], verb: int) -> str | None:
    """The conflict word an outbreak word follows ("the war that began", "the war outbreak"),
    unless a truce's noun holds it ("a cessation of hostilities began")."""
    index, relative = verb - 1, False
    while index >= 0 and tokens[index].norm in _TO_VERB:
        relative = relative or tokens[index].norm in _RELATIVES
        index -= 1
    if index < 0 or tokens[index].norm not in _CONFLICTS:
        return None
    if relative:
        return tokens[index].norm  # "a pause in a conflict that erupted": the conflict's
    held = index - 1
    while held >= 0 and tokens[held].norm in _ARTICLES:
        held -= 1
    if held > 0 and tokens[held].norm in _OBJECT_OF and tokens[held - 1].norm in _TRUCE_NOUNS:
        return None  # "the halt to the fighting started", "a lull in fighting began"
    return tokens[index].norm


__all__ = [
    "BREAKS",
    "CLAUSE_WORDS",
    "DAY_WORDS",
    "EVENTS",
    "MEETING_WORDS",
    "OCCASIONS",
    "OPENERS",
    "clause_break",
    "clause_edge",
    "conflict_day",
    "glossed",
    "occasion",
    "opens",
    "other_occasion",
    "past_gloss",
]


def _dated(token: Token) -> bool:
    """A month or a day's number, which a weekday and a comma may open ("Tuesday, 14 May")."""
    return token.norm in MONTH_NUMBER or token.is_number
