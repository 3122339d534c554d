"""A meeting told by an act the parties did together rather than by a verb of meeting (outside
check 46), for a summit's status (:mod:`status_support`) and place (:func:`acted_place` around
the place rule):

- *Acts of meeting*: receiving, hosting, welcoming or greeting someone ("received Macron for a
  second round of talks", "hosted the Korean minister"); being someone's guest ("a guest of
  President Xi", "Sato's guest"); standing at someone's side ("at Nixon's side", "stood beside
  Ghani", "alongside", "flanked by", "next to"); a meal with someone ("flew to Riga for a
  dinner with Ms Ozola", "lunched with", "dined with", "took tea"); signing together ("X and Y
  signed the accord", "signed the pact with X"). The act's other end must be a person (a
  capitalised name or a party's word): "received an award", "stood beside the coffin" are no
  meetings.
- *Its time*: a verb of the past ("received", "was a guest", "flew ... for a dinner") words a
  held meeting; a marker of what is to come before it ("will host", "is due to dine", "hopes
  to be a guest", "expected to sign") a planned one; a negation or a refusal before it ("did
  not receive", "refused to receive", "declined to host") neither. A signing done apart
  ("signed the accord separately in their capitals") is no act together. A held act makes
  ``held`` supported and a planned, postponed or cancelled status unsupported (the evidence
  tells the meeting as done); an act to come makes ``held`` unsupported and ``scheduled`` /
  ``proposed`` supported.
- *Its place*: the place after "in / at / inside" in the act's clause, through a venue and its
  city ("signed the accord at the Corinthia hotel in Tripoli") and "the city / town / gardens
  of" ("took tea in the gardens of the Pine Garden"); the place fronted before the act ("In
  Kigali, the ministers stood beside the president"); the place travelled to for a meal or as a
  guest ("flew to Sofia for a lunch with the prime minister").
- *Elsewhere*: a place the evidence gives another role, where someone died, was born, lives,
  studied or is buried, or a venue foreseen or planned and given up ("whose holding in the
  city of Lagos had been foreseen for May, was held ... in Accra"), is refused outright
  (*unsupported*) when the evidence places the meeting at another place; without such another
  place it stays unconfirmed.

Read only for a sentence holding one of the cue words (a token-set check first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result
from ..occasions.host_subjects import host_subject
from ..occasions.stated_venues import stated_place
from ..page.tokens import SINGULAR_POSSESSIVES, Token, clause_gap, tokenize, word_set
from ..people.names import find_phrase
from ..places.dated_venues import dated_place
from ..places.scene_places import scene_place
from ..places.worded_venues import worded_venue
from .aside_meetings import aside_act
from .visit_places import visited_place

_RECEIVE_PAST = word_set("received hosted welcomed greeted entertained feted")
_RECEIVE_NOW = word_set(
    "receive receives receiving host hosts hosting welcome welcomes welcoming greet greets"
)
_MEAL_PAST = word_set("dined lunched breakfasted supped")
_MEAL_NOUNS = word_set("dinner lunch luncheon breakfast banquet supper tea")
_MEAL_NOW = word_set("dine dines dining lunch")
_SIDE = word_set("beside alongside flanked")
_GUEST = word_set("guest guests")
_SIGN_PAST = word_set("signed initialled initialed inked")
_SIGN_NOW = word_set("sign signs signing initial ink")
_CUES = (
    _RECEIVE_PAST
    | _RECEIVE_NOW
    | _MEAL_PAST
    | _MEAL_NOUNS
    | _MEAL_NOW
    | _SIDE
    | _GUEST
    | _SIGN_PAST
    | _SIGN_NOW
    | word_set("side next")
)
_PAST_WORDS = word_set(
    """was were had flew travelled traveled went came stood sat took attended joined arrived
    did walked spent"""
)
_FUTURE = word_set(
    """will would shall 'll to due expected expects hopes hope hoped plans plan planned set
    going may might"""
)
# A negation, a denial or a refusal of the act ("refused to receive", "declined to host",
# "denied he dined with Abe": session 24).
_NOT = word_set(
    """not n't never no nor refused refuses refuse refusing declined declines decline
    declining rejected rejects reject rejecting denied denies deny denying refuted could"""
)  # "could have signed the pact, had the text been ready": undone (review rvst34)
# Words after a signing that put the signers apart ("signed separately in their capitals"),
# or after a signing or greeting, a contact at a distance ("signed the pact by an exchange of
# letters", "greeted Biden in a message", "welcomed him by phone": review rvst34).
_APART = word_set(
    """separately separate respective respectively apart individually capitals letter letters
    message messages phone telephone"""
)
_AT = word_set("in at inside")
_TRAVEL = word_set(
    "flew travelled traveled went came drove headed sailed fly travel go come drive head"
)
_VENUE_OF = word_set("city town village port capital gardens garden grounds residence compound")
_STOPS = word_set(
    """who whom whose which that where while whereas after before since because although though
    until unless if from about regarding concerning without born"""
)
_SUBJECT_TWO = word_set("two both together")
# A place's other role: a life's event, or a venue foreseen and given up.
_LIFE = word_set(
    """died dies born lives lived living resides resided grew raised studied buried retired
    native"""
)
_GIVEN_UP = word_set(
    "foreseen planned scheduled envisaged intended slated earmarked dropped abandoned first"
)
_REACH = 16
_PLACE_NOUNS = word_set("in at")


def _norms(tokens: Sequence[Token]) -> list[str]:
    return [t.norm for t in tokens]


def _person_after(tokens: Sequence[Token], index: int, words: set[str]) -> bool:
    """A person named in the few words after the act: a capitalised word or a party's word."""
    return any(token.capitalised or token.norm in words for token in tokens[index + 1 : index + 7])


