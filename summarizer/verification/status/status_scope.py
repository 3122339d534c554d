"""Which noun, clause and turn of speech a status cue belongs to (for
:mod:`summarizer.verification.status.statuses`): a cue its next words undo ("would not be cut", "the
agreement has not been signed"), and a cue that qualifies another noun than the fact's ("the
upcoming commemoration", "the package would lower the cap"), and a meeting's cue that comes
before the meeting ("spoke ahead of the upcoming summit")."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..events.promised_steps import deal_unsigned
from ..events.status_cues import (
    ADJECTIVES,
    ATTRIBUTE_ENDS,
    COMMENTATORS,
    DETERMINERS,
    HEADS,
    MEASURE_VERBS,
    SPEECH,
    TENTATIVE,
    UNMADE,
    UNMADE_AFTER,
)
from ..events.truce_kinds import aid_speaker
from ..page.tokens import word_set
from .status_frames import agreed_to_talk

GAP = 6
"""Most words a ``…`` in a cue may skip ("called the Budapest summit off")."""

NEGATIONS = word_set("not no never without nor neither nothing yet")
_AUXILIARIES = word_set("would will be is was were are has have had could did does do")
_BARE_MODALS = word_set("would could may might")
_NOUN_OPENINGS = word_set("the this")
_INNER_STOPS = word_set("a an the to is are was were be has have had")


def word_matches(word: str, norm: str) -> bool:
    if word.endswith("*"):
        return norm.startswith(word[:-1])
    return norm == word


def any_of(words: Sequence[str], norm: str) -> bool:
    return any(word_matches(word, norm) for word in words)


def clause_after(norms: Sequence[str], end: int, most: int) -> Sequence[str]:
    after = norms[end : end + most]
    return after[: after.index(",")] if "," in after else after


def unmade(norms: Sequence[str], start: int, end: int, phrase: Sequence[str]) -> bool:
    """A cue its next words undo: an auxiliary then a negation ("said tariffs would not be
    cut"), "will"/"would" then an intention only ("said he would consider"), a commentator's
    forecast ("analysts said the duties would") or a plan that is no measure ("said he would
    bring the bill to the floor"; a measure is passive or acts: "would be cut"), and an
    agreement named as a noun ("the agreement includes") that is one not made: proposed,
    sought or negotiated ("the proposed deal", "talks on the deal"), or negated or
    hypothetical after it ("the agreement has not been signed", "the deal would")."""
    first, last = phrase[0], phrase[-1]
    if last not in _AUXILIARIES and first not in _NOUN_OPENINGS and first not in SPEECH:
        return False  # most cues: nothing after them to read
    after = [n for n in clause_after(norms, end, 6) if n not in ("be", "have", "been")]
    if last in _AUXILIARIES and after:
        if after[0] in NEGATIONS or after[0].endswith("n't"):
            return True
        if last in ("will", "would") and any_of(TENTATIVE, after[0]):
            return True
    if first in SPEECH:
        if any(any_of(COMMENTATORS, n) for n in norms[max(start - 2, 0) : start]):
            return True
        if last in ("will", "would") and not (after and any_of(MEASURE_VERBS, after[0])):
            return True
    if first in _NOUN_OPENINGS:
        before = norms[max(start - 2, 0) : start]
        if any(any_of(UNMADE, n) for n in (*before, *norms[start:end])):
            return True
        if not _INNER_STOPS.isdisjoint(norms[start + 1 : end - 1]):
            return True  # "the sides are close to a deal": "the" is another noun's
        if any(any_of(UNMADE_AFTER, n) or n.endswith("n't") for n in after[:5]):
            return True
        if deal_unsigned(clause_after(norms, end, 8)):
            return True  # "the truce deal is expected to be signed on Friday"
    return False


# A time phrase that points from a cue to a meeting still to come: "spoke ahead of the upcoming
# summit", "in the run-up to their meeting", "talked by phone to prepare for the summit".
_POINTERS: tuple[tuple[str, ...], ...] = (
    ("ahead", "of"), ("before",), ("in", "the", "run", "up", "to"), ("in", "preparation", "for"),
    ("to", "prepare", "for"), ("in", "advance", "of"), ("preparing", "for"), ("prior", "to"),
    ("to", "prepare"), ("groundwork", "for"), ("way", "for"), ("lead", "up", "to"),
    ("eve", "of"),
)  # fmt: skip
_MEETINGS = word_set("summit summits meeting meetings talks visit trip encounter sit")
# "spoke before the summit ended": during the meeting, not ahead of it.
_ENDS = word_set("ended ends closed closes concluded wrapped finished adjourned broke wound")
# Words that may stand between the pointer and the meeting noun when the meeting is the fact's
# own: "the upcoming summit", "their planned meeting", "a possible Trump-Xi summit".
_OWN_MODIFIERS = word_set(
    """the a an their this that upcoming planned next expected proposed possible potential
    scheduled likely future first second face to in person long awaited anticipated two
    leaders leader's presidents next week month monday tuesday wednesday thursday friday
    saturday sunday"""
)


def ahead_of_meeting(norms: Sequence[str], start: int, end: int, own: frozenset[str]) -> bool:
    """A cue of a meeting held that happened before this meeting, not at it: a time phrase
    after the cue in its sentence ("Trump and Xi spoke ahead of the upcoming summit"), or
    opening the sentence ("Ahead of their summit, the two spoke by phone"), points to the
    fact's own meeting as still to come. A meeting named by other words ("ahead of the APEC
    summit") is another gathering: ``own`` holds the fact's own words (its parties, its
    place), which may name it ("ahead of the Busan summit")."""
    candidates = [*range(end, min(end + 14, len(norms))), *([0] if start else [])]
    for index in candidates:
        for pointer in _POINTERS:
            if tuple(norms[index : index + len(pointer)]) != pointer:
                continue
            for noun in range(index + len(pointer), min(index + len(pointer) + 5, len(norms))):
                if norms[noun] in _MEETINGS:
                    if _ENDS.isdisjoint(norms[noun + 1 : noun + 2]):
                        return True
                    break
                if norms[noun] not in _OWN_MODIFIERS and norms[noun] not in own:
                    break
    return False


# What one extends to others that is no extension of a truce or a measure ("extended its
# support to the ceasefire agreement", "extended an invitation", "extends its congratulations").
_GESTURES = word_set(
    """support backing congratulations condolences thanks greetings invitation invitations
    welcome solidarity sympathy gratitude wishes hand cooperation"""
)


def belongs_elsewhere(family: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A cue that qualifies another noun: an adjective-like cue after a determiner ("the
    upcoming ... commemoration", "the ongoing war") whose noun, before a preposition or a
    clause mark, is none of the family's nouns; a bare modal right after the family's noun
    ("the package would lower the cap"), which says what the thing does, not that it is
    proposed; "extend" with support, thanks or an invitation as its object ("extended its
    support to the truce"); "agreed to" talking about a truce (:func:`agreed_to_talk`)."""
    word = norms[start]
    if family in ("CeasefireStatus", "Stance") and agreed_to_talk(norms, start, end):
        return True  # "agreed to keep negotiating a truce" (check 26): to talk, not to it
    if word.startswith("extend") and not _GESTURES.isdisjoint(norms[end : end + 3]):
        return True  # "has extended its support to the truce" (check 25): no extension
    if word in _GESTURES and any(w.startswith("extend") for w in norms[max(start - 3, 0) : start]):
        return True  # "extended an invitation to both sides": a gesture, not a proposal
    heads = HEADS.get(family)
    if not heads:
        return False
    if word in _BARE_MODALS and end == start + 1:
        subject = start - 1
        if subject > 0 and norms[subject] == ",":  # over an aside: "the sanctions, adopted
            opening = [i for i in range(max(subject - 9, 0), subject) if norms[i] == ","]
            subject = opening[-1] - 1 if opening else subject - 1  # in July, would"
        if subject > 0 and norms[subject] in ("which", "that"):
            subject -= 1 + (norms[subject - 1] == ",")
        return subject >= 0 and any_of(heads, norms[subject])
    if end != start + 1 or not start or norms[start - 1] not in DETERMINERS:
        return False
    if norms[end : end + 1] == ["of"]:  # a noun: "the lifting of sanctions"
        return False
    if not (word in ADJECTIVES or word.endswith(("ed", "ing"))):
        return False
    for norm in norms[end : end + GAP]:
        if any_of(heads, norm):
            return False
        if norm in ATTRIBUTE_ENDS or norm == ",":
            return True
    return True


# A truce's "collapsed" cue whose subject is the talks, not the truce ("Mediated peace talks
# collapsed", "Talks on a wider deal collapsed, but the ceasefire itself is holding").
_TALKS = word_set(
    """talks negotiations negotiation dialogue mediation discussions process summit meeting
    conference round efforts effort bid bids attempt attempts initiative consultations"""
)
_TRUCE_HEADS = (
    "ceasefire", "cease", "truce", "armistice", "deal", "agreement", "accord", "pact",
    "arrangement", "pause", "halt", "hostilit", "moratorium",
)  # fmt: skip
_SUBJECT_STOPS = word_set(
    """and but after as when while because since before then which that who or so until once
    although though ,"""
)


def talks_collapsed(norms: Sequence[str], start: int) -> bool:
    """A cue of a truce's collapse whose subject is the talks ("Peace talks collapsed",
    "ceasefire negotiations broke down", "efforts to reach a truce failed"): the first truce
    or talks noun of the clause before the cue is the subject's head, a truce word right
    before a talks noun only its modifier ("the ceasefire talks"). Talks failing say nothing
    of a truce already in force, and a truce may hold after them (check 22's plant)."""
    begin = start
    while begin > 0 and norms[begin - 1] not in _SUBJECT_STOPS:
        begin -= 1
    for index in range(begin, start):
        norm = norms[index]
        if norm in _TALKS:
            return True
        if norm.startswith(_TRUCE_HEADS):
            following = norms[index + 1] if index + 1 < start else ""
            if norm == "cease" and following in ("fire", "-"):
                following = norms[index + 2] if index + 2 < start else ""
            return following in _TALKS
    return False


# Occasions beside a summit that may be cancelled or put off while it goes on ("cancelled a
# press conference and extended their talks", "the closing dinner was cancelled").
_OCCASIONS = word_set(
    """briefing ceremony banquet dinner lunch luncheon reception gala rally speech interview
    appearance concert parade"""
)
_PRESS = word_set("press news")
_OCCASION_STOPS = word_set("at in during on by via through from with after before and ,")
_OCCASION_CLAUSE = _SUBJECT_STOPS - {"and", "or"}  # "the dinner of Kiir and Machar was"
_MEETING_HEADS = word_set("summit summits meeting meetings talks visit trip")
_ANNOUNCING = word_set("announce unveil sign present mark celebrate")


def _occasion(norms: Sequence[str], index: int) -> bool:
    norm = norms[index] if 0 <= index < len(norms) else ""
    press = norm in ("conference", "conferences") and index and norms[index - 1] in _PRESS
    return norm in _OCCASIONS or bool(press)


def other_occasion(norms: Sequence[str], start: int, end: int) -> bool:
    """A meeting's cancel or delay cue whose object or subject is another occasion: a press
    conference, a briefing, a ceremony, a dinner, a speech ("cancelled a press conference",
    "the closing dinner was cancelled"), or a meeting held only to announce or sign ("cancelled
    a meeting to announce the cease fire and extended their talks": check 22's plant)."""
    begin = start
    while begin > 0 and norms[begin - 1] not in _OCCASION_CLAUSE:
        begin -= 1
    for index in range(begin, start):  # the subject's head: its first occasion or meeting
        if norms[index] in _MEETING_HEADS and norms[index + 1 : index + 2] != ["s"]:
            break
        if _occasion(norms, index):
            return True
    for index in range(end, min(end + 4, len(norms))):
        if norms[index] in _OCCASION_STOPS:
            return False
        if _occasion(norms, index):
            return True
        if norms[index] in ("meeting", "event") and norms[index + 1 : index + 2] == ["to"]:
            return norms[index + 2 : index + 3] != [] and norms[index + 2] in _ANNOUNCING
    return False


def another_subject(family: str, value: str, norms: Sequence[str], start: int, end: int) -> bool:
    """A cue about another thing than the fact: talks that collapsed for a truce, another
    occasion cancelled or put off for a meeting."""
    if (family, value) == ("CeasefireStatus", "collapsed"):
        return talks_collapsed(norms, start)
    if family == "SummitStatus" and value in ("cancelled", "postponed"):
        return other_occasion(norms, start, end)
    if (family, value) == ("SummitStatus", "under_way"):
        return _other_edition(norms, end)
    if (family, value) == ("CeasefireKind", "humanitarian"):
        return aid_speaker(norms, start, end)  # "aid agencies welcomed the truce"
    return False


# What a meeting's closing or day words may be about instead of a meeting under way:
# another edition ("wrap up next year's summit", "the final day of last year's summit") or
# the work before it ("wrapping up preparations for the summit"; check 26).
_EDITIONS = word_set("next last previous coming upcoming following")
_EDITION_PERIODS = word_set("year month week")
_GROUNDWORK = word_set("preparations preparation plans arrangements work")


def _other_edition(norms: Sequence[str], end: int) -> bool:
    """An under-way cue ("set to wrap up", "final day") followed in its clause by another
    edition of the meeting or by the work before it."""
    after = clause_after(norms, end, 6)
    if after[:1] and after[0] in _GROUNDWORK:
        return True
    return any(a in _EDITIONS and b in _EDITION_PERIODS for a, b in pairwise(after))


# Verbs of a purpose after "to" ("sent to ensure the cease-fire was honored") and the word
# before "sure" ("to make sure the truce is respected").
_PURPOSES = word_set("ensure guarantee verify see check sure")


def for_purpose(norms: Sequence[str], start: int) -> bool:
    """A truce's cue inside a purpose clause, back to the clause's start: "to ensure", "to
    make sure", "to see that", "so that", "in order that / to" ("a force would be sent to
    ensure the cease-fire was honored"): what is aimed at, not what happens (check 22's
    plant)."""
    for index in range(start - 1, max(start - 9, 0), -1):
        norm, before = norms[index], norms[index - 1]
        if norm == ",":
            return False
        if norm == "sure" and before == "make":
            before = norms[index - 2] if index >= 2 else ""
        if norm in _PURPOSES and before == "to":
            return True
        if (before, norm) in (("so", "that"), ("in", "order")):
            return True
    return False


# A holiday after a word of time dates the truce ("a ceasefire which began on Christmas
# Eve", "the truce in force since Easter": check 24), it does not make it a holiday truce
# ("a truce for Christmas", "the Christmas truce" stay one).
_HOLIDAYS = word_set("christmas easter holiday holidays")
_TIME_WORDS = word_set("on since from until till began begun started starting after before")


# A halt of one's own fighting with no truce word ("suspended all military operations", "its
# offensive", "the suspension of shelling"; check 24): a plain truce, unless for a feast.
_FIGHTING = word_set(
    """offensive offensives attacks assaults raids shelling bombardment bombing bombings
    airstrikes"""
)
_OPERATIONS = word_set("operation operations")
_MILITARY = word_set("military combat offensive armed ground army")
_FEASTS = _HOLIDAYS | word_set("eid ramadan festival diwali nowruz passover hanukkah tet")


def halted_fighting(norms: Sequence[str], index: int) -> bool:
    """``norms[index]`` suspends fighting in its clause's next five words: a verb or noun of
    suspending, then a word of fighting or military / combat "operations" ("suspended
    operations at the mine", "suspended its strike", "suspended sanctions" are not), and no
    feast after it ("... for Eid" is a holiday truce; "since Christmas" only dates it)."""
    if not norms[index].startswith("suspen"):
        return False
    after = clause_after(norms, index + 1, 5)
    fighting = any(
        norm in _FIGHTING or (norm in _OPERATIONS and not _MILITARY.isdisjoint(after[:place]))
        for place, norm in enumerate(after)
    )
    return fighting and _FEASTS.isdisjoint(undated(list(clause_after(norms, index + 1, 14))))


def undated(norms: Sequence[str]) -> list[str]:
    """``norms`` without holiday words that date the truce (up to three words after a word of
    time: "since the Easter holiday")."""
    return [
        norm
        for index, norm in enumerate(norms)
        if not (
            norm in _HOLIDAYS and any(w in _TIME_WORDS for w in norms[max(index - 3, 0) : index])
        )
    ]


__all__ = [
    "GAP",
    "NEGATIONS",
    "ahead_of_meeting",
    "another_subject",
    "any_of",
    "belongs_elsewhere",
    "clause_after",
    "for_purpose",
    "halted_fighting",
    "other_occasion",
    "talks_collapsed",
    "undated",
    "unmade",
    "word_matches",
]
