"""A sentence cut into the units that may each tell an occasion of their own (session 48), for
:mod:`summarizer.verification.places.clause_owners`, which asks which unit an event's date
or place belongs to.

First the sentence is cut into coordinate segments: at a semicolon, a dash or a line break,
unless what follows refers back by a pronoun ("; instead the court delivered it on Thursday"),
and at "and" / "but", when what follows opens with a new named subject or a date, a number
("; Hawaii sounded sirens", ", and Hawaii sounded sirens", "and April 21 for 320 employees at
the Lexington plant"). A segment that goes on with a pronoun, a definite noun or a bare verb
("but the train ultimately pulled in on Wednesday", "; it actually opened at 3 p.m.", "and
concluded on Wednesday") goes on telling the same occasion and stays whole: an expected time
and the real one, a start and an end, are one occasion's.

Within a segment, subordinate units are cut out:

- a clause of time: "after", "before", "since", "following", "until", "till", "once",
  "whereas", "ahead of", with its offset ("two days after", "a week before"); a time word
  whose clause tells nothing of its own ("its first cut since March") takes in the short
  aside it ends ("in operation since 2007");
- a relative clause: "which", "who", "whose", "where", and ", when";
- an aside of a party's home or making: a participle after a comma ("born in Harlem",
  "headquartered in Toledo", "the car-seat maker headquartered in Plymouth");
- a parenthesis.

Each runs to the next comma that closes it ("Geneva, Switzerland," and "Sept. 5, 2025," keep
their commas) or the segment's end; the rest of the segment is its main unit, which may be
written in pieces ("Troops entered Bakhmut, which they had shelled since March 3, on Monday":
Monday is the main unit's). A fronted phrase that opens with no subordinating word ("At a
rally in Pennsylvania on Saturday, Trump defended ...", "Convening by video link on Monday,")
is the main unit's too. A unit that tells nothing of its own (no lowercase word beyond function
words, days, numbers and names: "since March", "and West Sumatra") is part of its main unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.text.vocabulary import MONTH_ABBREVIATIONS, MONTHS, STOPWORDS, WEEKDAYS
from ..page.tokens import Token, mark_pattern, marked_gaps, word_set

TIME_OPENERS = word_set("after before since following until till once whereas")
RELATIVES = word_set("which who whose where")
_COORDINATORS = word_set("and but")
_DASHES = (" - ", "\u2014", "\u2013", " -- ")
_HARD_CHARACTERS = mark_pattern(frozenset(";\n-\u2014\u2013"))  # in every hard gap (_segments)
_PRONOUNS = word_set("it they them he him she her")
_BEFORE_AFTER = word_set("after before")
_DAY_PARTS = word_set("noon midnight dawn dusk sunrise sunset daybreak nightfall")
_PRONOUN_REACH = 6
OFFSET_UNITS = word_set(
    "minute minutes hour hours day days week weeks month months year years decade decades"
)
OFFSET_COUNTS = word_set(
    """a an one two three four five six seven eight nine ten eleven twelve several few
    some many just shortly only"""
)
CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(MONTH_ABBREVIATIONS)
# Words that tell nothing of an occasion of their own.
FILLER = (
    STOPWORDS
    | CALENDAR
    | OFFSET_UNITS
    | OFFSET_COUNTS
    | word_set(
        """early late mid last next this earlier later ago today tonight yesterday tomorrow
    morning afternoon evening night noon midnight local time am pm gmt utc around about
    nearly almost also both each all not no said says say between among within without near
    outside inside along across off onto through around toward towards under"""
    )
)
# First words of an aside about a party's home or making.
ASIDE_PARTICIPLES = word_set(
    """born based headquartered founded raised grown known built established formed created
    registered incorporated listed"""
)
# Words opening an aside about a thing's past or making, cut like a party's ("The festival,
# first held in 1995, opened ..."): only those of a party's home or making above are read as
# the party's own, the others need the event's clause to state its own value.
_ASIDE_OPENERS = ASIDE_PARTICIPLES | word_set(
    "held opened launched set first formerly previously originally"
)
_DETERMINERS = word_set("the a an its their")
_ASIDE_FIRST = word_set("in its the a an their his her on at under for with")


@dataclass(frozen=True)
class Unit:
    """The token indexes of one unit of a sentence; ``opened`` the word that opened it
    ("after", "which", "(", a participle, "" for a segment's main unit)."""

    members: frozenset[int]
    opened: str
    head: int | None = None  # the word a relative clause follows ("Kalehe, which fell")


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    return text[tokens[index - 1].end : tokens[index].start]


def tells(tokens: Sequence[Token], members: frozenset[int] | range) -> bool:
    """Whether the tokens hold a lowercase word of their own beyond function words and days."""
    return any(
        not tokens[i].capitalised
        and not tokens[i].is_number
        and len(tokens[i].norm) > 2
        and tokens[i].norm not in FILLER
        and tokens[i].norm not in TIME_OPENERS
        and tokens[i].norm not in RELATIVES
        for i in members
    )


def _new_subject(tokens: Sequence[Token], index: int) -> bool:
    """What opens at ``index`` (after its "and" / "but") is a name or a date, a number."""
    if index < len(tokens) and tokens[index].norm in _COORDINATORS:
        index += 1
    return index < len(tokens) and (tokens[index].capitalised or tokens[index].is_number)


def _refers_back(tokens: Sequence[Token], index: int) -> bool:
    """The clause after a hard break goes on with a pronoun for what came before ("; instead
    the court delivered it on Thursday", "; it actually opened at 3 p.m.")."""
    return any(token.norm in _PRONOUNS for token in tokens[index : index + _PRONOUN_REACH])


def _segments(tokens: Sequence[Token], text: str) -> list[range]:
    starts = [0]
    # Only a coordinator or a gap holding one of the hard marks' characters can open a
    # segment: those found by one regex pass, not a slice and four tests per gap (sp55).
    candidates = {gap + 1 for gap in marked_gaps(tokens, text, _HARD_CHARACTERS)}
    candidates.update(i for i in range(1, len(tokens)) if tokens[i].norm in _COORDINATORS)
    for index in sorted(candidates):
        gap = _gap(tokens, index, text)
        hard = ";" in gap or "\n" in gap or any(dash in gap for dash in _DASHES)
        if not (hard or tokens[index].norm in _COORDINATORS):
            continue
        if _new_subject(tokens, index) or (hard and not _refers_back(tokens, index)):
            starts.append(index)
    found: list[range] = []
    for first, end in zip(starts, [*starts[1:], len(tokens)], strict=True):
        if found and not tells(tokens, range(first, end)):
            found[-1] = range(found[-1].start, end)  # "and North Sumatra on Tuesday"
        else:
            found.append(range(first, end))
    return found


def _closes(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A comma before ``tokens[index]`` that closes an aside: not the one in "Geneva,
    Switzerland," or "Sept. 5, 2025,"."""
    gap = _gap(tokens, index, text)
    if ")" in gap:
        return True
    if "," not in gap:
        return False
    token = tokens[index]
    if token.is_number and len(token.text) == 4:
        return False  # "Sept. 5, 2025"
    return not (token.capitalised and tokens[index - 1].capitalised)  # "Dublin, Ireland"


def _offset_start(tokens: Sequence[Token], index: int, floor: int) -> int:
    at = index
    if at - 1 >= floor and tokens[at - 1].norm in OFFSET_UNITS:
        at -= 1
        if at - 1 >= floor and (tokens[at - 1].is_number or tokens[at - 1].norm in OFFSET_COUNTS):
            at -= 1
    elif at - 1 >= floor and tokens[at - 1].norm in {"shortly", "soon", "just"}:
        at -= 1
    return at


def _opener(tokens: Sequence[Token], index: int, text: str) -> str:
    """The word that opens a subordinate unit at ``tokens[index]``, or ""."""
    token, gap = tokens[index], _gap(tokens, index, text) if index else ""
    if "(" in gap:
        return "("
    if token.norm in TIME_OPENERS:
        if token.norm in _BEFORE_AFTER and _clock_follows(tokens, index):
            return ""  # "shortly after 8 p.m.", "before dawn": a time, no other occasion
        return "" if token.norm == "following" and tokens[index - 1].norm == "the" else token.norm
    if token.norm == "ahead" and index + 1 < len(tokens) and tokens[index + 1].norm == "of":
        return "ahead"
    if token.norm in RELATIVES or (token.norm == "when" and "," in gap):
        return token.norm
    if "," in gap and token.norm in _ASIDE_OPENERS:
        return token.norm
    if "," in gap and token.norm in _DETERMINERS:  # "Adient, the maker headquartered in"
        for after in range(index + 1, min(index + 5, len(tokens))):
            if _closes(tokens, after, text):
                break
            if tokens[after].norm in ASIDE_PARTICIPLES:
                return tokens[after].norm
    return ""


def _clock_follows(tokens: Sequence[Token], index: int) -> bool:
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and (
        after.is_number or after.norm in CALENDAR or after.norm in _DAY_PARTS
    )


def _subordinates(tokens: Sequence[Token], segment: range, text: str) -> list[Unit]:
    found: list[Unit] = []
    index = segment.start
    while index < segment.stop:
        opened = _opener(tokens, index, text) if index else ""
        if index == segment.start and tokens[index].norm in TIME_OPENERS:
            opened = tokens[index].norm  # "After talks in Geneva last week, ..."
        if not opened:
            index += 1
            continue
        timed = opened in TIME_OPENERS
        start = _offset_start(tokens, index, segment.start) if timed else index
        aside = _aside_start(tokens, start, segment.start, text) if timed else start
        trailing = timed and start != segment.start and aside == start
        end = index + 1
        while end < segment.stop and not _ends(tokens, end, text, trailing):
            end += 1
        members = frozenset(range(start, end))
        if not tells(tokens, members):
            start = aside
            members = frozenset(range(start, end))  # "in operation since 2007"
        if found and start in found[-1].members:  # "..., and a week after Nvidia announced"
            last = found[-1]
            found[-1] = Unit(
                frozenset(i for i in last.members if i < start), last.opened, last.head
            )
        if tells(tokens, members):
            head = start - 1 if opened in RELATIVES or opened == "when" else None
            found.append(Unit(members, opened, head if head is not None and head >= 0 else None))
        index = end
    return found


def _ends(tokens: Sequence[Token], index: int, text: str, trailing: bool) -> bool:
    """A subordinate unit ends before ``tokens[index]``: at a hard break (a semicolon, a
    colon, a dash, a line), at the next opener, and at a comma that closes it, except for a
    trailing clause of time, which runs on over its appositions ("after RSF fighters took El
    Fasher, capital of North Darfur, on October 26")."""
    gap = _gap(tokens, index, text)
    if any(mark in gap for mark in (";", ":", "\n", *_DASHES)) or _opener(tokens, index, text):
        return True
    return not trailing and _closes(tokens, index, text)


def _aside_start(tokens: Sequence[Token], start: int, floor: int, text: str) -> int:
    """The comma that opens the short aside a time word ends ("The site, in operation since
    2007,", "its first cut since March"), within four words, when a preposition or a
    determiner opens it (not a clause: "Unifil's mandate runs until"); ``start`` otherwise."""
    for back in range(start, max(start - 4, floor), -1):
        if back > floor and "," in _gap(tokens, back, text):
            return back if tokens[back].norm in _ASIDE_FIRST else start
    return start


def units(tokens: Sequence[Token], text: str) -> list[Unit]:
    """The sentence's units (see the module): each segment's main unit, then its
    subordinate units."""
    found: list[Unit] = []
    for segment in _segments(tokens, text):
        subordinate = _subordinates(tokens, segment, text)
        taken = frozenset().union(*(unit.members for unit in subordinate))
        main = frozenset(segment) - taken
        if main:
            found.append(Unit(main, ""))
        found += subordinate
    return found


__all__ = [
    "ASIDE_PARTICIPLES",
    "CALENDAR",
    "FILLER",
    "OFFSET_COUNTS",
    "OFFSET_UNITS",
    "RELATIVES",
    "TIME_OPENERS",
    "Unit",
    "tells",
    "units",
]
