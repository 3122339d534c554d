"""Places a sentence names in a role that is not where the meeting or the event is (an outside
check, session 14), for a summit's ``place`` (:func:`rules.support_place`) and an event's
``site`` (:func:`sites.support_site`):

- *the place given up*: "Obama will go to Stockholm instead of visiting Moscow", "the talks
  will be in Doha rather than Cairo", "skipping Riyadh", "moved from Vienna to Geneva": the
  sentence says the meeting is *not* there, which states another place (*unsupported*);
- *a country that stands for its people*: "The accord was signed in Havana, with the leaders
  of Mexico and Chile attending", "Ghana's president attended the signing in Accra",
  "delegations from Qatar and Egypt took part in the talks at Sharm el-Sheikh": the country
  is who came, and the sentence puts the event in another place (*unsupported*); with no
  other place in the sentence the country keeps its old reading (unconfirmed for a meeting).

- *talks the parties backed* (session 25): "urged every party to back the Geneva talks" when
  the evidence puts the meeting in another place (*unsupported*);

- *the addressee*: "Egypt delivered the truce proposal to Hamas", "forwarded the Ukrainian
  proposal to Moscow": who a paper was handed to (:mod:`addressees`, session 15;
  *unsupported*).

And two roles of a plan (session 15), read as *unconfirmed*: the place of a plan that did not
hold ("they were supposed to meet in Lima", "which was meant to take place in Doha") for a
meeting said held, or moved ("will meet in Auckland instead"), since the sentence may go on
to say it was held there after all; and the place of another thing's plan ("The prisoner
handover was supposed to take place in Rafah").

A place refused only when every mention of it in the fact's evidence has one of those roles:
"Moscow, which Obama skipped in 2009, hosts the summit" still names it as the host.

And one role that *supports* a meeting's place: a dateline whose sentence calls that place
the summit's host ("PATTAYA, Thailand -- Leaders arrived on Friday in the resort city hosting
this year's summit", "..., the summit's host city"): the dateline is the city the sentence
speaks of. A dateline with no such words keeps its old reading (unconfirmed).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context, Result, unconfirmed
from ..occasions.clause_occasions import dated_elsewhere
from ..occasions.occasion_places import other_occasion
from ..occasions.other_trips import OTHER_STOP, other_stop, other_trip
from ..occasions.recalled_occasions import recalled_place
from ..occasions.stated_venues import dated_other, route_end
from ..page.tokens import SINGULAR_POSSESSIVES, Token, tokenize, word_set
from ..people.names import find_phrase
from .addressees import addressee
from .dateline_epithets import dateline_epithet
from .errands import errand
from .held_elsewhere import held_elsewhere, held_here, said_remote
from .line_labels import line_label
from .moved_venues import moved_venue
from .place_plans import (
    counterfactual,
    moved_after,
    plan_place,
    plan_subject,
)
from .proposed_venues import proposed_venue
from .stand_in_places import stand_in_place

# One-word and two-word openers of the place given up.
_GIVING_UP = word_set(
    """skipping skipped skip skips bypassing bypassed bypass bypasses avoiding avoided
    shunning shunned"""
)
_INSTEAD = {("instead", "of"), ("rather", "than"), ("place", "of")}
_MOVED = word_set("moved relocated shifted switched transferred")
# Words between an opener and its place: "instead of visiting", "rather than a stop in".
_ON_THE_WAY = word_set(
    """visiting visit going travelling traveling flying heading meeting holding to a an the
    stop stops trip in at on planned scheduled original originally"""
)
# Who a country stands for, before it ("the leaders of Mexico") or after it ("Ghana's
# president").
_PEOPLE = word_set(
    """leader leaders president presidents premier premiers minister ministers delegation
    delegations envoy envoys representative representatives head heads officials king
    monarch chancellor emir"""
)
_PEOPLE_OF = word_set("of from")
# A party's group sent to a meeting elsewhere: its place is where the party comes from.
_VISITORS = word_set(
    """delegation delegations negotiators negotiating team envoy envoys emissaries
    representatives"""
)
_CHAIN = word_set("and ,")
_AT = word_set("in at")
_HOSTING = word_set("hosting hosts host")
_HERE = word_set("here")
_SUMMITS = ("summit", "meet", "met", "talks", "forum", "conference", "gathering", "summitry")
_DASHES = ("-", "\u2013", "\u2014", "(")


def place_reading(place: str, ctx: Context, meeting: bool) -> Result | None:
    """The verdict the roles above give ``place`` in the fact's evidence, or None when they
    say nothing; ``meeting``: a summit's place (a host dateline counts)."""
    if meeting and (moved := moved_venue(place, ctx)) is not None:
        return moved  # "relocated to Japan from Australia", "will catch up in Japan"
    roles: list[str] = []
    size = len(tokenize(place))
    text = ctx.article.text
    remote = meeting and said_remote(ctx.sentence_tokens())
    for tokens in ctx.sentence_tokens():
        for start in find_phrase(place, tokens):
            if meeting and _host_dateline(tokens, start, size, text):
                return True, ""
            if meeting and dateline_epithet(tokens, start, size, text) is not None:
                return True, ""  # "DOHA, Qatar - ... resumed talks in the Qatari capital"
            if meeting and held_here(tokens, start, size, text, ctx.fact):
                return True, ""  # "originally set for Bari, took place in Athens"
            role = _given_up(tokens, start) or _people_of(tokens, start, size, place, ctx)
            if role is None and meeting:  # "a Paris-based watchdog", "first planned for X"
                role = held_elsewhere(tokens, start, size, text, ctx.fact, remote)
            labelled = not meeting and line_label(tokens, start, size, text)
            if role is None and not labelled:  # "after a planned meeting in Seoul was called off"
                role = other_occasion(tokens, start, size, text, ctx.fact, meeting)
            if role is None:  # "The two men last met in Vladivostok" (recalled_occasions)
                role = recalled_place(ctx, tokens, start)
            if role is None and meeting:  # "after their ministers met in Ankara" (stand_in_places)
                role = stand_in_place(tokens, start, ctx.fact, text)
            if role is None and meeting:  # the fact's day told with another place (check 44)
                role = dated_elsewhere(
                    ctx.fact, list(ctx.sentence_tokens()), tokens, start, size, text
                )
            if role is None and addressee(tokens, start, size, text):
                role = "the one a paper was handed to"  # "delivered the proposal to Hamas"
            if role is None and meeting and _backed(tokens, start, size, place, ctx):
                role = "the place of talks the parties backed"  # "to back the Geneva talks"
            if role is None and meeting and _offered(ctx, tokens, start, size, text):
                role = _PROPOSAL
            if role is None and meeting:
                role = _plan_role(ctx, tokens, start)
            if role is None and meeting and other_trip(tokens, start, size, text):
                role = "the place of another journey or call"  # "before he flies to Y"
            if role is None and meeting and other_stop(ctx.fact, tokens, start, text):
                role = OTHER_STOP  # "visit Kyiv this week and then travel to Moscow for talks"
            if role is None and errand(tokens, start, size, ctx):
                role = _ERRAND  # "flew to Oslo to prepare", "a service to Amman" (errands.py)
            if role is None and not meeting and route_end(tokens, start, size):
                role = "a route's end"  # "a flight from Athens to Vilnius" (stated_venues)
            if role is None and meeting and dated_other(tokens, start, size, text, ctx.fact):
                role = "the place of another occasion told in the sentence"
            if role is None:
                return None
            roles.append(role)
    if not roles:
        return None
    if all(role in (_PROPOSAL, _FELL_THROUGH, _OTHER_PLAN, _ERRAND) for role in roles):
        return unconfirmed(f"{place!r} is in its evidence only as {roles[0]}")
    return False, f"{place!r} is in its evidence only as {roles[0]}"


