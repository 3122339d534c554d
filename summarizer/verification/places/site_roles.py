"""Roles a place has in a sentence that are not where the event happened, for an event's
``site`` (:func:`sites.support_site`; outside checks 54 to 73, session 33).

An event's place is where the event's own verb happened: its "in", "at", "near" or "off"
phrase. A sentence names other places around the same event, and each has a word that says
its role:

- *where someone or something came from*: "a 32-year-old man from Peterborough", "troops
  from Texas", "on his return from Hong Kong", "crude from the Russian port of Ust-Luga",
  "a Ryanair jet flying from Greece"; "born in Kampala", "a Boston-born", "lives in", "native
  of", "X-based". Not when the "from" belongs to a verb of leaving ("withdrew from
  Avdiivka", "lifted off from Boca Chica", "evacuated 300 people from Kherson"): the leaving
  is the event itself (:mod:`from_verbs`, review rvpl33);
- *a destination* ("prepared to fly to Algiers", "were taken to Djibouti", "along the route
  to the Basilica", "bound for Odesa"), unless the event is itself an arrival or a transfer
  (its description says "landed", "diverted", "deployed", "removed to" ...): then the place
  it went to is its place, and where the journey began ("left Heathrow") is not;
- *a stop on the way*: "pass through El Geneina", "via Doha", "after a long stop in Dubai";
- *a reference point*: "west of Savannah", "20 miles from Kyiv": the event is *not* there;
- *where a court sits*: "a federal judge in San Francisco ruled that ... sent troops to Los
  Angeles", "the Avignon court had given him nine": for an event that is no court's act, or
  for a court's act the evidence gives another court's place for ("left the assize court in
  Nîmes").

A place refused only when every mention of it in the evidence has such a role (or is only a
dateline or a topic); strongly when the evidence places the event elsewhere (:func:`placed_
elsewhere`), otherwise as unconfirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summarizer.text.vocabulary import MONTHS, WEEKDAYS
from ..page.tokens import Token, tokenize, word_set
from .from_verbs import own_leaving

# Words of a place's name lead walked back over to reach its preposition ("from the Russian
# port of Ust-Luga", "to the Basilica of St. Mary Major").
_LEAD = word_set(
    """the a an its his her their port city town village region province state island
    capital county district of"""
)
_DISTANCE = word_set(
    """miles mile kilometres kilometers kilometre kilometer km metres meters yards away
    far"""
)
_COMPASS = word_set(
    """north south east west northeast northwest southeast southwest northern southern
    eastern western"""
)
_HOME = {
    ("born", "in"),
    ("raised", "in"),
    ("up", "in"),
    ("living", "in"),
    ("lives", "in"),
    ("native", "of"),
    ("resident", "of"),
    ("residents", "of"),
    ("based", "in"),
    ("natives", "of"),
    ("hails", "from"),
}
_INSIDE = word_set("the in at a an and or")  # "in the north of England", "middle and south of"
_HOME_AFTER = word_set("born based native built made bred")
# "a native of Vilnius" (the lead's walk passes "of", so read right before the name) and
# "Milan natives": where someone comes from. Not "residents of": the people who live in a
# place are often those an event there happened to ("residents of Pradelles were evacuated").
_NATIVE_OF = {("native", "of"), ("natives", "of")}
_NATIVES = word_set("native natives")
_OWNERS = word_set("their his her its our my your whose the many")
_TRAVEL = word_set(
    """fly flew flown flying flight flights taken take takes took sent send sends bound
    heading headed head travel travelled traveled travelling traveling route way deported
    returned return returning removed transferred evacuated brought bring diverted sail
    sailed sailing shipped moved carrying carried driven drove en trip journey walk march
    drive voyage ride pilgrimage"""
)
_TO = word_set("to for into")
_JOURNEY_NOUNS = word_set(
    """route way bound en trip journey flight flights walk march drive voyage ride pilgrimage
    heading"""
)
_MOVED = word_set("moved relocated shifted switched transferred")
_BE = word_set("was were been be is are")
_OCCASIONS = word_set(
    """summit talks meeting meetings conference congress session match game final race
    ceremony festival concert hearing trial vote summit's"""
)
_PASSING = word_set("pass passes passed passing")
_HERE_FROM = word_set("morning evening afternoon live reporting writing hello greetings")
_STOPS = word_set("stop stopover layover stops refuelling refueling")
_STOP_AT = word_set("in at")
_COURTS = word_set(
    """court courts judge judges tribunal magistrate magistrates jury prosecutor
    prosecutors"""
)
_COURT_WORDS = (
    "court",
    "judge",
    "tribunal",
    "ruling",
    "ruled",
    "verdict",
    "sentence",
    "trial",
    "convict",
    "appeal",
    "jur",
    "magistrat",
    "prosecut",
)
_COURT_MODIFIERS = word_set(
    """appeal appeals appellate district high supreme assize criminal federal regional
    administrative constitutional military civil family juvenile"""
)
# Words of an event that is itself a journey's end: its destination is its place.
_ARRIVALS = (
    "land",
    "arriv",
    "divert",
    "deploy",
    "remov",
    "deport",
    "transfer",
    "flown",
    "sent",
    "return",
    "extradit",
    "relocat",
    "taken to",
    "brought to",
    "moved to",
    "expelled to",
    "handed over",
    "carri",
    "enter",
    " into ",
)
_AT = word_set("in at near off to into inside outside")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {m[:3] for m in MONTHS} | {"sept"}
_NOT_PLACES = word_set("the a an")


