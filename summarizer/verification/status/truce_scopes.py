"""A truce's kind from where it holds and what it is said not to be (check 45, cause 7).

- placed: a truce noun followed by a preposition of place and a noun of a part of a land ("a
  temporary ceasefire in the areas the corridors run through", "a truce along the border",
  "a pause around the plant's district", "a ceasefire in the east of Congo", "a truce in
  eastern Sudan", "a ceasefire in parts of Idlib") or qualified by one before it ("a border
  ceasefire", "a frontline truce") is ``local``; a part that is the whole ("in all areas",
  "across the whole region") is not.
- not full: a word of completeness negated before a truce noun ("but no general ceasefire",
  "not a full truce", "stopped short of a comprehensive ceasefire", "rather than a nationwide
  truce", "without a general ceasefire") beside a truce the evidence places does not make
  the placed truce full; alone ("There is no full ceasefire tonight")
  it may be said of the full truce that was sought, and reads nothing.
- a holiday: a truce "for the Eid holiday" or "over Christmas" is timed by the holiday, not
  given a humanitarian purpose by it: a ``full`` kind beside it is not contradicted (two
  readings: unconfirmed).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Result, unconfirmed
from ..events.truce_kinds import FULL_WORDS, TRUCE_NOUNS, called_full
from ..page.tokens import word_set

_PLACING = word_set("in around along across near within inside throughout for on at over")
_PARTS = word_set(
    """area areas zone zones district districts province provinces town towns city cities
    village villages region regions sector sectors border borders frontline frontlines front
    fronts enclave enclaves pocket pockets part parts corridor corridors county counties
    governorate governorates state's neighbourhood neighbourhoods neighborhood neighborhoods
    suburb suburbs valley hills belt port ports harbour harbor airport
    plant camp camps compound"""
)
_DIRECTIONS = word_set("east west north south northeast northwest southeast southwest")
_DIRECTED = word_set(
    """eastern western northern southern northeastern northwestern southeastern southwestern"""
)
_BEFORE = word_set("local localised localized regional border frontline")
_WHOLE = word_set("all every whole entire nationwide countrywide")
_NEGATIONS = word_set("no not short rather instead without never nor")
_HOLIDAYS = word_set(
    """holiday holidays eid easter christmas ramadan new year's tet nowruz passover diwali
    hanukkah festival"""
)
_REACH = 6
_ACTS = word_set("fighting shelling strikes attacks hostilities bombing bombardment raids")


def placed(norms: Sequence[str]) -> bool:
    """Whether a truce noun of the clause-marked ``norms`` holds in a part of a land (see the
    module)."""
    return bool(placement(norms))


def placement(norms: Sequence[str]) -> str:
    """How a truce noun of ``norms`` is placed in a part of a land: "direction" ("in eastern
    Ukraine", "in the east of Congo": the war may be only there), "part" ("in the districts",
    "along the border"), or ""."""
    for index, norm in enumerate(norms):
        if not norm.startswith(TRUCE_NOUNS) or not FULL_WORDS.isdisjoint(norms[index - 2 : index]):
            continue  # "no full ceasefire in the region": the full one's place
        if not _BEFORE.isdisjoint(norms[max(index - 2, 0) : index]):
            return "part"
        opener = next(
            (at for at in range(index + 1, min(index + 4, len(norms))) if norms[at] in _PLACING),
            None,
        )  # "a ceasefire in", "a halt to shelling in"
        if opener is None or "," in norms[index:opener]:
            continue
        acted = [at for at in range(opener + 1, min(opener + 5, len(norms))) if norms[at] in _ACTS]
        if acted and norms[opener + 1 : acted[0]] in ([], ["the"]):
            # "a pause in the fighting inside the provinces": the place after the act
            later = acted[0] + 1
            if later < len(norms) and norms[later] in _PLACING:
                opener = later
        after: list[str] = []
        for word in norms[opener + 1 : opener + 1 + _REACH]:
            if word == ",":
                break
            after.append(word)
        if not _WHOLE.isdisjoint(after):
            continue
        if not _PARTS.isdisjoint(after[:4]):
            return "part"
        if not _DIRECTED.isdisjoint(after[:1] if after[:1] != ["the"] else after[1:2]):
            return "direction"  # "in eastern Sudan", "in the northern Gaza Strip"
        if after[:2] and after[0] == "the" and len(after) > 1 and after[1] in _DIRECTIONS:
            return "direction"  # "in the east (of Congo)"
    return ""


def denied_full(norms: Sequence[str]) -> bool:
    """Whether a word of completeness before a truce noun is negated ("no general ceasefire",
    "short of a full truce")."""
    if FULL_WORDS.isdisjoint(norms):
        return False
    for index, norm in enumerate(norms):
        if norm not in FULL_WORDS:
            continue
        ahead = norms[index + 1 : index + 3]
        if not any(word.startswith(TRUCE_NOUNS) for word in ahead):
            continue
        before = [w for w in norms[max(index - 3, 0) : index] if w not in ("a", "an", "the")]
        if not _NEGATIONS.isdisjoint(before[-2:]):
            return True
    return False


def _fully(norms: Sequence[str]) -> bool:
    """ "agreed to fully implement a ceasefire", "a fully observed truce": the adverb calls
    the truce full, unless negated ("has not fully observed the truce")."""
    if "fully" not in norms:
        return False
    for index, norm in enumerate(norms):
        if norm != "fully" or not (_NEGATIONS | {"neither"}).isdisjoint(
            norms[max(index - 4, 0) : index]
        ):
            continue
        if any(word.startswith(TRUCE_NOUNS) for word in norms[index + 1 : index + 5]):
            return True
    return False


def holiday_timed(norms: Sequence[str]) -> bool:
    """Whether the clause-marked ``norms`` time a truce by a holiday ("a three-day ceasefire
    for the Eid al-Adha holiday", "over Christmas")."""
    return not _HOLIDAYS.isdisjoint(norms)


_AID = ("humanitarian", "aid", "evacuat", "corridor", "civilian", "relief")


def scoped_kind(
    family: str, raw: str, clauses: Sequence[Sequence[str]], narrower: str | None
) -> Result | None:
    """The verdict on a truce's kind ``raw`` by where it holds, a negated completeness or a
    holiday (see the module), given the evidence's clause-marked sentences and the narrower
    kind :mod:`status_support` read; None when none of them speaks."""
    if family != "CeasefireKind" or raw not in ("local", "full"):
        return None
    if raw == "local":
        return (True, "") if any(placed(norms) for norms in clauses) else None
    if any(called_full(norms) for norms in clauses) and not any(map(denied_full, clauses)):
        return None
    places = {placement(norms) for norms in clauses} - {""}
    if places == {"direction"} and any(_fully(norms) for norms in clauses):
        return None  # "agreed to fully implement a ceasefire in eastern Ukraine"
    if places == {"direction"}:  # the war may be fought only in the east: two readings
        return unconfirmed("its evidence places the truce in a region of the land: local or full")
    if places:  # "..., but no general ceasefire" as well
        return False, "its evidence places the truce in a part of the land: local, not full"
    holiday = narrower == "humanitarian" and any(holiday_timed(norms) for norms in clauses)
    if holiday and not any(word.startswith(_AID) for norms in clauses for word in norms):
        return unconfirmed("its evidence times the truce by a holiday; no word says full")
    return None


__all__ = ["denied_full", "holiday_timed", "placed", "placement", "scoped_kind"]
