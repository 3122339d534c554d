"""A place written as a modifier of a party rather than as where something happened (session
49): "the Columbus-based processor", "the Cincinnati Enquirer reported", "Ohio Gov. Mike
DeWine", "a University of Kent researcher", "a Texas company".

An event's place is found by the site rule wherever the evidence writes its words. A
fact-checker asks which word the place modifies. A place that locates stands as the head of its
own phrase ("in Cleveland", "at the Ohio Statehouse", "Cleveland's plant", a dateline); a place
that describes a party stands inside another word's phrase:

- a compound with a hyphen-joined lowercase word ("Columbus-based", "Chicago-born"), which
  says where a party is from or based;
- a longer proper name whose head is not a geographic word ("Cincinnati Enquirer", "Devon and
  Somerset Fire and Rescue Service", "University of Kent", "Ohio Gov."), when that name is not
  itself the object of a locating preposition ("at the Ohio Statehouse", "at the University of
  Southern California" place the event in their place);
- a noun modifier of a word for a party ("a Texas company", "the Ohio lawmakers") or for a
  person ("a Brooklyn man", "a Melbourne couple");
- the object of an office's "of" ("the mayor of Leeds opened the library in Otley": the mayor's
  seat, not the library's place; session 54).

A compound that says where a party comes from or goes ("the London-bound train", "a
Lviv-born singer's label", "the Munich-listed group") never places the party's act, even when
what it modifies is one of the event's words: only "-based" and the like can ("the Kyiv-based
plant" burned in Kyiv).

Each reading keeps the place when the phrase it modifies is one of the event's own words ("the
Kyiv-based plant" for a fire at the plant) or owns the event's site ("the Denver-based firm's
warehouse"). Only the compound and name shapes decide; a title case line (a headline) writes
every word capitalised and decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..page.possessives import is_possessive
from ..page.tokens import Token, word_set
from ..sentences.occasion_units import CALENDAR

# Heads of a name that is itself a place: "Gaza City", "Tingri county", "Sagaing Region",
# "Kamchatka Peninsula", "Republic of Korea" (the place inside it is that place's region).
GEOGRAPHIC = word_set(
    """city town village county region province district state states strip island islands
    peninsula valley bay coast oblast governorate prefecture territory territories
    municipality township borough river mountains mountain sea gulf lake republic kingdom
    emirate emirates heights hills north south east west northern southern eastern western
    central upper lower greater metropolitan metro area basin delta plain plains desert"""
)
# Heads of a name that is a site in its place: "Manchester Airport", "the Louvre Museum",
# "Birmingham New Street", "Toronto Pearson airport" (a name ends with its head).
SITE_HEADS = word_set(
    """airport station terminal museum gallery stadium arena beach bridge port harbour harbor
    park square street road avenue cathedral church abbey palace castle hall tower market
    docks pier circuit racecourse statehouse capitol"""
)
# Parties that are also premises: "A London school was locked down" for an attack at the school.
_PREMISES = word_set("school schools college university campus")
_BE = word_set("is are was were")
_PLAIN_PARTICIPLES = word_set("shut hit struck cut put set burnt built")
# Prepositions whose object is where something is or happened.
LOCATING = word_set("in at near outside inside on off across throughout around into within")
# Words for a party a place may describe: "a Texas company", "the Ohio lawmakers".
PARTY_NOUNS = word_set(
    """company companies firm firms maker makers manufacturer producer retailer group bank
    startup carrier airline insurer lender chain brand giant operator developer utility
    lawmaker lawmakers senator senators official officials native natives resident residents
    team club side university college school newspaper paper broadcaster outlet agency
    ministry government governor mayor minister authorities police prosecutors"""
)
# Compound words for where a party is from or heading, never where it acts (session 54).
_ORIGINS = word_set("born bound listed raised educated registered flagged trained")
# Words for a person or household a place may describe: "a Brooklyn man", "a Lagos lawyer".
_PEOPLE = word_set(
    """man men woman women boy boys girl girls couple family families teenager teenagers
    child children pensioner pensioners student students lawyer lawyers doctor doctors nurse
    teacher teachers driver drivers businessman businesswoman mother father son daughter
    cyclist pilot priest singer musician footballer"""
)
# Offices whose "of" names their seat: "the mayor of Leeds", "the bishop of Durham".
_OFFICES = word_set(
    """mayor mayors governor governors bishop archbishop president premier minister mp mps
    senator sheriff chancellor provost dean"""
)
# Words before an office holder that do not make it a verb's object ("a visit by the mayor of").
_NOT_VERBS = word_set("by of with for to from and or as but than like about")
_CONNECTORS = word_set("of de du la")
_AGENTIVE = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants")  # a doer: "processor"
_ARTICLES = word_set("the a an")
_TITLE_SHARE = 0.85  # share of capitalised words above which a line is in title case


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    """What stands between ``tokens[index - 1]`` and ``tokens[index]``."""
    return text[tokens[index - 1].end : tokens[index].start]


def title_case(tokens: Sequence[Token]) -> bool:
    """The line writes most of its words capitalised (a headline): case tells nothing."""
    words = [t for t in tokens if not t.is_number and len(t.norm) > 3]
    return len(words) >= 3 and sum(t.capitalised for t in words) / len(words) >= _TITLE_SHARE


def _name_word(token: Token) -> bool:
    return (
        token.capitalised
        and token.norm not in CALENDAR
        and token.norm not in _ARTICLES
        and not token.is_number
    )


def _spaced(tokens: Sequence[Token], index: int, text: str) -> bool:
    """``tokens[index]`` follows the previous token after a single space or an abbreviation's
    full stop ("Gov. Mike"), nothing else."""
    return _gap(tokens, index, text) in {" ", ". "} and not tokens[index].joined


def _name_after(tokens: Sequence[Token], end: int, text: str) -> int | None:
    """The index of a name word that carries on the name after ``end`` (the value's last
    token), over "and X" links: "Cincinnati Enquirer", "Devon and Somerset Fire"; None when
    the value ends its name."""
    at = end + 1
    if is_possessive(tokens[end], text):
        return None  # "Gaza's Health Ministry": the place owns what follows
    while at < len(tokens) and _spaced(tokens, at, text):
        token = tokens[at]
        if token.norm in {"and", "of"} and at + 1 < len(tokens) and _name_word(tokens[at + 1]):
            at += 2  # "Devon and Somerset": go on to what follows the listed name
            continue
        if _name_word(token) and not (token.norm == "and" or _gap(tokens, at, text) == ". "):
            return None if token.norm in GEOGRAPHIC else at
        return None
    return None


def _name_start(tokens: Sequence[Token], start: int, text: str) -> int:
    """The first token of the capitalised name the value at ``start`` stands in, stepping back
    over name words and "of" / "the" links ("University of Kent", "Bank of England")."""
    at = start
    while at > 0 and _spaced(tokens, at, text):
        before = tokens[at - 1]
        if before.norm in _ARTICLES or is_possessive(before, text):
            break  # "The Hague", "Gaza's Health Ministry"
        if _name_word(before):
            at -= 1
        elif before.norm in _CONNECTORS and at >= 2 and _name_word(tokens[at - 2]):
            if not _spaced(tokens, at - 1, text):
                break
            at -= 2
        else:
            break
    return at


def _locates(tokens: Sequence[Token], start: int) -> bool:
    """The phrase at ``start`` is the object of a locating preposition ("at the Ohio
    Statehouse", "in Gaza City")."""
    at = start - 1
    while at >= 0 and tokens[at].norm in {"the", "a", "an"}:
        at -= 1
    return at >= 0 and tokens[at].norm in LOCATING


def _owns_site(
    tokens: Sequence[Token], at: int, words: frozenset[str], stem: object, text: str
) -> bool:
    """The word at ``at`` (what the place modifies) owns something ("the Denver-based firm's
    warehouse", "the Cincinnati Enquirer's office") or is one of the event's own words and
    names no doer ("the Kyiv-based plant", not "the Columbus-based processor")."""
    if at >= len(tokens):
        return False
    token = tokens[at]
    if is_possessive(token, text):
        return True
    agent = token.norm.endswith(_AGENTIVE)
    return not token.capitalised and not agent and callable(stem) and stem(token.norm) in words


def _passive_next(tokens: Sequence[Token], at: int) -> bool:
    """A passive starts at ``at`` ("was locked down", "were evacuated"): what was done to the
    premises, not what the party did ("A Boston university opened a campus")."""
    if at + 1 >= len(tokens) or tokens[at].norm not in _BE:
        return False
    verb = tokens[at + 1].norm
    return verb.endswith(("ed", "en", "wn")) or verb in _PLAIN_PARTICIPLES


def _placed_after(tokens: Sequence[Token], end: int) -> bool:
    """A place of its own follows ``end`` in the sentence ("Residents of Dover protested in
    London"): the group is from the value, the act elsewhere."""
    for at in range(end + 1, len(tokens) - 1):
        if tokens[at].norm not in LOCATING:
            continue
        name = at + 1
        while name < len(tokens) - 1 and tokens[name].norm in _ARTICLES:
            name += 1
        if _name_word(tokens[name]):
            return True
    return False


def _common(token: Token, text: str) -> bool:
    """``token`` (a sentence's first word) is a common word: a plural for a group of people
    ("Residents of", "Families of") or one the text also writes in lower case."""
    plural = token.norm.endswith("s") and not token.norm.endswith("ss")
    return plural or re.search(rf"\b{re.escape(token.norm)}\b", text) is not None


def _site_head(tokens: Sequence[Token], last: int, text: str) -> bool:
    """The name ending at ``last`` is a site ("Manchester Airport", "Birmingham New Street"),
    or a lowercase site word follows it ("Toronto Pearson airport")."""
    if tokens[last].norm in SITE_HEADS:
        return True
    after = last + 1
    return after < len(tokens) and _spaced(tokens, after, text) and tokens[after].norm in SITE_HEADS


def _office_seat(tokens: Sequence[Token], start: int) -> bool:
    """The place at ``start`` is the object of a lowercase office's "of" ("the mayor of
    Leeds"), the seat of the one who holds it; not when the holder is a verb's object ("Gunmen
    shot dead the mayor of Zitlala in his office": acted on where the office is; review rv54w)."""
    if not (
        start >= 2
        and tokens[start - 1].norm == "of"
        and tokens[start - 2].norm in _OFFICES
        and not tokens[start - 2].capitalised
    ):
        return False
    before = start - 3
    if before >= 0 and tokens[before].norm in _ARTICLES:
        before -= 1
    word = tokens[before] if before >= 0 else None
    acted_on = (
        word is not None
        and word.norm.isalpha()
        and not word.capitalised
        and word.norm not in _NOT_VERBS
    )
    return not acted_on


def party_modifier(tokens: Sequence[Token], start: int, end: int, text: str,
                   words: frozenset[str], stem: object) -> str | None:  # fmt: skip
    """The role of the place at tokens ``start..end`` when it describes a party instead of
    locating anything (see the module), or None. ``words`` are the stems (by ``stem``) of the
    event's own description words."""
    if title_case(tokens):
        return None
    after = end + 1
    if after < len(tokens) and tokens[after].joined and not tokens[after].capitalised:
        if tokens[after].norm in _ORIGINS:
            return "a party's origin in a compound"  # "the London-bound train"
        if _owns_site(tokens, after + 1, words, stem, text):
            return None
        return "a party's home in a compound"  # "the Columbus-based processor"
    named = _name_after(tokens, end, text)
    first = _name_start(tokens, start, text)
    if named is not None or first < start:
        head = tokens[named] if named is not None else None
        if first < start and tokens[start - 1].norm in _CONNECTORS:
            head = tokens[first]  # "University of Kent": the name's head is before "of"
            if first == 0 and _common(head, text) and not _placed_after(tokens, end):
                return None  # "Residents of Paiporta described": capitalised as the opener
        if head is None or head.norm in GEOGRAPHIC or _locates(tokens, first):
            return None
        last = named if named is not None else end
        while (
            last + 1 < len(tokens)
            and _name_word(tokens[last + 1])
            and _spaced(tokens, last + 1, text)
        ):
            last += 1
        if is_possessive(tokens[last], text) or _site_head(tokens, last, text):
            return None
        return "part of a longer name"
    if _office_seat(tokens, start):
        return "an office's seat"  # "the mayor of Leeds"
    described = after < len(tokens) and _spaced(tokens, after, text)
    noun = tokens[after].norm if described else ""
    if noun in _PEOPLE and not tokens[after].capitalised and not _locates(tokens, start):
        return "a word describing a person"  # "a Brooklyn man"
    if described and tokens[after].norm in PARTY_NOUNS and not tokens[after].capitalised:
        premises = (
            tokens[after].norm in _PREMISES
            and _owns_site(tokens, after, words, stem, text)
            and _passive_next(tokens, after + 1)
        )
        owned = _locates(tokens, start) or is_possessive(tokens[after], text) or premises
        return None if owned else "a word describing a party"  # "a Texas company"
    return None


__all__ = ["GEOGRAPHIC", "LOCATING", "PARTY_NOUNS", "SITE_HEADS", "party_modifier", "title_case"]
