"""Families of words news writers use for one countable thing, and the guard on a number read
by a family member that is not the count's own word.

A count the labeller named in one member's words is read beside another's exactly as beside its
own ("population" beside "1.3 million inhabitants", "remains" beside "the bodies of 28",
"phones shipped" beside "58 million units"; outside checks 50-100, session 44 fcu44b). Only
the noun is widened, never the deed: words that count other people (crew, volunteers,
injured) are in no family, and each member is a stem read by prefix, so none may begin another
thing's word ("units", not "unit": "United"; "bodies", not "bod": "bodyguards"; no "post":
"postponed").

A member standing in for the count's own noun then reads a number only as the count's noun
would have been read, so two readings the count's own noun never reached are refused
(:func:`family_clash`): the member's number done by another deed than the count's ("create
2,000 jobs and cut 700 roles" gives no 700 "positions created"), and the member's number as the
whole of a share or part before it ("11% of the 29,000 roles" gives no 29,000 "positions to be
shed"). The deed is a verb in "-ed" or a bare one ("cut", "shed") right before the number,
past a particle or a qualifier ("laid off 1,250", "represents some 900").

Review rv44g refused more stand-in readings the count's own noun never reached: a stock's verb
before the number ("which has 4,200 roles", "leaving 6,100 positions") or the verb after the
member's copula ("2,600 positions were at risk") when the count names another deed; a plan's
infinitive ("to reach 80,000 residents by 2040"); a word before the member that sets its members
apart ("12 million other devices", "400 housing units", "400 agency workers"); and for a
turnout, a stock ("has 2 million fans") or another deed done to the members ("350 fans were
ejected"). Population's members are stand-ins too ("residents" for a population).

Closer gcn45b (session 45) refused more: another year in the number's own clause ("hire 1,500
workers next year" is no "employees hired in 2025"; "last/this/next year" counted from the
page's date); for a turnout, members kept out of the counted place ("1,100 fans without
tickets watched on screens outside", "700 ticketless fans"); a member before its number with
an "of" ("the bodies of 24 others", and a deed not done: "have yet to release the bodies of
12"); "units of" another common-noun product ("units of its home broadband router" are no
phones); the whole after a part's word ("did not cut any of its 3,000 roles") for a deed's
count; a former stock ("once had 25,000 inhabitants"); and, for any count of cancelled things,
a number told of another deed of a closed list ("delayed 1,100 more", "600 flights were
diverted"), unless its own noun is the cancellation ("forced 210 cancellations").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, tokenize, word_set
from .numbers import NumberMention

FAMILIES = (
    ("population", "inhabitant", "resident"),
    ("remain", "bodies"),
    ("cancel", "cancelled", "canceled", "cancellation", "scrapped", "axed"),
    ("job", "position", "role"),
    ("staff", "employee", "worker", "workforce", "personnel", "headcount"),
    ("attendance", "attending", "attended", "visitor", "spectator", "crowd", "fans"),
    ("phone", "smartphone", "handset", "units", "device"),
)
FAMILY_OF: dict[str, tuple[str, ...]] = {stem: group for group in FAMILIES for stem in group}
"""A count's exact cue stem -> its family's stems (looked up once per count, no scan)."""

_NOUNS = {m for group in (*FAMILIES[:2], *FAMILIES[3:]) for m in group if not m.endswith("ed")}
# Deeds a count may name without "-ed" ("jobs cut", "roles to be shed", "staff laid off").
_BARE_DEEDS = word_set("cut cuts shed lost sold made built hit laid paid kept held won quit")
_OWNERS = word_set("the its their his her our")
# A stock's verb or a remainder's before the number is no deed of it either ("which has
# 4,200 roles", "leaving 6,100 positions" are no jobs cut; review rv44g). Not "kept", "keeps":
# keeping is a deed a count names itself ("jobs saved", "staff retained").
_HOLDS = word_set("has have had leaving")
# A word before a member that counts others than the count's group.
_APART = word_set(
    "other others additional extra further agency contract temporary seasonal ticketless"
)
# The member's copula after it: the verb after that is the member's deed ("2,600 positions
# were at risk" are no jobs cut).
_COPULAS = word_set("was were are is")
# A phrasal verb's particle: the deed is the verb before it ("laid off 1,250 employees").
_PARTICLES = word_set("off out up down away back")
# A number's qualifier before it: the deed is the verb before that ("represents some 900").
_ROUGHLY = word_set("some about around roughly nearly almost approximately over than more just")
# Words one or two before an infinitive's "to" that say its deed is not done ("have yet to
# release the bodies of 12", "failed to fill 300 positions", "has not managed to hire").
_UNDONE = word_set("yet failed refused declined unable not never")
# Words that end the number's own clause ("1,500 workers next year, after laying off ...").
_JOINS = word_set("and but after before while when whereas as")
# For a turnout: members kept out of the counted place ("1,100 fans without tickets watched
# on screens outside" are no attendance at the stadium).
_OUTSIDE = word_set("outside without ticketless")
_SHIFTS = {"last": -1, "this": 0, "next": 1}
# A part's word before the whole's "of" ("did not cut any of its 3,000 roles"); read only for a
# count of a deed: "most of the town's 12,000 residents" is still the town's population.
_SOME = word_set("any none some all most many few each several half")
# Deeds done to flights, trains or shows that are no cancellation ("delayed 1,100 more", "600
# flights were diverted"). A closed list: a cancellation has many verbs ("scrubbed", "pulled",
# "grounded") that an open "-ed" test would refuse (check-69's "has scrubbed 240 flights").
_NOT_CANCELLED = word_set("""delayed diverted rerouted rescheduled moved postponed disrupted
    affected operated resumed restored reinstated added landed departed""")
_BEING = word_set("be being been")
# A time before a stock's verb that says the number is a former one ("once had").
_FORMER = word_set("once formerly previously originally former")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _member(word: str) -> str:
    return next((m for m in _NOUNS if word.startswith(m)), "")


def _same_deed(verb: str, deed: str) -> bool:
    """Whether two forms are one verb's ("cuts", "cutting" and "cut"; "shedding" and "shed")."""
    size = min(4, len(verb), len(deed))
    return verb[:size] == deed[:size]


