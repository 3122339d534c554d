"""Words of a change in percent that stand apart from the percent by a phrase English writes
between them (session 60, false-alarm writer ct60, outside checks 83-97: "a drop of nearly
17%" was left unconfirmed as the "Nvidia share fall, percent", "sending the shares up as much
as 8%" and "rose by as much as 14% at one point" as a share's rise, "sank as much as 13%" as
an early fall, "traffic growth of 9%" as traffic growth, "knocked nearly 8% off Take-Two's
shares" as a share fall), for :func:`summarizer.verification.counts.change_shares.change_word`.

Three shapes, each read exactly:

- a noun of change and "of" before the percent, past the hedges the verb's reading passes
  ("a drop of nearly 17%", "growth of 9%", "an increase of about 4 per cent"): the noun's
  direction, as "fell" or "rose" would give it. Only a noun of change: "a share of 9%", "a
  stake of 5%", "a margin of 12%" name no change;
- "as much as" (or "as many as") between the word of change and the percent ("up as much as
  8%", "rose by as much as 14%", "sank as much as 13%"): the degree phrase is skipped as a
  hedge; the qualifier ("up to") is the qualifier rules' reading, not this one's;
- "off" after the percent ("knocked nearly 8% off the shares", "20% off the list price"): a
  change down.

The direction found is only a cue: :func:`change_shares.change_cues` still asks it to agree
with the count's and to be the one percent of that direction in its sentence or to stand by
the count's subject, so "a rise of 3% in imports" is not "a fall in imports" and "exports
climbed 5% while imports saw a rise of 3%" gives 3 to imports only when the subject says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

UP, DOWN = "up", "down"
# Nouns of a change in a quantity, with the direction each names ("a drop of 17%").
_UP_NOUNS = word_set(
    """rise rises increase increases gain gains growth jump jumps climb surge hike rebound
    upturn"""
)
_DOWN_NOUNS = word_set(
    """fall falls drop drops decline declines decrease decreases loss losses slump slide dip
    plunge contraction reduction"""
)
_HEDGES = word_set("about around roughly some nearly almost just over more than less by only")
_DEGREE = ("as", "much", "as")
_DEGREE_MANY = ("as", "many", "as")


def past_degree(tokens: Sequence[Token], at: int) -> int:
    """The position before an "as much as" ending at ``at`` ("rose by as much as 14%"), or
    ``at`` itself when none ends there."""
    if at >= 2 and tuple(token.norm for token in tokens[at - 2 : at + 1]) in (
        _DEGREE,
        _DEGREE_MANY,
    ):
        return at - 3
    return at


def degree_before(tokens: Sequence[Token], first: int) -> bool:
    """Whether "as much as" (or "as many as") stands right before the number at ``first``, past
    a hedge: the peak a change reached on the way ("fell as much as 12% in early trading"),
    which yields to a plain change of the same sentence ("before closing 8% lower")."""
    at = first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    return past_degree(tokens, at) != at


def noun_of(tokens: Sequence[Token], at: int) -> tuple[int, str] | None:
    """The position and direction of a noun of change whose "of" stands at ``at`` ("a drop
    of", "growth of"), or None."""
    if at < 1 or tokens[at].norm != "of":
        return None
    noun = tokens[at - 1].norm
    if noun in _UP_NOUNS:
        return at - 1, UP
    if noun in _DOWN_NOUNS:
        return at - 1, DOWN
    return None


def off_after(tokens: Sequence[Token], after: int) -> tuple[int, str] | None:
    """A change down told by "off" after a percent's unit ("8% off the shares"), or None."""
    if after < len(tokens) and tokens[after].norm == "off":
        return after, DOWN
    return None


__all__ = ["DOWN", "UP", "degree_before", "noun_of", "off_after", "past_degree"]
