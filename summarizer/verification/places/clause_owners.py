"""Which clause of its sentence an event's date or place belongs to (session 48).

A news sentence often tells two occasions, each with its own date or place: "The plant, which
opened in 2019, will close in March"; "After talks in Geneva last week, the ministers will meet
in Rome on Friday"; "Eaton, based in Dublin, last month announced a plant in South Carolina";
"Layoffs began April 17 at the Columbia site and April 21 at the Lexington plant". The value
is in the evidence, so a reading that only finds it accepts the other occasion's date or place.
A fact-checker asks instead which clause the event's own words stand in, and which clause the
value attaches to.

The sentence is cut into units (:mod:`summarizer.verification.sentences.occasion_units`: a
segment's main clause; clauses of time, relative clauses, a party's asides, parentheses; a
second main clause with a new subject). Each unit is scored by the event's own words in it
(:func:`_score`: the description's content words, by stem, without the value's own words and
function words; the word a relative clause follows; and the fact's other field, its place for
a date and its date for a place). The value belongs to another occasion when every place the
evidence writes it stands in a unit that tells something of its own, and another unit scores at
least two more and states its own value of the same kind: a date, day, time, year or offset
("two days after") for a date; a place after "in", "at", "near", "outside" ... for a place
("there" refers back, often to the value itself). That unit is the event's clause, dated or
placed by its own words. The guards keep the value whose clause is the only one dated or placed
("After arriving in Geneva on Thursday, the ministers met": Geneva is the meeting's place too),
a ", when" or ", where" clause right after the value (no other date or name between) tells
what happened at the value ("jailed on Tuesday, when he was driven to prison", "flew to
Jeddah, where they held talks"), and a description too thin to tell the clauses apart
("talks") decides nothing.

One more shape needs no second value: an aside of a party's home or making ("Combs, born in
Harlem, ...", "Owens Corning, headquartered in Toledo, ...") that holds none of the event's
words gives the party's place or date, not the event's, when another unit holds two of them;
where the event's own site was built or is based ("The refinery, built in Pembroke, will
close") is its place, and needs another unit's place to be refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from ..days.dates import mentions_of
from ..page.tokens import Token, four_digit_year, token_span, tokenize, word_set
from ..people.names import find_phrase
from ..sentences.occasion_units import (
    ASIDE_PARTICIPLES,
    CALENDAR,
    FILLER,
    TIME_OPENERS,
    Unit,
    tells,
    units,
)

_Rule = Callable[[Any, Supported, Context], Result]

_PLACE_PREPS = word_set("in at near outside inside along across off into through around")
_SITE_PREPS = word_set("at outside inside near off along")  # "outside the plant"
_DETERMINERS = word_set("the its their his her a an this that our")
_MARGIN = 2  # how many more of the event's words the event's clause must hold
_MIN_WORDS = 2  # a description of fewer content words ("talks") tells no clause apart
_HEAD_REACH = 8  # words back from a relative pronoun to the name it may tell of
_THERE = word_set("there here")
_SUFFIXES: tuple[str, ...] = ("ings", "ing", "ions", "ion", "ures", "ure", "ments", "ment")
_SUFFIXES += ("ers", "er", "ed", "es", "s", "e")
_OF = word_set("on in of at")
_VALUE_REACH = 4  # words from the value to the head of a ", when" / ", where" clause
_SITE_ASIDES = word_set("built based")  # "The refinery, built in Pembroke,"
_BOUNDS = word_set("since until till")  # "the vote on March 3", "the floods of 2024"


@lru_cache(maxsize=16384)
def word_stem(norm: str) -> str:
    """A word's stem, enough to meet its kin: "closure", "close", "closed" are "clos". Kept
    per word (spd49): asked for every word of the description and of each unit scored, it
    tried its fourteen suffixes each time."""
    for suffix in _SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            norm = norm[: -len(suffix)]
            break
    return norm[:5]


def own_words(fact: Any, value: str) -> frozenset[str]:
    """Stems of the description's content words, without the value's own words."""
    description = getattr(fact, "description", None)
    if not isinstance(description, str):
        return frozenset()
    skip = {word_stem(t.norm) for t in tokenize(value)}
    found: set[str] = set()
    for token in tokenize(description):
        if token.norm in TIME_OPENERS:
            break  # "exchange of soldiers after the Trump-Putin call": the call is another's
        if len(token.norm) > 2 and token.norm not in FILLER and word_stem(token.norm) not in skip:
            found.add(word_stem(token.norm))
    return frozenset(found)


def _score(tokens: Sequence[Token], unit: Unit, words: frozenset[str], others: list[int]) -> int:
    """The event's words in the unit, a name of several words counted once ("Revolution
    Wind", "Legislative Yuan"), and its other field's mentions (``others``: starts)."""
    seen: set[str] = set()
    for i in sorted(unit.members):
        stem = word_stem(tokens[i].norm)
        if stem not in words:
            continue
        named = tokens[i].capitalised and i - 1 in unit.members and tokens[i - 1].capitalised
        if not (named and word_stem(tokens[i - 1].norm) in seen):
            seen.add(stem)
    return len(seen) + sum(1 for at in others if at in unit.members)