def _deed_after(tokens: Sequence[Token], last: int, noun: str) -> str:
    """The word after the member's copula after the number ("positions were at risk": "at";
    "were cut": "cut"), "" with none; "be" and "being" are passed."""
    at = next(i for i in range(last + 1, min(last + 3, len(tokens))) if tokens[i].norm == noun)
    rest = [t.norm for t in tokens[at + 1 : at + 4] if t.norm not in {"be", "being", "been"}]
    if len(rest) < 2 or rest[0] not in _COPULAS:
        return ""
    return rest[1]


def _other_kind(word: str, words: Sequence[str]) -> bool:
    """Whether a word between the number and its member sets its members apart from the
    count's ("12 million other devices", "400 housing units", "400 agency workers"; review
    rv44g), unless the count names it too ("agency staff"). Any other word ("paid employees",
    "genuine devices") is only a member's kind."""
    apart = word in _APART or (word.endswith("ing") and len(word) > 5)
    return apart and not any(w.startswith(word[:5]) for w in words)


def text_gap(tokens: Sequence[Token], first: int) -> bool:
    """Whether the token before ``tokens[first]`` stands right before it (a space, no mark)."""
    return first > 0 and tokens[first].start - tokens[first - 1].end <= 1


def _member_before(tokens: Sequence[Token], first: int) -> int:
    """Where a member stands before its number with an "of" ("the bodies of 12 migrants":
    the "bodies"), or -1."""
    at = first - 2
    if at < 0 or tokens[first - 1].norm != "of" or not _member(tokens[at].norm):
        return -1
    return at if text_gap(tokens, first - 1) and text_gap(tokens, first) else -1


def _clause_after(tokens: Sequence[Token], at: int) -> list[str]:
    """The words after ``tokens[at]`` up to a mark or a joining word, at most eight."""
    words: list[str] = []
    for i in range(at + 1, min(at + 9, len(tokens))):
        if not text_gap(tokens, i) or tokens[i].norm in _JOINS:
            break
        words.append(tokens[i].norm)
    return words


