"""A person's own side where :mod:`.acted_bodies` reads an act's object (review rv49f,
session 49): the shapes in which the body after the person's verb is theirs.

- a verb carrying one's own side somewhere ("helped Millbrook Rovers beat", "fired Harbour
  City ahead", "guided Dinas Wanderers to a first title", "kicked Leinster into a lead"): the
  body the player or manager moves is their team (:func:`carried`);
- a verb of addressing people ("thanked Harlow Foods staff", "apologised to Pennine Water
  customers", "urged Atlas Telecom's board") whose value names the hearers' side, read as
  "told Labour MPs" is (:func:`hearers`);
- a leader's verb of keeping the body going ("steadied", "rebuilt", "revived", "overhauled"):
  no outside party (:data:`LEADING`);
- a relative clause on the value that ties the person to it (", where she still works"):
  the person's body (:func:`tied_after`);
- a trade noun's possessive beside the person ("the airline's chief executive", "at the
  carmaker's Leipzig plant"): the short form of a body that opens a sentence, the story's
  subject (:func:`stand_in`). A bare one ("said the operator had no choice") is not read: it
  lost a plant on an unseen check.
"""

from __future__ import annotations

import re

from ..page.tokens import SINGULAR_POSSESSIVES, spaced_set

_CARRY = spaced_set(
    "help helps helped guide guides guided fire fires fired power powers powered propel "
    "propels propelled lift lifts lifted inspire inspires inspired carry carries carried "
    "kick kicks kicked shoot shoots shot edge edges edged nudge nudges nudged"
)
_CARRIED_TO = spaced_set(
    "to into ahead past clear level beat win reach clinch secure retain avoid through back home"
)
_ADDRESS = spaced_set(
    "thank thanks thanked apologise apologises apologised apologize apologizes apologized "
    "address addresses addressed reassure reassures reassured brief briefs briefed assure "
    "assures assured email emails emailed"
)
_HEARERS = spaced_set(
    "staff board workforce management leadership team crew members workers employees "
    "customers shareholders fans supporters players colleagues"
)
LEADING = spaced_set(
    "steady steadies steadied rebuild rebuilds rebuilt revive revives revived overhaul "
    "overhauls overhauled restructure restructures restructured modernise modernised "
    "modernize modernized reshape reshapes reshaped"
)
STAND_INS = (
    "airline|carmaker|automaker|retailer|grocer|supermarket|lender|insurer|broadcaster|miner|"
    "brewer|utility|housebuilder|publisher|manufacturer|chipmaker|drugmaker|steelmaker"
)
_TIED_AFTER = re.compile(
    r"\s*,\s*(?:where|which|whom)\s+(?:he|she|they)\s+(?:\w+\s+){0,2}?"
    r"(?:works?|worked|is employed|has worked|leads|led|runs|ran|chairs|heads|manages|"
    r"plays|played|teaches|studies|serves|joined|founded|co-founded)\b",
    re.IGNORECASE,
)


def carried(verb: str, after: str) -> bool:
    """Whether ``verb`` moves the value to a place or result, as one's own side is moved
    ("fired Rovers ahead"): ``after`` is the word straight after the value."""
    return verb.lower() in _CARRY and after.lower() in _CARRIED_TO


def hearers(verb: str, after: str, possessive: bool) -> bool:
    """Whether the value names the side of those ``verb`` addresses ("thanked Harlow Foods
    staff", "urged Atlas Telecom's board"): a plural or a group noun after it, or its
    possessive."""
    low = after.lower()
    if verb.lower() not in _ADDRESS:
        return False
    return possessive or low in _HEARERS or (low.isalpha() and low.endswith("s"))


def tied_after(text: str) -> bool:
    """Whether the text after the value opens a relative clause tying the person to it
    (", where she still works as a ward sister")."""
    return _TIED_AFTER.match(text) is not None


_INNER_AGENT = re.compile(
    r"(?:'s|\u2019s)\s+(?:own\s+)?(?:national\s+executive|manager|head\s+coach|coach|"
    r"selectors|whips|members|membership|disciplinary)\b",
    re.IGNORECASE,
)
_PASSIVE_BE = spaced_set("is was are were be been being")


def inner_agent(verb: str, tail: str) -> bool:
    """Whether a passive's agent is an organ of the value that answers for its own members
    ("was censured by the Labour Party's national executive", "was challenged by Dundee
    United's manager"): a body disciplining or pushing its own, not an outside party."""
    return verb.lower() in _PASSIVE_BE and _INNER_AGENT.match(tail) is not None


def own_side(verb: str, tail: str, saying: bool) -> bool:
    """Whether the value before ``tail`` (the sentence's rest) is the side of the person whose
    ``verb`` (a verb of telling when ``saying``) took it as its object."""
    after = re.match(r"(?:'s|\u2019s)?\s*([\w-]*)", tail)
    possessive = tail.startswith(SINGULAR_POSSESSIVES)
    word = after.group(1) if after else ""
    held = hearers(verb, word, possessive) or (possessive and saying)
    return held or carried(verb, word) or tied_after(tail) or inner_agent(verb, tail)


def stand_in(sentence: str) -> bool:
    """Whether the (lowered) sentence names a body by a trade noun's possessive ("the
    airline's chief executive"): the noun owning the person's post or place."""
    return re.search(rf"\bthe (?:{STAND_INS})(?:'s|\u2019s)", sentence) is not None


__all__ = ["LEADING", "own_side", "stand_in"]
