"""A day another rule gives to another occasion, read against the fact's own occasion (an
outside check, check 38): the clause that holds the day is about the fact itself, or its
occasion is a phase of the fact's.

:func:`own_day` is asked, for a day field with cues, after the other day rules named a role
(a reason): it returns None when the clause that role came from is the fact's own occasion:

- a time clause ("two weeks after Kim met Moon at Panmunjom on April 27") whose meeting is
  the fact's: the fact's place is named in it, or two of its parties are (the entry *is* that
  earlier meeting);
- an end that opens the fact's start ("The extension takes effect when the current truce
  ends, at 7pm on June 2": the start verb's subject waits for the end, so its day is both);
- a truce *declared* on the day, the sentence giving it no other start ("a truce, declared
  by the government on March 24"): a declared truce is in force from the declaring;
- an agreement reached at the held meeting ("agreed in Paris on Monday night ..., at a
  summit hosted by ..."): the meeting's day, unless what was agreed is to meet;
- a saying that is the announcing ("China will raise tariffs on ..., the Customs
  Commission said Monday"): the issuer says the measure it will impose.

And the other way, for a start with no other role (:func:`phase_day`): a day in a clause
before "the ceasefire (itself) (formally) begins on <another day>" is a phase's
("from July 6 both sides stop offensive operations, and the ceasefire itself formally begins
on August 3": July 6 starts the preparation).

All cues are read from the one sentence (and, for a meeting's agreement, the fact's evidence);
each reading runs only when its role was named, so plain days pay nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from ..occasions.day_occasions import DAY_WORDS
from ..page.tokens import Token, tokenize, word_set
from .clause_heads import held_occasion, met_other, reciprocal_own
from .outcome_days import parties_agreed
from .start_days import applies_from, at_once, other_start

_TIME_CLAUSE = word_set("after before since following when once until")
_ANOTHER_MEETING = "the time of another meeting (a time clause)"
_END = "an end's day"
_ANNOUNCED = "an announcement's day"
_AGREED = "an agreement's day"
_SAID = "the day something was said"
_STARTS = word_set(
    "begin begins began start starts started effect force commence commences kicks applies"
)
_WAITING = word_set("when once after")
_ENDS = word_set("ends ended expire expires expired lapse lapses lapsed runs finishes")
_DECLARED = word_set("declared declares declare proclaimed proclaims")
# Wider than vocabulary.TRUCE_NOUNS by "hostilities" ("a cessation of hostilities").
_TRUCES = word_set("truce truces ceasefire ceasefires armistice cessation hostilities")
_MEETINGS = word_set("summit summits meeting meetings talks conference session")
_AT = word_set("at during")
_AGREE = word_set("agreed agree agrees signed reached struck")
_TO_MEET = word_set("meet hold talk resume convene gather")
_SAY = word_set("said says told announced stated")
_FUTURE = word_set("will would shall")
_IMPOSE = word_set(
    """raise raises impose introduce levy slap place put ban add extend apply lift hike
    increase restrict suspend halt block"""
)
_SKIP = word_set("also further now soon then again")
_ASIDE = word_set(
    "itself formally officially only then will would takes take comes enters into proper"
)


def _words(value: Any) -> set[str]:
    """The capitalised words of a name of three letters or more ("kim", "moon")."""
    if not isinstance(value, str):
        return set()
    return {t.norm for t in tokenize(value) if t.capitalised and len(t.norm) > 2}


def settle(
    role: str | None, ctx: Any, tokens: Sequence[Token], first: int, last: int,
    cues: Sequence[str],
) -> str | None:  # fmt: skip
    """The role of the day at ``tokens[first:last + 1]`` after these readings: None when
    the role another rule gave is the fact's own occasion's, a phase's when the truce's own
    start is another day (see the module)."""
    text = ctx.article.text
    if role is None and "introduce" in cues:  # "would apply ... from June 10" (start_days)
        return applies_from(tokens, first)
    if role is None and "meet" in cues:  # "with Lula, who met Biden on Friday" (clause_heads)
        return met_other(ctx.fact, tokens, first)
    if role is None:
        if "start" not in cues:
            return None
        return phase_day(tokens, first, last, text) or other_start(tokens, first)
    if "meet" in cues and (
        held_occasion(role, ctx.fact, tokens, first) or reciprocal_own(role, tokens, first)
    ):
        return None  # "Xi and Trump held a working dinner here on Saturday" (clause_heads)
    evidence = [ctx.article.sentence_tokens(index) for index in ctx.sentences]
    if "start" in cues and at_once(role, evidence):
        return None  # "signed ... this morning" and "took effect immediately" (start_days)
    return None if own_day(role, ctx.fact, tokens, first, text, evidence) else role


def own_day(
    role: str, fact: Any, tokens: Sequence[Token], first: int, text: str,
    evidence: Sequence[Sequence[Token]],
) -> bool:  # fmt: skip
    """Whether the day at ``tokens[first]``, given ``role`` by another rule, is the fact's
    own occasion's (see the module)."""
    if role == _ANOTHER_MEETING:
        return _own_meeting(fact, tokens, first)
    if role.startswith(_END):
        return _start_awaits_end(tokens, first)
    if role == _ANNOUNCED:
        return _declared_truce(tokens, first)
    if role == _AGREED:
        return _agreed_at_meeting(fact, tokens, first, evidence, text)
    if role == _SAID:  # "signed a joint statement on Tuesday": the signing (outcome_days)
        return _announcing_saying(fact, tokens, first, text) or _agreed_at_meeting(
            fact, tokens, first, evidence, text
        )
    return False


