"""A measure's introducers and its co-sponsors are two counts (an outside check, session 14:
"introduced by seven senators and backed by 21 co-sponsors" gave seven co-sponsors), for a
count of a measure (:func:`summarizer.verification.counts.number_rules.support_number`).

The count words treat senators, backers and co-sponsors as one group
(:data:`summarizer.verification.figures.count_synonyms.COUNT_SYNONYMS`), so the sentence's
two numbers both stand near a cue. A number is read as:

- the *introducers'* when a verb of authorship and "by" stand right before it, a "group of"
  or "total of" allowed between ("introduced by seven senators", "drafted by a group of 11
  lawmakers", "written by five members");
- the *co-sponsors'* when its own words (the three after it) name co-sponsors or backers
  ("33 co-sponsors", "64 cosponsors", "21 backers", "40 signatories"), or when a verb of
  backing and "by" stand right before it, or a noun of backing and "of" (an outside check,
  session 21: "introduced ... by Representative Lloyd Doggett of Texas and co-sponsored by 23
  other members" gave 23 as introducers): "co-sponsored by", "cosponsored by", "co-signed
  by", "backed by", "supported by", "endorsed by", "seconded by", "signed by", "the support
  of", "the backing of". "Co-sponsored" is not "sponsored": the second half of a compound is
  no verb of authorship.

A count whose words name co-sponsors or backers is refused an introducers' number, and a
count whose words name introducing, drafting or authorship (and no co-sponsors) is refused a
co-sponsors' number: *unsupported*, the page states the number as the other count. A number
read as neither (a bare "with 33 senators signed on") keeps its verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, word_set

_AUTHORING = word_set(
    """introduced introduce introducing drafted authored written sponsored filed tabled
    proposed unveiled"""
)
_BETWEEN = word_set("a group total of bipartisan cross party")
_BACKERS = ("cosponsor", "backer", "supporter", "signator")
_INTRODUCERS = ("introduc", "draft", "author", "wrote", "written", "filed", "tabl")
# Verbs of backing before "by", nouns of backing before "of" (a compound's halves joined:
# "co-sponsored" is "cosponsored").
_BACKING = word_set(
    """cosponsored cosigned backed supported endorsed seconded signed countersigned"""
)
_BACKING_NOUNS = word_set("support backing endorsement")


def _verb(tokens: Sequence[Token], index: int) -> str:
    """The word at ``index`` with the half before it when joined ("co-sponsored")."""
    token = tokens[index]
    return tokens[index - 1].norm + token.norm if token.joined and index else token.norm


def _before(tokens: Sequence[Token], mention: NumberMention) -> int:
    index = mention.first - 1
    while index >= 0 and tokens[index].norm in _BETWEEN:
        index -= 1
    return index


def _introducers(tokens: Sequence[Token], mention: NumberMention) -> bool:
    index = _before(tokens, mention)
    return index >= 1 and tokens[index].norm == "by" and _verb(tokens, index - 1) in _AUTHORING


def _backers(tokens: Sequence[Token], mention: NumberMention) -> bool:
    words = [t.norm for t in tokens[mention.last + 1 : mention.last + 3]]
    head = "".join(words) if words[:1] == ["co"] else (words[0] if words else "")
    if head.startswith(_BACKERS):
        return True  # "33 co-sponsors", "21 backers"
    index = mention.first - 1
    while index >= 1 and tokens[index].norm in _BETWEEN:
        if tokens[index].norm == "of" and tokens[index - 1].norm in _BACKING_NOUNS:
            return True  # "the support of 88 colleagues", "with the backing of 40 members"
        index -= 1
    return index >= 1 and tokens[index].norm == "by" and _verb(tokens, index - 1) in _BACKING


def sponsor_clash(tokens: Sequence[Token], mention: NumberMention, what: str) -> str:
    """Why ``mention`` is the other of a measure's two counts than ``what`` (see the module),
    or ""."""
    words = [t.norm for t in tokenize(what.replace("-", ""))]
    backing = any(w.startswith(_BACKERS) for w in words)
    authoring = not backing and any(w.startswith(_INTRODUCERS) for w in words)
    value = f"{mention.value:g}"
    if backing and _introducers(tokens, mention):
        return f"{value} counts those who introduced the measure, not its co-sponsors"
    if authoring and _backers(tokens, mention):
        return f"{value} counts the measure's co-sponsors, not those who introduced it"
    return ""


__all__ = ["sponsor_clash"]
