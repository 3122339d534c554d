"""The one whose answer is still sought, for the ``party`` kind
(:func:`summarizer.verification.sides.side_roles.other_role`): "Sarkozy will now seek the
endorsement of Georgian President Mikheil Saakashvili", "will next try to win Zelensky's
backing", "hopes to secure Hamas's consent", "is lobbying Kigali to sign the truce" (an
outside check, session 15, had Saakashvili accepted as a party of the talks Sarkozy held in
Moscow, and Georgia as having agreed to the plan).

A name is sought when it owns an answer that a goal frame reaches for:

- its possessive, or its people's word, before an answer noun ("Hamas's consent", "the
  Israeli cabinet's approval", "Israeli approval"), or the answer noun then "of", "from" or
  "by" and the name ("the endorsement of Georgian President ...", "awaits a reply from
  Hamas", "pending approval by Israel's cabinet"), with a verb of seeking before it: seek,
  need, want, court, request, await, solicit, "pending", "press / push / hope / ask / wait /
  lobby / call for", or win, secure, obtain, get, gain or earn after "to" ("try to win", "in a
  bid to win"; "won Hamas's consent" is an answer given);
- or it is the object of a verb of asking with "to" and a verb of answering after it ("will
  ask the RSF to endorse", "lobbying Kigali to sign", "pressing Hamas to accept").

It is then no party of the meeting the seeker held and has taken no stance yet: a stated
role, so the refusal is unsupported. A stance ``awaiting_answer`` is exactly that role and
keeps the name (:mod:`summarizer.verification.sides.parties` passes it as its own mode).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES

_ANSWERS = word_set(
    """endorsement endorsements approval approvals backing consent blessing support signature
    signatures agreement acceptance assent acquiescence ratification answer reply response
    nod okay"""
)
_ANSWERING = word_set(
    """sign endorse accept approve back agree support join ratify embrace consent"""
)
_SEEKING = word_set(
    """seek seeks seeking sought need needs needed needing want wants wanted wanting court
    courts courted courting request requests requested requesting await awaits awaited
    awaiting solicit solicits solicited soliciting pending"""
)
# Verbs of getting, a goal only after "to" ("to win Kyiv's agreement", not "won").
_GETTING = word_set("win secure obtain get gain earn")
# Verbs whose "for" opens what they seek ("press for Ethiopia's acceptance").
_FOR = word_set(
    """press presses pressed pressing push pushes pushed pushing hope hopes hoped hoping ask
    asks asked asking wait waits waited waiting lobby lobbies lobbied lobbying call calls
    called calling appeal appeals appealed appealing"""
)
_ASKING = word_set(
    """ask asks asked asking lobby lobbies lobbied lobbying press presses pressed pressing
    urge urges urged urging pressure pressures pressured pressuring push pushes pushed
    pushing persuade convince"""
)
# The name's own phrase: articles, titles and body words around it ("the Israeli cabinet's",
# "Georgian President Mikheil Saakashvili").
_ARTICLES = word_set("the a an its his her their")
_BODIES = word_set(
    """government cabinet leadership parliament president prime minister leader leaders
    authorities junta council command movement group military army side"""
)
_ADVERBS = word_set("now still also first next again formally quickly eventually")
_OF = word_set("of from by")


def _phrase_start(tokens: Sequence[Token], first: int, text: str) -> int:
    index = first
    while index > 0 and first - index < 8 and not clause_gap(tokens, index - 1, text):
        word = tokens[index - 1]
        if not (word.capitalised or word.norm in TITLES or word.norm in _ARTICLES):
            break
        if word.norm in _SEEKING | _GETTING | _ASKING:
            break  # a sentence opening with the verb ("Seeking Hamas's consent, ...")
        index -= 1
    return index


def _phrase_end(tokens: Sequence[Token], last: int, text: str) -> int:
    index = last
    while (
        not is_possessive(tokens[index], text)
        and index + 1 < len(tokens)
        and index - last < 6
        and not clause_gap(tokens, index, text)
        and (
            tokens[index + 1].capitalised
            or tokens[index + 1].norm in TITLES
            or tokens[index + 1].norm in _BODIES
        )
    ):
        index += 1
    return index


def _seeks_at(tokens: Sequence[Token], index: int) -> bool:
    """A verb of seeking ends at ``tokens[index]`` (see the module)."""
    if index < 0:
        return False
    norm = tokens[index].norm
    if norm in _SEEKING:
        return True
    if norm in _GETTING:
        return index >= 1 and tokens[index - 1].norm == "to"
    return norm == "for" and index >= 1 and tokens[index - 1].norm in _FOR


def _answer_after(tokens: Sequence[Token], end: int) -> bool:
    """An answer noun right after the name's phrase, over one lower-case modifier ("Hamas's
    formal consent")."""
    for token in tokens[end + 1 : end + 3]:
        if token.norm in _ANSWERS:
            return True
        if token.capitalised:
            return False
    return False


def sought(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the name at ``tokens[first..last]`` is the one whose answer is sought (see the
    module)."""
    start, end = _phrase_start(tokens, first, text), _phrase_end(tokens, last, text)
    if _answer_after(tokens, end):
        before = start - 1
        while before >= 0 and tokens[before].norm in _ADVERBS:
            before -= 1
        return _seeks_at(tokens, before)  # "seek Saakashvili's endorsement"
    if start >= 2 and tokens[start - 1].norm in _OF and tokens[start - 2].norm in _ANSWERS:
        before = start - 3
        while before >= 0 and tokens[before].norm in _ARTICLES:
            before -= 1
        return _seeks_at(tokens, before)  # "seek the endorsement of ...", "awaits a reply from"
    if start >= 1 and tokens[start - 1].norm in _ASKING:
        following = [t.norm for t in tokens[end + 1 : end + 3]]
        return following[:1] == ["to"] and following[1:] != [] and following[1] in _ANSWERING
    return False


__all__ = ["sought"]