def _cue(tokens: Sequence[Token], index: int, words: set[str]) -> str | None:
    """The act's kind when the token at ``index`` is an act of meeting with a person, else
    None: "past", "now" or "act" (a noun, its time read from the words before it)."""
    norm = tokens[index].norm
    after = [t.norm for t in tokens[index + 1 : index + 3]]
    if norm in _RECEIVE_PAST or norm in _RECEIVE_NOW:
        following = [t.norm for t in tokens[index + 1 : index + 8]]
        if not _person_after(tokens, index, words) or not _APART.isdisjoint(following):
            return None
        return "past" if norm in _RECEIVE_PAST else "now"
    if norm in _MEAL_PAST or norm in _MEAL_NOW:
        if "with" not in after[:1]:
            return None
        return "past" if norm in _MEAL_PAST else "now"
    if norm in _MEAL_NOUNS:
        with_at = [t.norm for t in tokens[index + 1 : index + 3]]
        took = index and tokens[index - 1].norm in ("took", "take", "takes", "taking")
        if "with" in with_at and _person_after(tokens, index, words):
            return "act"
        return "act" if took and not _SUBJECT_TWO.isdisjoint(_norms(tokens[:index])) else None
    if norm in _GUEST:
        if after[:1] == ["of"] or (index and tokens[index - 1].text.endswith(SINGULAR_POSSESSIVES)):
            return "act" if _person_after(tokens, index, words) or after[:1] != ["of"] else None
        return None
    if norm == "side":
        owner = index >= 1 and tokens[index - 1].text.endswith(("'s", "\u2019s", "s'"))
        if owner and index >= 2 and tokens[index - 2].norm in ("at", "by"):
            return "act"
        if owner and index >= 3 and tokens[index - 3].norm in ("at", "by"):
            return "act"  # "at the president's side"
        return None
    if norm in _SIDE or (norm == "next" and after[:1] == ["to"]):
        return "act" if _person_after(tokens, index, words) else None
    if norm in _SIGN_PAST or norm in _SIGN_NOW:
        lead = _norms(tokens[max(index - 10, 0) : index])
        together = ("and" in lead and "," not in lead[-2:]) or not _SUBJECT_TWO.isdisjoint(lead)
        following = [t.norm for t in tokens[index + 1 : index + 8]]
        together = together or "with" in following
        apart = [t.norm for t in tokens[index + 1 : index + 11]]  # "by an exchange of letters"
        if not together or not _APART.isdisjoint(apart):
            return None
        return "past" if norm in _SIGN_PAST else "now"
    return None


def _time(tokens: Sequence[Token], index: int, kind: str, text: str) -> str | None:
    """The time of the act at ``index``: "past", "future" or None (denied, or none read)."""
    first = index
    while first > 0 and index - first < 8 and not clause_gap(tokens, first - 1, text):
        first -= 1
    lead = _norms(tokens[first:index])
    if not _NOT.isdisjoint(lead[-4:]):
        return None
    near = lead[-5:]
    to_come = [n for i, n in enumerate(near) if n != "to" or near[i + 1 : i + 2] in ([], ["be"])]
    if not _FUTURE.isdisjoint(to_come) or near[-2:] == ["to", "have"]:
        return "future"  # "will host", "to be a guest", "to dine"; not "flew to Riga for"
    if kind == "past" or not _PAST_WORDS.isdisjoint(lead):
        return "past"
    if kind == "now" and "be" in lead:
        return "future"
    if kind == "act" and first > 0 and text[tokens[first - 1].end : tokens[first].start] == ", ":
        whole = _norms(tokens[max(index - 16, 0) : first])  # "he was back in X, a guest of Y"
        if (
            _FUTURE.isdisjoint(whole)
            and _NOT.isdisjoint(whole)
            and not _PAST_WORDS.isdisjoint(whole)
        ):
            return "past"
    return None


