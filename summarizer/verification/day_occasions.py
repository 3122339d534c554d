"""The pieces of a sentence a day's role is read from (for
:mod:`summarizer.verification.day_roles`): clause breaks and openings, a date glossed in
parentheses ("Tuesday (May 30)", "on Monday (May 29) said"), and the occasion a meeting's day
or time is given to ("Press statements are expected at 4.30pm", "a dinner follows tonight":
another occasion's, not the meeting's)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from summarizer.verification.tokens import Token, word_set

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
    the clause's own meeting, not this one."""
    for back in range(index - 1, max(index - _BACK, 0) - 1, -1):
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
    "glossed",
    "occasion",
    "opens",
    "other_occasion",
    "past_gloss",
]
