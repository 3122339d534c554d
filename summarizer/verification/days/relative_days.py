"""A day inside a relative clause is the day of the clause's own noun (an outside check,
session 15): "the ministry imposed duties after an inquiry which began in 2018", "following
a review that ended in March", "a probe, which opened in January", "Trump, who took office
in January, imposed tariffs": 2018 is the inquiry's, March the review's, January the
probe's or the president's, not the measure's introduction, a truce's start or a meeting's
day (*unsupported*: the sentence gives the day to another thing). Read for a ``when`` field
with cues (:func:`dates.support_when`), a year too.

Not refused: a clause whose head is the field's own noun ("the tariffs, which were
announced in June", "a ceasefire that began at midnight") or that names it ("Russia, which
announced the truce on Monday"), and a day outside the clause.

And the other way round, for an event's day (a field with no cues): the clause's day is the
event's when the event's description is about the clause's noun (an event "the inquiry into
steel imports" began in 2018), though the sentence's main clause is about something else
(:func:`own_clause_day`), which the reading of other clauses' days
(:func:`day_others.in_relative_clause`) refused; not when the description's verb is the main
clause's ("The crisis that began on Saturday was resolved on Sunday": "The crisis was
resolved" is the resolution's event).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .clause_heads import acts, chain_head, past_measure, reciprocal_meeting
from .since_spans import counted_since

_RELATIVES = word_set("which that who whom whose")
_BACK = 10
# Words before "that" that open what is said or known, not a relative clause.
_NOT_HEADS = word_set(
    """so such now says say said tells told warns warned believes believed hopes hoped fears
    feared claims claimed insists insisted argues argued states stated know knew shows showed
    suggests suggested means meant thinks thought announced added noted confirmed reported
    and or but than is was are were be"""
)
# The field's own nouns (and verbs), per cue role: a clause headed by or naming one is the
# field's thing ("*" is a stem).
_OWN = {
    "introduce": """sanction* tariff* duty duties lev* ban bans banned embargo* measure*
        package* bill bills act acts law laws legislation order orders decree* resolution*
        amendment* rule rules regulation* restriction* curb* quota* cap caps listing*
        designation* introduc* impos*""",
    "start": """ceasefire* truce* armistice* cessation pause* halt moratori* deal* agreement*
        accord* pact* lull calm quiet silence""",
    "meet": """summit* meeting* meet met talks visit* session* conference* round* negotiat*
        gathering* held hold host* convene* place trip trips tour tours journey""",
}
_LINKS = word_set("of and the")
_DETERMINERS = word_set("the a an its their his her this that these those")
_PAST_FORMS = word_set(
    """began begun broke broken went gone took taken came fell fallen struck hit ran left
    held met won lost drew made saw shut"""
)


def _stems(role: str) -> tuple[str, ...]:
    return tuple(_OWN[role].split())


def _matches(norm: str, stems: Sequence[str]) -> bool:
    return any(norm.startswith(s[:-1]) if s.endswith("*") else norm == s for s in stems)


def relative_head(tokens: Sequence[Token], first: int, text: str) -> int | None:
    """The index of the noun a relative clause holding ``tokens[first]`` belongs to ("an
    inquiry which began in 2018": "inquiry"); None when the day is in no relative clause."""
    for index in range(first - 1, max(first - _BACK, 0), -1):
        if clause_break(tokens, index, text):
            return None
        norm = tokens[index].norm
        comma = "," in text[tokens[index - 1].end : tokens[index].start]
        if norm in _RELATIVES:
            head = tokens[index - 1].norm
            if head in _NOT_HEADS or head in DAY_WORDS or head.isdigit():
                return None  # "said that ...", "confirmed on Monday that ...": what is said
            said = {t.norm for t in tokens[max(index - 5, 0) : index]} & _NOT_HEADS
            if norm == "that" and not comma and (said or head.endswith("ed")):
                return None
            return chain_head(tokens, index - 1, index, first)  # clause_heads.py
        if comma:
            return None  # the day's own clause opens here
    return None


def other_clause_day(
    tokens: Sequence[Token], first: int, cues: Sequence[str], text: str
) -> str | None:
    """What the day at ``tokens[first]`` is when a relative clause about another thing than
    the field's holds it (see the module); None otherwise."""
    if "meet" in cues and counted_since(tokens, first, text):
        return "the time an earlier meeting is counted from (since)"  # "not met since 2022"
    roles = [role for role in cues if role in _OWN]
    head = relative_head(tokens, first, text) if roles else None
    if head is None:
        return None
    if "meet" in roles and reciprocal_meeting(tokens, head + 1, first):
        return None  # "Erdogan and Putin, who came together in Moscow on Thursday"
    stems = tuple(stem for role in roles for stem in _stems(role))
    if any(_matches(t.norm, stems) for t in tokens[_phrase_start(tokens, head) : first + 1]):
        return None  # "the tariffs, which were announced in June"
    if _attached_own(tokens, head, stems) and not acts(tokens, head + 1, first):
        return None  # "his meeting with Kim Jong Un, which had been set for June 12"
    return f"the day of a clause about another thing ({tokens[head].text})"


_ATTACH = word_set("with between among of")
_THING = word_set("which that")


def _attached_own(tokens: Sequence[Token], head: int, stems: Sequence[str]) -> bool:
    """A "which"/"that" clause after a name the field's own noun governs by a preposition
    ("the meeting with North Korean leader Kim Jong Un, which had been set for June 12"): a
    person is no "which", so the clause may be the meeting's; not "who" ("talks with Kim,
    who arrived on June 10": Kim's arrival)."""
    if head + 1 >= len(tokens) or tokens[head + 1].norm not in _THING:
        return False
    start = _phrase_start(tokens, head)
    for index in range(start - 1, max(start - 6, 0), -1):
        if tokens[index].norm in _ATTACH:
            return _matches(tokens[index - 1].norm, stems)
    return False


def _phrase_start(tokens: Sequence[Token], head: int) -> int:
    """Where the head's noun phrase starts, back over names and "of" ("The summit of
    Ramaphosa and Tinubu, which opens on Friday": the summit's clause)."""
    back = head
    while back > 0:
        before = tokens[back - 1]
        if (
            before.norm in _LINKS
            or before.capitalised
            or before.text.endswith(SINGULAR_POSSESSIVES)
        ):
            back -= 1
        else:
            break
    return back - 1 if back > 0 and tokens[back].norm == "of" else back


def own_clause_day(tokens: Sequence[Token], first: int, text: str, description: str) -> bool:
    """The day at ``tokens[first]`` is in a relative clause whose noun is the subject of the
    event's description ("the inquiry into steel imports" for "an inquiry which began in
    2018")."""
    head = relative_head(tokens, first, text)
    if head is None:
        return False
    words = [t.norm for t in tokenize(description) if t.norm not in _DETERMINERS]
    words = past_measure([w for w in words if not w.endswith(SINGULAR_POSSESSIVES)])
    if not words:
        return False
    noun = tokens[head].norm.rstrip("s")
    lead = list(takewhile(lambda word: word not in _ATTACH and not _verb(word), words))
    if not any(word.rstrip("s") == noun for word in lead[:4] or words[:1]):
        return False  # "public consultation" for "a consultation that began": its noun
    outside = {t.norm for t in (*tokens[:head], *tokens[first + 1 :])}
    return not any(_verb(word) and word in outside for word in words[1:])


def _verb(norm: str) -> bool:
    """A past verb of the description ("resolved", "broken"): "The crisis was resolved" is
    the main clause's event when the main clause says it, not the clause's."""
    return norm.endswith("ed") or norm in _PAST_FORMS


__all__ = ["other_clause_day", "own_clause_day", "relative_head"]