def _years(norms: Sequence[str], year: int | None) -> set[str]:
    """The years the words name: "2025", and "last/this/next year" counted from the
    article's year (kept as words when the page has no date)."""
    found = {w for w in norms if _YEAR.fullmatch(w)}
    for at, word in enumerate(norms[:-1]):
        if word in _SHIFTS and norms[at + 1] == "year":
            found.add(str(year + _SHIFTS[word]) if year else f"{word} year")
    return found


def time_clash(asked: Sequence[str], near: Sequence[str], year: int | None) -> bool:
    """Whether the count names a year and the number's own clause names another one ("hire
    1,500 workers next year" is no "employees hired in 2025"); a year and a "next year" the
    page's date does not place are not compared."""
    wanted, told = _years(asked, year), _years(near, year)
    if not wanted or not told or wanted & told:
        return False
    return all(w.isdigit() for w in wanted | told) or not any(w.isdigit() for w in wanted | told)


def family_clash(
    tokens: Sequence[Token], mention: NumberMention, what: str, published: dt.date | None = None
) -> str:
    """Why a number whose own noun is a family member other than the count's own word is no
    count of ``what`` (see the module), or ""; ``published`` dates "next year"."""
    year = published.year if published else None
    noun = next(
        (t.norm for t in tokens[mention.last + 1 : mention.last + 3] if _member(t.norm)), ""
    )
    lead = _member_before(tokens, mention.first) if not noun else -1
    if lead >= 0:  # "yet to release the bodies of 12": the member's phrase starts before it
        noun = tokens[lead].norm
        lead -= tokens[lead - 1].norm in _OWNERS if lead else 0
    words = [t.norm for t in tokenize(what.replace("-", "")) if t.norm not in STOPWORDS]
    cancelled = _cancel_clash(tokens, mention, words)
    if cancelled:
        return cancelled
    member = _member(noun)
    if not member or any(word.startswith(member) for word in words):
        return ""  # no stand-in noun, or the count's own word
    if not any(stem in word for word in words for stem in FAMILY_OF):
        return ""  # the member stands in for no noun of the count's ("people displaced")
    rest = [w for w in words if not _member(w) and w not in FAMILY_OF]
    deeds = [w for w in rest if w.endswith(("ed", "ing")) or w in _BARE_DEEDS]
    first = lead if lead >= 0 else mention.first
    before = tokens[first - 1].norm if first else ""
    while first >= 2 and (before in _PARTICLES or before in _ROUGHLY) and text_gap(tokens, first):
        before, first = tokens[first - 2].norm, first - 1
    gap = text_gap(tokens, first)
    done = gap and (
        before.endswith("ed") or before in _BARE_DEEDS or before in _HOLDS
    )  # a deed's verb right before the number
    if deeds and done and not any(_same_deed(before, deed) for deed in deeds):
        return f"{before} {noun}: another deed than {'/'.join(deeds)}"
    after = _deed_after(tokens, mention.last, noun) if lead < 0 else ""
    if deeds and after and not any(_same_deed(after, deed) for deed in deeds):
        return f"{noun} {after}: another deed than {'/'.join(deeds)}"
    planned = gap and first >= 2 and tokens[first - 2].norm == "to" and before.isalpha()
    if planned and not any(_same_deed(before, deed) for deed in deeds):
        return f"to {before} {noun}: a plan's number"  # "to reach 80,000 residents"
    undone = [t.norm for t in tokens[max(first - 4, 0) : first - 2] if t.norm in _UNDONE]
    if planned and deeds and undone:  # "yet to release", "not managed to hire"
        return f"{undone[-1]} to {before}: not done"
    clause = _clause_after(tokens, mention.last + 1 if lead < 0 else mention.last)
    if time_clash(words, clause, year):
        return f"{noun} {' '.join(clause)}: another time than the count's"
    former = gap and before in _HOLDS and first >= 2 and tokens[first - 2].norm in _FORMER
    if former and not any(w in _FORMER for w in words):  # "Kiruna once had 25,000 inhabitants"
        return f"{tokens[first - 2].norm} {before} {noun}: a former number"
    held = (gap and before in _HOLDS) or (after.endswith("ed") and not after.startswith("attend"))
    if held and any(w.startswith("attend") for w in words):  # a turnout's count, not a stock's
        return f"{before} {noun} {after}: not a turnout"
    outside = [w for w in clause if w in _OUTSIDE and w not in words]
    if outside and any(w.startswith("attend") for w in words):
        return f"{noun} {outside[0]}: outside the counted place"  # "fans without tickets"
    between = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
    if between and between[0] != noun and _other_kind(between[0], words):
        return f"{between[0]} {noun}: another kind than the count's"
    at = mention.first - 1 if before in _OWNERS else mention.first
    if (
        lead < 0
        and at >= 2
        and tokens[at - 1].norm == "of"
        and (
            (deeds and tokens[at - 2].norm in _SOME)
            or any(t.is_number for t in tokens[max(at - 4, 0) : at - 1])
        )
    ):
        return f"the whole of a part before it ({noun})"  # "11% of", "did not cut any of"
    if noun == "units" and lead < 0:
        return _units_of(tokens, mention.last, words)
    return ""


