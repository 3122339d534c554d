"""A vote's score its clause gives by a tally noun or a motion's fate, with no vote word next
to it (session 36, numcue36): "The count was 49-45", "The verdict was unanimous: 8-0", "The
margin was the slimmest possible, 5-4", "went down too, 47-53", "scraped through 219-213",
"Sunday: 60-40 to take up the compromise".

The score readers (``counts.amounts.score_side``, ``counts.vote_scores``) read a dashed pair as
a vote's score when a vote word ("voted", "passed", "tally") stands within four words of it,
or a chamber's clause holds it after a vote word. English also states a score as the
complement of a tally noun ("The final count was", "The split on the bench was 6-3"), as the
manner of a motion's fate ("went down 47-53", "squeaked through 51-49"),
or as the score of a vote to do something ("60-40 to advance the bill"). Those are read here
for ``counts.vote_scores.score_of``, so every reader of scores sees them (and the range reader
no longer takes "went down 47-53" for a range of 47 to 53). A word right after the score with
no mark between must be one a score takes ("to", "in", "against"): "The count was 300-400
birds" is a range.

Read, within the score's sentence and not past another number:
- a tally noun ("count", "tally", "margin", "verdict", "vote", "result", "split", "ruling",
  "decision", "division", "outcome") in the subject of a copula (nine words back, past an
  aside or a phrase after it: "The split on the appeals bench was"; not "The count of birds",
  a tally of things other than votes), the copula ("was", "is", "stood", "ended",
  "finished", "came"), then at most four words (an adjective, "unanimous", "the slimmest
  possible", a colon or a comma) before the score;
- a verb of a motion's fate right before the score (past "too", "again", "narrowly", "only",
  "just" and a comma): "went down", "goes down", "scraped through", "sailed through",
  "squeaked through", "squeezed through", "got through", "slipped through" (not "survived":
  a government that survives a censure motion is the motion's defeat, a score of either order);
- the score followed by "to" and a lower-case verb ("60-40 to take up", "51-49 to confirm").
A score with a unit after it ("30-40 hours") or in percent is none (the callers drop them).
Which side each number is stays the score readers' (``counts.score_outcomes``); "against"
right after a tallied score makes its first number the votes against ("The count was 40-12
against the motion", session 41, gcn41a).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .numbers import NumberMention

_TALLIES = word_set(
    """count tally margin verdict vote votes result results split ruling decision division
    outcome ballot"""
)
_COPULAS = word_set("was is were are stood stands ended ends finished finishes came comes")
_FILLERS = 4  # words between the copula and the score ("unanimous", "the slimmest possible")
_SUBJECT = 9  # words of the copula's subject, an aside among them
_CLAUSES = word_set("and but while whereas although though because if so when")
_DETERMINERS = word_set("the a an all")
_VOTES = word_set("votes vote ballots ballot")
_PASSED_OVER = word_set("too again narrowly only just also then finally eventually comfortably")
_THROUGH = word_set(
    """scraped scrapes sailed sails squeaked squeaks squeezed squeezes got gets slipped slips
    went goes breezed breezes"""
)
_DOWN = word_set("went goes go going")
_NOT_VERBS = word_set("the a an be date its their his her this that these those")


def tallied_score(tokens: Sequence[Token], first: NumberMention, second: NumberMention) -> bool:
    """Whether the score ``first``-``second`` is a vote's by a tally noun, a motion's fate or
    a vote to do something (see the module)."""
    return (
        _tally_complement(tokens, first.first)
        or _fate_verb(tokens, first.first)
        or _vote_to(tokens, second.last)
    )


def _tally_complement(tokens: Sequence[Token], start: int) -> bool:
    """ "The count was 49-45", "The verdict was unanimous: 8-0"."""
    low = max(start - _FILLERS - 2, 0)
    for at in range(start - 1, low - 1, -1):
        if tokens[at].is_number:
            return False
        if tokens[at].norm in _COPULAS and at >= 1:
            return _tally_subject(tokens, at)
    return False


def _tally_subject(tokens: Sequence[Token], copula: int) -> bool:
    """Whether a tally noun is in the copula's subject: up to :data:`_SUBJECT` words back,
    past an aside ("The result, read out just before midnight, was") or a phrase after the
    noun ("The split on the appeals bench was"), not past a number or another clause."""
    for at in range(copula - 1, max(copula - _SUBJECT, 0) - 1, -1):
        norm = tokens[at].norm
        if tokens[at].is_number or norm in _CLAUSES:
            return False
        if norm in _TALLIES:
            return not _of_things(tokens, at)
    return False


def _of_things(tokens: Sequence[Token], noun: int) -> bool:
    """ "The count of birds": a tally noun with "of" and a noun that is no vote's counts those
    things, and a pair after it is a range ("was 300-400"), not a score."""
    if noun + 2 >= len(tokens) or tokens[noun + 1].norm != "of":
        return False
    after = noun + 2 + (tokens[noun + 2].norm in _DETERMINERS and noun + 3 < len(tokens))
    return tokens[after].norm not in _VOTES


def _fate_verb(tokens: Sequence[Token], start: int) -> bool:
    """ "went down too, 47-53", "scraped through 219-213"."""
    at = start - 1
    while at >= 0 and tokens[at].norm in _PASSED_OVER:
        at -= 1
    if at < 0 or tokens[at].is_number:
        return False
    norm = tokens[at].norm
    if at < 1:
        return False
    before = tokens[at - 1].norm
    return (norm == "through" and before in _THROUGH) or (norm == "down" and before in _DOWN)


def _vote_to(tokens: Sequence[Token], last: int) -> bool:
    """ "60-40 to take up the compromise", "51-49 to confirm"."""
    if last + 2 >= len(tokens) or tokens[last + 1].norm != "to":
        return False
    if tokens[last + 1].start - tokens[last].end > 1:
        return False  # a mark between: "60-40, to cheers"
    verb = tokens[last + 2]
    return not verb.is_number and not verb.capitalised and verb.norm not in _NOT_VERBS


__all__ = ["tallied_score"]
