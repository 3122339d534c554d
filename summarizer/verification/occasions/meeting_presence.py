"""Whether a sentence places a name at the meeting it tells of, in the general English of
meetings, so that a role word near the name (host, chair, onlooker, a cause's "due to") does
not make it a bystander (an outside check in session 35: twelve correct summit parties
refused as "only in another role", and the reason caught no planted value on checks 50-77).

A fact-checker reads each of these as one who was there:

- the host of the meeting, named as such: "X, the host, said", "said X, their host.", "the
  host, X, opened", "X, who hosted it," (the meeting itself, not last year's nor the talks
  "between" others), or the subject of a greeting of guests ("X greeted him with an embrace",
  "welcomed the leaders at the palace", "received his guest");
- the object of a verb of meeting: "is due to sit down with X", "held talks with X", "met X",
  "meets with X", "flew to Washington to see President X", "dined with X";
- the body a gathering is "of": "a summit of the so-called Coalition of the Willing"; a later
  pronoun only the name can be ("phoned X and later met her", "X said talks between her and");
- one who opens or closes the meeting: "X declared the summit closed", "X opened the summit";
- an onlooker of a signing in a sentence that sets it at a summit or meeting ("as the summit
  opened, with X looking on", "X watched as they signed at the summit");
- one holding an office, not a meeting role: "X, who chairs the European Council," "X, head of
  the African Union Commission," (chairing a body is not chairing the meeting).

Never where the sentence keeps the person away from the table: a call, a video link, a
message, television ("talked by phone with X", "watched on television"), a place it is done
from ("looking on from Paris", "opened the summit from Brasilia") or the summit itself as
what is watched ("watching the summit"), a negation or refusal ("never met X", "refused to
meet X"), a condition or wish ("if X met Y", "urged A to meet X", "hopes to see X"), another
occasion ("who hosted last year's summit", "will host the next one", "the host of the
Istanbul talks in May", "will be held in Doha, said X, its host"), a possessive ("met X's
envoy": the envoy was met), or the talks "between" others
the host only lends a room to. Those stay with the role readings of :mod:`..sides`.

Two small readings of the same pages for :mod:`..sides.side_roles`: "is due to sit down with
X" is a schedule, not a cause ("due to" after "be" and before a verb: :func:`scheduled`), and
"the meeting he had been dangling in front of Putin" holds something out to the name, it
does not put the name before a signing (:func:`held_out`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.possessives import is_possessive
from ..page.tokens import Token, clause_gap, word_set
from ..people.names import TITLES
from .presence_limits import joined_in_deed, seat_apart, talks_not_held

# Words that keep a person from the table in the sentence: a call, a link, a message, a screen.
_REMOTE = word_set(
    """phone telephone phoned video videolink virtually virtual remotely message messages
    letter television tv screen livestream stream streamed broadcast online afar
    recorded prerecorded"""
)
_NEGATION = word_set("not never no refused declined rejected without nor cancelled canceled")
_WISH = word_set(
    """if unless provided urged urging urges pressed asked asking wants want wanted hopes hope
    hoped wish wishes offered invited inviting whether called calls demanded demand ready
    open pursue encouraged encourage push pushed seek sought proposed propose"""
)
_OTHER_OCCASION = word_set("last previous earlier former next first second third past another")
_OTHER_OCCASION |= word_set("future will year between")
# Verbs of meeting before "with" ("sit down with X", "dined with X"); "talks with X" only after
# a verb of holding ("held talks with X"), since the noun is as often wished for as held.
_MEETING_VERBS = word_set(
    """met meet meets sit sat sits sitting dined dine dines dining lunched breakfasted
    conferred confer confers"""
)
_HOLDING = word_set("held hold holds holding")
_SEEING = word_set("see visit visited visiting visits")
_HOST_NOUNS, _OWNERS = word_set("host hosts cohost hostess"), word_set("the their his her its our")
_HOSTING, _IT = word_set("hosted hosts hosting cohosted"), word_set("it them this")
# What a host attends (talks and negotiations are a go-between's venue: host_parties).
_OCCASIONS = word_set(
    """summit meeting ceremony signing dinner lunch gathering conference visit reception
    banquet event"""
)
# Greeting a guest; not "hosted", which a go-between says of delegations it lends a room to.
_GREETING = word_set("greeted greets welcomed welcomes received receives embraced hugged")
_GUESTS = word_set(
    """him her them guest guests visitor visitors counterpart counterparts leaders leader
    president prime chancellor premier king queen emir minister"""
)
_OPENING = word_set("opened closed convened adjourned")
_DECLARING = word_set("declared declares pronounced pronounces")
_OPEN_STATES = word_set("open opened closed shut over")
_GATHERINGS = word_set("summit meeting conference forum session gathering talks")
_LOOKING = word_set("looking looked looks watching watched watches")
_OFFICE_VERBS = word_set("chairs heads leads presides runs holds")
_OFFICE_NOUNS = word_set("chair chairman chairwoman chairperson head president leader")
# A go-between's or an urger's words anywhere in the sentence: the office is not the question.
_GO_BETWEEN = word_set(
    """between mediated mediating mediation mediator brokered brokering facilitated
    facilitating observer observers urged urging pressed"""
)
_FILLERS = word_set("the a an his her their both two")
_BEFORE_NAME = word_set("the of")


def present_at_meeting(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """Whether the sentence places the name at ``tokens[first:last + 1]`` at the meeting it
    tells of (see the module), or names it in an office rather than a meeting role."""
    words = [t.norm for t in tokens]
    start = _phrase_start(tokens, first)
    subject = first == 0 or clause_gap(tokens, first - 1, text)
    if _pronoun_met(tokens, subject, last, text) or _joins_after(tokens, subject, last, text):
        return True  # "phoned X and later met her in Oslo", "X monitored ... and joined them"
    if not _REMOTE.isdisjoint(words) or is_possessive(tokens[last], text):
        return False
    return (
        _office(tokens, last, text)
        or _named_host(tokens, start, last, text)
        or _greets(tokens, last, text)
        or _met_object(tokens, start, text)
        or _opens(tokens, last, text)
        or _onlooker_at_meeting(tokens, last, words, text)
        or _gathering_of(tokens, start)
        or _acts_after_aside(tokens, last, text)
    )


def _phrase_start(tokens: Sequence[Token], first: int) -> int:
    """Back over the name's titles and capitalised words ("U.S. President Donald Trump")."""
    index = first
    while index > 0 and first - index < 5:
        token = tokens[index - 1]
        if not (token.capitalised or token.norm in TITLES):
            break
        index -= 1
    return index