def _attached(
    tokens: Sequence[Token], own: Unit, span: tuple[int, int], words: frozenset[str]
) -> bool:
    """The value at ``span`` modifies one of the event's nouns in the unit, or follows it
    after "on", "in", "of": "in Saturday's presidential election", "the March 3 vote", "the
    Lexington plant", "the vote on March 3" (a noun: not a name, "the Legislative Yuan in
    April")."""
    near: list[int] = []
    for i in range(span[1] + 1, span[1] + 3):  # "Saturday's presidential election"
        if i not in own.members or tokens[i].norm in FILLER:
            break  # not "on 2 March and took": another word of the clause
        near.append(i)
    before = span[0] - 1
    if before in own.members and tokens[before].norm in _OF and before - 1 in own.members:
        near.append(before - 1)
    return any(not tokens[i].capitalised and word_stem(tokens[i].norm) in words for i in near)


def _named_head(tokens: Sequence[Token], own: Unit, words: frozenset[str]) -> bool:
    """A relative clause after a name of the event's own ("took several towns, including
    Laukkai, the capital of the Kokang region, which fell on January 5"): it tells of that
    name, so of the event (the name may stand an apposition before the pronoun)."""
    if own.head is None:
        return False
    return any(
        tokens[i].capitalised and word_stem(tokens[i].norm) in words
        for i in range(max(own.head - _HEAD_REACH, 0), own.head + 1)
    )


def dated_spans(
    tokens: Sequence[Token], sentence: str, offset: int, published: dt.date | None
) -> list[tuple[int, int]]:
    """Token spans of the sentence's days, times, months, periods and years."""
    spans: list[tuple[int, int]] = []
    for _, low, high in mentions_of(sentence, published, True):
        span = token_span(tokens, offset + low, offset + high)
        if span is not None:
            spans.append(span)
    years = [(i, i) for i, token in enumerate(tokens) if four_digit_year(token.text, last=2100)]
    return spans + years


def _time_spans(
    tokens: Sequence[Token], unit: Unit, spans: list[tuple[int, int]], value: tuple[int, int]
) -> list[tuple[int, int]]:
    """The unit's own times, apart from the value's: its days and years, or the offset that
    opens it ("two days after")."""
    first = min(unit.members)
    if unit.opened in TIME_OPENERS and tokens[first].norm not in TIME_OPENERS:
        return [(first, first)]
    return [
        (a, b)
        for a, b in spans
        if a in unit.members and (b < value[0] or a > value[1]) and not _bound(tokens, a)
    ]


def _bound(tokens: Sequence[Token], at: int) -> bool:
    """A time after "since", "until" or "till" bounds a span ("free of outbreaks since
    2011"): no date of the clause's own occasion."""
    return at > 0 and tokens[at - 1].norm in _BOUNDS


