"""The place and day of an earlier meeting the evidence recalls (outside checks 50, 51, 52):
"The two men last met in Vladivostok in April 2019", "their first face-to-face meeting since
they sat down in Bali, Indonesia, in November 2022", "the previous round was held in
Istanbul", "It was the presidents' second meeting that year, after talks in Florida in April".

A news story dates and places the meeting it reports, then recalls the one before it, often in
a sentence of its own. A fact-checker reads the recalled place and day as that earlier
meeting's, never the reported one's, when the evidence tells the reported meeting's own place
(or day) elsewhere. A clause (:func:`occasion_places.clauses`) recalls an earlier meeting
when, before the value, it holds a meeting word (:data:`occasion_places.MEETING`) marked as
past:

- "last" right before it ("last met", "last held talks", "their last summit");
- "previous", "previously", "earlier", "prior" or "former" up to two words before it ("the previous
  round", "an earlier meeting in"), not one set off by a comma ("Earlier, Trump met Xi in
  Busan": the story's time, review rvF);
- the clause opens with "since" ("since they sat down in Bali");
- the clause opens with "after" or "following" and the sentence counts the meeting ("their
  second meeting", "the third round", "the first ... since"): an ordinal tells the sentence
  is about a series, the "after" clause about the one before.

The value is refused (*unsupported*) only when the fact's evidence also names a place (a day)
outside every such clause: the reported meeting's own. With none, the recalled meeting may be
the fact itself ("The two leaders last met in Lima in 2019" labelled as that meeting), and the
other rules' reading stands. A meeting marked as another one to come ("next", "again") is
left to :mod:`occasion_places`; a possessive of past time ("last month's talks in Doha") to
:mod:`past_owners` and :mod:`day_others`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase
from .occasion_places import MEETING, clause_places, clauses

_PAST = word_set("previous previously earlier prior former")
_SINCE = word_set("since")
_AFTER = word_set("after following")
_ORDINALS = word_set("second third fourth fifth sixth latest")
_SERIES = MEETING | word_set("visit trip encounter")
_DAYS = ("planned_timing", "when", "starts")
_PLACES = ("planned_location", "place")
_BARE = word_set("on in at the")
_RECALLED = "the place of an earlier meeting the evidence recalls"
RECALLED_DAY = "the day of an earlier meeting the evidence recalls"


def recalling(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether ``tokens[index]`` stands in a clause that recalls an earlier meeting, its
    marker before it (see the module)."""
    own = next(((a, b) for a, b in clauses(tokens, text) if a <= index < b), None)
    if own is None:
        return False
    meeting = _recalled_word(tokens, own, index, text)
    if meeting is None:
        return False
    for at in range(meeting + 1, index):  # "whose previous talks were in Brasilia, will hold
        if (
            "," in _gap(tokens, at, text)
            and any(  # a summit in Beijing in May": May is not
                t.norm in MEETING
                for t in tokens[at:index]  # the earlier talks'
            )
        ):
            return False
    return True


def _recalled_word(
    tokens: Sequence[Token], own: tuple[int, int], index: int, text: str
) -> int | None:
    """Where the meeting word that the clause marks as past stands, before ``index``."""
    words = [t.norm for t in tokens[own[0] : index]]
    for at, word in enumerate(words):
        if word not in MEETING:
            continue
        last = bool(at) and words[at - 1] == "last"  # "last met in"
        past = [  # "the previous round"; not "Earlier, Trump met Xi in Busan" (the story's time)
            p
            for p in range(max(at - 2, 0), at)
            if words[p] in _PAST and "," not in _gap(tokens, own[0] + p + 1, text)
        ]
        if last or past:
            return own[0] + at
    if not words or words[0] not in _SINCE | _AFTER:
        return None
    for at in range(own[0] + 1, index):  # "since they sat down in", not "since October, the
        if "," in _gap(tokens, at, text):  # summit will"
            return None
        if tokens[at].norm in _SERIES:
            counted = words[0] in _SINCE or _counted(tokens, own)
            return at if counted else None
    return None


def _gap(tokens: Sequence[Token], at: int, text: str) -> str:
    """The text between ``tokens[at - 1]`` and ``tokens[at]``."""
    return text[tokens[at - 1].end : tokens[at].start]


def _counted(tokens: Sequence[Token], own: tuple[int, int]) -> bool:
    """The sentence outside the clause counts meetings: an ordinal up to three words before a
    meeting word ("the presidents' second meeting", "their first summit since")."""
    norms = [t.norm for t in (*tokens[: own[0]], *tokens[own[1] :])]
    for at, norm in enumerate(norms):
        if norm in _SERIES and (
            not _ORDINALS.isdisjoint(norms[max(at - 3, 0) : at])
            or ("first" in norms[max(at - 3, 0) : at] and "since" in norms[at:])
        ):
            return True
    return False


def _labelled(
    fact: Any, tokens: Sequence[Token], index: int, text: str, fields: tuple[str, ...]
) -> bool:
    """The fact's own day (for a place) or place (for a day) stands in the recalling clause:
    the fact is the recalled meeting itself ("The two had last met in Bali on 15 November
    2022" for the Bali meeting of that day)."""
    own = next(((a, b) for a, b in clauses(tokens, text) if a <= index < b), (0, len(tokens)))
    for field in fields:
        value = getattr(fact, field, None)
        words = (
            [t.text for t in tokenize(value) if t.norm not in _BARE]
            if isinstance(value, str)
            else []
        )
        if words and find_phrase(" ".join(words), list(tokens[own[0] : own[1]])):
            return True
    return False


def recalled_place(ctx: Context, tokens: Sequence[Token], start: int) -> str | None:
    """The role of the place at ``tokens[start]`` when it is an earlier meeting's the
    evidence recalls, and the evidence names another place outside such clauses."""
    text = ctx.article.text
    if not recalling(tokens, start, text) or _labelled(ctx.fact, tokens, start, text, _DAYS):
        return None
    for sentence in ctx.sentence_tokens():
        for at in clause_places(sentence, text):
            if not recalling(sentence, at, text):
                return _RECALLED
    return None


def recalled_day(
    ctx: Context, index: int, first: int, mentions: Callable[[int], Sequence[tuple[Any, int, int]]]
) -> str | None:
    """The role of the day at ``first`` of evidence sentence ``index`` when it is an earlier
    meeting's the evidence recalls, and another day of the evidence (``mentions``: a
    sentence's day mentions: keys, first, last) stands outside such clauses."""
    text, tokens = ctx.article.text, ctx.article.sentence_tokens(index)
    if not recalling(tokens, first, text) or _labelled(ctx.fact, tokens, first, text, _PLACES):
        return None
    for other in ctx.sentences:
        sentence = ctx.article.sentence_tokens(other)
        for _, at, _ in mentions(other):
            if not recalling(sentence, at, text):
                return RECALLED_DAY
    return None


__all__ = ["RECALLED_DAY", "recalled_day", "recalled_place", "recalling"]
