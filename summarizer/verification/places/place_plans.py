"""Planned, moved and other editions' meeting places, for :mod:`summarizer.verification.rules`
(checks 24 and 25):

- *A planned place in an aside*: "the 10th Summit of the Americas, scheduled to take place on
  December 4 and 5 in Punta Cana, ...", "The APEC summit, which was to take place in Lima, has
  been postponed": the aside's place is the meeting's (:func:`planned_aside`);
- *unless the meeting moved*: "..., which was to take place in Vientiane, will now be held in
  Bangkok", "originally planned for Johannesburg, has been moved to Cape Town"
  (:func:`moved_after`);
- *a journey's start*: "Trump flew from Seoul to Busan for his meeting with Xi", "Modi left
  Delhi for Kazan": the place a traveller sets out from on the way to the meeting is not
  where it is (:func:`departure`; the review of flag strengths);
- *another edition*: "Fiji, which is due to host next year's summit" hosts next year's, not
  this fact's when the fact's timing says nothing of "next" (:func:`other_edition`);
- *the place a plan named* (session 15): "The summit, which was supposed to take place in
  Lima in May, has been postponed", "It had been scheduled to be held in Oslo", "was to
  convene in Doha": the plan's place is the meeting's planned location, worded with a meeting
  word or not (:func:`planned_aside`, :func:`plan_place`), when the plan's subject is the
  meeting or its parties (:func:`plan_subject`: not "Exams were supposed to be held in
  Kampala"); a plan that did not hold
  ("supposed", "meant", "intended") is not where a meeting said held took place
  (:func:`counterfactual`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import Token, clause_gap, tokenize, word_set
from ..people.names import find_named

_PLAN_ASIDE = word_set(
    "scheduled set slated due planned originally initially first supposed meant intended expected"
)
_PLAN_RELATIVE = word_set("which that")
_PLAN_AUXILIARIES = word_set("was were is are had been")
_MOVED = word_set("instead moved relocated switched shifted transferred elsewhere")
_EDITIONS = word_set("next last previous following")
_JOURNEY = word_set(
    """fly flies flew flown flying travel travels travelled traveled travelling traveling
    arrive arrives arrived arriving come comes came coming drive drives drove driving head
    heads headed heading jet jets jetted jetting sail sails sailed sailing journeyed rushed"""
)
_DEPART = word_set("leave leaves left leaving depart departs departed departing")
_ONWARD = word_set("to for")
_WISHED = word_set("wanted hoped preferred wished pushed")
# "transferred as scheduled to Venezuela": where something else goes as planned (check 23).
_AS_PLANNED = word_set("scheduled planned agreed expected foreseen")
# Verbs of a journey that ends at the meeting, whose "from" names where it began.
_ARRIVAL = word_set(
    """arrive arrives arrived arriving came come comes coming land lands landed landing
    travelled traveled travelling traveling reach reached reaches"""
)
# Words of going home or back: the journey starts where the meeting was (also talk_places).
RETURN_HOME = word_set("home back return returns returned returning")
# A journey after the meeting or back from it starts where the meeting was ("flew home from
# Busan after the talks", "flew back to Moscow from Anchorage").
_RETURN = RETURN_HOME | word_set("after following")


def planned_aside(tokens: Sequence[Token], index: int) -> bool:
    """Whether the aside opening at ``tokens[index]`` plans a meeting: "scheduled / set / due
    to", "which was to / which had been scheduled to"."""
    words = [t.norm for t in tokens[index : index + 4]]
    if words and words[0] in _PLAN_RELATIVE:
        words = words[1:]
        while words and words[0] in _PLAN_AUXILIARIES:
            words = words[1:]
        return bool(words) and (words[0] == "to" or words[0] in _PLAN_ASIDE)
    return bool(words) and words[0] in _PLAN_ASIDE


def moved_after(tokens: Sequence[Token], after: int) -> bool:
    """A word after ``after`` that moves the meeting: "moved", "instead", or "now" before
    "be / take / meet" ("will now be held in Bangkok")."""
    words = [t.norm for t in tokens[after:]]
    return not _MOVED.isdisjoint(words) or any(
        word == "now" and words[i + 1 : i + 2] in (["be"], ["take"], ["meet"])
        for i, word in enumerate(words)
    )


def departure(tokens: Sequence[Token], start: int, size: int) -> bool:
    """The place at ``tokens[start : start + size]`` is where a journey to the meeting starts:
    right after "from" with a verb of travel in the four words before it ("flew from Seoul
    to", "jetted in from London for", "flew to Kazan from Delhi to"), or right after a verb of
    leaving ("left Delhi for Kazan"), and with "to" / "for" after the travel verb, the way on.
    Not a journey home, back or after the meeting: that one starts where the meeting was."""
    if start < 2:
        return False
    if tokens[start - 1].norm == "from" and _arrived_from(tokens, start):
        return True  # "Hun Manet arrived from Phnom Penh shortly after"
    if not _RETURN.isdisjoint(t.norm for t in tokens):
        return False
    before = tokens[start - 1].norm
    if before in _DEPART:
        travel = start - 1
    elif before == "from":
        near = [i for i in range(max(start - 6, 0), start - 1) if tokens[i].norm in _JOURNEY]
        if not near:
            return False
        travel = near[-1]
    else:
        return False
    onward = [t.norm for t in tokens[travel + 1 : start - 1]]
    onward += [t.norm for t in tokens[start + size : start + size + 8]]
    return not _ONWARD.isdisjoint(onward)