def _own_meeting(fact: Any, tokens: Sequence[Token], first: int) -> bool:
    opener = next(
        (i for i in range(first - 1, max(first - 16, -1), -1) if tokens[i].norm in _TIME_CLAUSE),
        None,
    )
    if opener is None:
        return False
    clause = {t.norm for t in tokens[opener + 1 : first] if t.capitalised}
    place = _words(getattr(fact, "planned_location", None))
    if place and place <= clause:
        return True
    parties = [_words(p) for p in getattr(fact, "parties", None) or []]
    return sum(1 for words in parties if words and words & clause) >= 2


def _start_awaits_end(tokens: Sequence[Token], first: int) -> bool:
    norms = [t.norm for t in tokens[:first]]
    ends = [i for i, norm in enumerate(norms) if norm in _ENDS]
    waits = [i for i, norm in enumerate(norms) if norm in _WAITING]
    starts = [i for i, norm in enumerate(norms) if norm in _STARTS]
    dated = [i for i, norm in enumerate(norms) if norm in DAY_WORDS]
    return any(
        s < w < e and e - w <= 6 and not any(s < d < w for d in dated)
        for e in ends
        for w in waits
        for s in starts
    )  # not "took effect on Monday, a day after the ultimatum expired on Sunday"


def _declared_truce(tokens: Sequence[Token], first: int) -> bool:
    norms = [t.norm for t in tokens]
    if any(norm in _STARTS or norm == "from" for norm in norms):
        return False  # "declared a truce that begins at dawn": the start is written
    for index in range(first - 1, max(first - 8, -1), -1):
        if norms[index] in _DECLARED:
            near = norms[max(index - 4, 0) : index] + norms[index + 1 : index + 4]
            return any(norm in _TRUCES for norm in near)
    return False


def _agreed_at_meeting(
    fact: Any, tokens: Sequence[Token], first: int, evidence: Sequence[Sequence[Token]], text: str
) -> bool:
    status = getattr(getattr(fact, "status", None), "value", getattr(fact, "status", None))
    if status != "held":
        return False
    verb = next(
        (i for i in range(first - 1, max(first - 12, -1), -1) if tokens[i].norm in _AGREE), None
    )  # "signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday"
    ahead = next((i for i in range(first + 1, first + 3) if i < len(tokens)), None)
    if verb is None and ahead is not None and tokens[ahead].norm in _AGREE:
        verb = ahead  # "Tshisekedi and Kagame on Thursday signed in Washington the agreement"
    if verb is None:
        return False
    after = [t.norm for t in tokens[first : first + 10]]
    onward = [*after[1:], "", ""]
    if any(a == "to" and _to_meet(onward[i], onward[i + 1]) for i, a in enumerate(after)):
        return False  # "agreed on Monday to meet again": the agreement precedes the meeting
    for sentence in (tokens, *evidence):
        norms = [t.norm for t in sentence]
        for index, norm in enumerate(norms):
            if norm in _AT and any(n in _MEETINGS for n in norms[index + 1 : index + 4]):
                return True  # "at a summit hosted by ...": the agreement's occasion
    return parties_agreed(fact, tokens, verb, first, evidence, text)  # outcome_days


def _to_meet(verb: str, then: str) -> bool:
    """ "to meet", "to hold talks"; "to resume" only with a meeting after it ("to resume
    talks", not "to resume military communications")."""
    return verb in _TO_MEET and (verb != "resume" or then in _MEETINGS)


def _announcing_saying(fact: Any, tokens: Sequence[Token], first: int, text: str) -> bool:
    """ "<Country> will raise tariffs ..., <issuer> said Monday": the issuer's saying of its
    own future measure is its announcement."""
    verb = next(
        (i for i in range(first - 1, max(first - 4, -1), -1) if tokens[i].norm in _SAY), None
    )
    if verb is None or not _last_clause(tokens, first, text):
        return False
    comma = next(
        (i for i in range(verb, 0, -1) if "," in text[tokens[i - 1].end : tokens[i].start]),
        None,
    )
    if comma is None:
        return False
    sayer = {t.norm for t in tokens[comma:verb] if t.capitalised}
    issuer = _words(getattr(fact, "issuing_body", None))
    if issuer and not issuer & sayer:
        return False
    norms = [t.norm for t in tokens[:comma]]
    for index, norm in enumerate(norms):
        if norm in _FUTURE:
            rest = [n for n in norms[index + 1 : index + 4] if n not in _SKIP]
            if rest[:1] and rest[0] in _IMPOSE:
                return True
    return False


def _last_clause(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The day ends the sentence or its clause ("said Monday." / "said Monday, adding")."""
    end = first + 1
    while end < len(tokens) and tokens[end].norm in DAY_WORDS | {"night", "morning"}:
        end += 1
    return end >= len(tokens) or "," in text[tokens[end - 1].end : tokens[end].start]


def phase_day(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """A start's day in a clause before "the ceasefire (itself) formally begins on <another
    day>": a phase's day (see the module); None otherwise."""
    norms = [t.norm for t in tokens]
    if _TRUCES.isdisjoint(norms) or _STARTS.isdisjoint(norms):
        return None
    for index in range(last + 1, len(tokens)):
        if norms[index] not in _TRUCES:
            continue
        verb = index + 1
        while verb < len(norms) and norms[verb] in _ASIDE:
            verb += 1
        if verb >= len(norms) or norms[verb] not in _STARTS:
            continue
        later = norms[verb + 1 : verb + 5]
        if not any(n in DAY_WORDS for n in later):
            continue
        between = tokens[last:index]
        if any(t.norm in _TRUCES for t in tokens[:first]):
            return None  # the day's own clause names the truce
        split = any(
            "," in text[a.end : b.start] or ";" in text[a.end : b.start]
            for a, b in pairwise(between)
        )
        if split:
            return "a phase's day before the truce's own start (the start is another day)"
    return None


__all__ = ["own_day", "phase_day", "settle"]