def _party_words(fact: Any) -> set[str]:
    words: set[str] = set()
    for party in getattr(fact, "parties", None) or []:
        if isinstance(party, str):
            words.update(t.norm for t in tokenize(party) if len(t.norm) > 2)
    return words - {"the", "and", "president", "minister", "prime"}


def act_status(raw: str, ctx: Context) -> Result | None:
    """The verdict an act of meeting gives a summit's status ``raw``, or None."""
    words = _party_words(ctx.fact)
    text = ctx.article.text
    for tokens in ctx.sentence_tokens():
        norms = _norms(tokens)
        if _CUES.isdisjoint(norms) or words.isdisjoint(norms):
            continue
        for index in range(len(tokens)):
            kind = _cue(tokens, index, words) if norms[index] in _CUES else None
            if kind is None:
                continue
            when = _time(tokens, index, kind, text)
            if when == "past" and aside_act(tokens, index, text):
                continue  # "X, who dined with Y in February, said no summit was planned"
            if when == "past":
                if raw == "held":
                    return True, ""
                if raw in ("scheduled", "proposed", "postponed", "cancelled"):
                    return False, f"its evidence tells the meeting as held, not {raw}"
            if when == "future":
                if raw in ("scheduled", "proposed"):
                    return True, ""
                if raw == "held":
                    return False, "its evidence words the meeting as still to come, not held"
    return None


def _preposition(tokens: Sequence[Token], start: int) -> int | None:
    """The "in / at" (or "to") before the place, through "the" and "the city of"."""
    at = start - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at >= 1 and tokens[at].norm == "of" and tokens[at - 1].norm in _VENUE_OF:
        at -= 2
        while at >= 0 and tokens[at].norm in _VENUE_OF | {"the"}:
            at -= 1
    return at if at >= 0 and tokens[at].norm in _AT | {"to"} else None


def act_place(
    tokens: Sequence[Token], start: int, size: int, text: str, words: set[str], fact: Any = None
) -> bool:
    """Whether the place at ``tokens[start : start + size]`` is where an act of meeting of the
    fact's parties is (see the module); not when the place's clause is dated to another year
    ("dined with Sharif in Lahore in 2015; on Monday the two met in Astana")."""
    at = _preposition(tokens, start)
    norms = _norms(tokens)
    named = not words.isdisjoint(norms) or not _SUBJECT_TWO.isdisjoint(norms)  # "the two"
    if at is None or not named or _other_year(tokens, start, text, fact):
        return False
    if norms[at] == "to":  # "flew to Sofia for a lunch with the prime minister"
        if at < 1 or not any(n in _TRAVEL for n in norms[max(at - 4, 0) : at]):
            return False
        for index in range(start + size, min(start + size + 8, len(tokens))):
            if clause_gap(tokens, index - 1, text) or norms[index] in _STOPS:
                return False
            if norms[index] in _CUES and _cue(tokens, index, words) is not None:
                return True
        return False
    if at == 0 or (at == 1 and tokens[0].norm in ("and", "but")):  # "In Kigali, X stood beside Y"
        for index in range(start + size, min(start + size + 16, len(tokens))):
            if norms[index] in _STOPS or norms[index] in ("when", ";"):
                return False
            if norms[index] in _CUES and _cue(tokens, index, words) is not None:
                return True
        return False
    for index in range(at - 1, max(at - _REACH, -1), -1):
        if norms[index] in _STOPS or norms[index] in _LIFE:
            return False
        if norms[index] in _CUES and _cue(tokens, index, words) is not None:
            return True
        if (
            clause_gap(tokens, index, text)
            and text[tokens[index].end : tokens[index + 1].start].strip() != ","
        ):
            return False
    return False