_PROPOSAL = "a place proposed for it"
_FELL_THROUGH = "the place of a plan that did not hold"
_OTHER_PLAN = "the place of another thing's plan"
_ERRAND = "the end of a trip or a flight, or the next leg of talks"


def _plan_role(ctx: Context, tokens: Sequence[Token], start: int) -> str | None:
    """A plan that did not hold ("were supposed to meet in Lima") for a meeting said held or
    moved elsewhere ("will meet in Auckland instead"), or a plan of another thing than the
    meeting ("The handover was supposed to take place in Rafah": an event's verb, whose
    subject is no meeting, no party and none of their people)."""
    status = getattr(ctx.fact, "status", None)
    held = str(getattr(status, "value", status)) == "held"
    if counterfactual(tokens, start, ctx.article.text) and (held or moved_after(tokens, 0)):
        return _FELL_THROUGH
    plan = plan_place(tokens, start)
    if plan is None or tokens[start - 2].norm not in _EVENT_VERBS:
        return None  # "heads of state are set to meet in Nairobi": people meeting
    parties = [p for p in getattr(ctx.fact, "parties", None) or [] if isinstance(p, str)]
    if not plan_subject(tokens, plan, parties, ctx.article.text):
        return _OTHER_PLAN
    return None


# Verbs of an event taking place, whose subject says what the plan was for ("The handover was
# supposed to take place in Rafah"); "meet" and "convene" have people for their subject.
_EVENT_VERBS = word_set("place held hosted staged happen open")


