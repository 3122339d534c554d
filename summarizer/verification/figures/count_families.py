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

Review rv45c (session 45) narrowed those guards where they refused the count's own number: a
year in the number's clause is no other time when the count's year opens the clause ("Last
year Halden hired 1,400 workers for its Vision 2030 programme"); only a word right after the
member, or after its verb when that is no turnout's, keeps it out ("fans without tickets",
"gathered outside"; not "attended the derby without incident"); a member's phrase before its
number with a verb of its own after an auxiliary is that verb's subject ("Police confirmed the
bodies of 12 migrants had been recovered"), and its "others" are people the count's deed may
have reached; a count dated in the former time ("in the 1950s") takes "once had"; a deed the
count names itself is no other deed ("flights delayed or cancelled"); "all/each of" is the
whole; "units of" is judged by the product's head noun, not a generic one ("model", "range"),
and not at all for a count of devices. It refused more too: "had not yet been able to", "are
still missing", "once had a population of", "a crowd of 52,000 is expected", "once employed",
"600 flights had been diverted", "units of its handset lens modules", "spectators" as a
turnout's count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, tokenize, word_set
from .count_frames import dated_former
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
# Not "all" or "each": the deed before them is the whole's ("will cut all of its 900 roles";
# review rv45c).
_SOME = word_set("any none some most many few several half")
# Deeds done to flights, trains or shows that are no cancellation ("delayed 1,100 more", "600
# flights were diverted"). A closed list: a cancellation has many verbs ("scrubbed", "pulled",
# "grounded") that an open "-ed" test would refuse (check-69's "has scrubbed 240 flights").
_NOT_CANCELLED = word_set("""delayed diverted rerouted rescheduled moved postponed disrupted
    affected operated resumed restored reinstated added landed departed""")
_BEING = word_set("be being been")
# The member's auxiliary after its number before the member's own verb ("the bodies of 12
# migrants had been recovered"; "600 flights had been diverted").
_AUX = word_set("was were are is had has have")
# Words that name a product without naming its kind ("units of its new flagship model").
_GENERIC = word_set("model models flagship flagships range line lineup series version edition")
# Words that end a product's name after "units of" ("units of its smart speaker in March").
_PAST = word_set("in on at for to by from with during over across since last this next")
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


# Verbs after a population's member that keep it the stock ("12,000 residents live there").
# Nor do participles that tell where or how old the members are ("60 residents aged between two
# and 94", "scattered across four crofts"; review rv46a).
_STAY = word_set("lived remained stayed aged scattered spread housed based clustered dotted")
# Words before the number that make it the whole ("All 60 residents signed": all of them)
_WHOLE = word_set("all every both entire whole")


def _acted(tokens: Sequence[Token], last: int, noun: str) -> str:
    """The past verb in "-ed" right after the member after the number ("60 residents signed a
    petition": "signed"), "" otherwise: for a count of a population (no deed), a group that
    did something is no population (review rv44g's hamlet, session 46)."""
    at = next(
        (i for i in range(last + 1, min(last + 3, len(tokens))) if tokens[i].norm == noun), -1
    )
    verb = tokens[at + 1].norm if 0 <= at < len(tokens) - 1 else ""
    return verb if verb.endswith("ed") and verb not in _STAY and text_gap(tokens, at + 1) else ""


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


def _clause_before(tokens: Sequence[Token], first: int) -> list[str]:
    """The words before ``tokens[first]`` back to a mark or a joining word, at most ten, in
    order ("In 2025 Corrin Foods hired" before "300 workers laid off by Ford in 2024")."""
    words: list[str] = []
    for i in range(first - 1, max(first - 11, -1), -1):
        if not text_gap(tokens, i + 1) or tokens[i].norm in _JOINS:
            break
        words.insert(0, tokens[i].norm)
    return words