def _other_year(tokens: Sequence[Token], start: int, text: str, fact: Any) -> bool:
    """A year in the place's stretch of the sentence (to a semicolon or its end) that the
    fact's own timing does not give."""
    timing = str(getattr(fact, "planned_timing", None) or "")
    for index in range(start, min(start + 8, len(tokens))):
        if index > start and ";" in text[tokens[index - 1].end : tokens[index].start]:
            return False
        token = tokens[index]
        if token.is_number and len(token.text) == 4 and token.text not in timing:
            return True
    return False


def _other_role(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The place's clause gives it another role: a life's event, a venue given up, or the
    start of a journey ("after landing from Nairobi")."""
    lead = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if lead >= 0 and tokens[lead].norm == "from":  # not "from Paris, where he had talks"
        return not (start + 1 < len(tokens) and tokens[start + 1].norm == "where")
    first = start
    while first > 0 and start - first < 12 and not clause_gap(tokens, first - 1, text):
        if tokens[first - 1].norm in _STOPS - {"born"}:
            break
        first -= 1
    last = start
    while last + 1 < len(tokens) and last - start < 10 and not clause_gap(tokens, last, text):
        if tokens[last + 1].norm in _STOPS - {"born"}:
            break
        last += 1
    words = _norms(tokens[first : last + 1])
    if not _LIFE.isdisjoint(words):
        return True
    return not _GIVEN_UP.isdisjoint(words) and (
        "had" in words or "first" in words or "dropped" in words or "abandoned" in words
    )


_Rule = Callable[[Any, Supported, Context], Result]
_WEAK = ("but not as where this meeting is", "only as the place of an old plan")


def acted_place(rule: _Rule) -> _Rule:
    """``rule`` (a summit's place), its refusal "not as where this meeting is" lifted when an
    act of meeting places the meeting there, and made outright when the place has another role
    in the evidence and the evidence places the meeting somewhere else (see the module)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if not result[0] and not str(result[1]).endswith(_WEAK):
            return result
        place = str(value).split(",")[0].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        size = len(tokenize(place))
        text = ctx.article.text
        words = _party_words(ctx.fact)
        found = [(t, at) for t in ctx.sentence_tokens() for at in find_phrase(place, t)]
        for tokens, at in found:
            if not result[0] and act_place(tokens, at, size, text, words, ctx.fact):
                return True, ""
        held = getattr(getattr(ctx.fact, "status", None), "value", None) == "held"
        if held and found and all(_other_role(t, at, text) for t, at in found):
            other = _placed_elsewhere(rule, place, supported, ctx)
            if other:
                return False, f"its evidence places this meeting at {other!r}, not {place!r}"
        return result

    return support


def _placed_elsewhere(rule: _Rule, place: str, supported: Supported, ctx: Context) -> str | None:
    """Another place the evidence gives as the meeting's: a capitalised name after "in / at"
    (or "the city of") that the place rule, or an act of meeting, takes."""
    wanted = {t.norm for t in tokenize(place)}
    text = ctx.article.text
    words = _party_words(ctx.fact)
    for tokens in ctx.sentence_tokens():
        for index, token in enumerate(tokens):
            if not token.capitalised or index == 0 or token.norm in wanted:
                continue
            if tokens[index - 1].capitalised and tokens[index - 1].norm not in ("the",):
                continue  # inside a longer name
            if _preposition(tokens, index) is None:
                continue
            end = index + 1
            while (
                end < len(tokens)
                and tokens[end].capitalised
                and not clause_gap(tokens, end - 1, text)
            ):
                end += 1
            name = text[token.start : tokens[end - 1].end]
            if _other_role(tokens, index, text):
                continue
            if act_place(tokens, index, end - index, text, words, ctx.fact):
                return name
            if rule(name, supported, ctx)[0]:
                return name
    return None


def stated_or_acted(rule: _Rule) -> _Rule:
    """``rule`` read through :func:`stated_venues.stated_place`, then :func:`acted_place`, then
    :func:`visit_places.visited_place` ("flew to Hanoi and met the premier"), then
    :func:`scene_places.scene_place` ("a handshake at the White House", "next time in Moscow",
    "here" under a dateline), then :func:`dated_venues.dated_place` ("in Seoul on Wednesday",
    the held meeting's own day), then :func:`host_subjects.host_subject` ("Last year's host,
    Vienna, will again stage the talks"), then :func:`worded_venues.worded_venue` ("will
    receive the two presidents in Beijing", "flies on to Busan to see Xi")."""
    return worded_venue(
        host_subject(dated_place(scene_place(visited_place(acted_place(stated_place(rule))))))
    )


__all__ = ["act_place", "act_status", "acted_place", "stated_or_acted"]
