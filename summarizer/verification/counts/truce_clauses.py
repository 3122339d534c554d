"""A truce's length in a clause whose subject is the truce, however far the length stands from
the truce's word, and not an earlier truce's length (an outside check, session 15: "The
cease-fire is set to be implemented gradually, starting Aug. 3, and is scheduled to last for
180 days" backed no ``duration_days`` of 180; "the previous truce, which lasted 60 days" backed
one of 60 for the new truce), for a ceasefire's ``duration_days``
(:func:`summarizer.verification.counts.number_rules.support_number`).

A length is the truce's (:func:`lasting_subject`) when it is the length of a verb of lasting
("last", "run", "hold", "continue", "remain in force", "be valid", with "for" and a qualifier
between: "to last for 180 days", "will run for about 60 days") whose subject is the truce:

- the truce's word itself, past auxiliaries and words of a plan ("The truce will last",
  "The truce is scheduled to last");
- "which" or "that" right after the truce's word ("the truce, which is due to run for 45
  days");
- the subject of the sentence, when the verb is coordinated with its first verb ("The
  cease-fire is set to be implemented gradually, starting Aug. 3, and is scheduled to last",
  "..., and it lasts 90 days") or follows an aside after it ("The truce, brokered by Qatar
  after weeks of talks, will run for 60 days"). The sentence's subject is a truce word with
  only determiners, adjectives, names and numbers before it, and no word opening another
  clause ("that", "after", "when", ...) may stand between it and the "and" outside an aside:
  "The truce came after a siege that began in May and lasted 60 days" is the siege's.

An *earlier* truce's length (:func:`earlier_length`) is one whose truce word is marked as
before ("previous", "earlier", "prior", "former", "last", "old", "preceding") while the
evidence also names a truce not so marked: refused as *unsupported* (the page states the
number, as another truce's length). A page naming only the earlier truce keeps its verdict
(the fact may be that truce).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, clause_gap, word_set

_LASTING = word_set(
    """last lasts lasted lasting run runs ran running hold holds continue continues continued
    continuing endure endures remain remains stay stays valid"""
)
_IN_FORCE = word_set("force effect place operation")  # "remain in force for 180 days"
# Words between a verb of lasting and its length ("last for up to 180 days").
_TO_LENGTH = word_set(
    """for about around roughly some nearly almost up to at least more than a an the period
    total of further full initial"""
)
# Auxiliaries and words of a plan between a subject and its verb of lasting.
_VERB_CHAIN = word_set(
    """will would shall should could may might must can is are was were be been being has
    have had to set scheduled due expected meant supposed intended planned slated designed
    poised likely also then only now initially still then"""
)
_RELATIVES = word_set("which that")
# Words opening a clause of their own between the subject and a coordinated verb.
_SUBORDINATE = word_set(
    """that which who whom whose after before when while until because since if as once
    where although though unless whereas"""
)
# Words a sentence's subject may follow ("The new 180-day cease-fire", "Under the deal, the
# truce").
_DETERMINERS = word_set(
    """the a an this that its their new latest current proposed agreed planned fragile
    temporary partial humanitarian nationwide full complete initial first second general
    comprehensive previous earlier prior former old"""
)
_EARLIER = word_set("previous earlier prior former last old preceding")
_MOST_BEFORE = 5  # words before a sentence's subject truce
_NEW = word_set("new latest current fresh present second")
_MARK_REACH = 3  # words before a truce word its mark of "earlier" stands in


def lasting_subject(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str
) -> int | None:
    """The position of the truce word that is the subject of the verb of lasting the length
    ``mention`` belongs to (see the module), or None."""
    verb = _verb(tokens, mention)
    if verb is None:
        return None
    index = verb - 1
    while index >= 0 and tokens[index].norm in _VERB_CHAIN:
        index -= 1
    if index < 0:
        return None
    if index in cues and not clause_gap(tokens, index, text):
        return index  # "The truce will last 30 days"
    norm = tokens[index].norm
    if norm in _RELATIVES:
        before = index - 1
        return before if before in cues else None  # "the truce, which is due to run for"
    subject = _subject(tokens, cues, text)
    if subject is None or subject >= index:
        return None
    if norm == "it":
        index -= 1
        norm = tokens[index].norm if index >= 0 else ""
    aside = clause_gap(tokens, index, text) and clause_gap(tokens, subject, text)
    if norm == "and" or aside:  # "The truce, brokered by Qatar, will run for 60 days"
        between = _outside_asides(tokens, subject + 1, index, text)
        if not any(tokens[i].norm in _SUBORDINATE for i in between):
            return subject
    return None


def _verb(tokens: Sequence[Token], mention: NumberMention) -> int | None:
    """The verb of lasting a length follows ("to last for 180 days", "remain in force for")."""
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _TO_LENGTH and mention.first - index <= 5:
        index -= 1
    if index >= 1 and tokens[index].norm in _IN_FORCE and tokens[index - 1].norm == "in":
        index -= 2  # "remain in force for"
    if index >= 0 and tokens[index].norm in _LASTING:
        return index
    return None


def _subject(tokens: Sequence[Token], cues: Sequence[int], text: str) -> int | None:
    """The truce word heading the sentence's first noun phrase, after an opening phrase
    closed by a comma ("Under the deal, the truce ...") if there is one."""
    start = 0
    for cue in cues:
        for index in range(cue - 1, max(start - 1, cue - 1 - _MOST_BEFORE), -1):
            if clause_gap(tokens, index, text):
                start = index + 1
                break
        words = tokens[start:cue]
        if len(words) <= _MOST_BEFORE and all(
            t.norm in _DETERMINERS or t.is_number or t.joined or t.capitalised for t in words
        ):
            return cue
        return None
    return None


def _outside_asides(tokens: Sequence[Token], start: int, end: int, text: str) -> list[int]:
    """Indexes from ``start`` to ``end`` not inside an aside between two commas (one opening
    right before ``start`` included: "The truce, which Qatar brokered after talks, will")."""
    kept: list[int] = []
    inside = start > 0 and clause_gap(tokens, start - 1, text)
    for index in range(start, end):
        if not inside:
            kept.append(index)
        if clause_gap(tokens, index, text):
            inside = not inside
    return kept


def earlier_length(
    tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int], text: str,
    current: Callable[[], bool],
) -> bool:  # fmt: skip
    """Whether a length is an earlier truce's (see the module): ``cues`` are the sentence's
    truce words, ``current()`` whether the evidence names a truce not marked as earlier."""
    cues = sorted([*cues, *_ones(tokens)])  # "the previous one, which lasted 12 days"
    owner = lasting_subject(tokens, mention, cues, text)
    if owner is None:
        after = mention.last + 2  # "the previous 60-day truce"
        if mention.compound and after in cues:
            owner = after
        else:
            before = [cue for cue in cues if cue < mention.first]
            owner = before[-1] if before else None
    if owner is None:
        return False
    marked = marked_earlier(tokens, owner)
    if not (marked or (mention.compound and marked_earlier(tokens, mention.first))):
        return False
    return current()


def _ones(tokens: Sequence[Token]) -> list[int]:
    """ "one" standing for a truce after a mark of before ("the last one", "an earlier one")."""
    return [i for i, t in enumerate(tokens) if t.norm == "one" and marked_earlier(tokens, i)]


def current_one(tokens: Sequence[Token]) -> bool:
    """ "the new one", "the latest one": a truce named as the current one without its word."""
    return any(t.norm == "one" and i and tokens[i - 1].norm in _NEW for i, t in enumerate(tokens))


def marked_earlier(tokens: Sequence[Token], index: int) -> bool:
    """Whether a word marked as before stands in the few words before ``index`` ("at last"
    is no mark)."""
    start = max(index - _MARK_REACH, 0)
    return any(
        t.norm in _EARLIER and not (i and tokens[i - 1].norm == "at")
        for i, t in enumerate(tokens[start:index], start)
    )


__all__ = ["current_one", "earlier_length", "lasting_subject", "marked_earlier"]
