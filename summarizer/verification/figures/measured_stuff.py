"""A measure of stuff is the stuff's, not another thing's (review rv41c: "Keepers feed the
panda cub 2kg of bamboo a day" gave 2 as the cub's weight in kg, "The lorry was carrying 18
tonnes of gravel" 18 as the bridge's weight limit in tonnes), for a count of
:func:`summarizer.verification.counts.number_rules.support_number`.

English measures stuff by a unit and "of": "2kg of bamboo", "18 tonnes of gravel", "40 litres of
oil", "3 miles of road". The number is the amount of the noun after "of", whatever thing stands
near it (the cub fed, the bridge crossed). A count in a unit of length, mass or volume whose
words name none of that noun ("panda cub weight, kg", "bridge weight limit, tonnes", "distance
between the stations, km") is refused the number; one that names it ("bamboo fed to the cub a
day, kg", "gravel carried, tonnes") keeps the other rules' verdict, as does one in such a unit
naming no measure of a thing (weight, length, capacity, a limit: ``_PROPERTIES``), which is the
stuff by another name or its carrier's load ("fuel spilled, litres" for "litres of diesel",
"lorry load, tonnes"; review rv42c). Not read: a unit of time ("three days of talks"), a number
with no unit word right after it, an "of" with no noun after it, a deed in "-ing" ("km of
walking on forest trails": the trails are where). The refusal is *unsupported*: the page gives
the number to the stuff.

A share is so of its whole (review rv40c: "Women make up 44% of the workforce; the company says
women hold 31% of senior roles" gave 44 as women's share of senior roles): a count that names
its whole after "of" ("share of senior roles") is refused a share "of" another whole while
another share of the sentence is "of" its own. A share with no "of", or a sentence giving the
count's whole no share, keeps the other rules' verdict (a rate of the workforce may be named
otherwise). A whole may be named by another word for it ("12% of sales" is a share of the
market: ``_WHOLES``, review rv42c).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, word_set
from .count_words import count_unit, covers, what_words
from .glued_units import measure_unit
from .numbers import NumberMention

# Words opening a clause or an adjunct that STOPWORDS leaves out: a phrase ends before them.
_JOINERS = word_set(
    "but while whereas when though although under across along through into onto between"
)


# What a measure of a thing, not of the stuff it holds or was fed, is named by ("panda cub
# weight", "bridge weight limit", "tanker capacity"). A count in a unit of measure naming none
# of them is an amount of stuff by another name ("fuel spilled" for "litres of diesel", "drugs
# seized" for "kg of cocaine", "lorry load" for "tonnes of gravel", "swim distance" for "miles
# of open water"; review rv42c), and keeps the other rules' verdict.
_PROPERTIES = word_set(
    """weight weights height heights length lengths width widths depth depths breadth size
    capacity capacities limit limits span area mass diameter permitted allowed cap quota
    maximum"""
)
# Nouns of stuff that end in "-ing" as a deed does ("6kg of herring", "3 miles of fencing"):
# stuff, not a deed measured (review rv42c).
_ING_STUFF = word_set(
    """herring herrings whiting pudding bedding clothing string stuffing icing piping tubing
    cabling wiring fencing decking roofing flooring scaffolding netting sheeting shelving"""
)
# A distance between two places, or from one, is a measure of where they stand, not stuff laid
# or travelled between them ("distance between the stations, km" for "laid 4km of new track
# between the two stations"; review rv42c), as "swim distance" for "miles of open water" is not.
_DISTANCES = word_set("distance distances")
_PLACED = word_set("between from")


def _between(words: Sequence[str]) -> bool:
    """Whether the count's words name a distance between places or from one."""
    return bool(_DISTANCES.intersection(words)) and bool(_PLACED.intersection(words))


# Verbs of going over ground: the stuff after them is the route, and its measure the distance
# between the places it runs "from" or "between" (review rv43b: "Walkers face 8 miles of open
# moorland from Haworth to Hebden Bridge", "The ferry crosses 21 miles of open sea"), as "laid
# 4km of new track between the two stations" is not.
_TRAVELS = word_set(
    """face faces faced cross crosses crossed crossing walk walks walked swim swims swam sail
    sails sailed hike hiked ride rode drive drove cover covers covered trek trekked"""
)


