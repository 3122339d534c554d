"""Status wording that a cue phrase list cannot say, for
:mod:`summarizer.verification.status.statuses` (found by outside check 19):

- forms a phrase list misses: a headline's present tense with a bare noun object ("Israel and
  Hamas agree Gaza truce", as "agreed a truce" says), a vote for the truce with adverbs between
  ("voted unanimously in favour of a Gaza truce"), "persuaded X to sign the truce", a party's
  word that it will keep the truce ("Kyiv said it would respect the truce", and after an
  appeal to observe it, "and Kyiv said it would."), leaving a meeting ("are coming out of a
  successful first meeting", "emerged from the talks");
- a cue that is not what it looks like: "resistance" as a group's name ("the Palestinian
  resistance will abide"), not a refusal ("resistance to the plan"); an undoing word about
  other people ("brokered by Russia and Turkey, who back opposing sides") rather than the
  truce;
- a cue in a clause that is still to come: a time clause in the present tense ("before the
  ceasefire comes into force", "until the truce takes hold"), a participle clause whose
  main clause is future ("will cease fire at 2 a.m., bringing a halt to the fighting"), or a
  cue that only times a planned act ("the swap to occur within 72 hours of the deal's
  implementation").

Each reads one sentence's normal forms, with "," where a clause mark stood.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..acts.agree_forms import (
    PERSUADED,
    SAYING,
    asked_to,
    persuaded_to,
    said_it_would,
)
from ..counts.divisions import division_at
from ..events.shared_acts import put_off_elsewhere, ruled_down
from ..events.strike_mandates import mandate_only
from ..events.synonym_senses import DETERMINERS, other_sense
from ..events.truce_aspects import kind_compound
from ..page.tokens import word_set
from .status_clauses import modifier_verb, until_end
from .status_frames import (
    dated_start,
    local_of_other,
    scheduled_start,
    truce_begins,
)
from .unapplied_cues import PROCEDURE_FAMILIES, procedure_cue
from .watched_words import watched

# The nouns of a truce or of an agreement, as the object of "agree" or of a vote.
_TRUCE_NOUNS = (
    "truce",
    "ceasefire",
    "cease",
    "armistice",
    "deal",
    "accord",
    "pact",
    "halt",
    "agreement",
    "pause",
    "cessation",
)
# Words that cannot stand between "agree" and its object noun: a preposition or conjunction
# opens another construction ("agree on the need for a truce", "agree that a truce ...").
_NOT_MODIFIERS = word_set(
    """to that on with for in at by of about over upon than whether if when how what which who
    and or but need needs terms details timing date text talks , not"""
)
# After the noun: a verb makes it the subject of a clause agreed with ("both sides agree the
# truce is fragile"), not the thing agreed.
CLAUSE_VERBS = _CLAUSE_VERBS = word_set(
    """is are was were be been has have had will would should could must may might can cannot
    remains remain needs need looks seems appears holds held"""
)
# A truce noun that modifies another noun is not the thing agreed ("agree truce talks").
_COMPOUNDS = word_set(
    """talks negotiations proposal proposals plan plans bid efforts effort push deadline
    monitors monitoring framework"""
)
_VOTE_VERBS = word_set("voted votes vote")
_VOTE_FOR = (("in", "favor", "of"), ("in", "favour", "of"), ("for",), ("to", "approve"),
             ("to", "accept"), ("to", "endorse"), ("to", "ratify"), ("to", "back"),
             ("to", "adopt"))  # fmt: skip
# Between the vote and the truce noun: a call for a truce, or talks about one, is no truce.
_NOT_VOTED = word_set(
    """calling call calls urging urge demanding demand seeking seek resolution motion talks
    negotiations for on about toward towards against , proposal"""
)
_LEAVING = word_set(
    """coming came come comes emerging emerged emerge emerges fresh returning walking walked
    walks"""
)
# Leaving a meeting with it as the object: "left the summit early", "leaving their talks".
_LEFT = word_set("left leaving leaves")
_POSSESSIVES = word_set("the their a his her its this")
_MEETINGS = word_set(
    "meeting meetings summit summits talks session sessions encounter visit tete sit huddle"
)
# "resistance" refuses something only before what it resists or after a verb of meeting it.
_RESISTED = word_set("to against toward towards from")
_MET_WITH = word_set(
    """met faced faces face facing offered offer showed shows put stiff fierce deep strong
    firm growing widespread"""
)
# A word of opposing sides, not of opposing the truce ("back opposing sides").
_SIDES = word_set(
    """sides side camps camp forces factions faction parties views positions armies groups
    blocs teams interests directions ends"""
)
_EACH = (("each", "other"), ("one", "another"))
# "opposing"/"opposite" before a noun is an adjective ("opposing militias"); before one of
# these it is a verb with an object ("opposing the truce", "opposing it").
_OBJECT_OPENERS = word_set("the a an any this that these those it its them their every all such")
_PERSON_RELATIVES = word_set("who whom whose")
_OWN_OBJECTS = word_set("it them truce ceasefire deal agreement plan proposal")
# A time clause whose verb is in the present tense speaks of the future ("before the
# ceasefire comes into force"); "since" looks back, and so does any past verb.
_TIME_WORDS = word_set("before until till once when after pending")
_PAST = word_set(
    """came took began begun went held was were had been broke got kicked entered started
    stopped ended ceased halted"""
)
# Present-tense verbs of a time clause: without one, "before" is a preposition ("before the
# committee", "until midnight").
_PRESENT = word_set(
    """is are be comes come takes take goes go enters enter kicks kick starts start begins
    begin holds hold gets get becomes become has have"""
)
_FUTURE = word_set(
    """will would shall could may might should 'll set due expected scheduled slated poised
    planned plans intends going"""
)


def _object_noun(norms: Sequence[str], start: int, most: int) -> int | None:
    """The index of a truce noun within ``most`` modifier words after ``start``."""
    for index in range(start, min(start + most + 1, len(norms))):
        norm = norms[index]
        if norm.startswith(_TRUCE_NOUNS):
            return index
        if norm in _NOT_MODIFIERS:
            return None
    return None


def _agree_bare(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "agree Gaza truce": a present-tense "agree" whose object is a truce noun with at most
    four modifiers between, not the subject of a clause ("agree the truce is fragile")."""
    noun = _object_noun(norms, index + 1, 4)
    if noun is None:
        return None
    following = norms[noun + 1 : noun + 2]
    if following and (following[0] in _CLAUSE_VERBS or following[0] in _COMPOUNDS):
        return None
    return index, noun + 1


