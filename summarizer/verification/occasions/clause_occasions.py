"""A meeting's day read against the occasion of its own clause (an outside check, check 44):
one sentence may date two occasions of the same parties ("met in Berlin on Friday; they will
meet again on Wednesday in Warsaw", "They first met in Singapore in June 2018, and their
second summit, in Hanoi on February 27 and 28, ended early").

The day's clause is the stretch of its sentence between the nearest clause marks (a comma,
a semicolon, a dash, a parenthesis) or clause words ("since", "after", "who", "where", "and"
before a lower-case word ...) on either side; an appositive that opens with a preposition
("their second summit, in Hanoi on ...") also reads the words of the clause before it. The
fact's occasion is its place (``planned_location``).

- *The earlier occasion is the fact's own*: a day another rule gave to an earlier meeting
  ("the first since their dinner in Buenos Aires on December 1", "The previous, 35th Summit,
  was held in Bangkok in November 2019") is the fact's when the fact's place is named in the
  day's clause and in no other clause of the sentence, and the fact is not a meeting still
  to come.
- *Another occasion's day*: a day accepted for the fact whose clause marks another occasion
  ("again", "next", "another", "earlier", "previous", an ordinal) with a meeting word or a
  place of its own, while the fact's place stands in another clause of the sentence and not
  in the day's, is that other occasion's.

Both readings run only for a meeting's day field and only read the one sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..page.tokens import CLAUSE_MARKS, ORDINAL_SUFFIXES, Token, tokenize, word_set
from .day_occasions import DAY_WORDS, MEETING_WORDS

# Words that open another clause inside a sentence: time, relative and contrast words.
_OPENERS = word_set(
    """since after before following until till when whenever where who whom whose which while
    whereas but although though than once ahead"""
)
# Words that mark an occasion as another one than some other of the same parties.
_OTHER_MARKS = word_set(
    """again next another previous earlier last prior former preceding subsequent later
    rematch return returns"""
) | word_set(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"""
)
_PLACE_PREPOSITIONS = word_set("in at")
_STEP_OVER = word_set("the a an")
# The words of a place name that do not tell one place from another ("Mexico City").
_GENERIC = word_set(
    """the of city capital house palace hall hotel centre center new san saint north south east
    west upper lower republic state"""
)
_EARLIER_ROLES = ("the day of an earlier meeting", "an earlier meeting's day")
_TIME_CLAUSE_ROLE = "the day of another event (in a clause with"
# A meeting's words, and the verbs and nouns news copy tells one by ("hosted", "sat down
# with", "their working lunch"), for a clause that is an occasion of its own.
_MEETING = MEETING_WORDS | word_set(
    """host hosts hosted hosting receive receives received receiving welcome welcomes
    welcomed visit visited sat talk talks talked encounter encounters dinner lunch round
    rounds"""
)
_TO_COME = frozenset({"scheduled", "proposed", "planned"})
_AND = word_set("and")
# After "and" with no comma before it, a determiner opens a second object of the same verb
# (session 20, a regression check 45 showed), not a clause.
_DETERMINERS = word_set("the a an its their his her this these those")
# The words a clause with its own subject opens with.
_STARTS = word_set(
    "the a an this that these those their his her its our they he she we it and or but"
)


def _place_words(value: Any) -> frozenset[str]:
    if not isinstance(value, str):
        return frozenset()
    return frozenset(
        t.norm
        for t in tokenize(value)
        if t.capitalised and len(t.norm) > 2 and t.norm not in _GENERIC
    )


def _short_brackets(gap: str, tokens: Sequence[Token], left: int, text: str) -> bool:
    """Whether the gap's only marks open or close a short bracket, an abbreviation's ("the
    China-Gulf Cooperation Council (GCC) Summit held in Riyadh"): no clause of its own."""
    if gap.strip() not in ("(", ")"):
        return False
    if gap.strip() == "(":
        close = text.find(")", tokens[left + 1].start, tokens[left + 1].start + 12)
        return close != -1
    return text.rfind("(", max(tokens[left].end - 12, 0), tokens[left].end) != -1


def _boundary(tokens: Sequence[Token], left: int, text: str) -> bool:
    """Whether a clause ends after ``tokens[left]`` (a clause mark after it, or a clause word
    or an "and" before a lower-case word next)."""
    gap = text[tokens[left].end : tokens[left + 1].start]
    if not CLAUSE_MARKS.isdisjoint(gap) and not _short_brackets(gap, tokens, left, text):
        return True
    nxt = tokens[left + 1]
    if nxt.norm in _OPENERS:
        return True
    if nxt.norm in _AND and left + 2 < len(tokens):
        after = tokens[left + 2]
        if after.norm in _DETERMINERS and "," not in gap:
            return False  # "attended the first X Summit and the Y Summit held in Riyadh"
        return not (after.capitalised or after.is_number or after.norm in DAY_WORDS)
    return False


