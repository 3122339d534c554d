"""What a partitive's whole says beyond its noun (session 31, checks 68 and 69), for
:func:`summarizer.verification.figures.count_wholes.partitive_whole`, which refuses a whole's
number for a count that says more than the whole's noun phrase:

- *an opening whole's own stretch*: "Of the 25 people on board - 22 crew and a three-man
  security team - three were killed" gives 25 people on board, though the noun phrase the
  reading takes stops at "on". When the whole opens its clause ("Of the N ..." at the
  sentence's start or after a comma) and its words run to a clause mark (a comma, a colon, a
  bracket, a spaced dash) with no verb of their own, all of them are the whole's: a count
  whose other words are all there ("people on board", "passengers aboard the ferry",
  "missiles fired at the city") counts the whole. A word of the part's clause after the mark
  ("people killed") is still refused the whole's number, and a whole with a part's number
  before it ("Three of the 25 people on board were killed") is not read here: there the
  stretch may run into the part's own verb;
- *a whole with no noun*: "110 of the 203 which were planned did not land" (the flights named
  earlier) had its whole's 203 given as the flights that did not land, since no noun phrase
  followed the number for the count to say more than. The whole's own words are those up to
  its first verb (or, after a relative, up to the next one: "which were planned"); what
  follows is said of the part, so a count with a word said only there counts the part, and the
  whole's number is refused for it ("flights that did not land" 203). A count of what the
  whole's own words say ("flights planned" 203) is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

VERBS = word_set(
    """is are was were be been being has have had will would could can may might shall should
    did do does must"""
)
_RELATIVES = word_set("which that who whom")
_MARKS = ",;:()"
_DASHES = ("-", "\u2013", "\u2014")
_REACH = 10  # most words of a whole's stretch
_DENIALS = word_set("not never no")
_OWNING = word_set("the its their his her our")  # as count_wholes.OWNING
_LEADS = word_set("of among amongst")


def clause_marked(tokens: Sequence[Token], at: int, text: str) -> bool:
    """Whether a clause mark (or a spaced dash) stands before ``tokens[at]``."""
    gap = text[tokens[at - 1].end : tokens[at].start]
    return any(mark in gap for mark in _MARKS) or any(dash in gap for dash in _DASHES)


def opening_lead(tokens: Sequence[Token], at: int, text: str) -> int:
    """Where an opening whole's lead starts when ``tokens[at]`` is its last word before the
    whole's number (or its "those"): "of the", "among the", "out of", a bare "of", at the
    sentence's start or after a clause mark; -1 when there is none. Review rvec31: "Among the
    40 passengers on the coach, 12 were children", "Out of 203 planned arrivals, 110 were
    diverted" and "Of those aboard the ferry ..., 37 were treated" open their wholes as "Of
    the 25 people on board" does."""
    if at >= 1 and tokens[at].norm in _OWNING and tokens[at - 1].norm in _LEADS:
        at -= 1  # "of the", "among the"
    elif at >= 1 and tokens[at].norm == "of" and tokens[at - 1].norm == "out":
        at -= 1  # "out of"
    elif tokens[at].norm != "of":
        return -1
    return at if at == 0 or clause_marked(tokens, at, text) else -1


def opening_whole(
    tokens: Sequence[Token], mention: NumberMention, extra: Sequence[str], text: str
) -> bool:
    """Whether every word of ``extra`` (the count's words beyond the whole's noun phrase) is in
    the stretch of an opening whole at ``mention`` (see the module)."""
    stretch: list[str] = []
    for at in range(mention.last + 1, min(mention.last + 1 + _REACH, len(tokens))):
        if stretch and clause_marked(tokens, at, text):
            return all(covers(stretch, word) for word in extra)
        if tokens[at].norm in VERBS or tokens[at].is_number:
            return False  # "Of the 25 people who were on board": the stretch has a verb
        stretch.append(tokens[at].norm)
    return False  # no mark: the stretch may run into the part's clause


def said_of_part(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> bool:
    """Whether the count has a word said only of the part after a whole with no noun at
    ``mention`` (see the module)."""
    at = mention.last + 1
    if at < len(tokens) and tokens[at].norm in _RELATIVES:
        at += 1
        while at < len(tokens) and tokens[at].norm in VERBS:
            at += 1  # "which were planned": the relative's own verb
    own: list[str] = []
    while at < len(tokens) and tokens[at].norm not in VERBS and not clause_marked(tokens, at, text):
        if own and (tokens[at].norm in _DENIALS or tokens[at].norm.endswith("ed")):
            break  # "which had been expected never touched down": the part's own verb
        own.append(tokens[at].norm)
        at += 1
    rest: list[str] = []
    while at < len(tokens) and not (rest and clause_marked(tokens, at, text)):
        rest.append(tokens[at].norm)
        at += 1
    return any(covers(rest, word) and not covers(own, word) for word in what_words(what))


__all__ = ["VERBS", "clause_marked", "opening_lead", "opening_whole", "said_of_part"]
