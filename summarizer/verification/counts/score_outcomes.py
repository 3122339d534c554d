"""Which side of a vote's score comes first, read from the outcome its clause words (an outside
check, session 14: "The amendment was defeated 67-33" gave 33 votes against, since the first
number was always read as the yes side).

A score names the winners first whatever the outcome: "passed 71-27" is 71 yes, but "defeated
67-33", "voted down 58 to 40" and "rejected by a vote of 71-27" are 67, 58 and 71 *against*.
A score written smaller first ("failed 45-54", "lost 40 to 58") is yes-first under either
outcome: nobody writes the losers first unless the order is yes, then no. So:

- a score whose smaller number comes first (or a tie) is yes-first;
- a larger-first score under a word of passage ("passed", "approved", "adopted", "cleared",
  "carried", "confirmed", "a 71-27 victory") is yes-first, and under a word of defeat
  ("defeated", "rejected", "voted down", "failed", "fell", "blocked", "sank", "lost", "a
  67-33 defeat") no-first;
- a larger-first score with no word of outcome in its clause ("voted 97-2", "the tally was
  67-33", "Peers divided 243 to 204") keeps the order as written, yes first: the wires'
  convention, which every earlier case set holds, and what a reader takes from it;
- a larger-first defeat whose sentence also states the threshold it missed ("failed 55-45,
  short of the 60 needed", "needed a two-thirds majority") does not tell: a supermajority
  can fail with most votes in favour, so the larger number may be either side. Such a score
  is *unread* (:data:`UNREAD`): a value on either side is unconfirmed, never guessed.

The nearest outcome word before the score in its clause decides ("The amendment was defeated
67-33 before the bill passed 71-27": each score its own verb), else a noun right after it ("a
67-33 defeat"). "against" right after a score ("voted 58-40 against the amendment") keeps
the reading :func:`summarizer.verification.counts.amounts.score_side` gives it (the first number is
the votes against). A bare "voted" tells no outcome; "voted to reject" or "voted to block" is
a defeat of the measure, "voted to approve" its passage. A score that opens its sentence
("By 364 votes to 194, the Assembly refused ...") takes the main verb after its comma
(:func:`summarizer.verification.counts.score_sides.fronted_outcome`, session 26).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .score_sides import fronted_outcome

YES_FIRST, NO_FIRST, UNREAD = "yes-first", "no-first", "unread"

_PASSAGE = word_set(
    """passed pass passes passing approved approve approves approving adopted adopt adopts
    cleared clear clears carried carries confirmed confirm confirms ratified ratify endorsed
    endorse backed back enacted won wins win victory passage approval adoption
    confirmation ratification"""
)
_DEFEAT = word_set(
    """defeated defeat defeats rejected reject rejects rejecting failed fail fails failing
    fell falls lost lose loses losing blocked block blocks sank sink sinks sunk killed kill
    scuttled scuttle tabled table rejection failure loss refused refuse refuses denied deny
    denies"""
)
# "voted down", "shot down", "turned down", "went down", "thrown out": a verb whose particle
# makes it a defeat.
_PARTICLE_VERBS = word_set(
    "voted vote votes shot turned struck strikes thrown threw throw went goes go going"
)  # "went down 53-47" (session 36)
_PARTICLES = word_set("down out")
# A stated threshold: the yes side of a failed supermajority may be the larger number ("the
# 60 needed", "short of 60", "a two-thirds majority"; not "after a short debate").
_THRESHOLDS = word_set(
    """needed need needs required require requires requiring necessary threshold
    supermajority thirds fifths"""
)
_SHORT = word_set("short shy")
_CLAUSE_MARKS = ";:()\u2014"
_REACH = 9  # words before a score its outcome word may stand ("was narrowly defeated on ... ")


def score_order(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> str:
    """:data:`YES_FIRST`, :data:`NO_FIRST` or :data:`UNREAD` for the score ``first``-``second``
    (see the module)."""
    if first.value <= second.value:
        return YES_FIRST
    if _outcome(tokens, first, second, text) != NO_FIRST:
        return YES_FIRST  # passed, or no outcome worded: the order as written
    if _states_threshold(tokens):
        return UNREAD  # "failed 55-45, short of the 60 needed": either side may be larger
    return NO_FIRST


def _states_threshold(tokens: Sequence[Token]) -> bool:
    norms = [t.norm for t in tokens]
    return any(
        norm in _THRESHOLDS or (norm in _SHORT and norms[i + 1 : i + 2] == ["of"])
        for i, norm in enumerate(norms)
    )


def _outcome(
    tokens: Sequence[Token], first: NumberMention, second: NumberMention, text: str
) -> str | None:
    """The outcome the score's clause words: the nearest word of passage or defeat before
    it (within :data:`_REACH` words, not past a clause mark or another number), else a noun
    right after it ("a 67-33 defeat"); None when none."""
    for index in range(first.first - 1, max(first.first - _REACH, 0) - 1, -1):
        token = tokens[index]
        if token.is_number or any(m in text[token.end : tokens[index + 1].start] for m in ";:"):
            break
        found = _word_outcome(tokens, index)
        if found is not None:
            return found
        if "(" in text[tokens[index].start - 1 : tokens[index].start]:
            break
    for index in range(second.last + 1, min(second.last + 3, len(tokens))):
        if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;:"):
            break
        norm = tokens[index].norm
        after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if norm == "to" and (after in _DEFEAT or after in _PASSAGE):
            return NO_FIRST if after in _DEFEAT else YES_FIRST  # "voted 60-38 to reject"
        found = _word_outcome(tokens, index, nouns_only=True)
        if found is not None:
            return found
    return fronted_outcome(tokens, first, second, text, _word_outcome)  # "By 364 votes to 194,"


_NOUNS = word_set("victory win passage approval adoption defeat rejection failure loss")


def _word_outcome(tokens: Sequence[Token], index: int, nouns_only: bool = False) -> str | None:
    norm = tokens[index].norm
    if nouns_only:
        if norm not in _NOUNS:
            return None
        return YES_FIRST if norm in _PASSAGE else NO_FIRST
    after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if norm in _PARTICLE_VERBS and after in _PARTICLES:
        return NO_FIRST  # "voted down", "shot down", "thrown out"
    if norm in _PARTICLES and index and tokens[index - 1].norm in _PARTICLE_VERBS:
        return NO_FIRST
    if norm in _DEFEAT:
        return NO_FIRST
    if norm in _PASSAGE:
        return YES_FIRST
    return None


def side_in_score(
    tokens: Sequence[Token], mention: NumberMention, first: NumberMention,
    second: NumberMention, text: str, swapped: bool,
) -> str:  # fmt: skip
    """The side ("yes", "no", or :data:`UNREAD`) ``mention`` is in the score: "against"
    after it (``swapped``) makes the first number the votes against, but for a larger-first
    score under a word of passage: a measure that passed had more votes for it, so "against"
    there opens what it passed against ("passed 40-12 against fierce opposition"); otherwise
    :func:`score_order` decides."""
    passed = first.value > second.value and _passed_before(tokens, first, text)
    if swapped and not passed:  # "passed 40-12 against fierce opposition": 40 for (rv41c)
        return "no" if mention is first else "yes"
    order = score_order(tokens, first, second, text)
    if order == UNREAD:
        return UNREAD
    yes_first = order == YES_FIRST
    return "yes" if (mention is first) == yes_first else "no"


def _passed_before(tokens: Sequence[Token], first: NumberMention, text: str) -> bool:
    """Whether a word of passage stands in the score's own clause before it ("The motion
    passed 40-12 against ..."): not past a comma ("After the Senate passed the budget,
    senators voted 58-41 against an amendment": the passage is another measure's; review
    rv43c, session 43)."""
    for index in range(first.first - 1, max(first.first - _REACH, 0) - 1, -1):
        gap = text[tokens[index].end : tokens[index + 1].start]
        if tokens[index].is_number or any(mark in gap for mark in ",;:"):
            return False
        found = _word_outcome(tokens, index)
        if found is not None:
            return found == YES_FIRST
    return False


__all__ = ["NO_FIRST", "UNREAD", "YES_FIRST", "score_order", "side_in_score"]