def _arrived_from(tokens: Sequence[Token], start: int) -> bool:
    """The place after "from" is where a journey that arrives began: a verb of arriving in
    the eight words before it, in the same clause and with no word of going home or back
    ("arrived from Phnom Penh shortly after", "travelled to Kyiv by overnight train from
    Poland"); "landed back in Kyiv from Busan" is the way home from the meeting's place."""
    for index in range(start - 2, max(start - 10, -1), -1):
        if tokens[index].norm in RETURN_HOME:
            return False
        if tokens[index].norm in _ARRIVAL:
            return True
    return False


def handed_on(tokens: Sequence[Token], start: int) -> bool:
    """A place right after "as scheduled / as planned to" is where something is handed on
    as planned ("the presidency will be transferred as scheduled to Venezuela"), not where a
    meeting is: a meeting is "held as planned in", not "to"."""
    return (
        start >= 3
        and tokens[start - 1].norm == "to"
        and tokens[start - 2].norm in _AS_PLANNED
        and tokens[start - 3].norm == "as"
    )


def other_edition(
    tokens: Sequence[Token], own: int, fact: Any, hosts: frozenset[str], summits: frozenset[str]
) -> bool:
    """A hosted summit called "next year's", "last", "the following" (a verb of ``hosts`` at
    ``own``, a word of ``summits`` after it) is that edition: not this fact's when its timing
    says nothing of it (check 25's plant: this year's postponed summit, timed "2021")."""
    timing = getattr(fact, "planned_timing", None)
    if not isinstance(timing, str) or not timing.strip() or tokens[own].norm not in hosts:
        return False
    said = {t.norm for t in tokenize(timing)}
    for token in tokens[own + 1 : own + 8]:
        if token.norm in summits:
            return False
        if token.norm in _EDITIONS and token.norm not in said:
            return True
    return False


_PLAN_WORDS = word_set("supposed meant intended due scheduled set slated expected planned")
_COUNTERFACTUAL = word_set("supposed meant intended")
_WAS = word_set("was were")
_HAPPENING = word_set("convene meet happen open")
_HELD = word_set("held hosted staged")


def _plan_to(tokens: Sequence[Token], to: int) -> bool:
    """``tokens[to]`` is the "to" of a plan: "supposed to", "due to", "was to"."""
    return (
        to >= 1
        and tokens[to].norm == "to"
        and (tokens[to - 1].norm in _PLAN_WORDS or tokens[to - 1].norm in _WAS)
    )


def plan_place(tokens: Sequence[Token], start: int) -> int | None:
    """The plan word whose frame the place at ``tokens[start]`` ends ("It was supposed to
    take place in Lima", "had been scheduled to be held in Oslo", "was to convene in
    Doha"), as the meeting word; None when there is none, or when the meeting moved since
    ("..., will now be held in Quito": :func:`moved_after`)."""
    if start < 4 or tokens[start - 1].norm not in ("in", "at") or moved_after(tokens, start):
        return None
    verb = start - 2
    norm, before = tokens[verb].norm, tokens[verb - 1].norm
    if (norm, before) == ("place", "take") or (norm in _HELD and before == "be"):
        verb -= 1  # "take place in", "be held in"
    elif norm not in _HAPPENING:
        return None
    return verb - 2 if _plan_to(tokens, verb - 1) else None


_RELATIVES = word_set("which that who")
_SUBJECTS = word_set(
    """it they both two leaders heads sides delegations delegates negotiators ministers envoys
    presidents premiers teams"""
)
_MEETING_NOUNS = (
    "summit", "meeting", "talks", "round", "conference", "gathering", "negotiation", "session",
    "visit", "encounter", "trilateral", "bilateral", "dialogue",
)  # fmt: skip


def plan_subject(tokens: Sequence[Token], plan: int, parties: Sequence[str], text: str) -> bool:
    """The subject of the plan at ``tokens[plan]``, back to its clause's start, is the
    meeting: "it", "they", a meeting noun, the parties' people ("the two leaders",
    "negotiators") or a party by name, before an aside that opens with the plan or "which"
    ("The summit, meant to be held in Lima", "..., which was to take place in"); not another
    thing ("The prisoner handover was supposed
    to take place in Rafah", "Exams were supposed to be held in Kampala")."""
    start = plan
    while start > 0 and not clause_gap(tokens, start - 1, text):
        start -= 1
    if start > 0 and (start == plan or tokens[start].norm in _RELATIVES):  # an aside
        start -= 1
        while start > 0 and not clause_gap(tokens, start - 1, text):
            start -= 1
    span = tokens[start:plan]
    words = {t.norm for t in span}
    if not _SUBJECTS.isdisjoint(words) or any(w.startswith(_MEETING_NOUNS) for w in words):
        return True
    return any(find_named(str(party), span, text) for party in parties)


def counterfactual(tokens: Sequence[Token], start: int, text: str = "") -> bool:
    """A plan that did not hold governs the place ("were supposed to meet in Lima", "which
    was meant to take place in Doha"): "supposed", "meant" or "intended" then "to" in the
    eight words before it; or a wish in the past perfect in the place's own clause ("Kyiv had
    wanted the talks held in the Vatican", session 26; not "The summit, which Washington had
    wanted in Riyadh, took place in Anchorage")."""
    for index in range(max(start - 8, 1), start):
        if tokens[index].norm == "to" and tokens[index - 1].norm in _COUNTERFACTUAL:
            return True
        if tokens[index - 1].norm == "had" and tokens[index].norm in _WISHED:
            return bool(text) and not any(clause_gap(tokens, i, text) for i in range(index, start))
    return False


__all__ = [
    "RETURN_HOME",
    "counterfactual",
    "departure",
    "moved_after",
    "other_edition",
    "plan_place",
    "plan_subject",
    "planned_aside",
]
