"""A later state worded in another evidence sentence of the same fact (an outside check,
session 18: check 40's cause 2). The evidence of one fact often words two stages in two
sentences ("signed the bill into law" and "the House passed the bill on Nov. 16"; "ordered a
halt from 6 p.m." and "it expired on schedule"). The latest stage the evidence words is the
status: a bill signed into law has not passed one chamber only (nor is it only introduced);
a truce that expired or collapsed is not in effect; one that took effect is no longer
proposed. Refused strongly: the evidence states the later value. A later value only
foreseen ("is due to expire", "would become law") is no later stage: :func:`statuses.worded`
reads it as a prospect, and a sentence with a word of prospect ("is expected to be
signed into law next month") is not read for a later stage at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..acts.party_calls import CALL_KINDS, STANDALONE_CALLS
from ..context import Context
from ..page.tokens import tokenize, word_set
from .further_meetings import held_heads
from .status_clauses import extended
from .status_returns import foreseen, returned
from .status_tenses import another_truce, before_prospect, one_truce
from .statuses import clause_norms, match_at, parse_phrases, worded

# A value the evidence's later stage replaces, by the values that replace it.
_LATER: dict[str, dict[str, tuple[str, ...]]] = {
    "MeasureStatus": {
        "introduced": ("enacted",),
        "in_committee": ("enacted",),
        "passed_one_chamber": ("enacted",),
        "imposed": ("lifted",),  # check 41: "The duties were lifted on Thursday"
        "in_force": ("lifted", "suspended"),
    },
    "SummitStatus": {  # check 41: "UPDATE: the two leaders met"; check 42: put off, then held
        "scheduled": ("held",),
        "postponed": ("held",),
        "on_hold": ("held",),
    },
    "CeasefireStatus": {
        "in_effect": ("expired", "collapsed"),
        "proposed": ("in_effect",),  # read by its start verbs only (:data:`_STARTS`)
    },
}


def superseded(family: str, raw: str, ctx: Context) -> str | None:
    """A later value the evidence words (anywhere in it) that replaces ``raw``; None when
    ``raw`` is not one a later stage replaces or no later stage is worded."""
    later = _LATER.get(family, {}).get(raw)
    if not later:
        return None
    heads = {}
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)
        heads[index] = len(norms)
        if foreseen(norms, family == "MeasureStatus"):  # a truce's expiry before the modal
            truce = family == "CeasefireStatus" and one_truce(ctx)
            heads[index] = before_prospect(norms) if truce else 0
        if raw == "in_effect" and another_truce(norms):
            heads[index] = 0  # "although a previous ceasefire collapsed": not this truce's end
        if raw == "in_effect" and extended(norms):
            heads[index] = 0  # "extended the truce to the end of May": its new end, no expiry
        if family == "SummitStatus" and _earlier_talk(norms):
            heads[index] = 0  # "said he had talked by telephone with Putin": no later meeting
    mask = held_heads(family, raw, ctx)  # "would meet again" beside the meeting before it
    if mask is not None:
        heads = {index: min(size, mask.get(index, 0)) for index, size in heads.items()}
    if returned(family, raw, ctx):
        return None  # "took effect again", "came back into force": the return is the latest
    if raw in _PUT_OFF and any(not _OTHER_MEETING.isdisjoint(n) for n in _sentence_norms(ctx)):
        return None  # "met in Brasilia; another summit ... has been postponed": two meetings
    if raw == "proposed":  # the in-effect cues are loose ("halting hostilities"): a start verb
        return "in_effect" if _started(ctx, heads) else None
    for value in later:
        if worded(family, value, ctx, heads) == "yes":
            return value if raw not in _PUT_OFF or _held_here(ctx, heads) else None
    return None


def _held_here(ctx: Context, heads: dict[int, int]) -> bool:
    """For a meeting put off: a sentence wording it held that names its planned place, when
    it has one ("met in Alaska in August" or "at a meeting in Washington with Rutte" is
    another meeting than the one put off in Budapest)."""
    place = str(getattr(ctx.fact, "planned_location", None) or "")
    first = [token.norm for token in tokenize(place)][:1]
    if not first:
        return True
    return any(
        first[0] in clause_norms(ctx, index)
        and worded("SummitStatus", "held", ctx, {index: heads.get(index, 0)}) == "yes"
        for index in ctx.sentences
    )


_PUT_OFF = ("postponed", "on_hold")  # replaced by "held" only where it was to be held
_OTHER_MEETING = word_set("another next second third upcoming")


def _sentence_norms(ctx: Context) -> list[list[str]]:
    """Each evidence sentence's norms (:func:`statuses.clause_norms`)."""
    return [clause_norms(ctx, index) for index in ctx.sentences]


_PAST_TALKS = word_set("met talked spoken spoke held conferred negotiated")
_BETWEEN = word_set("already previously last earlier first briefly also just")


def _earlier_talk(norms: Sequence[str]) -> bool:
    """A sentence whose meeting words are a call ("spoke by phone", "a telephone call") or
    an occasion before the story's own ("had talked", "had already met"): its "held" is
    another, earlier exchange, not the scheduled meeting's later stage (gold 118: Trump "had
    talked by telephone with Vladimir Putin" before saying the two would meet in Budapest)."""
    if not STANDALONE_CALLS.isdisjoint(norms):
        return True
    if any(
        norm in ("call", "calls") and norms[i - 1] in CALL_KINDS
        for i, norm in enumerate(norms)
        if i
    ):
        return True  # "a video call" ("what critics call a photo op" is no call)
    for index, norm in enumerate(norms):
        if norm != "had":
            continue
        after = [word for word in norms[index + 1 : index + 4] if word not in _BETWEEN]
        if after[:1] and after[0] in _PAST_TALKS:
            return True
    return False


_STARTS = parse_phrases(
    "took effect | came into effect | came into force | went into effect | entered into force | "
    "took hold | kicked in | has held | has been in effect | has been in force"
)


def _started(ctx: Context, heads: dict[int, int]) -> bool:
    """A start verb of the truce in a sentence that foresees nothing ("a ceasefire that took
    effect at midnight"), not negated ("has not taken hold" does not match)."""
    for index in ctx.sentences:
        norms = clause_norms(ctx, index)[: heads.get(index, 0)]
        for start, norm in enumerate(norms):
            if norm not in ("took", "came", "went", "entered", "kicked", "has"):
                continue
            if norms[max(start - 2, 0) : start].count("not"):
                continue
            if any(match_at(phrase, norms, start) is not None for phrase in _STARTS):
                return True
    return False


__all__ = ["superseded"]
