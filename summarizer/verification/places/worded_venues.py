"""A summit's place told by wordings other than "meet" or "hold" (outside checks 53 to 70,
session 32), for a summit's place (:func:`rules.support_place`, through
:func:`joined_acts.stated_or_acted`). Each reading lifts the refusal "in its evidence, but not
as where this meeting is" (the place's words are there, their role unread); a trip's purpose
also lifts "only as the place of another occasion told in the sentence", "... the end of
another journey" and "... the place of another journey or call" when it names one of the
fact's own parties as the one the trip is to see, and a bulleted programme line lifts "only as
the story's dateline". The layout's readings (schedule lines, "this city" under a dateline,
fronted venues, where-asides) are :mod:`venue_lines`'.

- *a meeting verb other than "meet"*: "Xi will receive the two presidents ... in Beijing",
  "Anwar hosted Thailand's and Cambodia's leaders at his official residence in Putrajaya",
  "They were then joined at the White House by Starmer, Macron ...", "the next day he was in
  Paris with Emmanuel Macron": the verb (or "was in X with" a party), then "in"/"at" and the
  place in its clause, and one of the fact's parties named after the verb. A host receiving a
  party in a place is the two of them together there, as "met in" would say;
- *a trip's purpose*: "flies on to Busan to see Xi on Thursday", "the first took him to
  Washington to see President Donald Trump", "In June he travelled to Canada for a Group of
  Seven summit", "then to Warsaw to meet Donald Tusk": a journey to the place whose purpose,
  right after it, is to see or meet one of the fact's parties, or a summit or talks with one
  of them (any summit, for a fact of one party: the summit he went to);
- *an invitation*, for a meeting not held: "a letter inviting him to the White House".

What these readings do not lift (a few of them earlier readings accept on their own; the
DECISIONS section of session 32 lists those): the earlier meeting's place ("who hosted him in
Moscow last year", "last flew to Beijing to see Xi", a year after the place), a place the
leaders fly from ("flew from Seoul to Busan"), a place named only as a party's home ("welcomed
the president from Brazil"), another occasion's place in the same sentence (a clause after
"after", "before", "who", "where" ... between the verb and the place; "to Paris to see Macron
and then to Warsaw to meet Tusk" is no Warsaw meeting with Macron), a venue proposed or turned
down ("offered to host the talks in Oslo", "declined an invitation to Rome"), calls and letters
received ("received a call in Beijing from Putin"), and a trip whose purpose is no meeting
("flew to Oslo to prepare").

Two refusals it adds (review rvpl32) to a place the earlier readings accept, for a fact of two
parties or more: every mention of the place is where a verb of receiving has a titled person
who is no party as host or guest and its clause names at most one of the fact's parties
("President Emmanuel Macron received Prime Minister Narendra Modi at the Elysee Palace" is no
Elysee meeting of Macron and Merz; "King Charles received Prime Minister Mark Carney at
Buckingham Palace" none of Carney and Starmer), or every mention is where someone came from
("flew in from Copenhagen, where the summit was held, and met Aliyev at the Palais"; not
"returned from Anchorage, where he met Putin"). Both are unconfirmed: the place's words are
there, the role read is another's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from summarizer.comparators import Supported
from ..context import Context, Result, unconfirmed
from ..page.tokens import BE_FORMS, Token, word_set
from ..people.names import TITLES, find_named
from .venue_lines import (
    EARLIER_MARKS,
    MEETING_NOUNS,
    OFFER_WORDS,
    clause_cut,
    come_from,
    fact_parties,
    laid_out_venue,
    mentions,
    party_named,
    schedule_line,
)

_Rule = Callable[[Any, Supported, Context], Result]

_WEAK = "but not as where this meeting is"
_DATELINE = "only as the story's dateline"
# Strong refusals a trip's purpose naming the fact's own party lifts: the journey is to it.
_JOURNEYS = (
    "only as the place of another occasion told in the sentence",
    "only as the end of another journey",
    "only as the place of another journey or call",
)

# Verbs of one party receiving another somewhere: together there, as "met in" says.
_RECEIVING = word_set(
    """receive receives received receiving host hosts hosted hosting welcome welcomes
    welcomed welcoming join joins joined joining"""
)
# What a verb of receiving may take that is no meeting: "received a call in Beijing".
_NO_MEETING = word_set(
    """call calls letter letters message messages invitation invitations award awards prize
    honour honor phone complaint report reports note payment shipment warning warnings
    visa visas treatment"""
)
# Words opening another clause between a verb and a place: the place is that clause's.
_CLAUSE_OPENERS = word_set(
    """who whom whose which that where when after before while since because although though
    until whereas once"""
)
_REFUSING = word_set(
    """declined declines decline refused refuses rejected rejects rejecting spurned dismissed
    turned snubbed"""
)
_AT = word_set("in at")
_WELCOMING = word_set("welcome welcomes welcomed welcoming")
_REACH = 30

# Verbs and nouns of a journey before "to" and the place.
_JOURNEY = word_set(
    """fly flies flew flown flying travel travels travelled traveled travelling traveling
    go goes went going head heads headed heading take takes took taken taking trip trips
    journey return returns returned returning"""
)
_JOURNEY_REACH = 12
_SEEING = word_set("see meet visit greet")
_INVITING = word_set("invite invites invited inviting")
_OBJECTS = word_set("him her them")


def worded_venue(rule: _Rule) -> _Rule:
    """``rule`` (a summit's place) with the readings of the module lifting its refusal."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        if not ctx.sentences:
            return result
        if result[0]:
            guest = _first_part(str(value))
            if guest and _other_guest(guest, ctx):
                return unconfirmed(
                    f"{guest!r} is in its evidence only as where one of its parties received"
                    " someone else"
                )
            if guest and _only_come_from(guest, ctx):
                return unconfirmed(f"{guest!r} is in its evidence only as where someone came from")
            return result
        reason = str(result[1])
        weak, other = _WEAK in reason, any(role in reason for role in _JOURNEYS)
        dated = _DATELINE in reason
        place = _first_part(str(value))
        if not place or not (weak or other or dated):
            return result
        if dated:  # a programme's bulleted item read as the story's dateline
            return (True, "") if schedule_line(place, ctx, bulleted=True) else result
        if _trip_purpose(place, ctx, named_only=other):
            return True, ""
        if weak and (_received(place, ctx) or _invited(place, ctx) or laid_out_venue(place, ctx)):
            return True, ""
        return result

    return support


def _first_part(value: str) -> str:
    place = value.split(",")[0].strip()
    return place[4:] if place.lower().startswith("the ") else place


def _held(ctx: Context) -> bool:
    status = getattr(ctx.fact, "status", None)
    return str(getattr(status, "value", status)) == "held"


def _preposition(tokens: Sequence[Token], at: int, welcome: bool = False) -> int | None:
    """The index of "in"/"at" before the place ("in Beijing", "at the White House"), or of
    "to" where ``welcome`` ("welcomed Mahama to Downing Street")."""
    before = at - 1
    if before >= 1 and tokens[before].norm == "the":
        before -= 1
    if before >= 0 and (tokens[before].norm in _AT or (welcome and tokens[before].norm == "to")):
        return before
    return None


def _clause_end(tokens: Sequence[Token], first: int, text: str, reach: int = 40) -> int:
    """The end of the clause from ``first``: before a word opening another clause ("before
    sitting down with Carney") or a semicolon or dash, at most ``reach`` tokens on."""
    last = min(first + reach, len(tokens))
    for index in range(first, last):
        if tokens[index].norm in _CLAUSE_OPENERS:
            return index
        if clause_cut(tokens, index, text):
            return index + 1
    return last


def _earlier(tokens: Sequence[Token], first: int, last: int) -> bool:
    """An earlier marker, or a year right after the place ("in Moscow in 2017")."""
    window = tokens[max(first, 0) : min(last, len(tokens))]
    if any(t.norm in EARLIER_MARKS for t in window):
        return True
    return any(
        t.is_number and len(t.text) == 4 and t.text.startswith(("19", "20")) for t in window[-3:]
    )


def _offered(tokens: Sequence[Token]) -> bool:
    return any(t.norm in OFFER_WORDS for t in tokens)


def _refused(tokens: Sequence[Token]) -> bool:
    return any(t.norm in _REFUSING for t in tokens)


def _received(place: str, ctx: Context) -> bool:
    """A verb of receiving, then "in"/"at" and the place in its clause, a party named after
    the verb; or "was in X with" a party."""
    text = ctx.article.text
    for tokens, at, size in mentions(place, ctx):
        preposition = _preposition(tokens, at, welcome=True)
        if preposition is None or _offered(tokens):
            continue
        after = at + size
        if _earlier(tokens, preposition - 4, after + 3):
            continue
        if (
            preposition >= 1
            and (tokens[preposition - 1].norm in BE_FORMS or _was_in_before(tokens, preposition))
            and after < len(tokens)
            and tokens[after].norm == "with"
            and party_named(tokens, after + 1, after + 5, ctx)
        ):
            return True  # "he was in Paris with Emmanuel Macron"
        for index in range(preposition - 1, max(preposition - _REACH, -1), -1):
            if clause_cut(tokens, index, text) or tokens[index].norm in _CLAUSE_OPENERS:
                break
            if tokens[index].norm not in _RECEIVING:
                continue
            if tokens[preposition].norm == "to" and tokens[index].norm not in _WELCOMING:
                break  # "joined NATO to ...": only a welcome takes one "to" a place
            following = {t.norm for t in tokens[index + 1 : index + 4]}
            end = _clause_end(tokens, index + 1, text)
            if following.isdisjoint(_NO_MEETING) and party_named(tokens, index + 1, end, ctx):
                return True
            break
    return False


def _was_in_before(tokens: Sequence[Token], preposition: int) -> bool:
    """ "was in Paris with Macron on Monday and in Berlin with Merz": "and" before the
    preposition, and "was in"/"at" earlier in the clause."""
    if tokens[preposition - 1].norm != "and":
        return False
    for index in range(preposition - 2, max(preposition - 16, 0), -1):
        if tokens[index].norm in _CLAUSE_OPENERS:
            return False
        if tokens[index].norm in _AT and tokens[index - 1].norm in BE_FORMS:
            return True
    return False


def _titled_other(tokens: Sequence[Token], first: int, last: int, ctx: Context) -> bool:
    """A titled person who is none of the fact's parties in ``tokens[first:last]`` ("Prime
    Minister Narendra Modi", "King Charles")."""
    text = ctx.article.text
    spans = [span for party in fact_parties(ctx) for span in find_named(party, tokens, text)]
    for index in range(first, last - 1):
        name = index + 1
        if tokens[index].norm not in TITLES or tokens[name].norm in TITLES:
            continue
        if tokens[name].capitalised and not any(a <= name <= b for a, b in spans):
            return True
    return False


def _other_guest(place: str, ctx: Context) -> bool:
    """Every mention of the place is where a verb of receiving has a titled person who is no
    party of the fact as host or guest, and its clause names at most one of the fact's
    parties: "Macron received Prime Minister Narendra Modi at the Elysee Palace" is no Elysee
    meeting of Macron and Merz, "King Charles received Carney at Buckingham Palace" none of
    Carney and Starmer. A fact of one party is left to the reading that accepted it."""
    if len(fact_parties(ctx)) < 2:
        return False
    text = ctx.article.text
    found = False
    for tokens, at, _ in mentions(place, ctx):
        preposition = _preposition(tokens, at, welcome=True)
        if preposition is None:
            return False
        verb, start = None, 0
        for index in range(preposition - 1, -1, -1):
            if clause_cut(tokens, index, text) or tokens[index].norm in _CLAUSE_OPENERS:
                start = index + 1
                break
            if verb is None and tokens[index].norm in _RECEIVING:
                verb = index
        if verb is None:
            return False
        named = {
            party
            for party in fact_parties(ctx)
            if any(start <= a < at for a, _ in find_named(party, tokens, text))
        }
        if len(named) > 1 or not _titled_other(tokens, start, at, ctx):
            return False
        found = True
    return found


def _only_come_from(place: str, ctx: Context) -> bool:
    """Every mention of the place is where someone came from ("flew in from Copenhagen, where
    the summit was held, and met Aliyev at the Palais des Nations")."""
    found = [come_from(tokens, at, size, ctx) for tokens, at, size in mentions(place, ctx)]
    return bool(found) and all(found)


def _trip_purpose(place: str, ctx: Context, named_only: bool) -> bool:
    """A journey "to" the place whose purpose, right after it, is to see or meet one of the
    fact's parties (``named_only``: only that), or a summit or talks."""
    text = ctx.article.text
    for tokens, at, size in mentions(place, ctx):
        to = at - 2 if at >= 2 and tokens[at - 1].norm == "the" else at - 1
        if to < 0 or tokens[to].norm != "to" or _offered(tokens):
            continue
        journey = False
        for index in range(to - 1, max(to - _JOURNEY_REACH, -1), -1):
            if clause_cut(tokens, index, text) or tokens[index].norm in _CLAUSE_OPENERS:
                break
            if tokens[index].norm in _JOURNEY:
                journey = True
                break
        if not journey or _earlier(tokens, index - 3, at + size + 8):
            continue
        after = at + size
        if after + 1 >= len(tokens):
            continue
        word, then = tokens[after].norm, tokens[after + 1].norm
        seen = _clause_end(tokens, after + 2, text, reach=6)
        if word == "to" and then in _SEEING and party_named(tokens, after + 2, seen, ctx):
            return True  # "flies on to Busan to see Xi"
        if named_only or word != "for":
            continue
        purpose = [t.norm for t in tokens[after + 1 : after + 7]]
        if MEETING_NOUNS.isdisjoint(purpose):
            continue
        end = _clause_end(tokens, after + 1, text, reach=10)
        if len(fact_parties(ctx)) <= 1 or party_named(tokens, after + 1, end, ctx):
            return True  # "travelled to Canada for a Group of Seven summit": his summit;
            # not "before Xi went on to Gyeongju for the APEC gathering" for a Trump-Xi meeting
    return False


def _invited(place: str, ctx: Context) -> bool:
    """ "inviting him to the White House", for a meeting not held, no refusal in the
    sentence."""
    if _held(ctx):
        return False
    for tokens, at, _ in mentions(place, ctx):
        to = at - 2 if at >= 2 and tokens[at - 1].norm == "the" else at - 1
        if to < 2 or tokens[to].norm != "to" or _refused(tokens):
            continue
        if _earlier(tokens, to - 8, at + 4):
            continue
        invite = next(
            (i for i in range(to - 1, max(to - 8, -1), -1) if tokens[i].norm in _INVITING), None
        )
        if invite is None:
            continue
        between = tokens[invite + 1 : to]
        if any(t.norm in _OBJECTS for t in between) or party_named(tokens, invite + 1, to, ctx):
            return True
    return False


__all__ = ["worded_venue"]