def _travelled(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a verb of going over ground stands right before the number."""
    return bool(mention.first) and tokens[mention.first - 1].norm in _TRAVELS


def _handled(tokens: Sequence[Token], mention: NumberMention, words: Sequence[str]) -> bool:
    """Whether the count names the stuff by the deed the page does to it right before the
    number ("donations collected, tonnes" for "collected 4 tonnes of clothing"; review rv43b):
    the count's own verb, so the stuff by another name, not a thing near it."""
    verb = tokens[mention.first - 1].norm if mention.first else ""
    return verb.endswith("ed") and verb in words


# Names of one whole a share may be given of ("12% of sales" is a share of the market).
_WHOLES = (
    word_set("market sales"),
    word_set("workforce staff employees workers payroll"),
    word_set("population residents inhabitants"),
    word_set("vote votes ballots"),
)


# A count of cargo names the stuff a verb of carrying right before the measure carries ("took
# 300 tonnes of coal", "can carry 26 tonnes of grain", "a cargo of 40 tonnes of"), not stuff
# used, lost or dumped ("The freighter burned 40 tonnes of fuel": the lead's cases, rv42old).
_CARRIED = word_set("cargo cargoes freight payload shipment shipments")
_CARRYING = word_set(
    """carry carries carried carrying ship ships shipped shipping deliver delivers delivered
    haul hauls hauled unload unloads unloaded transport transports transported take takes
    took bring brings brought load loads loaded of"""
)


def _carried(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether a verb of carrying (or a cargo's "of") stands right before the number."""
    return mention.first > 0 and tokens[mention.first - 1].norm in _CARRYING


# A carrier's capacity is the stuff it can hold ("can carry 40 tonnes of freight").
_CAPACITIES = word_set("capacity capacities maximum")
_MODALS = word_set("can could able")


def _before(tokens: Sequence[Token], mention: NumberMention) -> set[str]:
    """The words of the three tokens before the number ("can carry", "is able to hold")."""
    return {token.norm for token in tokens[max(mention.first - 3, 0) : mention.first]}


def _stand_ins(words: Sequence[str]) -> list[str]:
    """``words`` and the other names of the wholes among them."""
    return [*words, *(other for group in _WHOLES if group & set(words) for other in group)]


def _stuff(tokens: Sequence[Token], start: int) -> list[str]:
    """The words of the noun phrase from ``tokens[start]`` on (after "of"), its determiners
    skipped and up to the first stop word or mark: "the gravel", "emergency-stockpile rice"."""
    stuff: list[str] = []
    for token in tokens[start : start + 6]:
        if token.norm in STOPWORDS and not stuff:
            continue  # "of the gravel", "of its grain"
        if not token.norm.isalpha() or token.norm in STOPWORDS or token.norm in _JOINERS:
            break  # "of emergency-stockpile rice will": the phrase ends before its verb
        stuff.append(token.norm)
    return stuff


def stuff_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """Why the number is no count of ``what``: the measure of the stuff after its unit and
    "of", or a share of another whole (see the module); or ""."""
    if mention.unit == "percent":
        return _whole_clash(tokens, mention, mentions, what)
    at = mention.last + 1
    if at + 2 >= len(tokens) or not measure_unit(tokens[at].norm) or tokens[at + 1].norm != "of":
        return ""
    stuff = _stuff(tokens, at + 2)
    if stuff[:1] and stuff[0].endswith("ing") and stuff[0] not in _ING_STUFF:
        return ""  # "666,977 km of walking on forest trails": a deed measured, not stuff
    words = what_words(what)
    if not stuff or not words or any(covers(stuff, word) for word in words):
        return ""
    if _CARRIED.intersection(words) and not _carried(tokens, mention):
        return f"{mention.value:g} {tokens[at].text} of {' '.join(stuff)} is not carried"
    unit = count_unit(what)
    between = _between(words) and not _travelled(tokens, mention)
    if measure_unit(unit) and not _PROPERTIES.intersection(words) and not between:
        return ""  # "fuel spilled, litres" for "litres of diesel", "lorry load" (review rv42c)
    if _handled(tokens, mention, words):
        return ""  # "weight of donations collected" for "collected 4 tonnes of clothing"
    if _CAPACITIES.intersection(words) and _MODALS.intersection(_before(tokens, mention)):
        return ""  # "The ferry can carry 40 tonnes of freight": its capacity (rv42old-0058)
    return f"{mention.value:g} {tokens[at].text} is a measure of {' '.join(stuff)}, not {what!r}"


def _whole_of(tokens: Sequence[Token], mention: NumberMention) -> list[str]:
    """The whole a share is of: the phrase after "of" right after its "%", "percent" or "per
    cent" ("44% of the workforce": workforce); [] for none."""
    for at in range(mention.last + 2, min(mention.last + 4, len(tokens))):
        if tokens[at].norm == "of":
            return _stuff(tokens, at + 1)
    return []


def _whole_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """A share of another whole than the count's ("women's share of senior roles" for "44% of
    the workforce"), when another share of the sentence is of the count's whole ("31% of
    senior roles"); or ""."""
    _, of, asked = what.partition(" of ")
    wanted = what_words(asked.partition(",")[0]) if of else []
    whole = _whole_of(tokens, mention) if wanted else []
    if not whole or any(covers(whole, word) for word in _stand_ins(wanted)):
        return ""  # "12% of sales" is a share of the market (review rv42c)
    for other in mentions:
        if other is mention or other.unit != "percent":
            continue
        named = _whole_of(tokens, other)
        if named and all(covers(named, word) for word in wanted):
            return f"{mention.value:g}% is a share of the {' '.join(whole)}, not {what!r}"
    return ""


__all__ = ["stuff_clash"]
