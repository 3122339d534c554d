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

from summarizer.verification.tokens import Token, word_set

_ADDED = ("adopt", "extend", "renew", "slap")
_PARTICIPLES = word_set("adopted extended renewed")
_DETERMINERS = word_set("the a an these those its their his her our newly")
_MEASURES = word_set(
    """package packages sanctions sanction measures measure restrictions restriction curbs
    curb ban bans embargo embargoes tariffs tariff duties duty levy levies listings listing
    designations designation freeze freezes penalties penalty controls regime regimes bill
    act resolution resolutions law decree order orders round tranche list it them this
    these those text legislation amendment proposal"""
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
    for index in range(verb + 1, min(verb + 1 + _REACH, len(tokens))):
        if any(mark in text[tokens[index - 1].end : tokens[index].start] for mark in ",;:"):
            return False
        norm = tokens[index].norm
        if norm in _MEASURES:
            return True
        if norm in _STOPS:
            return False
    return False