def _lead_deed(tokens: Sequence[Token], last: int) -> str:
    """The verb a member's phrase before its number is the subject of ("the bodies of 12
    migrants had been recovered": "recovered"; "of 24 others are still held": "still"; "are to
    be returned": "returned"), past an auxiliary within the number's next three words, or
    "". Another verb there is no refusal (a synonym: "returned" for "handed back"); a word
    that says it is not done or still so is (``_UNDONE``, "still")."""
    for i in range(last + 1, min(last + 4, len(tokens))):
        if not text_gap(tokens, i):
            return ""
        if tokens[i].norm in _AUX:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if not text_gap(tokens, j):
                    return ""
                if tokens[j].norm not in _BEING and tokens[j].norm != "to":
                    return tokens[j].norm
            return ""
    return ""


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
    tokens: Sequence[Token], mention: NumberMention, what: str, published: dt.date | None = None,
    text: str = "",
) -> str:  # fmt: skip
    """Why a number whose own noun is a family member other than the count's own word is no
    count of ``what`` (see the module), or ""; ``published`` dates "next year", ``text`` (the
    sentence's) shows its marks."""
    year = published.year if published else None
    noun = next(
        (t.norm for t in tokens[mention.last + 1 : mention.last + 3] if _member(t.norm)), ""
    )
    lead = _member_before(tokens, mention.first) if not noun else -1
    if lead >= 0:  # "yet to release the bodies of 12": the member's phrase starts before it
        noun = tokens[lead].norm
        if lead:  # "the", "its", or "a" ("once had a population of 25,000"; review rv45c)
            lead -= tokens[lead - 1].norm in _OWNERS or tokens[lead - 1].norm in {"a", "an"}
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
    owned = mention.first > 0 and tokens[mention.first - 1].text.lower().endswith(("'s", "s'"))
    owned = owned or (mention.first > 0 and tokens[mention.first - 1].norm in _OWNERS | _WHOLE)
    acted = _acted(tokens, mention.last, noun) if lead < 0 and not deeds and not owned else ""
    if acted and member in {"inhabitant", "resident"}:  # "60 residents signed a petition"
        return f"{noun} {acted}: a group that acted, not a population"
    first = lead if lead >= 0 else mention.first
    before = tokens[first - 1].norm if first else ""
    while first >= 2 and (before in _PARTICLES or before in _ROUGHLY) and text_gap(tokens, first):
        before, first = tokens[first - 2].norm, first - 1
    gap = text_gap(tokens, first)
    done = gap and (
        before.endswith("ed") or before in _BARE_DEEDS or before in _HOLDS
    )  # a deed's verb right before the number
    # A member's phrase before its number with a verb of its own ("Police confirmed the bodies
    # of 12 migrants had been recovered") is that verb's subject: the verb before is a
    # reporter's, and the deed is the one after (review rv45c).
    last = mention.last
    after = _deed_after(tokens, last, noun) if lead < 0 else _lead_deed(tokens, last)
    reported = lead >= 0 and bool(after)
    if deeds and done and not reported and not any(_same_deed(before, d) for d in deeds):
        return f"{before} {noun}: another deed than {'/'.join(deeds)}"
    other = after in _UNDONE or after == "still" if lead >= 0 else bool(after)
    if deeds and other and not any(_same_deed(after, deed) for deed in deeds):
        return f"{noun} {after}: another deed than {'/'.join(deeds)}"
    planned = gap and first >= 2 and tokens[first - 2].norm == "to" and before.isalpha()
    if planned and not any(_same_deed(before, deed) for deed in deeds):
        return f"to {before} {noun}: a plan's number"  # "to reach 80,000 residents"
    # up to four words before the "to", unbroken ("have not yet been able to recover")
    near_to = range(max(first - 6, 0), first - 2)
    undone = [tokens[i].norm for i in near_to if tokens[i].norm in _UNDONE]
    undone = undone if all(text_gap(tokens, i + 1) for i in near_to) else []
    if planned and deeds and undone:  # "yet to release", "not managed to hire"
        return f"{undone[-1]} to {before}: not done"
    clause = _clause_after(tokens, mention.last + 1 if lead < 0 else mention.last)
    opening = _clause_before(tokens, first)  # the count's year there is the clause's time
    if time_clash(words, clause, year) and not _years(words, year) & _years(opening, year):
        return f"{noun} {' '.join(clause)}: another time than the count's"
    dated = any(w[0].isdigit() and w in clause + opening for w in words)  # "in the 1950s"
    former = gap and (before in _HOLDS or before.endswith("ed")) and first >= 2
    former = former and tokens[first - 2].norm in _FORMER and not dated
    # or dated by a time phrase set off beside its clause ("Back in the 1950s, Marske once
    # had 7,500 residents"; review rv46m)
    former = former and not (text and dated_former(tokens, first - 2, mention, what, text))
    if former and not any(w in _FORMER for w in words):  # "Kiruna once had 25,000 inhabitants"
        return f"{tokens[first - 2].norm} {before} {noun}: a former number"
    held = (gap and before in _HOLDS and lead < 0) or (
        after.endswith("ed") and not after.startswith("attend")
    )
    if held and any(w.startswith("attend") for w in words):  # a turnout's count, not a stock's
        return f"{before} {noun} {after}: not a turnout"
    outside = _kept_out(clause)
    turnout = any(_family_of(w) == FAMILIES[5] for w in words)  # "spectators at the game"
    if outside and outside not in words and turnout:
        return f"{noun} {outside}: outside the counted place"  # "fans without tickets"
    between = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
    # For a member before its number, "others" are other people whose remains the count's
    # deed may have reached ("recovered the remains of 5 others on Sunday"; review rv45c).
    verbs = [w for w in (before if done else "", after) if w]
    told = any(_same_deed(w, d) for w in verbs for d in deeds)
    apart = between and between[0] != noun and _other_kind(between[0], words)
    if apart and not (lead >= 0 and told):
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


