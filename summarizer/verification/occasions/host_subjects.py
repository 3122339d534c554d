"""A place that hosts this meeting as the subject of its clause, past an aside that recalls an
earlier one (session 30, left30; review rvo29's left-out wrong refusals): "Last year's host,
Vienna, will again stage the talks", "Geneva, which hosted the first round in 2023, will host
the second round on Thursday".

The place rule reads "Last year's host" or "which hosted the first round" beside the place and
refuses it as an earlier meeting's (or as not this meeting's): the aside is the place's past,
but the clause's own predicate ("will again stage the talks") makes it this meeting's host.
:func:`hosted_here` lifts those two refusals ("not as where this meeting is", "where an earlier
meeting was held") when the place, past an aside set off by commas, is the subject of a
hosting verb ("host", "stage", "hold") whose object, within six words, holds a meeting word.
Review rvl30: not when a capitalised name before the meeting word is none of the fact's
parties' (nor a day or month: "Monday's talks"): "will host the OPEC ministers' meeting" is
another event's; nor a "would host" on a condition ("only if Tehran agreed").

Tense must fit the fact: for a meeting held a past verb ("hosted", "staged"), for one not held
a future or present one ("will host", "is to stage", "hosts"); "will not host" and "never
hosted" are not read. Not read: a place that is only the object of such a verb ("talks hosted
by Vienna" is the other rules' job), a hosting verb with no meeting word after it ("Geneva,
which hosted the talks in 2023, will host a film festival").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..context import Context, Result
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_phrase
from .day_occasions import MEETING_WORDS
from .occasion_markers import status

_WEAK = ("but not as where this meeting is", "is where an earlier meeting was held")
_NOW = word_set("host hosts hosting stage stages staging hold holds")
_PAST = word_set("hosted staged")
_AUX = word_set("will is are to would shall again once also set due be")
_NEGATED = word_set("not never no")
_ASIDE = 14  # words of an aside between the place and its verb
_OBJECT = 6  # words from the verb to the meeting word
_MEETINGS = MEETING_WORDS | word_set("round rounds")  # "will host the second round"

PlaceRule = Callable[[Any, Supported, Context], Result]


def _verb_at(tokens: Sequence[Token], at: int, held: bool) -> int | None:
    """The hosting verb the place's predicate opens with at ``tokens[at]`` (auxiliaries and
    "again" skipped), or None."""
    while at < len(tokens) and tokens[at].norm in _AUX:
        at += 1
    if at >= len(tokens) or tokens[at].norm in _NEGATED:
        return None
    verbs = _PAST if held else _NOW
    return at if tokens[at].norm in verbs else None


def _predicate_start(tokens: Sequence[Token], end: int, text: str) -> int:
    """Where the place's predicate starts: right after it, or after an aside set off by
    commas (", which hosted the first round in 2023,")."""
    if end >= len(tokens) or "," not in text[tokens[end - 1].end : tokens[end].start]:
        return end
    for at in range(end, min(end + _ASIDE, len(tokens) - 1)):
        if "," in text[tokens[at].end : tokens[at + 1].start]:
            return at + 1
    return end


def hosted_here(
    tokens: Sequence[Token], start: int, size: int, text: str, held: bool,
    parties: Sequence[str] = (),
) -> bool:  # fmt: skip
    """The place at ``tokens[start:start+size]`` hosts a meeting as its clause's subject, a
    meeting no name of others than ``parties`` owns ("will host the OPEC meeting" is another
    event's), not only on a condition ("would host the talks again only if Tehran agreed")."""
    begin = _predicate_start(tokens, start + size, text)
    verb = _verb_at(tokens, begin, held)
    if verb is None or any(tokens[k].norm in _NEGATED for k in range(start + size, verb)):
        return False
    meeting = next(
        (k for k in range(verb + 1, min(verb + 1 + _OBJECT, len(tokens)))
         if tokens[k].norm in _MEETINGS),
        None,
    )  # fmt: skip
    if meeting is None or _others(tokens[verb + 1 : meeting], parties):
        return False
    conditional = any(tokens[k].norm == "would" for k in range(begin, verb))
    return not (conditional and any(t.norm in _IF for t in tokens[meeting:]))


_IF = word_set("if unless provided")
_STEM = 4  # "Armenian" is Armenia's: a party's name and its adjective share their start


def _others(words: Sequence[Token], parties: Sequence[str]) -> bool:
    """A capitalised name before the meeting word that is none of ``parties``' ("the OPEC
    ministers' meeting"), not a day or a month ("Monday's talks")."""
    stems = {w.norm[:_STEM] for party in parties for w in tokenize(party)}
    return any(
        t.capitalised and t.norm not in WEEKDAYS and t.norm not in MONTH_NUMBER
        and t.norm[:_STEM] not in stems
        for t in words
    )  # fmt: skip


def host_subject(rule: PlaceRule) -> PlaceRule:
    """``rule`` (a summit's place), its refusals "not as where this meeting is" and "where an
    earlier meeting was held" lifted when the place is the subject of a clause that hosts the
    meeting (:func:`hosted_here`)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if result[0] or not str(result[1]).endswith(_WEAK):
            return result
        place = str(value).split(",")[0].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        size, held = len(tokenize(place)), status(ctx.fact) in ("held", "under_way")
        parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
        for tokens in ctx.sentence_tokens():
            for start in find_phrase(place, tokens):
                if hosted_here(tokens, start, size, ctx.article.text, held, parties):
                    return True, ""
        return result

    return support


__all__ = ["host_subject", "hosted_here"]