def _describes(fact: Any, stems: Sequence[str]) -> bool:
    text = f" {getattr(fact, 'description', '') or ''} ".lower()
    return any(stem in text for stem in stems)


def arrival(fact: Any) -> bool:
    """The event is a journey's end or a transfer ("plane lands", "jet diverted to Minsk",
    "troops deployed to Los Angeles", "man removed to France"), by its description."""
    return _describes(fact, _ARRIVALS)


def _lead_start(tokens: Sequence[Token], start: int) -> int:
    """The index of the word before the place's lead ("from [the Russian port of] Ust-Luga"),
    at most six words back."""
    index = start - 1
    while index >= 0 and start - index <= 6:
        token = tokens[index]
        if token.norm in _LEAD or (token.capitalised and token.norm not in _COURTS):
            index -= 1
            continue
        break
    return index


def site_role(
    tokens: Sequence[Token], start: int, size: int, text: str, fact: Any,
    sentences: Sequence[Sequence[Token]],
) -> str | None:  # fmt: skip
    """The role of the place at ``tokens[start : start + size]`` that says it is not where
    the event happened (see the module), or None."""
    before = _lead_start(tokens, start)
    word = tokens[before].norm if before >= 0 else ""
    prior = [t.norm for t in tokens[max(0, before - 3) : max(0, before)]]
    after = start + size
    if word == "from":
        if prior and prior[-1] in _DISTANCE:
            return "a reference point"  # "20 miles from Kyiv"
        if before >= 1 and (tokens[before - 1].norm, "from") in _HOME:
            return "where someone lives or comes from"
        if not _HERE_FROM.isdisjoint(prior[-1:]) or own_leaving(tokens, before, fact, text):
            return None  # "Good morning from the Convention Centre", "lifted off from" (from_verbs)
        if _where_after(tokens, start + size):
            return None  # "from the Centre, where the summit opens"
        return "where someone or something came from"
    if word in _COMPASS and (before < 1 or tokens[before - 1].norm not in _INSIDE):
        return "a reference point"  # "west of Savannah"
    pair = (tokens[before - 1].norm if before >= 1 else "", word)
    of = (tokens[start - 2].norm, tokens[start - 1].norm) if start >= 2 else ("", "")
    their = before >= 2 and tokens[before - 2].norm in _OWNERS  # "lost their lives in"
    if (pair in _HOME and not (pair[0] == "lives" and their)) or of in _NATIVE_OF:
        return "where someone lives or comes from"  # "born in Kampala", "natives of Vilnius"
    hyphen = after < len(tokens) and "-" in text[tokens[after - 1].end : tokens[after].start]
    if after < len(tokens) and (
        (hyphen and tokens[after].norm in _HOME_AFTER) or tokens[after].norm in _NATIVES
    ):
        return "where someone lives or comes from"  # "Boston-born", "Milan natives"
    if _seat(tokens, start, size, before, text) and _seat_counts(fact, tokens, start, sentences):
        return "where a court sits"
    if word == "via" or (word == "through" and not _PASSING.isdisjoint(prior)):
        return "a stop on the way"  # "pass through El Geneina", "via Doha"
    if arrival(fact):
        if word in _STOP_AT and not _STOPS.isdisjoint(prior):
            return "a stop on the way"  # "after a long stop in Dubai, it landed in Rotterdam"
        if word in ("left", "leaves", "leaving", "departed"):
            return "where the journey began"  # "He left Heathrow" for "removed to France"
        if (
            word in _TO
            and "from" in prior
            and placed_elsewhere(_name(tokens, start, size), sentences)
        ):
            return "the end of the route it was on"  # "a jet flying from Greece to Lithuania"
        return None
    if word in _TO and not _TRAVEL.isdisjoint(prior) and not _event_moved(tokens, before):
        if _went_to_do(tokens, after, fact):
            return None  # "flew to Moscow on Thursday to deliver the plan" for its delivery
        name = _name(tokens, start, size)
        if _own_journey(prior) and not (
            placed_elsewhere(name, sentences) or _left_elsewhere(name, sentences, fact, text)
        ):
            return None  # "Residents returned to the north of the Gaza Strip": the return
        return "a destination"  # "prepared to fly to Algiers", "taken to Djibouti"
    return None