def _place_spans(
    tokens: Sequence[Token], unit: Unit, value: tuple[int, int]
) -> list[tuple[int, int]]:
    """The unit's own places, apart from the value: "in Rome", "at the Lexington plant",
    "outside the plant"."""
    found: list[tuple[int, int]] = []
    for index in sorted(unit.members):
        token = tokens[index]
        if value[0] <= index <= value[1] or token.norm not in _PLACE_PREPS:
            continue
        at = index + 1
        if at in unit.members and tokens[at].norm in _DETERMINERS:
            at += 1
        if at not in unit.members or value[0] <= at <= value[1]:
            continue
        word = tokens[at]
        named = word.capitalised and word.norm not in CALENDAR and not word.is_number
        if named or (token.norm in _SITE_PREPS and at > index + 1 and not word.is_number):
            found.append((at, at))
    return found


def value_spans(value: str, tokens: Sequence[Token], sentence: str, offset: int, ctx: Context,
                 when: bool) -> list[tuple[int, int]]:  # fmt: skip
    """Token spans where the sentence writes the value: its words, and for a date the
    sentence's mentions sharing a key with it ("4 July" for "July 4")."""
    words = list(tokenize(value))
    while len(words) > 1 and words[0].norm in {"on", "in", "at", "the", "by"}:
        words = words[1:]
    phrase = " ".join(t.text for t in words)
    size = len(words)
    found = [(at, at + size - 1) for at in find_phrase(phrase, tokens)] if phrase else []
    if when:
        keys = {key for group, _, _ in mentions_of(value, ctx.published) for key in group}
        if any(key[0] != "month" for key in keys):  # "April 21" is not any day of April
            keys = {key for key in keys if key[0] != "month"}
        for group, low, high in mentions_of(sentence, ctx.published, True):
            if keys & group:
                span = token_span(tokens, offset + low, offset + high)
                if span is not None:
                    found.append(span)
    return found


def other_owner(value: str, ctx: Context, when: bool) -> str | None:
    """The role of an event's date (``when``) or place in its evidence when every place the
    evidence writes it is another occasion's unit (see the module); None otherwise."""
    fact = ctx.fact
    words = own_words(fact, value)
    if len(words) < _MIN_WORDS:
        return None
    other_field = getattr(fact, "place" if when else "when", None)
    text = ctx.article.text
    seen = False
    role: str | None = None
    for index in ctx.sentences:
        start, end = ctx.article.sentences[index]
        tokens = ctx.article.sentence_tokens(index)
        sentence = text[start:end]
        for span in value_spans(value, tokens, sentence, start, ctx, when):
            seen = True
            found = _span_role(tokens, span, text, words, other_field, sentence, start, ctx, when)
            if found is None:
                return None
            role = found
    return role if seen else None


def _span_role(tokens: Sequence[Token], span: tuple[int, int], text: str,
               words: frozenset[str], other_field: Any, sentence: str, offset: int,
               ctx: Context, when: bool) -> str | None:  # fmt: skip
    """The role of the value at ``span`` when its unit is another occasion's, or None."""
    parts = units(tokens, text)
    own = next((unit for unit in parts if span[0] in unit.members), None)
    if own is None or len(parts) < 2:
        return None
    if not tells(tokens, own.members - set(range(span[0], span[1] + 1))):
        return None
    if _attached(tokens, own, span, words):
        return None  # "Saturday's presidential election", "the March 3 vote"
    others: list[int] = []
    first = other_field.split(",")[0].strip() if isinstance(other_field, str) else ""
    if len(first) > 2:
        others = find_phrase(first, tokens)
        if others and when:  # "the main bridge there collapsed": Sibolga's, named before
            others += [i for i, token in enumerate(tokens) if token.norm in _THERE]
    score = _score(tokens, own, words, others)
    named = _named_head(tokens, own, words)  # "Kalehe, which fell on 11 April"
    dated = dated_spans(tokens, sentence, offset, ctx.published) if when else []
    kind = "date" if when else "place"
    scores = {unit: _score(tokens, unit, words, others) for unit in parts if unit != own}
    best = max(scores.values(), default=0)
    for unit, found in scores.items():
        better = found - score
        if found < best or better < 1:
            continue  # the unit that holds most of the event's words is the event's clause
        if _told_at_value(tokens, own, unit, span, dated, when):
            continue  # "jailed on Tuesday, when he was driven ...": the clause is the value's
        stated = (
            _time_spans(tokens, unit, dated, span) if when else _place_spans(tokens, unit, span)
        )
        marked = any(_attached(tokens, unit, at, words) for at in stated)  # "the March 3 vote"
        if (better < _MARGIN or named) and not marked:
            continue
        if score == 0 and own.opened in ASIDE_PARTICIPLES and not _own_site(tokens, own, words):
            return f"a party's own {kind} in an aside"  # "Combs, born in Harlem,"
        if stated:
            return f"the {kind} of another occasion's clause"
    return None


