"""A measure stated as done now is announced (an outside check, session 19: check 42's cause 4).

A government's release or a wire story often states a new measure in the present tense or in
a future tied to its issuer's word, with no "announced" in it: "The Government will today
sanction up to 100 oil tankers", "The United States cuts its tariff on Chinese goods to 30%",
"Japan is raising its rice duty this week", "Starting Friday, India bans the export of broken
rice". A careful reader takes each as the measure's announcement (status ``announced``).

What the grammar must show, read on the tokens of one evidence sentence:

- a finite verb of a measure (impose, sanction, ban, cut, raise, freeze, ...): its present
  third-person form ("imposes", "cuts"), "is/are" and its -ing form ("is raising"), or "will"
  and its base form, with at most a few time words between ("will today sanction", "will from
  tomorrow impose");
- its subject right before it (time words such as "today" may stand between): a name (a
  capitalised word: "Canada", "the United States", "Brussels") or an issuing body's noun
  ("the government", "the ministry", "the Treasury");
- an object after it (not "on", "against", a verb or the sentence's end), so the noun
  "sanctions" in "US sanctions on Iran" or "cuts" in "the tariff cuts take effect" is no verb;
- no word in the sentence that makes it less than a decision: a modal or condition ("may",
  "could", "would", "if"), a negation, a verb of wanting, weighing, urging or threatening, a
  bill or draft that "would" do it, or a word of a standing measure ("already", "since",
  "still", "remains": the present of a rule long in place is no announcement).

Anything else keeps the cue rules' verdict (:func:`statuses.worded`), so "threatened to ban",
"is considering raising" and "urged Brussels to slap duties" stay unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, word_set

_BASES = word_set(
    """impose sanction ban freeze cut lower raise slap put levy bar halve double triple hike
    reduce increase restrict curb blacklist designate tighten expand apply introduce add"""
)
_THIRD = word_set(
    """imposes sanctions bans freezes cuts lowers raises slaps puts levies bars halves doubles
    triples hikes reduces increases restricts curbs blacklists designates tightens expands
    applies introduces adds"""
)
_ING = word_set(
    """imposing sanctioning banning freezing cutting lowering raising slapping putting levying
    barring halving doubling tripling hiking reducing increasing restricting curbing
    blacklisting designating tightening expanding applying introducing adding"""
)
_VERBS = _BASES | _THIRD | _ING
_BE = word_set("is are")
# Words that may stand between the subject and its verb, or between "will" and its verb.
_TIMES = word_set(
    """today tonight tomorrow now also formally immediately this morning afternoon evening
    week from as of on starting next effective midnight monday tuesday wednesday thursday
    friday saturday sunday"""
)
_BODIES = word_set(
    """government ministry treasury commission administration council cabinet department
    office executive union bloc kingdom state states authorities regulator"""
)
_NOT_OBJECTS = word_set(
    """on against were are is was will would have has had of and or that which who to in by
    for at with as"""
)
_DOUBTS = word_set(
    """may might could would should must if unless not never no n't considering consider
    considers weighing weighs weigh mulls mulling mull threatens threatened threatening
    threaten urged urges urge wants want wanted seeks seek sought hopes hope hoped plans
    proposes proposed proposal proposals draft bill bills refuses refused declines declined
    asks asked calls called already since still remains remain continues longstanding"""
)


def stated_measure(ctx: Context) -> bool:
    """Whether an evidence sentence states the measure as the issuer's own act now (see the
    module): a present or "will" verb of a measure after its subject, with an object."""
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        norms = [token.norm for token in tokens]
        if _VERBS.isdisjoint(norms) or not _DOUBTS.isdisjoint(norms):
            continue
        if any(_verb_at(tokens, at) for at, norm in enumerate(norms) if norm in _VERBS):
            return True
    return False


def _verb_at(tokens: Sequence[Token], at: int) -> bool:
    """A finite measure verb at ``at`` with its subject before it and an object after it."""
    norm = tokens[at].norm
    if at + 1 >= len(tokens) or tokens[at + 1].norm in _NOT_OBJECTS:
        return False
    before = _skip_times(tokens, at - 1)
    if norm in _THIRD:
        return _subject(tokens, before)
    if norm in _ING:
        return before >= 1 and tokens[before].norm in _BE and _subject(tokens, before - 1)
    if before >= 1 and tokens[before].norm == "will":
        return _subject(tokens, before - 1)
    return False


def _skip_times(tokens: Sequence[Token], index: int) -> int:
    """The first token at or before ``index`` that is not a time word, at most four back."""
    stop = index - 4
    while index > stop and index >= 0 and (tokens[index].norm in _TIMES or tokens[index].is_number):
        index -= 1
    return index


def _subject(tokens: Sequence[Token], index: int) -> bool:
    """A name (capitalised, not a sentence's first word alone) or a body's noun at ``index``."""
    if index < 0:
        return False
    token = tokens[index]
    return (
        token.norm in _BODIES
        or (token.capitalised and token.norm.isalpha() and index > 0)
        or (token.capitalised and index == 0 and token.norm not in ("the", "a", "an", "it", "this"))
    )


__all__ = ["stated_measure"]