def _left_elsewhere(place: str, sentences: Sequence[Sequence[Token]], fact: Any, text: str) -> bool:
    """The evidence names another place the event left from ("were evacuated from Pradelles"
    beside "Most were taken to Le Puy"): the event is there, not at the journey's end."""
    own = {t.norm for t in tokenize(place)}
    return any(
        tokens[index].norm == "from"
        and tokens[index + 1].capitalised
        and tokens[index + 1].norm not in own
        and own_leaving(tokens, index, fact, text)
        for tokens in sentences
        for index in range(len(tokens) - 1)
    )


def _own_journey(prior: Sequence[str]) -> bool:
    """The travel word before "to" is a told journey ("returned to", "were taken to"), not a
    planned one ("prepared to fly to") nor a route's noun ("the route to", "bound for"): with
    no other place for the event in the evidence, the journey may be the event itself."""
    for index in range(len(prior) - 1, -1, -1):
        if prior[index] in _TRAVEL:
            planned = index >= 1 and prior[index - 1] == "to"
            return not planned and prior[index] not in _JOURNEY_NOUNS
    return False


def _went_to_do(tokens: Sequence[Token], after: int, fact: Any) -> bool:
    """The journey's purpose, "to" and a verb within five words after the place, is the
    event its description tells ("flew to Moscow on Thursday to deliver the plan" for "plan
    delivered"): the event happened where the journey went."""
    words = str(getattr(fact, "description", "") or "").lower().split()
    for index in range(after, min(after + 5, len(tokens) - 1)):
        if tokens[index].norm == "to":
            stem = tokens[index + 1].norm[:5]
            return len(stem) >= 4 and any(word.startswith(stem) for word in words)
    return False


def _event_moved(tokens: Sequence[Token], before: int) -> bool:
    """An occasion itself moved to the place ("The summit was moved to Riyadh", "the final
    has been switched to Lyon"): its new place, no journey's end."""
    verb = before - 1
    if verb < 1 or tokens[verb].norm not in _MOVED or tokens[verb - 1].norm not in _BE:
        return False
    return any(t.norm in _OCCASIONS for t in tokens[max(0, verb - 5) : verb - 1])


def _where_after(tokens: Sequence[Token], after: int) -> bool:
    """A where-clause right after the place (", where the summit gets under way"): the
    sentence says what happens at it."""
    return after < len(tokens) and tokens[after].norm == "where"


def _name(tokens: Sequence[Token], start: int, size: int) -> str:
    return " ".join(t.text for t in tokens[start : start + size])


def _seat(tokens: Sequence[Token], start: int, size: int, before: int, text: str) -> bool:
    """A court's or a judge's seat: "a federal judge in San Francisco", "the court in X",
    "the Avignon court", "the Nimes appeals court"."""
    if before >= 1 and tokens[before].norm in ("in", "at") and tokens[before - 1].norm in _COURTS:
        return True
    index = start + size
    if index < len(tokens) and tokens[index].norm in _COURT_MODIFIERS:
        index += 1  # "the Nimes appeals court"
    if index >= len(tokens) or tokens[index].norm not in _COURTS:
        return False
    return all(
        not text[tokens[at - 1].end : tokens[at].start].strip()
        for at in range(start + size, index + 1)
    )


def _seat_counts(
    fact: Any, tokens: Sequence[Token], start: int, sentences: Sequence[Sequence[Token]]
) -> bool:
    """A court's seat is not the place of an event that is no court's act; of a court's act
    only when the evidence names another court's seat (the first trial's court beside the
    appeal court's)."""
    if not _describes(fact, _COURT_WORDS):
        return True
    own = {t.norm for t in tokens[start : start + 1]}
    for other in sentences:
        for index in range(len(other)):
            named = other[index].capitalised and other[index].norm not in own
            seat = index >= 2 and other[index - 1].norm in ("in", "at")
            if named and seat and other[index - 2].norm in _COURTS:
                return True
    return False


def placed_elsewhere(place: str, sentences: Sequence[Sequence[Token]]) -> bool:
    """The evidence names a capitalised place other than ``place`` after "in", "at", "near",
    "off", "to", "into" (the event's own place phrase, read as stating another place)."""
    own = {t.norm for t in tokenize(place)}
    return any(
        tokens[index - 1].norm in _AT
        and tokens[index].capitalised
        and tokens[index].norm not in own
        and tokens[index].norm not in _CALENDAR
        and tokens[index].norm not in _NOT_PLACES
        for tokens in sentences
        for index in range(1, len(tokens))
    )


__all__ = ["arrival", "placed_elsewhere", "site_role"]
