"""A number that opens a later clause as its subject, for a count whose cue stands before
it in an earlier clause (session 33, accepts33).

The count rule reads a number near its cue as the cue's; a verb of another clause after the
number was asked only in a relative clause (:func:`count_reach.other_verb`). When a comma
closes the cue's clause and the number opens the next one as the subject of its own verb,
the number counts what that verb tells, not the cue's: "Thirty years after the floods
displaced the village, 4,000 people live there" is no count of 4,000 displaced; "In 2014,
soldiers killed protesters in the square, and on Saturday 300 people gathered there" is no
count of 300 killed.

The reading: a comma between the cue and the number, only clause openers after it ("and",
"but", "while", a day or a time: "and on Saturday"), the number, at most two lower-case
words of its noun ("people", "more families"), then a verb: a form of "be" or "have", a
word in "-ed", or a present verb of dwelling or staying. A verb that is itself the field's
cue ("4,000 people fled") is read by that cue in its turn, so nothing is lost.
A comma right before the number opens its clause even when a day or a year ends the cue's
clause ("Floods displaced the town in 2019, 8,000 residents live there now"; review rvac33).
Left as it was:
a number after the comma with no verb ("displaced residents, 4,000 in all": the count
restated), and the subject with no comma before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

# Words that may open the later clause before its subject: "and on Saturday 300 people".
_OPENERS = word_set(
    """and but while yet now today on in at by last this since then so whereas though
    morning afternoon evening night week month year"""
)
# Finite verbs a subject number takes that do not end in "-ed".
_FINITE = word_set(
    """is are was were has have had live lives remain remains stay stays work works own
    attend attends belong belongs still"""
)
_PARTITIVE = word_set("of whom which")
_NOUN_WORDS_MOST = 2  # "4,000 people live", "300 more families were"


def clause_subject(tokens: Sequence[Token], cue: int, mention: NumberMention, text: str) -> bool:
    """Whether the number of ``mention`` opens a clause after a comma that closes the cue's
    (at ``cue``, before it) and is the subject of its own verb (see the module)."""
    if cue >= mention.first:
        return False
    if "," in text[tokens[mention.first - 1].end : tokens[mention.first].start]:
        # the number opens the clause itself: "displaced the town in 2019, 8,000 residents
        # live there" (review rvac33: an opener before the comma is the cue's clause's)
        return mention.first - 1 > cue and _verb_follows(tokens, mention.last + 1)
    index = mention.first - 1
    while index > cue and _opens(tokens[index]):
        if "," in text[tokens[index - 1].end : tokens[index].start]:
            break
        index -= 1
    if index <= cue:
        return False
    start = index if _opens(tokens[index]) else index + 1  # the clause's first word
    if "," not in text[tokens[start - 1].end : tokens[start].start]:
        return False
    return _verb_follows(tokens, mention.last + 1)


def _opens(token: Token) -> bool:
    return token.norm in _OPENERS or token.capitalised or token.is_number


def _verb_follows(tokens: Sequence[Token], after: int) -> bool:
    """A finite verb within the number's noun words after ``after`` (see the module)."""
    for index in range(after, min(after + _NOUN_WORDS_MOST + 1, len(tokens))):
        token = tokens[index]
        if not (token.text.isalpha() and token.text.islower()) or token.norm in _PARTITIVE:
            return False  # "300 of whom were students": a part of the count, not a subject
        if token.norm in _FINITE or (index > after and token.norm.endswith("ed")):
            return True
    return False


__all__ = ["clause_subject"]
