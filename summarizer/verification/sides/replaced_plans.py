"""A proposer named in the object of a replacement: the replaced plan's, not this truce's
(session 30, left30; review rvo29's wrong accept left: Turkey of "... produced Egypt's truce
plan, which replaced one floated by Turkey last year").

"Egypt put forward a 45-day truce on Monday, replacing a plan Turkey floated last year", "Qatar's
new ceasefire plan supersedes the one Oman drafted in 2025", "it takes the place of an Icelandic
proposal", "to replace a Swiss initiative": the name after the word of replacement proposed
the plan that gives way, not the one told. The proposer rules read "floated by Turkey" as
Turkey proposing and took it for the fact's truce; :func:`replaced_mention` tells the shape so
that such a sentence names the value without supporting it (the proposer rule then refuses it
as named "but not as the one who proposed it", or as another's proposal).

Read: the subject of a passive replacement ("The Turkish plan was replaced on Monday by a
truce proposed by Egypt", up to eight words before "was/were/been/is replaced"), and a word
of replacement ("replace(d/s/ing)", "supersede(d/s)", "superseding", "in place of", "instead
of", "the place of") up to eight words before the name in its clause. Not read
as the replaced side: a name after "replaced by" / "replaced with" or "superseded by" (the
agent of a passive replacement is the new plan's: "The Turkish plan was replaced by Egypt's"),
that is a "by" or "with" after the replacement word with only words of time between
("replaced on Monday by"); "replaced one floated by Turkey" is the replaced plan's agent.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import CLAUSE_MARKS, Token, word_set

_REPLACING = ("replac", "supersed")
_PLACE_OF = word_set("place stead")  # "in place of", "instead of", "takes the place of"
_NEW_SIDE = word_set("by with")
_TIME_WORDS = word_set("on in at last this early late week month year today yesterday")
_BE = word_set("was were been is are being")
_REACH = 8  # words between the word of replacement and the name


def _replacing(tokens: Sequence[Token], at: int) -> bool:
    norm = tokens[at].norm
    if norm.startswith(_REPLACING) or norm == "instead":
        return True
    return norm in _PLACE_OF and at + 1 < len(tokens) and tokens[at + 1].norm == "of"


def replaced_mention(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name at ``tokens[first]`` stands in the object of a word of replacement in its
    clause: the plan it proposed is the one replaced."""
    for at in range(first - 1, max(first - _REACH - 1, -1), -1):
        if not CLAUSE_MARKS.isdisjoint(text[tokens[at].end : tokens[at + 1].start]):
            return False  # another clause: "replacing Turkey's plan, Egypt proposed ..."
        if _replacing(tokens, at):
            return not _passive_agent(tokens, at + 1, first)
    return _passive_subject(tokens, first, text)


def _passive_subject(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name stands in the subject of a passive replacement in its clause ("The Turkish
    plan was replaced on Monday by ...", "Oman's draft has been superseded")."""
    for at in range(first + 1, min(first + _REACH, len(tokens) - 1)):
        if not CLAUSE_MARKS.isdisjoint(text[tokens[at - 1].end : tokens[at].start]):
            return False
        if tokens[at].norm in _BE and tokens[at + 1].norm.startswith(_REPLACING):
            return True
    return False


def _passive_agent(tokens: Sequence[Token], low: int, first: int) -> bool:
    """A "by" / "with" that opens the name's phrase after the replacement word, only words of
    time before it ("replaced by Egypt's plan", "replaced on Monday with"), not the agent of
    the replaced plan's own participle ("replaced one floated by Turkey")."""
    for at in range(low, first):
        norm = tokens[at].norm
        if norm in _NEW_SIDE:
            return True
        if not (norm in _TIME_WORDS or norm in WEEKDAYS or norm in MONTH_NUMBER):
            return False
    return False


__all__ = ["replaced_mention"]
