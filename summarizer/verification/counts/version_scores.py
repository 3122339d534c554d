"""A vote's score on another version or another chamber's bill is not the measure's (outside
check 37: "The bill passed by a vote of 419 to 3, after the Senate approved its version 98 to
2 in June" gave the bill 98 votes in favour; "It folds together a Senate bill ..., which
passed 98 to 2 in June, and a North Korea measure the House approved 419 to 1 in May" gave
the Senate bill 419), for a count of a measure's votes
(:func:`summarizer.verification.counts.number_rules.support_number`).

Only a sentence with two scores or more is read (scores as :func:`vote_scores.score_pairs`
reads them). A score is refused, *unsupported*, when:

- its clause, back to its vote word, names "its version", "its own version", "its draft",
  "its own bill" or "its text" (another chamber's text of the bill) and another score of the
  sentence does not: that other score is the measure's;
- the measure names its chamber (``issuing_body``: "Senate", "House") and the score is
  another chamber's while another score of the sentence is the measure's chamber's. A score's
  chamber is the one its clause names (:func:`vote_scores.score_chamber`) or, for a score in
  a relative clause (", which passed 91 to 7"), the chamber qualifying the bill it follows
  ("a Senate bill on Venezuela, which passed ...").

- the score is a failed vote's beside a passing one's (:mod:`failed_scores`).

A sentence with one score, and a measure with no chamber whose scores name no other version,
keep the verdict the other rules give.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set
from .failed_scores import failed_score
from .vote_scores import (
    chamber_name,
    chambers_of,
    score_chamber,
    score_pairs,
)

_VERSIONS = word_set("version draft text bill")
_OWNERS = word_set("its their")
_VOTING = word_set(
    """vote votes voted passed pass approved approve adopted backed endorsed cleared carried
    ratified"""
)
_RELATIVES = word_set("which that")
_ANTECEDENT = 6  # words before "which" in which the qualifying chamber is read
Pair = tuple[NumberMention, NumberMention]


def _other_version(tokens: Sequence[Token], pair: Pair) -> bool:
    """Whether the score's clause, back to its vote word, names its own version or draft."""
    for index in range(pair[0].first - 1, max(pair[0].first - 8, 0), -1):
        if tokens[index].norm in _VOTING:
            between = [t.norm for t in tokens[index + 1 : pair[0].first]]
            return any(
                word in _OWNERS and any(w in _VERSIONS for w in between[at + 1 : at + 3])
                for at, word in enumerate(between)
            )
    return False


def _chamber(tokens: Sequence[Token], pair: Pair, text: str) -> frozenset[str]:
    found = score_chamber(tokens, pair[0], pair[1], text)
    if found:
        return found
    for index in range(pair[0].first - 1, max(pair[0].first - 4, 0), -1):
        if tokens[index].norm not in _RELATIVES:
            continue
        for before in range(index - 1, max(index - 1 - _ANTECEDENT, -1), -1):
            named = chambers_of(tokens[before].text) if tokens[before].capitalised else None
            if named:
                return named  # "a Senate bill on Venezuela, which passed 91 to 7"
        break
    return frozenset()


def version_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, parent: Any,
) -> str:  # fmt: skip
    """Why ``mention`` is the score of another version or chamber's bill than the measure
    ``parent``'s (see the module), or ""."""
    pairs = score_pairs(tokens, mentions, text)
    if len(pairs) < 2:
        return ""
    own = next((p for p in pairs if mention is p[0] or mention is p[1]), None)
    if own is None:
        return ""
    others = [p for p in pairs if p is not own]
    value = f"{mention.value:g}"
    if _other_version(tokens, own) and not all(_other_version(tokens, p) for p in others):
        return f"{value} is the vote on another version of the bill"
    failed = failed_score(tokens, own, others, parent)  # "failed 48-52 ... passing 51-49"
    if failed:
        return f"{value} is {failed}"
    body = getattr(parent, "issuing_body", None)
    wanted = chambers_of(str(body)) if body else frozenset()
    if not wanted:
        return ""
    found = _chamber(tokens, own, text)
    if found and not found & wanted and any(_chamber(tokens, p, text) & wanted for p in others):
        return f"{value} is {chamber_name(found)}'s vote, not on the {body} bill"
    return ""


__all__ = ["version_clash"]
