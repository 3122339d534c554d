"""Two clause shapes the event-day clauses of
:mod:`summarizer.verification.occasions.occasion_clauses` read (an outside check, check 47: "On
Friday, August 29, the Court of Appeals ruled 7-4 ..., upholding the May 28 decision of the trade
court" refused the ruling's own August 29 as another occasion's day, and took May 28 for the
ruling):

- *a fronted time phrase*: a stretch made only of a day and the words that open it ("On
  Friday, August 29,", "Late on Tuesday, 4 March,", "At dawn on Sunday, 2 March,") has no
  subject and no occasion of its own: it dates the clause it opens, and is read as part of it;
- *a participle clause*: ", upholding the May 28 decision", ", setting aside the award of 2
  February", ", reversing its ruling of December 11" (a comma, then a lower-case word in
  -ing) is a clause of its own, about another thing: the thing the participle acts on. A day
  in it belongs to that thing (when another clause of the evidence names the event and holds
  a day), as does a day in a clause that opens with "after", "before", "following" or "since"
  and another event ("a week after the police cleared the square on Nov. 1").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, tokenize, word_set
from .day_occasions import DAY_WORDS, OPENERS

_TIME_WORDS = (
    DAY_WORDS
    | OPENERS
    | word_set(
        """yesterday today tonight morning afternoon night evening dawn dusk daybreak noon
    midday midnight local time gmt utc a.m p.m am pm hours around about shortly just"""
    )
)
_TIMED = word_set("after before following since")
_TODAY = word_set("yesterday today tonight")
_NOT_PARTICIPLES = word_set(
    """including according during following regarding concerning excluding notwithstanding
    pending considering barring amounting totalling totaling starting beginning"""
)
_DETERMINERS = word_set("the a an its their his her this that these those our")


def participle_opens(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether ``tokens[index]`` opens a participle clause: a comma before it, a lower-case
    word in -ing that is no preposition ("including", "according"), and its object's
    determiner right after it or after one particle ("..., upholding the May 28 decision",
    "setting aside the award"; not ", fighting erupted")."""
    token = tokens[index]
    if (
        index == 0
        or "," not in text[tokens[index - 1].end : token.start]
        or len(token.norm) < 6
        or not token.norm.endswith("ing")
        or token.capitalised
        or token.norm in _NOT_PARTICIPLES
    ):
        return False
    return any(t.norm in _DETERMINERS for t in tokens[index + 1 : index + 3])


def fronted(spans: list[tuple[int, int]], tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """``spans`` with each stretch made only of time words joined to the clause after it."""
    joined: list[tuple[int, int]] = []
    carry: int | None = None
    for low, high in spans:
        start = low if carry is None else carry
        if all(t.norm in _TIME_WORDS or t.is_number for t in tokens[low:high]):
            carry = start
            continue
        joined.append((start, high))
        carry = None
    if carry is not None:
        if joined and joined[-1][1] == carry:  # a time phrase at the end: the clause before
            joined[-1] = (joined[-1][0], spans[-1][1])
        else:
            joined.append((carry, spans[-1][1]))
    return joined


# Participles of speech: "Speaking on Monday, the minister said the truce began on Saturday"
# dates the speaking, not what is told.
_SPEECH_PARTICIPLES = word_set(
    """speaking talking addressing writing announcing telling saying briefing posting
    responding commenting replying testifying"""
)


def fronted_participle(
    spans: list[tuple[int, int]], tokens: Sequence[Token]
) -> list[tuple[int, int]]:
    """``spans`` with a sentence-opening participle phrase joined to the clause it opens
    ("Meeting online on Sunday, the eight OPEC+ countries agreed": the meeting is the agreeing
    subject's own, and its day the agreement's; check 68); not a phrase of speech ("Speaking on
    Monday, ..."), and not when the clause it opens holds a day of its own."""
    if len(spans) < 2 or spans[0][0] != 0:
        return spans
    head = tokens[0]
    if not head.capitalised or len(head.norm) < 6 or not head.norm.endswith("ing"):
        return spans
    if head.norm in _NOT_PARTICIPLES or head.norm in _SPEECH_PARTICIPLES:
        return spans
    low, high = spans[1]
    if any(t.norm in DAY_WORDS or t.norm in _TODAY for t in tokens[low:high]):
        return spans  # "Meeting on Sunday, they recalled the truce of 2 March": two days
    return [(0, high), *spans[2:]]


def own_occasion(tokens: Sequence[Token], low: int, first: int, text: str) -> bool:
    """Whether the clause from ``tokens[low]`` to the day at ``first`` is about a thing of its
    own: a participle clause, or a time clause with words between its "after" and the day."""
    if participle_opens(tokens, low, text):
        return True
    return any(tokens[i].norm in _TIMED and first - i > 2 for i in range(low, first))


# Words that may stand between "had" and its past participle ("had already agreed").
_AFTER_HAD = word_set("been already just first long since")


def participle_earlier(
    tokens: Sequence[Token], first: int, text: str, description: str | None
) -> str | None:
    """A day in a sentence-opening participle phrase dates the participle's act and the
    clause it opens ("Arriving in Kyiv on Friday, the envoy learned that the ceasefire had
    collapsed", "Touring the town on Monday, the king thanked rescuers who had pulled 40
    people from the river"): when the sentence tells the event's act in the pluperfect
    after it, the act came before, and the day is not the event's (review rved31)."""
    head = tokens[0] if tokens else None
    if head is None or not head.capitalised or not head.norm.endswith("ing"):
        return None
    if len(head.norm) < 6 or head.norm in _NOT_PARTICIPLES:
        return None
    comma = next(
        (i for i in range(1, len(tokens)) if "," in text[tokens[i - 1].end : tokens[i].start]),
        None,
    )
    if comma is None or first >= comma:
        return None
    stems = {t.norm[:6] for t in tokenize(description or "") if len(t.norm) >= 3}
    for index in range(comma, len(tokens) - 1):
        if tokens[index].norm != "had":
            continue
        after = index + 1
        while after < len(tokens) - 1 and tokens[after].norm in _AFTER_HAD:
            after += 1
        if tokens[after].norm[:6] in stems:
            return "the day of a fronted participle's act (the event came before it)"
    return None


__all__ = [
    "fronted",
    "fronted_participle",
    "own_occasion",
    "participle_earlier",
    "participle_opens",
]