def _kept_out(clause: Sequence[str]) -> str:
    """The word that keeps a turnout's members out of the counted place: right after the
    member ("fans without tickets", "fans outside the ground"), or right after its verb when
    that is no turnout's ("gathered outside", "were locked outside"); not a turnout's manner
    or its event's place further on ("attended the derby without incident", "an open-air
    concert outside the castle walls"; review rv45c)."""
    near = [w for w in clause if w not in _AUX and w not in _BEING][:2]
    if near and near[0] in _OUTSIDE:
        return near[0]
    if len(near) == 2 and near[1] in _OUTSIDE and not near[0].startswith("attend"):
        return near[1]
    return ""


def _units_of(tokens: Sequence[Token], last: int, words: Sequence[str]) -> str:
    """Why "units of" another product than the count's ("900,000 units of its home broadband
    router" are no phones sold) is not the count, or "". The product is the head noun of the
    words after "of", up to a preposition or a time ("units of its handset lens modules last
    month" are modules; review rv45c). A product's name ("units of the Galaxy S25", "of its
    iPhone") may be the count's thing, and so may a word that names no kind ("its new
    flagship model", "its entry-level range"); a count of devices is not judged (any product
    is one)."""
    at = next(i for i in range(last + 1, min(last + 3, len(tokens))) if tokens[i].norm == "units")
    if at + 1 >= len(tokens) or tokens[at + 1].norm != "of":
        return ""
    if not any(_family_of(w) and not w.startswith(("device", "units")) for w in words):
        return ""  # "smart-home devices sold": a doorbell is one
    named: list[Token] = []
    for i in range(at + 2, min(at + 10, len(tokens))):
        if not text_gap(tokens, i) or tokens[i].norm in _JOINS or tokens[i].norm in _PAST:
            break
        if tokens[i].norm not in _OWNERS and tokens[i].norm not in {"a", "an"}:
            named.append(tokens[i])
    if not named or named[-1].is_number or named[-1].text != named[-1].text.lower():
        return ""
    head = named[-1].norm
    kinds = {m for w in words if (g := _family_of(w)) for m in g} | set(words)
    if head in _GENERIC or any(head.startswith(k) or k == f"{head}s" for k in kinds):
        return ""
    return f"units of {' '.join(t.norm for t in named)}: another product than the count's"


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
    after += after < len(tokens) and tokens[after].norm not in _AUX  # past its noun
    rest = [t.norm for t in tokens[after : after + 3] if t.norm not in _BEING]
    if not deed and len(rest) >= 2 and rest[0] in _AUX and rest[1].endswith("ed"):
        deed = rest[1]  # "600 flights were diverted", "had been diverted"
    if deed not in _NOT_CANCELLED or deed in words:
        return ""  # a cancellation's own verb or a synonym ("scrubbed 240 flights"), or none;
        # or a deed the count names itself ("flights delayed or cancelled"; review rv45c)
    return f"{deed} {mention.value:g}: another deed than a cancellation"


__all__ = ["FAMILIES", "FAMILY_OF", "family_clash", "time_clash"]
