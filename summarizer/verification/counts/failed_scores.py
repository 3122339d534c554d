"""The score of a vote that failed is not the score of the vote that passed beside it
(session 24, the review's false accepts: "The bill failed 48-52 on Tuesday before passing
51-49 on Friday" gave the passing vote 48 in favour), for
:func:`summarizer.verification.counts.version_scores.version_clash`.

A sentence with two scores (as :func:`vote_scores.score_pairs` reads them) where one is told
by a word of failure ("failed 48-52", "rejected it 48 to 52", "a 48-52 defeat", "voted it
down 48-52") and another by a word of passing ("passing 51-49", "approved it 51 to 49"):
the failed score is refused, *unsupported*, for a fact about the vote that passed, that is
unless the fact (its parent's description or status) is itself about a failure ("failed
vote", "rejected"). A sentence with one score, or two scores neither marked failed, keeps
the verdict the other rules give, and so does a failed vote on another thing named before
its score ("a reservation offered as an amendment lost 30-69": the amendment's own count).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_FAILED = word_set(
    """failed fail fails failing rejected rejecting rejects defeated defeat defeating
    blocked down sank lost losing loss"""
)
_PASSED = word_set(
    """passed passing passes pass approved approving approves adopted adopting cleared
    clearing carried ratified ratifying backed"""
)
# A failed vote on another thing than the bill ("an amendment lost 30-69"): its own count.
_OTHER_THINGS = word_set(
    """amendment amendments reservation reservations motion motions version rival
    alternative substitute resolution"""
)
_FAILURE_STEMS = ("fail", "reject", "defeat", "block", "sank", "sunk", "lost", "down")
_BACK = 6  # words before a score in which its verb is read ("failed narrowly on a 48-52")
_THING = 8  # words before a score in which another thing voted on is read
_AFTER = 2  # words after it ("a 48-52 defeat", "48 to 52 loss")
Pair = tuple[NumberMention, NumberMention]


def _told_by(
    tokens: Sequence[Token], pair: Pair, words: frozenset[str], reach: int = _BACK
) -> bool:
    """Whether a word of ``words`` stands within ``reach`` words before the score (no other
    number between) or right after it."""
    for index in range(pair[0].first - 1, max(pair[0].first - 1 - reach, -1), -1):
        if tokens[index].is_number:
            break
        if tokens[index].norm in words:
            return True
    after = tokens[pair[1].last + 1 : pair[1].last + 1 + _AFTER]
    return any(t.norm in words for t in after)


def failed_score(tokens: Sequence[Token], own: Pair, others: Sequence[Pair], parent: Any) -> str:
    """Why the score ``own`` is a failed vote's beside a passing one (see the module), or
    ""."""
    if not _told_by(tokens, own, _FAILED) or _told_by(tokens, own, _PASSED):
        return ""
    if _told_by(tokens, own, _OTHER_THINGS, reach=_THING):  # "an amendment lost 30-69"
        return ""
    passing = [
        p for p in others if _told_by(tokens, p, _PASSED) and not _told_by(tokens, p, _FAILED)
    ]
    if not passing:
        return ""
    about = " ".join(
        str(getattr(value, "value", value) or "")
        for value in (getattr(parent, "description", ""), getattr(parent, "status", ""))
    ).lower()
    if any(stem in about for stem in _FAILURE_STEMS):
        return ""  # the fact is about the vote that failed
    first, second = passing[0]
    return f"a failed vote's score, not the passing {first.value:g}-{second.value:g}"


__all__ = ["failed_score"]