def _offered(ctx: Context, tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """A place only proposed (:mod:`proposed_venues`), for a meeting with a status past a
    proposal (a meeting ``proposed``, or with no status, keeps the proposed place)."""
    status = getattr(ctx.fact, "status", None)
    if status is None or str(getattr(status, "value", status)) == "proposed":
        return False
    return proposed_venue(tokens, start, size, text)


def _given_up(tokens: Sequence[Token], start: int) -> str | None:
    """The place follows "instead of", "rather than", "skipping", "moved from" (see the
    module), over at most four words of going there."""
    for index in range(start - 1, max(start - 6, -1), -1):
        norm = tokens[index].norm
        pair = (tokens[index - 1].norm, norm) if index else ("", norm)
        if pair in _INSTEAD or norm in _GIVING_UP:
            return "the place given up"
        if norm == "from" and index and tokens[index - 1].norm in _MOVED:
            return "the place given up"
        if norm not in _ON_THE_WAY:
            return None
    return None


# Verbs of standing behind others' talks ("urged every party to back the Geneva talks") and
# the talks' nouns the place modifies.
_BACKING = word_set(
    "back backs backed backing support supports supported supporting endorse endorsed"
)
_PROCESS = word_set("talks negotiations process conference")


def _backed(tokens: Sequence[Token], start: int, size: int, place: str, ctx: Context) -> bool:
    """The place modifies talks that a verb of backing takes as its object ("to back the
    Geneva talks", check 50), and the evidence puts the meeting in another place ("sat down
    ... at Schloss Herrenhausen in Hannover"): the parties back others' talks there."""
    after = start + size
    if after >= len(tokens) or tokens[after].norm not in _PROCESS:
        return False
    if start < 2 or tokens[start - 1].norm != "the" or tokens[start - 2].norm not in _BACKING:
        return False
    own = {t.norm for t in tokenize(place)}
    return any(
        other[at].norm in _AT and other[at + 1].capitalised and other[at + 1].norm not in own
        for other in ctx.sentence_tokens()
        for at in range(len(other) - 1)
    )


def _people_of(
    tokens: Sequence[Token], start: int, size: int, place: str, ctx: Context
) -> str | None:
    """The place is a country standing for its people ("the leaders of Mexico and Chile",
    "Ghana's president") in a sentence that puts the event in another place; for a party's
    visiting group ("the head of Moscow's delegation", "Kyiv's negotiators"), in any sentence
    of the evidence (check 53: the talks were "in Istanbul" a sentence before)."""
    people = visitors = False
    end = start + size
    if tokens[end - 1].text.endswith(SINGULAR_POSSESSIVES) and end < len(tokens):
        people = tokens[end].norm in _PEOPLE or tokens[end].norm in _VISITORS
        visitors = tokens[end].norm in _VISITORS
    if _sends_visitors(tokens, end):
        people = visitors = True  # "Kyiv sent a team led by Andriy Yermak" (review rvF)
    index = start - 1
    while index >= 1 and (tokens[index].norm in _CHAIN or tokens[index].capitalised):
        index -= 1  # "the leaders of Mexico and Chile": back over the other countries
    if index >= 1 and tokens[index].norm in _PEOPLE_OF and tokens[index - 1].norm in _PEOPLE:
        people = True
        visitors = visitors or tokens[index - 1].norm in _VISITORS
    if not people:
        return None
    own = {t.norm for t in tokenize(place)}
    for other in ctx.sentence_tokens() if visitors else (tokens,):
        for at in range(1, len(other) - 1):
            named = other[at + 1].capitalised and other[at + 1].norm not in own
            if other[at].norm in _AT and named:
                return "the country of those who attended"
    return None


# Verbs of a party sending its group ("Kyiv sent a team led by Andriy Yermak").
_SENDING = word_set("sent sends dispatched dispatches")


def _sends_visitors(tokens: Sequence[Token], end: int) -> bool:
    """The place is followed by a verb of sending and a visiting group within three words
    ("Kyiv sent a team", "Moscow dispatched its negotiators"): the party that sent them."""
    if end >= len(tokens) or tokens[end].norm not in _SENDING:
        return False
    return any(t.norm in _VISITORS for t in tokens[end + 1 : end + 4])


def _host_dateline(tokens: Sequence[Token], start: int, size: int, text: str) -> bool:
    """The place opens its sentence as a dateline (a dash or a bracket within its first few
    words) and the sentence calls a place the summit's host ("the city hosting the summit",
    "the summit's host city", "here")."""
    if start != 0:
        return False
    lead = min(start + size + 3, len(tokens) - 1)
    if not any(
        any(mark in text[tokens[i].end : tokens[i + 1].start] for mark in _DASHES)
        for i in range(start + size - 1, lead)
    ):
        return False
    norms = [t.norm for t in tokens[start + size :]]
    summit = any(n.startswith(_SUMMITS) for n in norms)
    return summit and (not _HOSTING.isdisjoint(norms) or not _HERE.isdisjoint(norms))


__all__ = ["place_reading"]
