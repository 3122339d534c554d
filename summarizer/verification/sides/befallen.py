"""The side an event befell is no actor of it, for :mod:`summarizer.verification.sides.event_actors`
(an outside check, session 15).

"The rebels' advance led to the collapse of the national army": the rebels advanced; the
army is what the advance did something to. A fact-checker reads no actor of the rebels' push
in "the army", any more than in the target of a strike (which :mod:`event_actors` refuses by
its verb). A name is in that place when it is

- beaten, as the object of a verb of defeat ("routed the national army", "overran the
  garrison", "repelled the militants"; or its passive, "the army was routed"), whatever the
  event; the verbs of a heavy blow English uses for defeat and for harm alike ("thrashed the
  Orland Plan", "hammered Ardent Bank", "downed the Calder nomination", "eliminated the
  subsidy", "knocked the FTSE 100") are among them: their object is acted on unless it is a
  scored match's side (:mod:`..events.contest_sides`, read first; gactors, s39);
- the owner of what befell it ("the collapse of the national army", "the army's retreat",
  "the rout of government forces") or the subject of a verb of giving way ("the garrison
  surrendered", "as the army fled"), when the event is told from another side's act: its
  description names neither the name nor that giving way. "Army collapses in the east" is an
  event of the army's own, and it keeps its actor.

Each refusal is a stated role (the one acted on), so unsupported.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import POSSESSIVE_ENDINGS, Token, clause_gap, word_set
from ..people.names import TITLES

_DEFEATING = word_set(
    """routed routs rout routing defeated defeats defeat defeating overran overruns overrun
    overrunning overwhelmed overwhelms overwhelm repelled repels repel repulsed repulses
    repulse encircled encircles encircle surrounded surrounds outflanked crushed crushes
    vanquished ousted drove routed trounced beat beats beaten thrashed thrashes thrash
    hammered hammers pummelled pummeled battered thumped thumps whipped trounces downed downs
    eliminated eliminates eliminate knocked knocks"""
)
_BEATEN_PASSIVE = word_set("was were been being is are")
_PERFECT = word_set("had has have")
# Giving way, as a noun owned by the one it befell or a verb of its own.
_GIVING_WAY = word_set(
    """collapse collapses collapsed collapsing rout retreat retreats retreated retreating
    defeat defeats surrender surrenders surrendered surrendering capitulation capitulated
    capitulates disintegration disintegrated disintegrates downfall fall flight fled flees
    fleeing crumbled crumbles crumbling losses demise encirclement
    disarray"""
)
_NOUN_LINKS = word_set("of")
_SKIPPED = word_set("the a an its their hasty chaotic sudden rapid swift total inside there")
# Who a side sends, between its name and its verb ("the government garrison surrendered").
_BODY = word_set(
    """army armies forces force troops soldiers garrison garrisons units unit fighters militia
    militias government military police"""
)


def _phrase_start(tokens: Sequence[Token], first: int) -> int:
    start = first
    while start > 0 and (
        tokens[start - 1].norm in _SKIPPED
        or tokens[start - 1].norm in TITLES
        or tokens[start - 1].capitalised
        or tokens[start - 1].norm in _BODY
    ):
        start -= 1
    return start


def beaten(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """The name is the object of a verb of defeat, or its subject in the passive ("the army
    was routed")."""
    start = _phrase_start(tokens, first)
    if start and tokens[start - 1].norm in _DEFEATING and not clause_gap(tokens, start - 1, text):
        return True
    index = _past_body(tokens, last)
    while index < len(tokens) and tokens[index].norm in _PERFECT:
        index += 1  # "had been routed"; "had defeated" is no passive
    passive = False
    while index < len(tokens) and tokens[index].norm in _BEATEN_PASSIVE:
        index, passive = index + 1, True
    return passive and index < len(tokens) and tokens[index].norm in _DEFEATING


def _past_body(tokens: Sequence[Token], last: int) -> int:
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].norm in _BODY:
        index += 1
    return index


def befell(
    tokens: Sequence[Token], first: int, last: int, told: Sequence[str], own: Sequence[str]
) -> bool:
    """The name owns what befell it or gives way, in an event ``told`` (its description's
    norms) from another's act: ``told`` holds no word of that giving way nor of the name's
    ``own`` words."""
    word = _giving_way(tokens, first, last)
    if word is None or not set(own).isdisjoint(told):
        return False
    stem = word[:5]
    return not any(norm.startswith(stem) for norm in told)


def _giving_way(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The word of giving way the name owns ("the collapse of the army", "the army's
    retreat") or is the subject of ("the garrison surrendered")."""
    start = _phrase_start(tokens, first)
    if start >= 2 and tokens[start - 1].norm in _NOUN_LINKS:
        noun = tokens[start - 2].norm
        if noun in _GIVING_WAY:
            return noun  # "the collapse of the national army"
    index = last + 1
    if tokens[last].text.endswith(POSSESSIVE_ENDINGS) or (
        index < len(tokens) and tokens[index].norm in _BODY
    ):
        while index < len(tokens) and index <= last + 3 and (
            tokens[index].norm in _SKIPPED or tokens[index].norm in _BODY
        ):  # fmt: skip
            index += 1
    while index < len(tokens) and tokens[index].norm in ("had", "has", "have", "then", "quickly"):
        index += 1
    if index < len(tokens) and tokens[index].norm in _GIVING_WAY:
        return tokens[index].norm  # "the army's retreat", "the garrison surrendered"
    return None


__all__ = ["beaten", "befell"]
