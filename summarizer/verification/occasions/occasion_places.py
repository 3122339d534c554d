"""Places of other occasions told in the sentence of a meeting or an event (an outside check,
40), for :func:`summarizer.verification.places.replaced_places.place_reading`:

A sentence often tells of more than one occasion, each with its own place: "The leaders met in
Panmunjom on Thursday, two weeks after a planned meeting in Seoul was called off"; "held talks
in Paris and agreed to meet again in Berlin"; "met in Doha on Monday; their next round is due
in Cairo"; "flew to Beijing on Monday after talks with Putin in Moscow"; "Shelling hit Kharkiv
on Tuesday, a day after a drone strike in Sumy". A place belongs to the occasion of its own
clause. The sentence is cut into clauses (:func:`clauses`) at a semicolon, colon or dash, at a
word that opens a clause of time ("after", "before", "since", "following", "until", "ahead
of"), and at "and" / "but" after a comma or before a lowercase word (a second verb: "and agreed to
meet again").
A place (after "in", "at", "near", "to", ...) in one clause is another occasion's than the
fact's when another clause of the sentence names a place too, and:

- *the fact's own day* (its ``planned_timing``, ``when`` or ``starts``) stands in that other
  clause and not in the place's ("on Thursday" is the held meeting's: Seoul is the called-off
  one's);
- or, for a fact with no status, the place's clause names none of the fact's parties and
  another clause with a place names one; for a fact with a status, the same when the place's
  clause names someone else before the place ("met in Berlin, days after Meloni and Sanchez
  met in Madrid", "after Meloni's visit to Madrid");
- or the place's clause marks its meeting as another round ("again", "next", "another",
  "return": "agreed to meet again in Berlin", "their next round is due in Cairo")
  for a fact held, or one whose day is not in that clause;
- or, for a meeting still to come (proposed, scheduled, postponed, on hold, in doubt), the
  place's clause tells of a meeting before it ("after", "following" or "since" opening it,
  or "first", "previous", "earlier", a possessive of past time: "will meet in Budapest,
  following up on their August talks in Alaska"; check 49);
- or the place is only where someone travels ("flew to Beijing", "left for Minsk", "heads to
  Oslo"), its clause telling of no meeting, while the other clause's meeting has its place.

A dateline place ("ISTANBUL, May 3 (Wire) - delegations will meet in Antalya") is the story's
filing place when the sentence names another place (:func:`site_lines.dateline_only`).

Each such place is unsupported: the sentence states the meeting's place, and it is another.
A place whose clause holds the fact's own day ("a day after a drone strike in Sumy on Monday"
for the strike of Monday), the way to a meeting ("flew to Beijing for talks with Xi"), and a
clause that refers back ("met there on Thursday") keep the other rules' reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from summarizer.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from ..page.tokens import Token, tokenize, word_set
from ..people.names import TITLES, find_named, find_phrase
from .past_owners import past_marked
from .site_lines import dateline_only
from .stated_venues import dateline_meeting

_OPENERS = word_set("after before since following until ahead")
_COORDINATORS = word_set("and but")
_BREAKS = (";", ":", " - ", "\u2014", "\u2013")
_CUE_WORDS = _OPENERS | _COORDINATORS
_AT = word_set("in at near outside inside to for")
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A month's abbreviation before a number is a day's word too ("shut for good on Dec. 31", "on
# Sept. 25": check 100), never another occasion's place; before a name it opens one ("anchor at
# Jan Mayen", review rv43f).
_SHORT_MONTHS = frozenset(MONTH_ABBREVIATIONS)
_ANOTHER_ROUND = word_set("again next another return subsequent further")
_TRAVEL = word_set(
    """fly flies flew flying leave leaves left leaving head heads headed heading travel
    travels travelled traveled travelling traveling go goes went going continue continued
    continues proceed proceeded"""
)
MEETING = word_set(
    """met meet meets meeting meetings talks summit held hold holds hosted host hosts sat
    conference session round negotiations visit"""
)
_DAY_FIELDS = ("planned_timing", "when", "starts")
_NOT_OBJECTS = word_set("the a an his her their its of and or")
# Titles before a person's name, read as no place after a verb (see _object).
_TITLE_OBJECTS = TITLES | word_set("grand crown duke duchess archduke sheikh emir sultan")
# Verbs of a blow or a seizure, whose object is a place even when its name opens with a title
# ("Storms battered Prince Rupert", "Floods swamped General Santos": review rv43f).
_STRIKES = word_set(
    """hit hits struck strikes battered batters pounded pounds lashed lashes swept sweeps
    swamped swamps flooded floods blanketed shelled shells bombed bombs seized seizes captured
    captures raided raids besieged blockaded rocked shook hammered"""
)


def clauses(tokens: Sequence[Token], text: str) -> list[tuple[int, int]]:
    """(first, end) token ranges of the sentence's clauses (see the module)."""
    cuts = [0]
    for index in range(1, len(tokens)):
        token, before = tokens[index], tokens[index - 1].end
        if token.norm not in _CUE_WORDS and token.start - before == 1 and text[before] == " ":
            continue  # one space between the words, no cue word: no cut (_cut_before)
        if _cut_before(tokens, index, text):
            cuts.append(index)
    cuts.append(len(tokens))
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def _cut_before(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether a clause opens at ``tokens[index]``: after a semicolon, a colon, a dash or a
    line break, at a word of time ("after", "ahead of"), at "and" / "but" after a comma or
    before a verb."""
    gap = text[tokens[index - 1].end : tokens[index].start]
    if gap != " " and ("\n" in gap or any(mark in gap for mark in _BREAKS)):  # " ": no mark
        return True
    norm = tokens[index].norm
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if norm in _OPENERS:
        return norm != "ahead" or (following is not None and following.norm == "of")
    if norm not in _COORDINATORS or following is None or following.capitalised:
        return False
    if "," in gap:
        return True  # ", and the two will hold another meeting in"
    return following.norm not in _NOT_OBJECTS and not following.is_number


def _places(
    tokens: Sequence[Token], first: int, end: int, objects: bool = False, text: str = ""
) -> list[int]:
    """Starts of the places the clause names: a capitalised word after a place preposition
    ("in Seoul", "to the Hague"), not a day or a month."""
    found = []
    for index in range(max(first, 1), end):
        token = tokens[index]
        if not token.capitalised or token.norm in _CALENDAR:
            continue
        short = token.norm in _SHORT_MONTHS  # a place only after "at": "at Jan Mayen"
        if short and index + 1 < len(tokens) and tokens[index + 1].is_number:
            continue  # "on Sept. 30"
        before = index - 1
        if tokens[before].norm == "the" and before > first:
            before -= 1
        if tokens[before].norm in _AT and not tokens[before].capitalised:
            if index == first or not tokens[index - 1].capitalised:
                found.append(index)
        elif objects and not short and before == index - 1 and _object(tokens, before, text):
            found.append(index)  # "Shelling hit Kharkiv": a strike's object
    return found


def clause_places(tokens: Sequence[Token], text: str) -> list[int]:
    """Starts of the places every clause of the sentence names ("in Seoul", "at Filoli")."""
    return [at for span in clauses(tokens, text) for at in _places(tokens, *span)]


def place_elsewhere(tokens: Sequence[Token], own: tuple[int, int], text: str) -> bool:
    """Whether a clause of the sentence other than ``own`` names a place."""
    return any(span != own and _places(tokens, *span) for span in clauses(tokens, text))


def _object(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether the capitalised word after ``tokens[verb]`` may be its object, a place ("hit
    Kharkiv"): the verb is a lowercase word and one space parts them, so a word past a line
    break, a dash or a comma opens something else ("... by consensus" then "On Tuesday"; "his
    son, Guillaume"; spaces alone part them, however many), and the word is no title, which
    opens a person's name ("ousted President Han", "brought down Prime Minister Barnier",
    "Grand Duke Henri"; checks 55, 59, 64, 98), unless the verb strikes or takes a place."""
    after = tokens[verb + 1]
    gap = text[tokens[verb].end : after.start] if text else " "
    if "\n" in gap or gap.strip():
        return False
    titled = after.norm in _TITLE_OBJECTS and tokens[verb].norm not in _STRIKES
    return _verb_like(tokens[verb]) and not titled


def _verb_like(token: Token) -> bool:
    """A lowercase word that may be a verb before its object: no article, no number."""
    return token.norm not in _NOT_OBJECTS and not token.capitalised and not token.is_number


def _day_spans(fact: Any, tokens: Sequence[Token]) -> list[int]:
    """Where the fact's own day fields stand in the sentence."""
    starts: list[int] = []
    for field in _DAY_FIELDS:
        value = getattr(fact, field, None)
        if isinstance(value, str) and value.strip():
            words = list(tokenize(value))
            while words and words[0].norm in {"on", "in", "at", "the"}:
                words = words[1:]  # "late on Tuesday" keeps its "on"
            if words:
                starts += find_phrase(" ".join(t.text for t in words), list(tokens))
    return starts


def _status(fact: Any) -> str:
    status = getattr(fact, "status", None)
    return str(getattr(status, "value", status) or "")


def other_occasion(
    tokens: Sequence[Token], start: int, size: int, text: str, fact: Any, meeting: bool
) -> str | None:
    """The role of the place at ``tokens[start : start + size]`` when it is another
    occasion's than the fact's (see the module), or None."""
    line = start
    while line > 0 and "\n" not in text[tokens[line - 1].end : tokens[line].start]:
        line -= 1  # a dateline opens its line, perhaps after a headline the sentence took in
    if meeting and dateline_only(tokens[line:], start - line, size, text):
        return "the story's dateline"
    if meeting and dateline_meeting(tokens[line:], start - line, size, text, fact):
        return None  # "BRUSSELS — ... agreed on Tuesday": no clause of its own (stated_venues)
    spans = clauses(tokens, text)
    if len(spans) < 2:
        return None
    own = next((span for span in spans if span[0] <= start < span[1]), None)
    if own is None:
        return None
    others = [span for span in spans if span != own and _places(tokens, *span, not meeting, text)]
    if not others:
        return None  # "After talks in Seoul were called off, they met there"
    days = _day_spans(fact, tokens)
    in_own = any(own[0] <= day < own[1] for day in days)
    in_other = any(any(a <= day < b for a, b in others) for day in days)
    if in_other and not in_own:
        return "the place of another occasion told in the sentence"
    if (not _status(fact) or _other_names(tokens, own, start)) and _others_parties(
        tokens, own, others, fact, text
    ):
        return "the place of other people's meeting told in the sentence"
    words = [t.norm for t in tokens[own[0] : start]]
    held = _status(fact) == "held"
    if not _ANOTHER_ROUND.isdisjoint(words) and not in_own and (held or days):
        return "the place of a later round"
    ahead = _status(fact) in _AHEAD  # a meeting to come; a called-off one may be the earlier
    if meeting and ahead and not in_own and _earlier_round(tokens, own, start):
        return "the place of an earlier meeting told in the sentence"
    return _travel_only(tokens, start, own, others)


def _earlier_round(tokens: Sequence[Token], own: tuple[int, int], start: int) -> bool:
    """For a meeting not yet held: the place's clause tells of a meeting before it, opening
    with "after", "following" or "since" or marking it as earlier ("their first summit",
    "the previous round", "last month's talks"): "will meet in Budapest, following up on their
    August talks in Alaska" (check 49)."""
    words = [t.norm for t in tokens[own[0] : start]]
    marked = bool(words) and words[0] in _SINCE
    marked = marked or past_marked(tokens, own[0], start)
    future = not _FUTURE.isdisjoint(words)  # "will hold their first meeting in six years in"
    marked = (
        marked
        or any(  # "their first summit", not "for the first time"
            word in _EARLIER_ROUND
            and not MEETING.isdisjoint(words[at + 1 : at + 3])
            and not (future and word == "first")
            for at, word in enumerate(words)
        )
    )
    return marked and any(t.norm in MEETING for t in tokens[own[0] : own[1]])


_SINCE = word_set("after following since")
_AHEAD = frozenset({"proposed", "scheduled", "postponed", "on_hold", "in_doubt"})
_EARLIER_ROUND = word_set("first previous earlier prior former")
_FUTURE = word_set("will would shall plan plans planned scheduled due")


def _others_parties(
    tokens: Sequence[Token], own: tuple[int, int], others: list[tuple[int, int]], fact: Any,
    text: str,
) -> bool:  # fmt: skip
    """For a fact with no status (whose past verb is its own meeting's): the place's clause
    names none of the fact's parties ("Foreign ministers met in Paris last week"), another
    clause with a place names one ("Presidents A and B will meet in Berlin")."""
    parties = [p for p in getattr(fact, "parties", None) or [] if isinstance(p, str)]
    named = [find_named(party, tokens, text) for party in parties]
    spans = [span[0] for found in named for span in found]
    if not spans or any(own[0] <= at < own[1] for at in spans) or _collective(tokens, own):
        return False
    return any(a <= at < b for a, b in others for at in spans)


_TOGETHER = word_set("they both")
_GROUPS = word_set("leaders pair")
_GROUP_OPENERS = word_set("the two both")


def _collective(tokens: Sequence[Token], own: tuple[int, int]) -> bool:
    """The place's clause names the parties together ("The leaders met on the sidelines of
    the G20 summit in Rio, weeks before Lula flies to Beijing"; "they", "both", "the pair"):
    the clause is theirs, not other people's (check 39's case, a regression of session 18)."""
    for index in range(own[0], own[1]):
        norm = tokens[index].norm
        if norm in _TOGETHER:
            return True
        if norm in _GROUPS and index > 0 and tokens[index - 1].norm in _GROUP_OPENERS:
            return True
    return False


def _other_names(tokens: Sequence[Token], own: tuple[int, int], start: int) -> bool:
    """For a fact with a status: the place's clause names someone before the place, none of
    the fact's parties (checked by :func:`_others_parties`): "days after Meloni and Sanchez met
    in Madrid", "after Meloni's visit to Madrid"; not a clause's opening word, a day or a
    month, or a place after its preposition."""
    for index in range(own[0] + 1, start):
        token = tokens[index]
        if token.capitalised and token.norm not in _CALENDAR and tokens[index - 1].norm not in _AT:
            return True
    return False


def _travel_only(
    tokens: Sequence[Token], start: int, own: tuple[int, int], others: list[tuple[int, int]]
) -> str | None:
    """ "flew to Beijing on Monday after talks with Putin in Moscow": the place ends a
    journey its clause tells of no meeting on, and another clause's meeting has its place."""
    at = start - 1
    if at >= 1 and tokens[at].norm == "the":
        at -= 1
    if at < 1 or tokens[at].norm not in {"to", "for"}:
        return None
    if tokens[at - 1].norm not in _TRAVEL:
        return None
    if any(t.norm in MEETING for t in tokens[own[0] : own[1]]):
        return None  # "flew to Beijing for talks with Xi": the way to the meeting
    for first, end in others:
        if any(t.norm in MEETING for t in tokens[first:end]):
            return "the end of another journey"
    return None


__all__ = ["MEETING", "clause_places", "clauses", "other_occasion", "place_elsewhere"]
