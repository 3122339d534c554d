"""A meeting's place stated by the predicate of its own clause, and a route's ends (an outside
check, 45, cause 3), for :func:`summarizer.verification.places.replaced_places.place_reading`.

When no other role claims a place the fact's evidence names (another occasion's, a plan's, a
journey's: :mod:`occasion_places`, :mod:`held_elsewhere`, ...), the place is the meeting's when
its own clause says so in any of the ways news copy does:

- a predicate of meeting, gathering or settling governs it: "met / gathered / convened /
  reconvened / sat down / held talks / will meet in X", "the accord was signed / sealed /
  inked / initialled / clinched in X", "reached / struck an agreement in X", "the summit
  opened / took place / was held in X", within a few words before "in" / "at" and with no
  other place between;
- the place names the forum it met at: "on the sidelines / margins of the Antalya Diplomacy
  Forum", "spoke at the Munich Security Conference", "at the Doha Forum";
- the place makes a country's precise: "will be held in France in 2024, at
  Villers-Cotterets", "in Spain, in Seville, on June 30";
- a dateline opens the sentence ("BRUSSELS —", "NAIROBI, June 3 (Wire) —") whose held meeting
  or agreement has no other place after "in" / "at" (:func:`dateline_meeting`).

The clause must fit the fact: a clause that opens with a word of time ("after talks in Doha
last month", "following a round in Bern", "since their meeting in Lagos") is another occasion
unless it holds the fact's day; the fact's day told only in another clause, a clause of another
round ("again", "next", "second") without the fact's day, a past predicate for a meeting not
held ("who first met in Brasilia", "met in Alaska" beside a summit called off) and a future
one for a meeting held ("will meet in X" for
one that was held) leave the place to the other rules.

A place after "from" on the way of a flight, train, ship or convoy ("a flight from Athens to
Vilnius was forced to land in Minsk", "a ship bound for Odesa from Istanbul was struck off
Izmail") is a route's end, not where an event happened, when the sentence names another place
after "in", "at", "near" or "off" (:func:`route_end`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from summarizer.comparators import Supported
from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..context import Context, Result
from ..page.tokens import Token, tokenize, word_set
from ..people.names import find_named, find_phrase
from .sentence_words import evidence_uses

_IN = word_set("in at")
_PREDICATES = word_set(
    """met meet meets meeting gathered gather gathers gathering convened convene convenes
    convening reconvened reconvene reconvenes reconvening sat sit sits sitting talked talk
    talks held hold holds holding signed sign signs signing sealed seal seals sealing inked
    ink inks initialled initialed initial clinched clinch clinches struck strike strikes
    reached reach reaches agreed agree agrees concluded conclude concludes opened open opens
    opening took take takes taking spoke speak speaks summit summits round rounds together
    sidelines margins margin hosted host hosts resume resumes resumed resuming"""
)
_PAST = word_set(
    """met gathered convened reconvened sat talked held signed sealed inked initialled
    initialed clinched struck reached agreed concluded opened took spoke hosted was were had
    made achieved won secured negotiated brokered produced adopted forged drafted hammered"""
)
_FUTURE = word_set(
    """will would shall to due set plan plans planned expected scheduled hope hopes hoped going
    intend intends next upcoming"""
)
_OPENERS = word_set("after before since following until having once")
_RELATIVES = word_set("which who whose where when")
_AND = word_set("and but while whereas")
_WILL = word_set("will shall")
_EARLIER_HELD = word_set("previous previously earlier former prior had")
_EARLIER = _EARLIER_HELD | word_set("last ago past first")
_DONE = ("held", "under_way")
_ROUNDS = word_set("again another second third further subsequent return")
_FORUMS = word_set(
    """forum conference dialogue summit meeting assembly congress games expo week festival
    talks process format"""
)
_FORUM_LEADS = word_set("of at during")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
_BREAKS = (";", ":", "\u2014", "\u2013", " - ", "(", ")", "\n")
_WINDOW = 7
_BETWEEN = word_set(
    """a an the their its his her our this that these those finally briefly again together down
    up also formally later then now first second third final new fresh last next late early
    once more on in at of by year week month day days weeks months morning afternoon evening
    night weekend today tomorrow tonight yesterday"""
)
_OBJECTS = word_set(
    """agreement agreements deal deals accord accords pact pacts truce ceasefire treaty
    treaties statement declaration memorandum document text framework plan communique"""
)
_BE = word_set("be been being")
_MOVED = word_set(
    """moved move moves relocated relocate relocates switched shifted transferred instead
    rather"""
)
_GENERIC = word_set(
    """the a an this that these those their its his her our after before following since
    having once when while as weeks days months years delegates delegations ministers envoys
    negotiators leaders officials diplomats sources talks it they both two three four peace
    foreign heads presidents premiers mediators representatives"""
)
_DAY_FIELDS = ("planned_timing", "when", "starts")
_DASHES = ("-", "\u2013", "\u2014")
_TRAVEL = word_set(
    """flight flights plane planes jet airliner aircraft train trains ship ships vessel
    vessels ferry convoy convoys bus buses truck trucks lorry route passengers cargo flew
    flying travelling traveling bound sailing heading en"""
)
_THERE = word_set("in at near off outside over")
_PLACE_NOUNS = word_set("town city village district region province port island area")


def _clause(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int]:
    """The clause around ``tokens[index]``: cut at a semicolon, colon, dash, bracket or line
    break, before a word of time or a relative word ("after", "which"), which holds its clause
    only to the next comma, and before "and" / "but" ahead of a lowercase word."""
    cuts, opened = [0], bool(tokens) and tokens[0].norm in _OPENERS
    for at in range(1, len(tokens)):
        gap = text[tokens[at - 1].end : tokens[at].start]
        norm = tokens[at].norm
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if (
            (gap != " " and any(mark in gap for mark in _BREAKS))
            or norm in _OPENERS
            or norm in _RELATIVES
            or (opened and "," in gap)
            or (norm in _AND and following is not None and not following.capitalised)
        ):
            cuts.append(at)
            opened = norm in _OPENERS or norm in _RELATIVES
    cuts.append(len(tokens))
    first = max(cut for cut in cuts if cut <= index)
    return first, min(cut for cut in cuts if cut > index)


def _is_place(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word after "in" / "at" (perhaps "the"): a place, not a day."""
    token = tokens[index]
    if not token.capitalised or token.norm in _CALENDAR or index < 1:
        return False
    before = index - 1
    if tokens[before].norm == "the" and before > 0:
        before -= 1
    return tokens[before].norm in _IN and not tokens[before].capitalised


