"""A meeting held, told by those at it acting at its own place on its own day with a past
main verb (session 26, check 58 cause 3; reviewed by rvS), for
:mod:`tensed_meetings`: "In Anchorage on Friday, Putin and Trump talked", "An accord came
together on Thursday in Busan between Trump and Xi". Being at the meeting's place on its day
together and acting there is what holding it is.

Not: a clause with a plan, a modal, an infinitive (but "agreed to ..."), a negation, a
call-off, a contrast or time clause, a saying, a hope or an invitation, a snub, a call, a
letter or a wait (:data:`_BLOCKERS`); a party not named; two parties in separate clauses;
those who acted being others ("protesters denounced Trump and Putin", "Bessent's deputy
met"), or a party only blamed ("Trump criticised Xi for skipping the dinner"). Also holds the
clause reading :mod:`tensed_meetings` shares (:func:`clause_around`) and the present verbs
of meeting (:data:`PRESENT_MEETS`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set
from ..people.names import find_named, find_phrase

Span = tuple[int, int]

PRESENT_MEETS = word_set("meet meets gather gathers convene convenes reconvene reconvenes")


def clause_around(breaks: Sequence[bool], start: int, end: int) -> Span:
    """The clause around tokens ``start`` to ``end - 1``: back and on to the nearest clause
    marks."""
    first = start
    while first > 0 and not breaks[first - 1]:
        first -= 1
    last = end
    while last < len(breaks) and not breaks[last - 1]:
        last += 1
    return first, min(last, len(breaks))


# --- held by those at the meeting's place and day, with a past main verb -------------------

_IRREGULAR = word_set(
    """came went sat spoke struck made took gave shook met held drew laid set won put saw sent
    wrote stood broke sealed"""
)
_NOT_PAST = word_set("need seed speed united red bed hundred indeed")
# Words that make the clause no report of the meeting: a plan, a modal, an infinitive, a
# negation, an end or call-off, a contrast or time clause, a saying (what is said of a
# meeting is no meeting), a hope or an invitation; a present "meet" ("met in Alaska on Friday
# and meet in Budapest next month": the next one's); a snub, an avoidance, a call, a letter
# or a wait (review rvS).
_BLOCKERS = (
    word_set(
        """to will would could may might shall should must can cannot planned expected due
    scheduled slated ahead before until not never no postponed cancelled canceled called
    delayed scrapped shelved if unless whether while whereas as when meanwhile but although
    though said says told tells announced added forward hoped hope hopes hoping wants wanted
    invited invitation proposed offered without instead separately next later tomorrow
    upcoming again avoided snubbed shunned ignored telephoned phoned waited letter"""
    )
    | PRESENT_MEETS
)
_BETWEEN = word_set("between with")
_LEADING = word_set("on in at")


def attended(ctx: Context, tokens: Sequence[Token], breaks: Sequence[bool]) -> list[Span]:
    """Spans of a clause with a past main verb that names the fact's own place and day and
    those at the meeting: every party named in the sentence, and in the clause one party
    with "between"/"with" or two parties ("An agreement came together on Sunday at
    Turnberry between Trump and von der Leyen"); the place and day may stand in a leading
    adjunct ("In Anchorage on Friday, Putin and Trump talked")."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    place = _first_part(getattr(ctx.fact, "planned_location", None))
    timing = _first_part(getattr(ctx.fact, "planned_timing", None))
    if not parties or not place or not timing:
        return []
    text = ctx.article.text
    spans = {party: find_named(party, tokens, text) for party in parties}
    if not all(spans.values()):
        return []
    norms = [t.norm for t in tokens]
    found: list[Span] = []
    first = 0
    lead = 0  # where the leading adjuncts begin
    while first < len(tokens):
        _, last = clause_around(breaks, first, first + 1)
        words = norms[first:last]
        past = any(_past(token) for token in tokens[first:last])
        if words and words[0] in _LEADING and not past:
            first = last  # a leading adjunct: read with the clause after it
            continue
        if _unblocked(words) and past and _acting(tokens, first, last, spans):
            inside = [p for p, hits in spans.items() if any(first <= a < last for a, _ in hits)]
            joined = len(inside) >= 2 or (len(parties) == 1 and inside)
            joined = joined or (bool(inside) and not _BETWEEN.isdisjoint(words))
            scope = tokens[lead:last]
            if joined and find_phrase(place, scope) and find_phrase(timing, scope):
                found.append((lead, last))
        first = lead = last
    return found


# "agreed to extend the truce": what those at the meeting agreed there to do (review rvS).
_AGREEING = word_set("agreed decided pledged vowed promised")


def _unblocked(words: Sequence[str]) -> bool:
    """No word of :data:`_BLOCKERS` in the clause, an infinitive after a verb of agreeing
    aside ("In Busan on Thursday, Trump and Xi agreed to extend the truce")."""
    for index, word in enumerate(words):
        if word in _BLOCKERS and not (word == "to" and index and words[index - 1] in _AGREEING):
            return False
    return True


def _acting(tokens: Sequence[Token], first: int, last: int, spans: dict[str, list[Span]]) -> bool:
    """Those at the meeting act in the clause (review rvS, session 26): a party stands
    before the clause's first past verb, the nearest one named as itself and not as the
    owner of those who acted ("Bessent's deputy met", "Trump and Xi's ministers talked"), or
    the clause puts them after "between" ("An accord came together on Thursday in Busan
    between Trump and Xi"). Not: "protesters denounced Trump and Putin", "reporters
    questioned Trump about Putin", a verb of blame with a party as its object ("Trump
    criticised Xi for skipping the dinner": said of someone, not done with him)."""
    if any(t.norm == "between" for t in tokens[first:last]):
        return True
    verb = next((i for i in range(first, last) if _past(tokens[i])), last)
    before = sorted((b, a) for hits in spans.values() for a, b in hits if first <= a < verb)
    if not before or tokens[before[-1][0]].text.endswith(SINGULAR_POSSESSIVES):
        return False
    objects = {a for hits in spans.values() for a, _ in hits}
    return not (verb < last and tokens[verb].norm in _BLAME and verb + 1 in objects)


_BLAME = word_set(
    """criticised criticized accused blamed denounced condemned attacked rebuked chided
    scolded mocked"""
)


def _first_part(value: object) -> str:
    return value.split(",")[0].strip() if isinstance(value, str) else ""


def _past(token: Token) -> bool:
    """A past verb: an irregular past, or a lower-case "-ed" form (not a name: "Mohammed")."""
    word = token.norm
    if token.capitalised:
        return False
    return word in _IRREGULAR or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST)


def attended_past(token: Token) -> bool:
    """:func:`_past` for :mod:`tensed_meetings`' participle reading."""
    return _past(token)


__all__ = ["PRESENT_MEETS", "attended", "attended_past", "clause_around"]
