"""A held meeting's day told by its outcome (outside check 50): "President Joe Biden and
Chinese President Xi Jinping agreed on Wednesday to resume direct military-to-military
communications"; "The presidents of the Democratic Republic of Congo, Félix Tshisekedi, and
of Rwanda, Paul Kagame, on Thursday signed in Washington the peace agreement".

A report of a meeting often dates only what came out of it: the parties agreed, signed or
struck a deal on a day, and the rest of the evidence says they met. A fact-checker takes that
day for the meeting's when the agreement's subject is the meeting's own parties (two of them
named before the verb in its clause, or "the two leaders", "both presidents") and the
evidence dates no meeting otherwise (a meeting word in a day's stretch between commas: "met
in Abu Dhabi on July 10", "Friday's talks", outside a clause recalling an earlier meeting,
:mod:`recalled_occasions`).
Read for :func:`summarizer.verification.days.own_days.own_day` (an agreement's day, a held
meeting only).

And the mirror (:func:`agreed_to_meet`): "agreed on Sunday to hold a summit" dates the
agreement, not the summit, held or planned.

Kept refused: an outcome denied ("did not agree on anything on Friday", "failed to agree"),
a meeting dated relative to the outcome ("met in Buenos Aires the day before", "a day after
their talks in Jakarta"), an agreement to meet ("agreed on Monday to meet again", "to hold
talks"), one
made by others than the parties ("Negotiators agreed on Monday"), one dated beside the
meeting's own day ("Biden and Xi, who met on Tuesday, agreed on Wednesday").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..occasions.recalled_occasions import recalling
from ..page.tokens import Token, word_set
from ..people.names import find_named

_GROUPS = word_set("leaders presidents sides men premiers ministers heads")
_GROUP_OPENERS = word_set("two both")
_DENIED = word_set("not never n't failed fail no")
# a meeting's day told relative to another ("met in Buenos Aires the day before", "a day
# after their talks in Jakarta")
_RELATIVE = word_set("day night days week")
_RELATIVE_AFTER = word_set("before after earlier previously prior")
_MET = word_set("met meet meeting meetings talks summit summits held sat session conference visit")


def parties_agreed(
    fact: Any, tokens: Sequence[Token], verb: int, first: int,
    evidence: Sequence[Sequence[Token]], text: str,
) -> bool:  # fmt: skip
    """Whether the agreement at ``tokens[verb]`` is the held meeting's outcome and its day (at
    ``tokens[first]``) the meeting's (see the module)."""
    start = verb
    while start > 0 and not clause_break(tokens, start - 1, text):
        start -= 1
    subject = tokens[start:verb]
    if any(_denied(t.norm) for t in tokens[max(start, verb - 3) : verb]):
        return False  # "did not agree on anything on Friday": no outcome to date the meeting
    if not _parties_named(fact, subject, text) and not _group(subject):
        return False
    own = [token.start for token in tokens]
    others = [sentence for sentence in evidence if [t.start for t in sentence] != own]
    return not _dated_meeting(tokens, text, first) and not any(
        _dated_meeting(sentence, text) for sentence in others
    )


def _parties_named(fact: Any, subject: Sequence[Token], text: str) -> bool:
    parties = [p for p in getattr(fact, "parties", None) or [] if isinstance(p, str)]
    return sum(1 for party in parties if find_named(party, subject, text)) >= 2


def _group(subject: Sequence[Token]) -> bool:
    """ "The two leaders", "both presidents"."""
    return any(
        token.norm in _GROUPS and at and subject[at - 1].norm in _GROUP_OPENERS
        for at, token in enumerate(subject)
    )


def _dated_meeting(tokens: Sequence[Token], text: str, own: int = -1) -> bool:
    """A meeting word in the stretch of a day (between commas and clause marks), not in a
    clause recalling an earlier meeting ("met in Abu Dhabi on July 10", "after talks that
    had opened on Monday", "Friday's talks")."""
    for at in range(len(tokens)):
        if at == own or not _day_at(tokens, at) or recalling(tokens, at, text):
            continue
        first, end = at, at + 1
        while first > 0 and not _edge(tokens, first - 1, text):
            first -= 1
        while end < len(tokens) and not _edge(tokens, end - 1, text):
            end += 1
        if any(other.norm in _MET for other in tokens[first:end]):
            return True
    return False


def _denied(norm: str) -> bool:
    """ "not", "never", "failed", "didn't", "couldn't"."""
    return norm in _DENIED or norm.endswith("n't")


def _day_at(tokens: Sequence[Token], at: int) -> bool:
    """A day word, or a day told relative to another ("the day before", "a day earlier",
    "the previous day")."""
    norm = tokens[at].norm
    if norm in DAY_WORDS:
        return True
    if norm not in _RELATIVE:
        return False
    after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    return after in _RELATIVE_AFTER or (at > 0 and tokens[at - 1].norm == "previous")


def _edge(tokens: Sequence[Token], left: int, text: str) -> bool:
    """A comma or a clause mark between ``tokens[left]`` and the next token."""
    gap = text[tokens[left].end : tokens[left + 1].start]
    return "," in gap or clause_break(tokens, left, text)


_AGREED = word_set("agreed agree agrees decided decide decides")
_BEFORE_DAY = word_set("on late early")
_CONVENE = word_set("meet hold convene")
_OPEN = word_set("resume open start begin restart reopen")
_MEETING_NOUNS = word_set("talks summit meeting negotiations round session dialogue")


def agreed_to_meet(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """ "Abiy and Isaias agreed on Sunday to hold a summit in Asmara", "agreed on Wednesday to
    resume talks": the day of the agreement to meet, not of the meeting agreed on (a day after
    the meeting verb, "agreed to meet on Sunday", is the meeting's)."""
    before = first - 1
    while before >= 0 and tokens[before].norm in _BEFORE_DAY:
        before -= 1
    if before < 0 or tokens[before].norm not in _AGREED:
        return None
    after = [t.norm for t in tokens[last + 1 : last + 5]]
    if after[:1] != ["to"] or len(after) < 2:
        return None
    if after[1] in _CONVENE or (after[1] in _OPEN and not _MEETING_NOUNS.isdisjoint(after[2:])):
        return "the day of an agreement to meet"
    return None


__all__ = ["agreed_to_meet", "parties_agreed"]