def _units_of(tokens: Sequence[Token], last: int, words: Sequence[str]) -> str:
    """Why "units of" another product than the count's ("900,000 units of its home broadband
    router" are no phones sold) is not the count, or "". Only common nouns are judged: a
    product's name ("units of the Galaxy S25") may be the count's thing."""
    at = next(i for i in range(last + 1, min(last + 3, len(tokens))) if tokens[i].norm == "units")
    if at + 1 >= len(tokens) or tokens[at + 1].norm != "of":
        return ""
    named = [w for w in _clause_after(tokens, at + 1) if w not in _OWNERS and w != "a"]
    kinds = {m for w in words if (g := _family_of(w)) for m in g} | set(words)
    told = [t for t in tokens[at + 2 : at + 2 + len(named)] if t.norm in named]
    if not named or any(t.capitalised or t.is_number for t in told):
        return ""
    if any(w.startswith(k) or k == f"{w}s" for w in named for k in kinds):
        return ""
    return f"units of {' '.join(named)}: another product than the count's"


def _family_of(word: str) -> tuple[str, ...]:
    """The family of the first stem the word begins with, or ()."""
    return next((FAMILY_OF[m] for m in FAMILY_OF if word.startswith(m)), ())


def _cancel_clash(tokens: Sequence[Token], mention: NumberMention, words: Sequence[str]) -> str:
    """Why a number told of another deed than a cancellation ("scrapped 400 flights and
    delayed 1,100 more", "600 flights were diverted") is no count of cancelled things, or "".
    A cancellation's own noun after the number ("forced 210 cancellations") is its deed."""
    if not any(_family_of(w) == FAMILIES[2] for w in words):
        return ""
    nouns = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
    if any(_family_of(w) == FAMILIES[2] for w in nouns):
        return ""
    first, before = mention.first, tokens[mention.first - 1].norm if mention.first else ""
    while first >= 2 and before in _ROUGHLY and text_gap(tokens, first):
        before, first = tokens[first - 2].norm, first - 1
    deed = before if text_gap(tokens, first) and before.endswith("ed") else ""
    after = mention.last + 1
    after += after < len(tokens) and tokens[after].norm not in _COPULAS  # past its noun
    rest = [t.norm for t in tokens[after : after + 3] if t.norm not in _BEING]
    if not deed and len(rest) >= 2 and rest[0] in _COPULAS and rest[1].endswith("ed"):
        deed = rest[1]  # "600 flights were diverted"
    if deed not in _NOT_CANCELLED:
        return ""  # a cancellation's own verb or a synonym ("scrubbed 240 flights"), or none
    return f"{deed} {mention.value:g}: another deed than a cancellation"


__all__ = ["FAMILIES", "FAMILY_OF", "family_clash", "time_clash"]