def _routed(tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word after "from", "to", "near" or "the city / town ... of": a place."""
    before = tokens[index - 1].norm if index else ""
    if before in _THERE or before in ("from", "to"):
        return tokens[index].capitalised
    return before == "of" and index > 1 and tokens[index - 2].norm in _PLACE_NOUNS


def _governor(tokens: Sequence[Token], lead: int, first: int, text: str) -> int | None:
    """The predicate of meeting before the preposition ``tokens[lead]``, within a few words
    of the clause that are only its object, a day or a manner ("reached an agreement in",
    "met on Tuesday in", "sat down briefly in"); a country's place before ", at X" ("in France
    in 2024, at Villers-Cotterets") is passed over. Any other word ("the fighting in Darfur",
    "Russia's embassy in Yerevan") leaves the place to the other rules."""
    index, seen, modified = lead - 1, 0, False
    while index >= first and seen < _WINDOW:
        token = tokens[index]
        if token.norm in _PREDICATES:
            return index
        if token.norm in _OBJECTS:
            modified = True  # "sealed the maritime pact in": its modifiers may pass
        elif modified and not token.capitalised and not token.is_number:
            pass
        elif _is_place(tokens, index):
            if "," not in text[tokens[index].end : tokens[lead].start]:
                return None  # "met in Astana and again in Almaty": another place
        elif not (token.norm in _BETWEEN or token.norm in _CALENDAR or token.is_number):
            return None
        index -= 1
        seen += 1
    return None


def _tense(tokens: Sequence[Token], first: int, lead: int) -> str:
    """ "future" or "past" by the nearest marker before ``tokens[lead]`` in its clause ("will
    be held", "is to be held": future; "was held", "the accord signed at": past), or ""."""
    for index in range(lead - 1, first - 1, -1):
        norm = tokens[index].norm
        if norm in _FUTURE:
            return "future"
        if norm in _PAST and not (index > first and tokens[index - 1].norm in _BE):
            return "past"
    return ""


def _days(fact: Any, tokens: Sequence[Token]) -> list[int]:
    found: list[int] = []
    for field in _DAY_FIELDS:
        value = getattr(fact, field, None)
        if isinstance(value, str) and value.strip():
            words = [t.text for t in tokenize(value)]
            while words and words[0].lower() in ("on", "in", "at", "the", "from"):
                words = words[1:]
            if words:
                found += find_phrase(" ".join(words), list(tokens))
    return found


def _status(fact: Any) -> str:
    status = getattr(fact, "status", None)
    return str(getattr(status, "value", status) or "")


def _previous(tokens: Sequence[Token], start: int, size: int, fact: Any) -> bool:
    """The fact's ``previous_meeting`` names the place: it is the earlier meeting's."""
    previous = getattr(fact, "previous_meeting", None)
    place = " ".join(t.text for t in tokens[start : start + size])
    return bool(previous) and bool(find_phrase(place, tokenize(str(previous))))


def _fits(tokens: Sequence[Token], clause: tuple[int, int], lead: int, fact: Any) -> bool:
    """Whether the clause can be the fact's occasion (see the module)."""
    first, end = clause
    days = _days(fact, tokens)
    own_day = any(first <= day < end for day in days)
    if days and not own_day:
        return False  # the fact's day is told with another clause
    words = [t.norm for t in tokens[first:end]]
    status = _status(fact)
    earlier = _EARLIER_HELD if status in _DONE else _EARLIER
    if not own_day and (
        tokens[first].norm in _OPENERS
        or tokens[first].norm in _RELATIVES
        or any(a in ("last", "first") and b in _PREDICATES for a, b in pairwise(words))
        or not _ROUNDS.isdisjoint(words)
        or not earlier.isdisjoint(words)
    ):
        return False  # "after talks in Doha", "agreed to meet again in X", "had met in X"
    tense = _tense(tokens, first, lead)
    if status in _DONE and tense == "future":
        return False  # "will meet in X" for a meeting held
    return tense != "past" or status in _DONE or status in ("", "unclear")


_WEAK = ("but not as where this meeting is", "is where an earlier meeting was held")
_NEGATIONS = word_set("not never no without")
_DENIALS = word_set("not than never")  # the words :func:`_denied` needs

PlaceRule = Callable[[Any, Supported, Context], Result]


def stated_place(rule: PlaceRule) -> PlaceRule:
    """``rule`` (a summit's place), with its refusals "not as where this meeting is" and
    "where an earlier meeting was held" lifted when a sentence of the evidence states the place
    as the meeting's (:func:`stated_venue`)."""

    def support(value: Any, supported: Supported, ctx: Context) -> Result:
        result = rule(value, supported, ctx)
        place = str(value).split(",")[0].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        size = len(tokenize(place))
        text = ctx.article.text
        if result[0]:
            if not evidence_uses(ctx, _DENIALS):
                return result  # no "not", "than", "never": no sentence denies the place
            found = [(t, at) for t in ctx.sentence_tokens() for at in find_phrase(place, t)]
            if found and all(_denied(t, at, text) for t, at in found):
                return False, f"{place!r} is in its evidence only as where the meeting is not"
            return result
        if not str(result[1]).endswith(_WEAK):
            return result
        for tokens in ctx.sentence_tokens():
            for start in find_phrase(place, tokens):
                if stated_venue(tokens, start, size, text, ctx.fact):
                    return True, ""
        return result

    return support


def _denied(tokens: Sequence[Token], start: int, text: str) -> bool:
    """The place is where the meeting is not: "will not be held in Nairobi", "..., not in
    Zurich", "rather than in Bern", "never took place in X"."""
    lead = start - 1
    if lead >= 0 and tokens[lead].norm == "the":
        lead -= 1
    if lead < 1 or tokens[lead].norm not in _IN:
        return False
    if tokens[lead - 1].norm in ("not", "than", "never"):
        return True
    first = _clause(tokens, lead, text)[0]
    words = [t.norm for t in tokens[first:lead]]
    return ("not" in words or "never" in words) and _governor(tokens, lead, first, text) is not None


def dated_other(tokens: Sequence[Token], start: int, size: int, text: str, fact: Any) -> bool:
    """The place's clause tells a day of its own, not the fact's, and another clause of the
    sentence holds the fact's day and a place ("held a first round in Tbilisi in March and a
    second round in Baku on April 20" for the April round)."""
    days = _days(fact, tokens)
    if not days:
        return False
    first, end = _clause(tokens, start, text)
    if any(first <= day < end for day in days):
        return False
    if not any(
        t.norm in _CALENDAR or (t.is_number and len(t.text) == 4) for t in tokens[first:end]
    ):
        return False
    for day in days:
        other = _clause(tokens, day, text)
        if any(_is_place(tokens, index) for index in range(*other)):
            return True
    return False


def _forum(tokens: Sequence[Token], start: int, size: int) -> int | None:
    """The preposition before "the Antalya Diplomacy Forum" when the place opens a forum's
    name, or None."""
    after = start + size
    index = after
    while index < len(tokens) and index < after + 4 and tokens[index].capitalised:
        if tokens[index].norm in _FORUMS:
            lead = start - 1
            if lead >= 0 and tokens[lead].norm == "the":
                lead -= 1
            return lead if lead >= 0 and tokens[lead].norm in _FORUM_LEADS | _IN else None
        index += 1
    return None


def stated_venue(tokens: Sequence[Token], start: int, size: int, text: str, fact: Any) -> bool:
    """Whether the place at ``tokens[start : start + size]`` is the meeting's by its own
    clause's predicate, a forum's name or an appended precise place (see the module)."""
    lead = _forum(tokens, start, size)
    if lead is None:
        lead = start - 1
        if lead >= 0 and tokens[lead].norm == "the":
            lead -= 1
        if lead < 0 or tokens[lead].norm not in _IN:
            return dateline_meeting(tokens, start, size, text, fact)
    clause = _clause(tokens, lead, text)
    if not _NEGATIONS.isdisjoint(t.norm for t in tokens[clause[0] : lead]):
        return False  # "will not be held in Nairobi", "ended without a deal in X"
    verb = _governor(tokens, lead, clause[0], text)
    return (
        verb is not None
        and _fits(tokens, clause, lead, fact)
        and _whole(tokens, start, size, lead)
        and _MOVED.isdisjoint(t.norm for t in tokens)
        and _sides(tokens, fact, text, start)
        and not _previous(tokens, start, size, fact)
    )


def _whole(tokens: Sequence[Token], start: int, size: int, lead: int) -> bool:
    """The place is a whole name, or opens a forum's ("the Munich Security Conference"); not
    a part of a hall's or a person's ("the Lancaster Hall", "the Nelson Mandela Centre")."""
    if start - 1 > lead and tokens[start - 1].capitalised:
        return False
    after = start + size
    if (
        after < len(tokens)
        and tokens[after].capitalised
        and tokens[after].norm not in _CALENDAR
        and tokens[after].start - tokens[after - 1].end == 1  # "Doha, Qatar": a comma between
    ):
        return _forum(tokens, start, size) is not None
    return True


def _sides(tokens: Sequence[Token], fact: Any, text: str, start: int = -1, body: int = 0) -> bool:
    """The sentence names one of the fact's parties (or its format), or no one else: no
    capitalised word but its first, a day, a place after "in" / "at" and the place at
    ``start`` with the name it opens ("the Antalya Diplomacy Forum"). A place of other
    people's meeting ("Rubio and Lavrov met in Geneva" for a Trump-Putin summit) is no reading
    of this one."""
    names = [p for p in getattr(fact, "parties", None) or [] if isinstance(p, str)]
    fmt = getattr(fact, "format", None)
    if isinstance(fmt, str) and fmt.strip():
        names.append(fmt)
    if any(find_named(name, tokens, text) for name in names):
        return True
    placed = False
    for index in range(body, len(tokens)):
        token = tokens[index]
        if index == body and token.norm in _GENERIC:
            continue  # "The", "Delegates", "After": no one named
        if _is_place(tokens, index) or index == start or _routed(tokens, index):
            placed = True
            continue
        if not token.capitalised or token.norm in _CALENDAR:
            placed = False
            continue
        if not (placed and tokens[index - 1].capitalised):
            return False  # someone else named ("Russian and Chinese leaders", "Rubio")
    return True


def dateline_meeting(tokens: Sequence[Token], start: int, size: int, text: str, fact: Any) -> bool:
    """The place opens its sentence as a dateline (a dash, a bracket or a comma and a date
    after it), the fact was held, the sentence tells of a past meeting or agreement and names
    no other place after "in" / "at"."""
    after = start + size
    if start != 0 or after >= len(tokens) or _status(fact) != "held":
        return False
    gap = text[tokens[after - 1].end : tokens[after].start].strip()
    dated = gap == "," and tokens[after].norm in _CALENDAR
    if not (gap.startswith("(") or gap in _DASHES or dated):
        return False
    rest = range(after, len(tokens))
    if any(_is_place(tokens, index) for index in rest):
        return False
    words = {tokens[index].norm for index in rest}
    if not _WILL.isdisjoint(words) or not _EARLIER_HELD.isdisjoint(words):
        return False
    body = next(  # the story's first word after the dateline's agency and dash
        (i for i in rest if any(d in text[tokens[i - 1].end : tokens[i].start] for d in _DASHES)),
        after,
    )
    return not (_PAST & _PREDICATES).isdisjoint(words) and _sides(tokens, fact, text, start, body)


def route_end(tokens: Sequence[Token], start: int, size: int) -> bool:
    """The place is a route's end ("a flight from Athens to Vilnius", "bound for Odesa from
    Istanbul") and the sentence names another place after "in", "at", "near", "off"."""
    if start < 1 or tokens[start - 1].norm not in ("from", "to", "for"):
        return False
    lead = start - 1
    window = [t.norm for t in tokens[max(0, lead - 4) : lead]]
    if tokens[lead].norm != "from":  # "to Vilnius" right after "from Athens"
        back = [t.norm for t in tokens[max(0, lead - 4) : lead]]
        if "from" not in back:
            return False
    elif _TRAVEL.isdisjoint(window) and not any(
        t.norm in ("to", "for") for t in tokens[start + size : start + size + 2]
    ):
        return False
    return any(
        tokens[index].capitalised
        and (
            tokens[index - 1].norm in _THERE
            or (tokens[index - 1].norm == "of" and tokens[index - 2].norm in _PLACE_NOUNS)
        )
        and tokens[index].norm not in _CALENDAR
        for index in range(2, len(tokens))
        if not start <= index < start + size
    )


__all__ = ["dated_other", "dateline_meeting", "route_end", "stated_place", "stated_venue"]