def _told_at_value(tokens: Sequence[Token], own: Unit, unit: Unit, span: tuple[int, int],
                   dated: list[tuple[int, int]], when: bool) -> bool:  # fmt: skip
    """``unit`` is a ", when" (for a date) or ", where" (for a place) clause whose head is the
    value, or the value's phrase ("Kalehe on Saturday, where"), with no other date or place
    between: the clause tells what happened at the value ("jailed on Tuesday, when he was
    driven to prison", "flew to Jeddah, where they held talks"), so it is no other occasion's."""
    head = unit.head
    if unit.opened != ("when" if when else "where") or head is None:
        return False
    if not span[1] <= head <= span[1] + _VALUE_REACH:
        return False
    between = range(span[1] + 1, head + 1)  # "Kalehe on Saturday, where"
    if when:
        return not any(a in between for a, _ in dated)
    named = (i for i in between if tokens[i].capitalised and tokens[i].norm not in CALENDAR)
    return next(named, None) is None  # not "from Kyiv to Jeddah, where"


def _own_site(tokens: Sequence[Token], own: Unit, words: frozenset[str]) -> bool:
    """An aside of where a thing was built or is based, after a common noun of the event's own
    words ("The refinery, built in Pembroke, will close", "The call centre, based in
    Sunderland"): the place of the event's own site, not of a party (a name, a person's birth,
    a firm's head office or founding)."""
    head = min(own.members) - 1
    return (
        own.opened in _SITE_ASIDES
        and head >= 0
        and not tokens[head].capitalised
        and word_stem(tokens[head].norm) in words
    )


RoleReader = Callable[[str, Context, bool], "str | None"]


def refuse_site(rule: _Rule, reader: RoleReader) -> _Rule:
    """``rule`` (an event's place) with a place ``reader`` gives a role other than the event's
    refused: the one wrapper for every such reader (this module's and ``told_elsewhere``'s), so
    they share the guards and the message."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if not result[0] or not ctx.sentences:
            return result
        place = str(value).split(",")[0].strip()
        role = reader(place, ctx, False) if place else None
        return (False, f"{value!r} is in its evidence only as {role}") if role else result

    return support


def refuse_when(rule: _Rule, reader: RoleReader) -> _Rule:
    """``rule`` (an event's date, a field with no cues) with a date ``reader`` gives a role
    other than the event's refused (the date's twin of :func:`refuse_site`)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if not result[0] or supported.cues or not ctx.sentences or not str(value).strip():
            return result
        role = reader(str(value), ctx, True)
        return (False, f"{value!r} is in its evidence, but as {role}") if role else result

    return support


def owned_site(rule: _Rule) -> _Rule:
    """``rule`` (an event's place) with a place its sentence gives to another occasion's
    clause refused (see the module)."""
    return refuse_site(rule, other_owner)


def owned_when(rule: _Rule) -> _Rule:
    """``rule`` (an event's date, a field with no cues) with a date its sentence gives to
    another occasion's clause refused (see the module)."""
    return refuse_when(rule, other_owner)


__all__ = [
    "RoleReader",
    "dated_spans",
    "other_owner",
    "own_words",
    "owned_site",
    "owned_when",
    "refuse_site",
    "refuse_when",
    "value_spans",
    "word_stem",
]