def _clauses(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """The sentence's clauses as (first, last) token spans."""
    spans, start = [], 0
    for left in range(len(tokens) - 1):
        if _boundary(tokens, left, text):
            spans.append((start, left))
            start = left + 1
    spans.append((start, len(tokens) - 1))
    return spans


def _continues(tokens: Sequence[Token], start: int, text: str) -> bool:
    """Whether the clause at ``tokens[start]`` runs on from the one before it: only a comma
    parts them and it opens with a preposition or a lower-case verb ("..., in Hanoi on ...",
    "..., opens on 26 May"), not a subject or a clause word."""
    head = tokens[start]
    if "," not in text[tokens[start - 1].end : head.start] or head.norm in _OPENERS:
        return False
    return head.norm in _PLACE_PREPOSITIONS or not (head.capitalised or head.norm in _STARTS)


def _own_part(
    spans: list[tuple[int, int]], first: int, tokens: Sequence[Token], text: str
) -> list[int]:
    """The clauses of ``tokens[first]``'s part of the sentence (indexes among ``spans``): its
    own, and back over those it runs on from, stepping over a relative aside ("Lula and
    Milei, who last met in ..., held talks in ...")."""
    index = next(i for i, (a, b) in enumerate(spans) if a <= first <= b)
    part = [index]
    while index and _continues(tokens, spans[index][0], text):
        index -= 1
        while index and tokens[spans[index][0]].norm in _OPENERS:
            index -= 1
        part.append(index)
    for near in (min(part) - 1, part[0] + 1):  # "In Sochi, Putin met Erdogan again on Monday"
        if 0 <= near < len(spans) and _adjunct(tokens, spans, near, text):
            part.append(near)
    return part


def _adjunct(tokens: Sequence[Token], spans: list[tuple[int, int]], near: int, text: str) -> bool:
    """Whether the clause ``spans[near]`` is a bare place phrase set off by a comma beside the
    day's ("In Sochi, ...", "..., in Sochi."): "in" or "at", no meeting word, no mark."""
    start, end = spans[near]
    after = near + 1 < len(spans) and "," in text[tokens[end].end : tokens[end + 1].start]
    before = start > 0 and "," in text[tokens[start - 1].end : tokens[start].start]
    if tokens[start].norm not in _PLACE_PREPOSITIONS or not (after or before):
        return False
    words = {t.norm for t in tokens[start : end + 1]}
    return words.isdisjoint(_MEETING) and not _marked(tokens, start, end)


def _marked(tokens: Sequence[Token], start: int, end: int) -> bool:
    for index in range(start, end + 1):
        token = tokens[index]
        if token.norm in _OTHER_MARKS:
            return True
        if token.attached and token.norm in ORDINAL_SUFFIXES and tokens[index - 1].is_number:
            return True
    return False


def _places(tokens: Sequence[Token], start: int, end: int, parties: set[str]) -> set[str]:
    """Capitalised words after "in" or "at" in the span ("in the Vietnamese capital Hanoi")."""
    found: set[str] = set()
    for index in range(start, end + 1):
        if tokens[index].norm not in _PLACE_PREPOSITIONS:
            continue
        for token in tokens[index + 1 : min(index + 6, end + 1)]:
            if token.is_number or token.norm in DAY_WORDS:
                break
            if token.capitalised and token.norm not in parties:
                found.add(token.norm)
            elif token.norm not in _STEP_OVER and not token.capitalised and found:
                break
    return found


def clause_occasion_day(
    role: str | None, fact: Any, tokens: Sequence[Token], first: int, text: str
) -> str | None:
    """The role of a meeting's day at ``tokens[first]`` read against its clause's occasion
    (see the module): None for the fact's own earlier occasion, another occasion's role for
    a day accepted in another occasion's clause; else ``role`` unchanged."""
    timed = role is not None and role.startswith(_TIME_CLAUSE_ROLE)
    if role is not None and role not in _EARLIER_ROLES and not timed:
        return role
    place = _place_words(getattr(fact, "planned_location", None))
    if not place or len(tokens) < 2:
        return role
    norms = {t.norm for t in tokens}
    if place.isdisjoint(norms):
        return role  # the sentence names no place of the fact's: nothing to compare
    spans = _clauses(tokens, text)
    part = _own_part(spans, first, tokens, text)
    inside = {t.norm for i in part for t in tokens[spans[i][0] : spans[i][1] + 1]}
    elsewhere = any(  # another clause holds the fact's place, as an occasion of its own
        not place.isdisjoint(t.norm for t in tokens[a : b + 1])
        and _occasion(tokens, spans, _own_part(spans, a, tokens, text))
        for i, (a, b) in enumerate(spans)
        if i not in part
    )
    if role is not None:  # an earlier meeting's day: the fact's own when its place is here
        status = str(getattr(fact, "status", "") or "")
        if status in _TO_COME or place.isdisjoint(inside) or elsewhere:
            return role
        return None if not timed or not inside.isdisjoint(_MEETING) else role
    if not elsewhere or not place.isdisjoint(inside):
        return None
    parties = {w for p in getattr(fact, "parties", None) or () for w in _place_words(p)}
    others = {w for i in part for w in _places(tokens, *spans[i], parties)} - place
    meeting = not inside.isdisjoint(_MEETING)
    if any(_marked(tokens, *spans[i]) for i in part):
        other = bool(others) or meeting  # "they will meet again on 9 May in Astana"
    else:  # "who last met in Montevideo ..., held talks in Brasilia on Thursday"
        other = bool(others) and meeting and _fact_marked(tokens, spans, place, text)
    if other:
        where = f" in {sorted(others)[0].title()}" if others else ""
        return f"the day of another occasion{where}"
    return None


def _occasion(tokens: Sequence[Token], spans: list[tuple[int, int]], part: list[int]) -> bool:
    """Whether a part of the sentence tells an occasion (a meeting word or a mark of another
    occasion), not a journey to its place ("Erdogan flew to Sochi, and ...")."""
    return any(
        _marked(tokens, *spans[i])
        or not _MEETING.isdisjoint(t.norm for t in tokens[spans[i][0] : spans[i][1] + 1])
        for i in part
    )


def _fact_marked(
    tokens: Sequence[Token], spans: list[tuple[int, int]], place: frozenset[str], text: str
) -> bool:
    """Whether a part of the sentence that names the fact's place marks it as another
    occasion ("who last met in Montevideo", "The 44th summit, held in Vientiane")."""
    return any(
        any(_marked(tokens, *spans[i]) for i in _own_part(spans, a, tokens, text))
        for a, b in spans
        if not place.isdisjoint(t.norm for t in tokens[a : b + 1])
    )


_TIME_OPENERS = word_set("since after before following")


def _day_words(value: Any) -> frozenset[str]:
    """The numbers and day or month names of a day value ("December 1 last year")."""
    if not isinstance(value, str):
        return frozenset()
    return frozenset(t.norm for t in tokenize(value) if t.is_number or t.norm in DAY_WORDS)


def dated_elsewhere(
    fact: Any, evidence: Sequence[Sequence[Token]], tokens: Sequence[Token], start: int,
    size: int, text: str,
) -> str | None:  # fmt: skip
    """For a meeting's place at ``tokens[start : start + size]``: another occasion's, when its
    sentence dates something else and not the fact's own day (``planned_timing``), while
    another evidence sentence tells the fact's day in a clause of an earlier or other occasion
    with another place ("... in Osaka on June 29" for the meeting that "was the first since
    their dinner in Buenos Aires on December 1")."""
    words = _day_words(getattr(fact, "planned_timing", None))
    norms = {t.norm for t in tokens}
    if not words or words <= norms or norms.isdisjoint(DAY_WORDS):
        return None
    value = {t.norm for t in tokens[start : start + size]}
    parties = {w for p in getattr(fact, "parties", None) or () for w in _place_words(p)}
    for other in evidence:
        at = next(
            (
                i
                for i, t in enumerate(other)
                if t.norm in words and words <= {u.norm for u in other[i : i + len(words) + 2]}
            ),
            None,
        )
        if at is None or other == tokens:
            continue
        spans = _clauses(other, text)
        part = _own_part(spans, at, other, text)
        if not any(
            _marked(other, *spans[i]) or other[spans[i][0]].norm in _TIME_OPENERS for i in part
        ):
            continue
        named = {w for i in part for w in _places(other, *spans[i], parties)} - value
        if any(_proper(other, i) for i, t in enumerate(other) if t.norm in named):
            return "the place of another occasion (the fact's day is told with another place)"
    return None


def _proper(tokens: Sequence[Token], index: int) -> bool:
    """Whether the capitalised word at ``tokens[index]`` ends a place's name, not a word of a
    description before its noun ("in the Black Sea resort": Sea is the resort's)."""
    while index + 1 < len(tokens) and tokens[index + 1].capitalised:
        index += 1  # the end of the name ("Black Sea")
    if index + 1 >= len(tokens):
        return True
    after = tokens[index + 1]
    return after.is_number or after.norm in _AFTER_NAME


_AFTER_NAME = word_set("on in at of for and with to last this next early late from during")

__all__ = ["clause_occasion_day", "dated_elsewhere"]
