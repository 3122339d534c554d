"""A count's number given after a word that stands for the counted thing named just before
(session 25, outside check 53's cause 3): "In late May the bill had about 80 cosponsors."
then "Graham now puts the number at 85." The number 85 has no word of the count beside it:
"the number" stands for the cosponsors of the sentence before.

What is read: a word for any count ("number", "figure", "tally", "total", "count") with a
determiner before it ("the", "that", "this") and not followed by "of" (a "number of ..." names
its own thing), at most five words before the number with no other number between ("puts the
number at 85", "the figure has since risen to 91"); and the evidence's sentence right before,
which must count a word of the count's own: the word ends the noun phrase a number opens
("about 80 cosponsors", "48 aid convoys into the north" counts convoys, not aid; "the strike
had shut 14 factories" counts no strikers). The word then stands for what that sentence counts.

Not read: a sentence before that names another thing ("The strike killed 12. Officials put
the number at 85" is no count of cosponsors), an anaphor more than one sentence back, and a
number a qualifier of its own claims otherwise (the qualifier rules still read "at least").

A truce's length given as the answer to a question (an explainer's Q&A: "How long will it
last?" then "Four days, and it can be extended."): the answer opens with the number and its
day unit, and the question right before asks how long and names nothing but the truce ("it",
"the pause", "the ceasefire"). A question about another thing ("How long did the talks
take?") or an answer whose number is not its opening words is not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import CURRENCY_SIGNS, Token, word_set
from .amounts import ANY_COUNT, cue_word

_ANAPHORS = word_set("number figure tally total count")
_DETERMINERS = word_set("the that this")
_REACH = 5


def anaphor_count(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    before: Sequence[Token], cues: Sequence[str], positions: Callable[[], list[int]], text: str,
) -> bool:  # fmt: skip
    """Whether the number follows a word for any count that stands for what the sentence
    ``before`` counts by a word of ``cues`` (see the module). ``positions``: the cue words'
    places in ``before`` (asked only when an anaphor is found)."""
    low = max(mention.first - _REACH, 1)
    anaphor = next(
        (
            at for at in range(mention.first - 1, low - 1, -1)
            if tokens[at].norm in _ANAPHORS and tokens[at - 1].norm in _DETERMINERS
            and (at + 1 >= len(tokens) or tokens[at + 1].norm != "of")
        ),
        None,
    )  # fmt: skip
    if anaphor is None or any(anaphor < m.first < mention.first for m in mentions):
        return False
    if any(t.norm in _UNASSERTED for t in tokens[anaphor + 1 : mention.first]):
        return False  # "the number could reach 200": a forecast, not the count (review rvE)
    if mention.unit in _MEASURES or text[: tokens[mention.first].start].rstrip().endswith(
        tuple(CURRENCY_SIGNS)
    ):  # fmt: skip
        return False  # "the figure has since climbed to 6 million dollars": money, not donors
    own = tuple(cue for cue in cues if cue not in ANY_COUNT)
    return bool(own) and any(_counted(before, at, own, text) for at in positions())


# Words between the anaphor and its number that make the number no count yet (review rvE).
_UNASSERTED = word_set(
    """could may might would will should expected forecast projected likely feared
    predicted"""
)
# A unit after the number, or a currency sign before it: the anaphor then stands for money or
# a measure, not the thing counted before ("The figure has since climbed to $6 million").
_MEASURES = word_set(
    """dollars euros pounds yen rupees francs pesos tonnes tons kilos kilograms kilometres
    kilometers miles litres liters hectares acres percent"""
)


def _counted(before: Sequence[Token], cue: int, own: Sequence[str], text: str) -> bool:
    """Whether the cue word at ``cue`` ends the noun phrase a number of ``before`` opens
    ("about 80 cosponsors", "2,300 people sheltering in", "48 aid convoys into": "convoys",
    not "aid"): what that sentence counts, not a word elsewhere in it ("the strike")."""
    end, word = cue, before[cue].norm
    while end + 1 < len(before) and before[end + 1].joined:  # "co-sponsors"
        end += 1
        word += before[end].norm
    if not cue_word(word, own) or (
        end + 1 < len(before) and before[end + 1].norm not in _PHRASE_ENDS
        and not any(mark in text[before[end].end : before[end + 1].start] for mark in ".,;:")
    ):  # fmt: skip
        return False
    for at in range(cue - 1, max(cue - 4, -1), -1):
        if before[at].is_number:
            return True
        if before[at].norm in _PHRASE_ENDS:
            return False
    return False


# Words that end a counted noun phrase ("48 aid convoys into the north").
_PHRASE_ENDS = word_set(
    """in on at by from into out of to for with had have has were was are is across and over
    since under near after before who that which"""
)


def answered_length(
    tokens: Sequence[Token], mention: NumberMention, question: Sequence[Token], text: str,
    cues: Sequence[str],
) -> bool:  # fmt: skip
    """Whether the number opens an answer to "How long will it last?" about the truce (see
    the module); ``cues``: the truce's words, ``question``: the sentence before."""
    if mention.first or mention.unit != "day" or len(question) < 3:
        return False
    if [t.norm for t in question[:2]] != ["how", "long"]:
        return False
    if not text[question[-1].end : question[-1].end + 3].lstrip(" \"'\u201d").startswith("?"):
        return False
    return all(t.norm in _ASKING or cue_word(t.norm, cues) for t in question[2:])


# The words of a question that asks how long the truce named before lasts, and no other thing.
_ASKING = word_set(
    """will would does did is was it this that the last lasts run go on hold be expected to
    supposed meant planned set for"""
)


__all__ = ["anaphor_count", "answered_length"]
