"""A vote's count on one thing is not the count of a vote on another thing told beside it (an
outside check, session 21: "Division: Ayes 312, Noes 54. The amendment in the name of Mr.
Ellis was negatived, Ayes 120, Noes 301." gave the bill's Noes as 301), for a count of
:func:`summarizer.verification.counts.number_rules.support_number`.

A count whose ``what`` names the thing voted on ("Noes on the bill", "votes for the
amendment", "votes in favour of the resolution") is refused a number whose clause names
another thing voted on and not its own: the things are bills (acts, laws, budgets), amendments,
motions, resolutions, treaties and reports, each its own kind. The number's clause runs
between semicolons, colons, dashes and the words "then", "after", "before", "while",
"whereas", "but", "and", "earlier", "later" (not at a comma: "The amendment ... was
negatived, Ayes 120, Noes 301" is one clause). So "MPs rejected the Lords amendment by 317
votes to 260, then approved the bill by 330 to 241" gives the bill 330, and the amendment
317. A clause that names no thing voted on ("Record vote: yeas 414, nays 17"), or names the
count's own thing too ("the bill, as changed by the amendment, passed 300-100"), keeps the
other rules' verdict; so does a count whose ``what`` names no thing.

The refusal is *unsupported*: the page gives the number to another vote.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, widened, word_set

# Kinds of thing voted on, by the stems of their nouns.
_KINDS = (
    ("bill", ("bill", "act", "law", "budget", "legislation")),
    ("amendment", ("amendment",)),
    ("motion", ("motion",)),
    ("resolution", ("resolution",)),
    ("treaty", ("treaty", "treaties")),
    ("report", ("report",)),
)
_VERBS_TOO = word_set("report reports act acts")
_DETERMINERS = word_set("the a an its this that these those their his her our committee's")
_CUTS = word_set("then after before while whereas but and earlier later")
_MARKS = (";", ":", "\u2014")


def _kind(norm: str) -> str:
    for kind, nouns in _KINDS:
        if norm in nouns or (norm.endswith("s") and norm[:-1] in nouns):
            return kind
    return ""


def _verb(tokens: Sequence[Token], index: int, text: str) -> bool:
    """A noun that is also a verb ("PAP reports.", "Interfax reports, ...", "the agency reports
    that"): no determiner before it, and the sentence's end, a comma or "that" after it; "adopt
    reports from two committees", "approve Report 12" are things voted on."""
    if tokens[index].norm not in _VERBS_TOO:
        return False
    if not _DETERMINERS.isdisjoint(t.norm for t in tokens[max(index - 3, 0) : index]):
        return False
    if index + 1 == len(tokens):
        return True
    gap = text[tokens[index].end : tokens[index + 1].start]
    return "," in gap or "." in gap or tokens[index + 1].norm == "that"


def _clause(tokens: Sequence[Token], mention: NumberMention, text: str) -> range:
    def cut(index: int) -> bool:
        gap = text[tokens[index - 1].end : tokens[index].start]
        return any(mark in gap for mark in _MARKS) or tokens[index].norm in _CUTS

    return widened(mention.first, mention.last, len(tokens), cut)


def object_clash(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why ``mention`` counts a vote on another thing than ``what``'s (see the module), or
    ""."""
    wanted = {kind for t in tokenize(what) if (kind := _kind(t.norm))}
    if not wanted:
        return ""
    named = {
        kind
        for i in _clause(tokens, mention, text)
        if (kind := _kind(tokens[i].norm)) and not _verb(tokens, i, text)
    }
    if not named or named & wanted:
        return ""
    return (
        f"{mention.value:g} counts a vote on the {sorted(named)[0]}, not on the {sorted(wanted)[0]}"
    )


__all__ = ["object_clash"]