def _clause_words(tokens: Sequence[Token], start: int, text: str) -> list[str]:
    """The words of the clause before ``start``, back to the last clause mark."""
    index = start
    while index > 0 and not clause_gap(tokens, index - 1, text):
        index -= 1
    return [t.norm for t in tokens[index:start]]


def _aside(tokens: Sequence[Token], index: int, text: str) -> list[str]:
    """The words from ``index`` to the next clause mark or the sentence's end."""
    end = index
    while end < len(tokens) and not clause_gap(tokens, end, text):
        end += 1
    return [t.norm for t in tokens[index : end + 1]]


def _comma_after(tokens: Sequence[Token], last: int, text: str) -> bool:
    return last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start].strip() == ","


def _named_host(tokens: Sequence[Token], start: int, last: int, text: str) -> bool:
    """ "X, the host, said", "said X, their host.", "The host, X, opened", "X, who hosted it,"."""
    if _comma_after(tokens, last, text) and _host_clause_ends(tokens, last, text):
        aside = _aside(tokens, last + 1, text)
        if aside[:1] and aside[0] in _OWNERS and not _HOST_NOUNS.isdisjoint(aside[1:3]):
            if not _OTHER_OCCASION.isdisjoint(aside):
                return False  # "Lula, the host," not "last year's host"
            return _host_of_this(tokens, last + 1, len(aside))
        if aside[:1] == ["who"] and len(aside) > 1:
            verb = aside[2] if aside[1] in word_set("was is had has also") else aside[1]
            at = last + 1 + aside.index(verb) + 1 if verb in aside else len(tokens)
            rest = [t.norm for t in tokens[at : last + 1 + len(aside)]]
            occasion = rest[:1] and (rest[0] in _IT or not _OCCASIONS.isdisjoint(rest))
            occasion = occasion and "between" not in (t.norm for t in tokens)
            if verb in _HOSTING and occasion:  # "who hosted it", not "who hosted Biden in May"
                named = any(t.capitalised for t in tokens[at : last + 1 + len(aside)])
                return _OTHER_OCCASION.isdisjoint(rest) and not named
    if start >= 2 and text[tokens[start - 1].end : tokens[start].start].strip() == ",":
        before = [*_clause_words(tokens, start - 1, text), tokens[start - 1].norm]
        return len(before) <= 3 and before[-1] in _HOST_NOUNS and before[0] in _OWNERS
    return False


