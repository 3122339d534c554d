"""A vote worded as a parliament's division (check 26: "The House divided: Contents: 235 | Not
Contents: 188"), for an event's kind ``vote`` and a vote's counts:

- "divided" is a vote where a chamber divides ("The House divided", "the Lords divided on
  the amendment"; not "the House divided its time", "divided into groups") or where a score
  or a side's label follows it ("Peers divided 243 to 204", "divided: Ayes 301"; not a poll's
  "voters are divided 48-47": a copula or a degree word before it is an opinion split)
  (:func:`division_at`), and so is "division" before a score or a label ("a division: 235
  to 188"); the other nouns of a division are phrases of the vocabulary
  (:mod:`summarizer.verification.events.status_cues`: "forced a division", "in the division",
  "Ayes", "Not Contents"), never a bare "division" ("the 3rd Division", "the division of
  the province");
- a number right after a side's label counts that side ("Contents: 235", "Not Contents 188",
  "Ayes 301", "Noes 262", "yeas 52"): a count of the other side is refused, one of this side
  needs no other cue word (:func:`label_side`); "divided 235 to 188" is a score like "voted
  235 to 188" (:func:`summarizer.verification.counts.amounts.score_side`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_CHAMBERS = word_set(
    """house lords commons chamber senate assembly parliament peers mps congress bundestag
    duma knesset dail storting riksdag sejm"""
)
_YES_LABELS = word_set("ayes aye yeas yea contents content")
_NO_LABELS = word_set("noes nays nay")
# Words before "divided" that make it an opinion split, not a vote ("are divided 48-47").
_SPLIT = word_set(
    """is are was were be been being remain remains remained remaining seem seems seemed
    appear appears appeared deeply evenly sharply bitterly still sides opinion views"""
)
# Words after "divided" that make it something else: "divided its time", "divided into",
# "MPs divided sharply over the plan", "Congress divided over the war", "a house divided
# against itself" (an opinion split).
_NOT_VOTING = word_set(
    """its their his her the a an into up between among time sharply bitterly deeply evenly
    over against"""
)


def division_at(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """(start, end) of a division's cue at ``norms[index]`` ("divided"), or None; ``norms``
    is one sentence's normal forms with "," for clause marks."""
    if norms[index] == "division":
        return _division_score(norms, index)
    if norms[index] != "divided":
        return None
    before = norms[index - 1] if index else ""
    after = [norm for norm in norms[index + 1 : index + 3] if norm != ","]
    if before in _SPLIT or (after and after[0] in _NOT_VOTING):
        return None
    if before in _CHAMBERS:
        return index - 1, index + 1  # "The House divided", "the Lords divided on it"
    if after and (_counted(after[0]) or after[0] in _YES_LABELS | _NO_LABELS | {"not"}):
        return index, index + 2  # "divided 243 to 204", "divided: Ayes 301"
    return None


def _division_score(norms: Sequence[str], index: int) -> tuple[int, int] | None:
    """ "a division: 235 to 188", "the division, Contents 12": the noun with a score or a
    side's label after it (not "a Division 1 side", "the 3rd Division, 4,000 strong")."""
    after = [norm for norm in norms[index + 1 : index + 5] if norm != ","]
    if after and after[0] in _YES_LABELS | _NO_LABELS:
        return index, index + 2
    if len(after) >= 3 and _counted(after[0]) and after[1] == "to" and _counted(after[2]):
        return index, index + 4
    return None


def _counted(norm: str) -> bool:
    return norm.replace(",", "").isdigit()


def label_side(tokens: Sequence[Token], mention: NumberMention, text: str) -> str | None:
    """The side a number counts when a side's label stands right before it, with at most a
    colon, dash or equals sign between: "yes" after "Contents", "Ayes" or "yeas", "no" after
    "Not Contents", "Noes" or "nays"; a bare "Yes:" or "No:" with its colon; None otherwise."""
    before = mention.first - 1
    if before < 0:
        return None
    gap = text[tokens[before].end : tokens[mention.first].start]
    if gap.strip() not in {"", ":", "-", "=", "\u2013"}:
        return None
    norm = tokens[before].norm
    if norm in ("yes", "no") and ":" in gap:
        return norm  # "Yes: 12, No: 9"
    if norm in _NO_LABELS:
        return "no"
    if norm in _YES_LABELS:
        return "no" if before and tokens[before - 1].norm == "not" else "yes"
    return None


__all__ = ["division_at", "label_side"]