def _voted_for(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "voted (unanimously) in favour of a truce", "voted overwhelmingly to approve the
    deal": a vote for the truce itself, up to four adverbs or score words between, the
    truce noun within seven words with no call or talks before it."""
    position = index + 1
    while position < len(norms) and position <= index + 4:
        norm = norms[position]
        score = norm == "to" and norms[position + 1 : position + 2] != [] and (
            norms[position + 1].isdigit()
        )  # fmt: skip
        if not (norm.endswith("ly") or norm.isdigit() or score):
            break
        position += 1  # "voted unanimously", "voted 88 11", "voted 24 to 8"
    for words in _VOTE_FOR:
        if tuple(norms[position : position + len(words)]) != words:
            continue
        after = position + len(words)
        for noun in range(after, min(after + 7, len(norms))):
            if norms[noun].startswith(_TRUCE_NOUNS):
                return index, noun + 1
            if norms[noun] in _NOT_VOTED:
                return None
        return None
    return None


def _left_meeting(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "are coming out of a successful first meeting", "emerged from the talks", "fresh from
    their summit", "walked out of", "left the summit early": leaving a meeting, the meeting
    noun within ten words in the clause."""
    following = norms[index + 1 : index + 3]
    if norms[index] in _LEFT:
        if not (following[:1] and following[0] in _POSSESSIVES):
            return None  # "left for the summit" is going to it
        start = index + 1
    elif following[:2] == ["out", "of"]:
        start = index + 3
    elif following[:1] in (["from"], ["off"]):
        start = index + 2
    else:
        return None
    for noun in range(start, min(start + 10, len(norms))):
        if norms[noun] == ",":
            return None
        if norms[noun] in _MEETINGS:
            return index, noun + 1
    return None


def extra_cues(family: str, value: str, norms: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of the cues of a value that its phrase list cannot hold (the module)."""
    found: list[tuple[int, int]] = []
    agreed = value == "agreed" and family in ("CeasefireStatus", "Stance")
    held = value == "held" and family == "SummitStatus"
    begun = value == "in_effect" and family == "CeasefireStatus"
    voted = value == "vote" and family == "EventKind"
    if not (agreed or held or begun or voted):
        return found
    words = _VOTED if voted else _HELD if held else _BEGUN if begun else _AGREED[family]
    if words.isdisjoint(norms):
        return found  # no word any of the readers below starts from (a speed gate)
    for index, norm in enumerate(norms):
        span = None
        if voted:
            span = division_at(norms, index)  # "The House divided", "divided 243 to 204"
        elif agreed and norm in ("agree", "sign") and norms[index - 1 : index] != ["to"]:
            span = _agree_bare(norms, index)  # "rivals sign truce", not "urged to sign it"
        elif agreed and norm in _VOTE_VERBS:
            span = _voted_for(norms, index)
        elif agreed and norm in PERSUADED:
            span = persuaded_to(norms, index)
        elif agreed and family == "Stance" and norm in SAYING:
            span = said_it_would(norms, index)
        elif held and (norm in _LEAVING or norm in _LEFT):
            span = _left_meeting(norms, index)
        elif begun and norm == "begins":
            span = truce_begins(norms, index)  # "Guns fall silent as Nagorno truce begins"
        if span is not None:
            found.append(span)
    return found


# The words each reader of extra_cues starts from ("divided", "left", "begins", "sign" ...).
_VOTED = frozenset(("division", "divided"))
_HELD = _LEAVING | _LEFT
_BEGUN = frozenset(("begins",))
_AGREED = {
    "CeasefireStatus": frozenset(("agree", "sign")) | _VOTE_VERBS | PERSUADED,
    "Stance": frozenset(("agree", "sign")) | _VOTE_VERBS | PERSUADED | SAYING,
}
_NUMBER_WORDS = word_set("two three four five six seven eight nine ten dozen dozens few")


def _counted(norm: str) -> bool:
    return norm in _NUMBER_WORDS or norm.replace(",", "").isdigit()


# Past verbs after a vote noun: the vote has happened, none is expected.
_VOTE_PAST = word_set("came passed failed followed took ended went fell cleared succeeded")
_PASSIVE = word_set("was were been being is are")
_CLAUSE_OPENERS = word_set(", ; that and but as while")
# A meeting noun before "convened by" (a participle naming who called it, not that it met).
_MEETING_NOUNS = ("summit", "meeting", "talks", "conference", "session", "gathering")


def _past_form(norm: str) -> bool:
    return norm.endswith("ed") or norm in ("put", "set", "cut", "slapped")


def not_a_cue(norms: Sequence[str], start: int, end: int, family: str = "") -> bool:
    """ "convened by" after a meeting noun ("a summit convened by Egypt opens tomorrow"): who
    called it, not that it met. A vote noun before a past verb ("the vote came", "the vote
    passed") or counted ("three votes to spare"): a vote held, not expected. "The halt"
    opening a clause: the truce's own noun.
    "resistance" as a name ("the Palestinian resistance will abide", "who call themselves
    the resistance"): it refuses only before what it resists ("resistance to the plan") or
    after a verb of meeting or showing it ("met stiff resistance"). "local" before a noun
    that is no place ("06:00 local time") is no local truce."""
    if family == "MeasureStatus" and _past_form(norms[start]) and modifier_verb(norms, start):
        return True  # "lifted the duties he had imposed" (status_clauses.py)
    if family in PROCEDURE_FAMILIES and procedure_cue(norms, start, end):
        return True  # "the judges paused their decision": a ruling's (unapplied_cues.py)
    if family == "CeasefireStatus" and norms[start] == "end" and until_end(norms, start):
        return True  # "extended the truce to the end of May": a time, no expiry
    if family == "CeasefireStatus" and kind_compound(norms, start):
        return True  # "an open-ended ceasefire": no end (truce_aspects.py)
    if family == "EventKind" and (
        ruled_down(norms, start)
        or mandate_only(norms, start, end)
        or other_sense(norms, start, end)
    ):
        return True  # "struck down the tariffs", "voted to authorise a strike", "clashed over"
    if put_off_elsewhere(family, norms, start, end):
        return True  # "shelved its plan to cut aid", "pushed back against" (shared_acts)
    if local_of_other(norms, start, end) or watched(norms, start):
        return True  # "we are monitoring ceasefire violations" (watched_words.py)
    if norms[start] == "convened" and norms[end : end + 1] == ["by"] and start:
        if norms[start - 1] in _PASSIVE:
            return False  # "the summit was convened by Egypt on Monday"
        # "a summit (of A and B, in Paris today) convened by Egypt": a participle
        return any(n.startswith(_MEETING_NOUNS) for n in norms[max(start - 12, 0) : start])
    expected = family != "EventKind"  # a vote held or counted is still a vote (session 30)
    if (
        expected
        and norms[start] in ("vote", "votes")
        and norms[end : end + 1]
        and norms[end] in _VOTE_PAST
    ):
        return True  # "the vote came after ...", "the vote passed 51-47": a vote held
    if expected and norms[start] == "votes" and start and _counted(norms[start - 1]):
        return True  # "with three votes to spare": votes counted, none expected
    if norms[start] == "halt" and norms[max(start - 1, 0) : start] == ["the"]:
        # "The halt to hostilities is to take effect": the truce's own noun as a subject
        return start == 1 or norms[start - 2] in _CLAUSE_OPENERS
    if not norms[start].startswith("resistanc"):
        return False
    if not _RESISTED.isdisjoint(norms[end : end + 2]):
        return False
    return _MET_WITH.isdisjoint(norms[max(start - 3, 0) : start])


def about_others(norms: Sequence[str], start: int, end: int) -> bool:
    """An undoing cue about other people, not the truce: an adjective of sides ("back
    opposing sides", "opposing militias"), a reciprocal ("who oppose each other"), or a cue
    in a relative clause of people ("brokered by Russia and Turkey, who oppose Assad") with
    no word of the truce in that clause ("who later rejected it", "who said it collapsed"
    are about the truce)."""
    after = norms[end : end + 2]
    if (after[:1] and after[0] in _SIDES) or tuple(after) in _EACH:
        return True
    if norms[start] in ("opposing", "opposite") and after[:1]:
        noun = after[0]
        if noun not in _OBJECT_OPENERS and noun != "," and not noun.startswith(_TRUCE_NOUNS):
            return True
    opened = None
    for index in range(start - 1, max(start - 12, -1), -1):
        if norms[index] == ",":
            break
        if norms[index] in _PERSON_RELATIVES:
            opened = index
            break
    if opened is None:
        return False
    clause = list(norms[opened + 1 : start])
    for norm in norms[end : end + 10]:
        if norm == ",":
            break
        clause.append(norm)
    return not any(
        (n in _OWN_OBJECTS or n.startswith(_TRUCE_NOUNS))
        and _OTHER_TRUCES.isdisjoint(clause[max(i - 2, 0) : i])
        for i, n in enumerate(clause)
    )  # "who have opposed every earlier deal" is about other deals


_OTHER_TRUCES = word_set("earlier previous past prior other former every older")


def _past(norms: Sequence[str], start: int, end: int) -> bool:
    for index in range(start, end):
        norm = norms[index]
        if norm in _PAST:
            return True
        # "before the agreed truce takes effect": after a determiner, an adjective
        adjective = index and norms[index - 1] in DETERMINERS
        if norm.endswith("ed") and not norm.endswith("eed") and not adjective:
            return True
    return False


def still_to_come(norms: Sequence[str], start: int, end: int) -> bool:
    """A cue of what has happened in a clause that is still to come: a time clause in the
    present tense ("before the ceasefire comes into force", "once the truce takes hold"; not
    "until the truce took hold"), or a participle clause after a future main clause ("will
    cease fire at 2 a.m., bringing a halt to the fighting"), or after "is to" ("the sides are
    to halt fire at 7 a.m.")."""
    if _is_to(norms, start) or _timed_by_plan(norms, start) or _only_then(norms, start, end):
        return True
    if dated_start(norms, start) or scheduled_start(norms, start, end):
        return True  # "..., starting with Ramadan", "the truce takes effect at midnight"
    for index in range(start - 1, max(start - 10, -1), -1):
        norm = norms[index]
        if norm == ",":
            if index + 1 < start and norms[index + 1].endswith("ing"):
                main = norms[:index]
                return not _FUTURE.isdisjoint(main) or any(
                    a in _BE and b == "to" for a, b in pairwise(main)
                )  # "will cease fire", "are to halt fire"
            return False
        if norm == "pending":
            return True  # "pending the ceasefire's entry into force"
        if norm in _TIME_WORDS or (norm == "soon" and norms[index - 1 : index] == ["as"]):
            verbs = _PRESENT.intersection(norms[index + 1 : end])
            return bool(verbs) and not _past(norms, index + 1, end)
    return False


def _timed_by_plan(norms: Sequence[str], start: int) -> bool:
    """A cue that only times a planned act ("with the swap to occur within 72 hours of the
    deal's implementation", "aid will flow upon the truce's entry into force"): after a time
    preposition, in a clause whose verb is still to come (a modal, "expected", "due", or
    "to" before a verb). "The swap occurred within 72 hours of its implementation" reports."""
    for index in range(start - 1, max(start - 8, -1), -1):
        norm = norms[index]
        if norm == ",":
            return False
        if norm in _TIME_PREPOSITIONS:
            clause = norms[max(index - 10, 0) : index]
            if "," in clause:
                clause = clause[len(clause) - clause[::-1].index(",") :]
            return not _FUTURE.isdisjoint(clause) or any(
                a == "to" and b.isalpha() and b not in _NOT_VERBS for a, b in pairwise(clause)
            )
    return False


def _only_then(norms: Sequence[str], start: int, end: int) -> bool:
    """A present-tense cue made conditional by "only after/once/when/if/upon" right after it
    ("the ceasefire takes effect only after parliament ratifies it"): still to come. A past
    cue reports ("took effect only after the cabinet voted")."""
    after = norms[end : end + 3]
    for first, second in pairwise(after):
        if first == "only" and second in _CONDITIONS:
            return not _past(norms, start, end)
    return False


_CONDITIONS = word_set("after once when if upon")
# Prepositions that time one act by another ("within 72 hours of the truce's implementation").
_TIME_PREPOSITIONS = word_set("within upon after following ahead")
# Words after "to" that show it is no infinitive ("agreed to the first phase").
_NOT_VERBS = DETERMINERS | word_set("a an any all each every some him them us it")


def _is_to(norms: Sequence[str], start: int) -> bool:
    """A cue after "is to", directly ("are to halt fire") or after a bare verb of the cue's
    phrase ("is to come into force", "which is to go into effect"): a plan, not a fact."""
    before = start - 1 if start > 0 and norms[start - 1] in _BARE else start
    if before > 2 and norms[before - 2] == "going" and norms[before - 1] == "to":
        return norms[before - 3] in _BE  # "is going to come into force"
    return before > 1 and norms[before - 1] == "to" and norms[before - 2] in _BE


_BE = word_set("is are was were")
# Bare verbs that open a cue phrase of coming into effect ("come" + "into force").
_BARE = word_set("come go enter take kick get be")


__all__ = ["CLAUSE_VERBS", "about_others", "asked_to", "extra_cues", "not_a_cue", "still_to_come"]