# A sentence that tells of an occasion apart from the one met at: ahead, past, or called off.
_ELSEWHEN = word_set(
    """will next previous last earlier later future cancelled canceled scrapped postponed
    shelved"""
)
_BARE_OCCASION = word_set("the this that summit meeting talks gathering conference round session")


def _host_of_this(tokens: Sequence[Token], at: int, length: int) -> bool:
    """The host's aside at ``tokens[at:at + length]`` names no occasion of its own ("the
    host of the Istanbul talks in May", "host of the cancelled Budapest summit": another
    occasion's host), and the sentence tells of no occasion ahead, past or called off ("The
    second round will be held in Doha, said X, its host"): "X, the host", "X, host of the
    summit" are the host of the meeting the page tells of."""
    if not _ELSEWHEN.isdisjoint(t.norm for t in tokens):
        return False
    words = [t.norm for t in tokens[at : at + length]]
    if "of" not in words:
        return True
    rest = tokens[at + words.index("of") + 1 : at + length]
    return all(t.norm in _BARE_OCCASION or not t.norm.isalpha() for t in rest)


_SPEECH = word_set("said says remarked added told asked declared")


def _host_clause_ends(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The host's aside ends the sentence ("said Lula, the host."), follows a speech tag
    ("remarked X, their host, as ..."), or is followed by a verb of being there or opening
    ("X, the host, opened the session"); not "X, who hosted the summit, telephoned Y" nor "X,
    the host, said the talks between ...", where the clause says what the host did apart."""
    end = last + 1 + len(_aside(tokens, last + 1, text))
    if end >= len(tokens):
        return True
    start = _phrase_start(tokens, last)
    if start and tokens[start - 1].norm in _SPEECH:
        return True
    if tokens[end].norm == "took" and end + 2 < len(tokens):
        seat = tokens[end + 2].norm in word_set("seat place chair")  # "took his seat"
        return seat and not seat_apart(tokens, end + 3)  # not "at a separate table"
    return tokens[end].norm in _THERE or tokens[end].norm in _OPENING


_PERSONAL, _AT_WHEN = word_set("him her himself herself"), word_set("on in at from")
_THEN = word_set("then later also afterwards finally")
_AFTER_OBJECT = word_set(". in at on for over again twice briefly together and privately")


def _pronoun_met(tokens: Sequence[Token], subject: bool, last: int, text: str) -> bool:
    """A pronoun after the name that can only be the name, taken by the meeting: the object
    of one clause met again in the next ("Prado phoned X and later met her in Oslo": the
    shared subject is not "her"), or the speaker's own side of talks she tells ("X said talks
    between her and the Estonian premier had gone well"). No other name stands between."""
    for index in range(last + 1, min(last + 14, len(tokens))):
        token = tokens[index]
        if token.capitalised and tokens[index - 1].norm not in _AT_WHEN:
            return False  # another name the pronoun may be (not "on Monday", "in Oslo")
        if token.norm not in _PERSONAL:
            continue
        before = [t.norm for t in tokens[last + 1 : index]]
        after = tokens[index + 1].norm if index + 1 < len(tokens) else "."
        if after == "and" and before[-1:] == ["between"]:  # "X said talks between her and"
            held = not talks_not_held([t.norm for t in tokens[index + 1 :]])  # not "postponed"
            return subject and bool(before) and before[0] in _SPEECH and held
        if after not in _AFTER_OBJECT and not clause_gap(tokens, index, text):
            return False  # "met her deputy": an owner, not the one met
        joint = before[before.index("and") + 1 : -1] if "and" in before else None
        coordinated = joint is not None and all(w in _THEN for w in joint)
        met = before[-1:] and before[-1] in _MEETING_VERBS | word_set("joined")
        # "phoned X and later met her", not "met her by video"
        return bool(coordinated and met and not subject) and _REMOTE.isdisjoint(
            _aside(tokens, index, text)
        )
    return False


def _joins_after(tokens: Sequence[Token], subject: bool, last: int, text: str) -> bool:
    """The name, subject of the sentence, goes on in its own coordinated clause to join or sit
    with the others ("X monitored the talks from the next room and joined them for lunch")."""
    if not subject:
        return False
    for index in range(last + 1, len(tokens) - 2):
        if tokens[index].norm != "and" or clause_gap(tokens, index - 1, text):
            continue
        verb = index + 1
        while verb < len(tokens) - 1 and tokens[verb].norm in _THEN:
            verb += 1
        if tokens[verb].norm in word_set("joined") and tokens[verb + 1].norm in _IT:
            shared = joined_in_deed(tokens, verb)  # "joined them in condemning the attack"
            return not shared and _REMOTE.isdisjoint(_aside(tokens, verb, text))  # not "by video"
    return False


def _greets(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The subject of a greeting of guests: "X greeted him with an embrace", "X welcomed the
    leaders", "X received his French counterpart" (not "X welcomed the deal")."""
    index = last + 1
    while index < len(tokens) and tokens[index].norm in word_set("personally warmly also then"):
        index += 1
    if (
        index >= len(tokens)
        or tokens[index].norm not in _GREETING
        or clause_gap(tokens, last, text)
    ):
        return False
    for position, token in enumerate(tokens[index + 1 : index + 5]):
        if token.norm in _GUESTS or token.norm in TITLES:
            return not is_possessive(token, text)  # not "the president's plan"
        if token.capitalised and position == 0:
            return True  # "welcomed Merz", not "welcomed the European Council's call"
    return False  # "welcomed the deal", "welcomed the long-awaited truce"


def _met_object(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The object of a verb of meeting: "sit down with X", "talks with X", "met X", "to see
    X"; not under a negation, a wish or a condition in the clause."""
    before = _clause_words(tokens, start, text)
    if not before or not _NEGATION.isdisjoint(before) or not _WISH.isdisjoint(before):
        return False
    tail = before[-4:]
    if not word_set("call calls conversation").isdisjoint(tail):
        return False  # "after a call with X"
    if tail[-1:] == ["with"] or (tail[-2:-1] == ["with"] and tail[-1] in _FILLERS):
        near = before[-7:]
        held = any(a in _HOLDING and b == "talks" for a, b in pairwise(near))
        return held or not _MEETING_VERBS.isdisjoint(near)  # "sit down on Friday with X"
    if tail[-1] in word_set("met meets meet"):
        return True  # "met Xi"
    return len(tail) >= 2 and tail[-2] == "to" and tail[-1] in _SEEING  # "to see President X"


_GATHERED = word_set("summit summits meeting meetings gathering conference")
_SO_CALLED = word_set("the so called")


def _gathering_of(tokens: Sequence[Token], start: int) -> bool:
    """ "a summit of the so-called Coalition of the Willing": the body whose members meet."""
    index = start - 1
    while index > 0 and tokens[index].norm in _SO_CALLED:
        index -= 1
    return index > 0 and tokens[index].norm == "of" and tokens[index - 1].norm in _GATHERED


def _opens(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "X declared the summit closed", "X opened the summit", "X closed the meeting" (not
    "opened the summit from Brasilia")."""
    words = [t.norm for t in tokens[last + 1 : last + 9]]
    if words[:1] and words[0] in _OPENING:
        opened = not _GATHERINGS.isdisjoint(words[1:5])
        return opened and not _watched_from_elsewhere(tokens, last + 1, text)
    if not words or words[0] not in _DECLARING:
        return False
    for index, word in enumerate(words[1:], 1):
        if word in _GATHERINGS:
            return any(w in _OPEN_STATES for w in words[index + 1 : index + 3])
    return False


def _onlooker_at_meeting(
    tokens: Sequence[Token], last: int, words: Sequence[str], text: str
) -> bool:
    """One looking on or watching in a sentence that sets the signing at a summit or
    meeting ("as the 47th ASEAN summit opened, with ... Anwar Ibrahim looking on")."""
    index = last + 1
    if index < len(tokens) and tokens[index].norm in _BE:
        index += 1  # "was looking on"
    after = [t.norm for t in tokens[index : index + 3]]
    onlooker = (
        after[:1] and after[0] in _LOOKING and (after[1:2] == ["on"] or after[0][:5] == "watch")
    )
    if not onlooker or _AT_SUMMIT.isdisjoint(words):
        return False
    return not _watches_gathering(tokens, index) and not _watched_from_elsewhere(
        tokens, index, text
    )


def _watches_gathering(tokens: Sequence[Token], index: int) -> bool:
    """ "watching the summit", "watched the Anchorage meeting": the gathering itself is what
    is watched, as one follows it from outside; one at it looks on as others sign."""
    for token in tokens[index + 1 : index + 5]:
        if token.norm in _GATHERINGS:
            return True
        if not (token.norm in _FILLERS or token.capitalised):
            return False
    return False


# People "from" a place come from it; they do not watch from it ("leaders from Asia").
_FROM_PEOPLE = word_set(
    """leaders delegates delegations delegation ministers officials envoys representatives
    heads diplomats guests"""
)


def _watched_from_elsewhere(tokens: Sequence[Token], index: int, text: str) -> bool:
    """The clause of the looking or opening word at ``index`` (to its clause mark) says where
    it was done from: "looking on from Paris", "watched the summit unfold from Downing
    Street", "from his home in Brasilia" (not "from the front row", "leaders from Asia")."""
    end = index + len(_aside(tokens, index, text))
    for at in range(index + 1, min(end, len(tokens) - 1)):
        if tokens[at].norm != "from" or tokens[at - 1].norm in _FROM_PEOPLE:
            continue
        after = at + 1
        if after + 1 < len(tokens) and tokens[after].norm in _OWNERS:
            if tokens[after + 1].norm in word_set("home residence office capital"):
                return True
            after += 1
        if tokens[after].capitalised or tokens[after].norm in word_set("home afar abroad"):
            return True
    return False


_AT_SUMMIT = word_set("summit meeting")
_THERE = word_set("met meets joined sat shook greeted welcomed received attended signed embraced")
# A go-between's own meetings: each side apart, or rooms between them.
_APART = word_set("separately between shuttled shuttling sides each")


def _acts_after_aside(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name's own clause goes on, past an aside, with a verb of being at the table: "X,
    the US mediator, met Hamas officials", "X, who proposed the talks, sat down with Y"."""
    index = last
    for _ in range(2):  # "The emir, X, who had long mediated, welcomed A and B"
        if not _comma_after(tokens, index, text) or tokens[index + 1].norm in _THERE:
            break
        index += len(_aside(tokens, index + 1, text))
    index += 1
    if index == last + 1 or index >= len(tokens) or index - last > 16:
        return False
    while index < len(tokens) and tokens[index].norm in word_set("also then later personally"):
        index += 1
    if index >= len(tokens) or tokens[index].norm not in _THERE:
        return False
    return _APART.isdisjoint(t.norm for t in tokens[index:])


def _office(tokens: Sequence[Token], last: int, text: str) -> bool:
    """ "X, who chairs the European Council," "X, head of the African Union Commission,": an
    office held, a body's name after it and no meeting word (not "who chaired the summit")."""
    if not _comma_after(tokens, last, text) or not _GO_BETWEEN.isdisjoint(t.norm for t in tokens):
        return False  # "X, who chairs the EAC, mediated the talks between A and B"
    aside = _aside(tokens, last + 1, text)
    body = tokens[last + 1 : last + 1 + len(aside)]
    meeting = any(t.norm in _GATHERINGS and not t.capitalised for t in body)
    if meeting or not any(t.capitalised for t in body[1:]):
        return False
    if aside[:1] == ["who"] and len(aside) > 2 and aside[1] in _OFFICE_VERBS:
        return aside[2] in _BEFORE_NAME or body[2].capitalised
    return bool(aside[:2]) and aside[0] in _OFFICE_NOUNS and aside[1] == "of"


_BE = word_set("is are was were be been being also now")
_NOT_VERBS = word_set("the a an his her their its our my your this that these those")


def scheduled(tokens: Sequence[Token], index: int) -> bool:
    """ "due to" at ``index - 1``, ``index`` after a form of "be" and before a verb ("is due to
    sit down with X", "was due to meet"): a schedule, not a cause ("was due to the strike")."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    before = tokens[index - 2].norm if index >= 2 else ""
    if after is None or after.capitalised or after.norm in _NOT_VERBS:
        return False
    return before in _BE


_DANGLING = word_set("dangling dangled dangle dangles waving waved wave waves")


def held_out(tokens: Sequence[Token], start: int) -> bool:
    """ "the meeting he had been dangling in front of Putin" (the name's phrase at ``start``):
    held out to the name as an offer, not done before its eyes."""
    return any(t.norm in _DANGLING for t in tokens[max(start - 6, 0) : max(start - 2, 0)])


__all__ = ["held_out", "present_at_meeting", "scheduled"]
