"""When the sponsor verbs session 25 added ("adopted", "extended", "renewed", "slapped") name
no act on the measure (check 53 brought them in: "the European Union on Monday adopted its
16th package", "the Council extended them by six months", "Canada slapped new sanctions").

These verbs have many other objects, so unlike the older cues they count only
- as a verb, not an adjective: "The adopted bill was sent to the President by Senate
  President Ana Ruiz" (after a determiner, before a noun) names no act of Ruiz's;
- with a measure as object: a measure noun ("package", "sanctions", "ban", "tariffs",
  "listings", ...) or a pronoun ("it", "them") among the first words after the verb, before a
  preposition or a clause break. "Hungary adopted a wait-and-see stance on the package",
  "Kallas extended her thanks", "Orban renewed calls to drop the package", "Beijing slapped
  down the package" (a particle after the verb) and "adopted a cautious tone on the
  tariffs" name no sponsor.
The older cues ("imposed", "announced", ...) keep their readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .amount_bys import AMOUNT_UNITS, amount_by

_ADDED = ("adopt", "extend", "renew", "slap")
_PARTICIPLES = word_set("adopted extended renewed")
_DETERMINERS = word_set("the a an these those its their his her our newly")
MEASURE_NOUNS = word_set(
    """package packages sanctions sanction measures measure restrictions restriction curbs
    curb ban bans embargo embargoes tariffs tariff duties duty levy levies listings listing
    designations designation freeze freezes penalties penalty controls regime regimes bill
    act resolution resolutions law decree order orders round tranche list it them this
    these those text legislation amendment proposal surtax surtaxes surcharge surcharges"""
)
_TEXTS = word_set("resolution resolutions text declaration motion")
_OPPOSING = word_set(
    """condemning criticising criticizing denouncing opposing rejecting deploring decrying
    protesting against"""
)
_PARTICLES = word_set("down back off aside away up")
_STOPS = word_set("on of to for against by with after before at in over from as until")
_REACH = 6


def _added(token: Token) -> bool:
    return token.norm.startswith(_ADDED)


def attributive(tokens: Sequence[Token], cue: int) -> bool:
    """Whether the cue at ``tokens[cue]`` is an added participle before a noun after a
    determiner ("the adopted bill", "an extended ban")."""
    return (
        tokens[cue].norm in _PARTICIPLES
        and cue > 0
        and tokens[cue - 1].norm in _DETERMINERS
        and cue + 1 < len(tokens)
        and not tokens[cue + 1].is_number
    )


def off_measure(tokens: Sequence[Token], cue: int, text: str) -> bool:
    """Whether the cue at ``tokens[cue]`` is an added verb (adjective or not) whose object is
    no measure (see the module): True for "adopted a stance", "extended her thanks"."""
    if not _added(tokens[cue]):
        return False
    if attributive(tokens, cue):
        return True
    if cue + 1 < len(tokens) and tokens[cue + 1].norm in _PARTICLES:
        return True  # "slapped down the package": to slap down is to reject
    return not measure_object(tokens, cue, text)


def measure_object(tokens: Sequence[Token], verb: int, text: str) -> bool:
    """Whether a measure noun or "it"/"them" stands among the first words after the verb at
    ``tokens[verb]``, before a preposition or a clause break ("adopted its 16th package",
    "unveiled it", not "unveiled a joint statement")."""
    aside = skip = _aside_end(tokens, verb, text)  # "adopted, by written procedure, the act"
    index, seen = max(verb, skip), 0
    while index + 1 < len(tokens) and seen < _REACH:
        index += 1
        if index <= skip:
            continue
        seen += 1
        if index != aside + 1 and _mark(tokens, index, text, ",;:"):
            return False
        norm = tokens[index].norm
        if norm in ("for", "by") and amount_by(tokens, index):
            skip = _amount_end(tokens, index)  # "extended for another six months the ban"
            continue
        if norm in _TEXTS and index + 1 < len(tokens) and tokens[index + 1].norm in _OPPOSING:
            return False  # "adopted a resolution condemning the tariffs" (review rvC)
        if norm in MEASURE_NOUNS:
            return True
        if norm in _STOPS:
            return False
    return False


def pronoun_acts(tokens: Sequence[Token], last: int, cue: int) -> bool:
    """Whether "he" or "she" right before the cue at ``tokens[cue]``, after the name ending
    at ``last``, is the cue's subject ("Carney hit back at the tariffs he unveiled"): the
    pronoun acts, not the name; :mod:`group_sponsors` reads the pronoun back (review rvC)."""
    return last < cue - 1 and tokens[cue - 1].norm in ("he", "she")


def _mark(tokens: Sequence[Token], index: int, text: str, marks: str) -> bool:
    return any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in marks)


def _aside_end(tokens: Sequence[Token], verb: int, text: str) -> int:
    """The last index of a comma aside right after the verb (", by written procedure,"),
    or -1 when none opens there."""
    if verb + 1 >= len(tokens) or not _mark(tokens, verb + 1, text, ","):
        return -1
    for index in range(verb + 2, min(verb + 7, len(tokens))):
        if _mark(tokens, index, text, ",;:"):
            return index - 1 if _mark(tokens, index, text, ",") else -1
    return -1


def _amount_end(tokens: Sequence[Token], by: int) -> int:
    """The index of the unit closing the amount opened at ``by`` ("for another six months")."""
    for index in range(by + 1, min(by + 5, len(tokens))):
        if tokens[index].norm in AMOUNT_UNITS or tokens[index].norm == "half":
            return index
    return by + 1
