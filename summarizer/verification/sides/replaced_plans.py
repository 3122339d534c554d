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

Review rvl30 widened and narrowed it: also "supplant(s)", "displace(d)", "(as a) substitute
for", "taking over from", "stands in for", "rather than", a name set off as ", not Turkey,",
and the subject of "gave way to" ("The plan Turkey floated gave way to a truce proposed by
Egypt"); not a bare "instead" (an adverb: "accepted instead a truce proposed by Qatar"), not
an active "is replacing" ("A truce proposed by Egypt is replacing the one that lapsed"), and
not a name past a "was" / "is" with no relative word before it ("A truce replacing June's
failed one was proposed by Ghana": the replacement is the subject's, the name the main
clause's agent). Not read: the new plan's proposer given for the replaced plan's fact ("...
was replaced by one that Egypt proposed" for the rejected Turkish plan: the fact's status
would have to be matched to the plan).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS
from ..page.tokens import CLAUSE_MARKS, Token, word_set
from ..sentences.passives import BE, be_before

_REPLACING = ("replac", "supersed", "supplant", "displac", "substitut")
_PLACE_OF = word_set("place stead")  # "in place of", "instead of", "takes the place of"
_NEW_SIDE = word_set("by with")
_TIME_WORDS = word_set("on in at last this early late week month year today yesterday")
# Not "be": "will be replaced" is a plan still standing (the shared list, narrower).
_BE = BE - word_set("be")
_REACH = 8  # words between the word of replacement and the name


_TAKING = word_set("take takes took taken taking")  # "taking over from an Icelandic plan"
_STANDING = word_set("stand stands stood standing")  # "stands in for the Omani draft"
_GIVING = word_set("give gives gave given giving")  # "The plan Turkey floated gave way to"
# A phrase of replacement by its middle word: the word before it, the word after it.
_PHRASES = {"over": (_TAKING, "from"), "in": (_STANDING, "for")}


def _replacing(tokens: Sequence[Token], at: int) -> bool:
    norm = tokens[at].norm
    if norm.startswith(_REPLACING):
        return True  # "as a substitute for", a noun of replacement, reads the same
    after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if norm in _PHRASES and at:  # "taking over from", "stands in for" (rvl30)
        before, following = _PHRASES[norm]
        return tokens[at - 1].norm in before and after == following
    # "instead of" / "in place of" / "rather than"; a bare "instead" is an adverb ("accepted
    # instead a truce proposed by Qatar": the truce told is the new one; rvl30)
    return ((norm in _PLACE_OF or norm == "instead") and after == "of") or (
        norm == "rather" and after == "than"
    )


def _contrasted(tokens: Sequence[Token], first: int, text: str) -> bool:
    """A name set off as ", not X" ("Egypt, not Turkey, proposed the truce"; rvl30): named
    as the one that did not."""
    if first < 2 or tokens[first - 1].norm != "not":
        return False
    return "," in text[tokens[first - 2].end : tokens[first - 1].start]


def replaced_mention(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name at ``tokens[first]`` stands in the object of a word of replacement in its
    clause: the plan it proposed is the one replaced."""
    if _contrasted(tokens, first, text):
        return True
    for at in range(first - 1, max(first - _REACH - 1, -1), -1):
        if not CLAUSE_MARKS.isdisjoint(text[tokens[at].end : tokens[at + 1].start]):
            return False  # another clause: "replacing Turkey's plan, Egypt proposed ..."
        if _replacing(tokens, at):
            return not _passive_agent(tokens, at + 1, first) and not _main_predicate(
                tokens, at + 1, first
            )
    return _passive_subject(tokens, first, text)


_RELATIVES = word_set("that which who whom whose")


def _main_predicate(tokens: Sequence[Token], low: int, first: int) -> bool:
    """A "was" / "is" between the word of replacement and the name with no relative word
    before it: the replacement stood in the subject ("A truce replacing June's failed one was
    proposed by Ghana", "A truce that will replace the expired one was proposed by Egypt"),
    and the name is the main clause's, the new plan's (rvl30); not "replaced one that was
    floated by Turkey"."""
    for at in range(low, first):
        norm = tokens[at].norm
        if norm in _RELATIVES:
            return False
        if norm in _BE:
            return True
    return False


def _passive_subject(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The name stands in the subject of a passive replacement in its clause ("The Turkish
    plan was replaced on Monday by ...", "Oman's draft has been superseded")."""
    for at in range(first + 1, min(first + _REACH, len(tokens) - 1)):
        if not CLAUSE_MARKS.isdisjoint(text[tokens[at - 1].end : tokens[at].start]):
            return False
        after = tokens[at + 1].norm  # a participle: "is replacing" tells the new plan (rvl30)
        if (
            after.startswith(_REPLACING)
            and after.endswith("ed")
            and be_before(tokens, at + 1, be=_BE)
        ):
            return True
        if tokens[at].norm in _GIVING and after == "way":
            return True  # "The plan Turkey floated gave way to a truce proposed by Egypt"
    return False


def _passive_agent(tokens: Sequence[Token], low: int, first: int) -> bool:
    """A "by" / "with" that opens the name's phrase after the replacement word, only words of
    time before it ("replaced by Egypt's plan", "replaced on Monday with"), not the agent of
    the replaced plan's own participle ("replaced one floated by Turkey"). Not the shared
    :func:`..sentences.passives.agents_after`: "with" names the new plan as "by" does, and
    only words of time may stand between."""
    for at in range(low, first):
        norm = tokens[at].norm
        if norm in _NEW_SIDE:
            return True
        if not (norm in _TIME_WORDS or norm in WEEKDAYS or norm in MONTH_NUMBER):
            return False
    return False


__all__ = ["replaced_mention"]
