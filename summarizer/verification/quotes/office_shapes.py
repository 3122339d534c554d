"""The offices a sentence's shape gives the name it writes, beyond a title before it or an
appositive beside it, for :mod:`summarizer.verification.quotes.page_offices`: an office as a
predicate ("X has become the prime minister", "X, who became the premier"; "X was the prime
minister" gives the former office), an office as the subject of "is" before the name
("Thailand's new prime minister is X"), and the head of a government the name owns or leads
("Donald Tusk's coalition", "the minority government, led by Pedro Sanchez").

A news page about a parliamentary government often never writes "Prime Minister Tusk", and
calls him "the prime minister" after such a sentence (session 30, speakers30; review rvs30:
a past, shadow or partner's office, and a spokesman of the office, give none of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, word_set
from .office_words import (
    HEADS,
    HEADS_OF_GOVERNMENT,
    STRICT_RANKS,
    Office,
    breaks,
    office_in,
    possessive,
)

# The copulas an office is given by as a predicate ("is", "has become"); not "was", nor "had
# become" ("Liz Truss had become the prime minister weeks before"), which may be a former one.
BECOMES = word_set("is becomes became become remains")
PERFECT = word_set("has have")
# A copula that gives an office held before: "was", "had become", "had been" ("Scott Morrison
# was the prime minister when ...", "Liz Truss had become the prime minister weeks before"):
# the person is given the former office, so that a bare "the prime minister" passes them over.
_WAS = word_set("was")
_HAD = word_set("had")
_HAD_BECOME = word_set("become been")
_GOVERNMENTS = word_set("government coalition cabinet")
# Words between "the" and an office that make the office another's or one still to come ("the
# favourite to become the next prime minister", "the nominee for governor", "the daughter of
# the governor"): the predicate's noun is not the office.
_NOT_THE_OFFICE = word_set("to for of with at in than")
# A noun after a government's word that makes the owner's the compound's ("Christian
# Lindner's coalition partners"): the owner is the partner, not the government's head.
_PARTNERS = word_set("partner partners ally allies")
# "who": a relative clause after the name gives the office too ("David Eby, who became the
# premier"); an aside of up to this many words may stand between the name and the copula
# ("Mark Carney, a former central banker, became the prime minister").
_RELATIVE = word_set("who")
_LEADING = word_set("led headed run")
_IS = word_set("is")
_DETERMINERS = word_set("the a an")
_ASIDE = 8
# Words that stop a possessive's reach to the government's word ("Tusk's rivals in government").
_NOT_OWNED = word_set("the a an on in at for by with from after before as when while this that")
_NOT_OWNED |= frozenset((*MONTHS, *WEEKDAYS))


def predicate(tokens: Sequence[Token], last: int, text: str) -> list[Office]:
    """An office given as the predicate of a copula after the name ("Mark Carney has become the
    country's new prime minister", "Josh Shapiro is the governor of Pennsylvania", "Josh Stein
    has been the governor since January", "David Eby, who became the premier"); after "was"
    or "had become" the office held before ("former"), so a bare title passes the person over.
    "the prime minister's official spokesman" gives the spokesman's office."""
    start = _past_aside(tokens, last, text)
    if start is None or start + 2 >= len(tokens):
        return []
    first, second = tokens[start].norm, tokens[start + 1].norm
    former = first in _WAS or (first in _HAD and second in _HAD_BECOME)
    if first in _WAS or first in BECOMES:
        at = start + 1
    elif first in PERFECT | _HAD and second in _HAD_BECOME:
        at = start + 2  # "has become", "has been", "had become"
    else:
        return []
    if at + 1 >= len(tokens) or tokens[at].norm != "the":
        return []
    end = at + 1
    while end < len(tokens) - 1 and end - at < 6 and tokens[end].norm not in HEADS:
        if tokens[end].norm in _NOT_THE_OFFICE:
            return []  # "the favourite to become the next prime minister"
        end += 1
    while end + 1 < len(tokens) and tokens[end + 1].norm in HEADS:
        end += 1  # "prime minister"
    if tokens[end].norm not in HEADS or breaks(
        text, tokens[start].start, tokens[end].start, ",;:("
    ):
        return []
    if possessive(tokens[end : end + 1], text):  # "the prime minister's official spokesman"
        heads = [i for i in range(end + 1, min(end + 4, len(tokens))) if tokens[i].norm in HEADS]
        return office_in(tokens[end + 1 : heads[0] + 1]) if heads else []
    found = office_in(tokens[at : end + 1])
    return [replace(o, ranks=o.ranks | {"former"}) for o in found] if former else found


def _past_aside(tokens: Sequence[Token], last: int, text: str) -> int | None:
    """The index right after the name ending at ``tokens[last]`` where its predicate starts:
    right after it, after ", who", or after an aside set off by two commas ("Mark Carney, a
    former central banker, became"); None when a comma opens no such aside."""
    at = last + 1
    if at >= len(tokens) or "," not in text[tokens[last].end : tokens[at].start]:
        return at
    if tokens[at].norm in _RELATIVE:
        return at + 1  # "David Eby, who became the premier"
    for end in range(at, min(len(tokens) - 1, at + _ASIDE)):
        if tokens[end].capitalised or breaks(text, tokens[at].start, tokens[end].end, ";:()"):
            return None  # a name or a clause: no aside of the person's
        if "," in text[tokens[end].end : tokens[end + 1].start]:
            return end + 1
    return None


def owned(tokens: Sequence[Token], last: int, text: str) -> list[Office]:
    """The offices that head a government, for the name that owns one ("Donald Tusk's
    coalition", "Pedro Sanchez's minority government"): a parliamentary page often never
    writes "Prime Minister Tusk", and calls him "the prime minister" after that."""
    if not possessive(tokens[last : last + 1], text):
        return []
    for token in tokens[last + 1 : last + 4]:
        if breaks(text, tokens[last].end, token.start, ",;:.(") or token.norm in _NOT_OWNED:
            return []  # "Tusk's rivals in government": not his
        if token.norm in STRICT_RANKS:  # "Kemi Badenoch's shadow cabinet": the shadow office
            return [replace(o, ranks=o.ranks | {token.norm}) for o in HEADS_OF_GOVERNMENT]
        if token.norm in _GOVERNMENTS:
            after = tokens[tokens.index(token) + 1] if token is not tokens[-1] else None
            if after is not None and after.norm in _PARTNERS:
                return []  # "Lindner's coalition partners"
            return list(HEADS_OF_GOVERNMENT)
    return []


def led(tokens: Sequence[Token], first: int) -> list[Office]:
    """The offices that head a government, for the name it is "led by" ("Spain's minority
    government, led by Pedro Sanchez,", "China's cabinet, headed by Li Qiang,")."""
    if first < 3 or tokens[first - 1].norm != "by" or tokens[first - 2].norm not in _LEADING:
        return []
    owned = [t.norm for t in tokens[max(first - 6, 0) : first - 2]]
    if not any(norm in _GOVERNMENTS for norm in owned) or STRICT_RANKS & set(owned):
        return []  # "the shadow cabinet, led by X": not the government
    return list(HEADS_OF_GOVERNMENT)


def reversed_office(tokens: Sequence[Token], first: int) -> list[Office]:
    """An office the name is given as the subject of "is" ("Thailand's new prime minister is
    Anutin Charnvirakul"): the office's words back to the sentence's start or a determiner."""
    if first < 3 or tokens[first - 1].norm not in _IS or tokens[first - 2].norm not in HEADS:
        return []
    start = first - 2
    while start > 0 and first - start < 7 and tokens[start - 1].norm not in _DETERMINERS:
        if tokens[start - 1].norm in _NOT_THE_OFFICE:
            return []  # "the daughter of the prime minister is X"
        start -= 1
    return office_in(tokens[start : first - 1])


def owner_end(tokens: Sequence[Token], first: int, end: int, text: str) -> int:
    """The end of the name in the capitalised run ``tokens[first : end + 1]``: the run stops
    at a possessive before a party's name and a government's word ("Chris Minns's Labor
    government", "Mark Carney's Liberal government"), where the owner's name ends."""
    if end + 1 >= len(tokens) or tokens[end + 1].norm not in _GOVERNMENTS:
        return end
    owner = next((i for i in range(first, end) if possessive(tokens[i : i + 1], text)), end)
    return owner


__all__ = ["BECOMES", "PERFECT", "led", "owned", "owner_end", "predicate", "reversed_office"]
