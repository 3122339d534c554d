"""A group noun for the sides standing for the countries the article named together before
it (an outside check, 50): "Russia and Ukraine" in a headline, then "Each side freed 390
people"; "India and Pakistan agreed a ceasefire ... the Directors General of Military
Operations of the two countries held talks"; "Thailand and Cambodia fought ... The neighbours
agreed to a ceasefire". For the ``party`` and ``actor`` kinds of a country value
(:mod:`summarizer.verification.sides.parties`).

The group is a definite phrase for sides: "the", "both", "all", "these" or "those", then at
most three lower-case modifiers ("two", "warring", "nuclear-armed"), then a plural noun for
sides ("countries", "nations", "governments", "sides", "parties", "neighbours", "capitals",
"delegations", "militaries", "leaders", ...); "each" or "either" with a singular one ("each
side", "either country"). It stands as the one acting, not as an object: not after a
preposition ("aid to both countries", "the border between the two countries"), except "by"
("signed by both sides"), "of" or "from" after a people noun or a title ("the leaders of the
two countries", "the Directors General of Military Operations of the two countries"), and
"between" or "among" after a meeting noun ("talks between the two sides").

It stands for the countries of the nearest sentence that names two or more of them (by name,
alias or a leader the article ties to one) as actors, read back from the evidence sentence
itself through the article (a headline and a list heading included):

- the value named there, with no more countries than the phrase counts ("the two", "both"):
  "yes";
- the value named there with more countries than that ("Germany, France and Poland ... The
  two agreed"): "unsure", two readings of who the two are;
- the sentence names other countries, not the value ("both sides" of another conflict told
  nearer, a roundup's other meeting): "other", which the caller leaves refused;
- no phrase, or no sentence naming two countries before it: "none".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..page.article import ArticleText
from ..page.tokens import Token, word_set
from ..people.party_names import (
    party_mentions,
    sentence_parties,
    surname_like,
    ties,
)
from .pair_epithets import PEOPLE_PLURALS

GroupVerdict = Literal["yes", "other", "unsure", "none"]

_SIDES = word_set(
    """countries nations governments sides parties neighbours neighbors states capitals
    delegations militaries armies rivals adversaries foes enemies powers administrations"""
)
_SIDE = word_set("side country nation government party")
# The sides' own top people ("the leaders", "both men"); not "the officials", "the mediators",
# "the lawmakers", who may be anyone's.
_HEADS = word_set(
    """men women leaders presidents premiers ministers envoys negotiators heads chancellors
    counterparts delegates rivals monarchs pair duo"""
)
_NOUNS = _SIDES | _HEADS
_DETERMINERS = word_set("the both all these those")
_EACH = word_set("each either")
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_MODIFIERS_LONGEST = 3
# The one preposition after which a group still acts, and the nouns after which "of", "from",
# "between" and "among" keep it acting ("the leaders of the two countries", "talks between").
_PEOPLE = PEOPLE_PLURALS | word_set(
    """representatives chiefs forces troops armies militaries delegations governments
    officers spokesmen spokespeople teams"""
)
_MEETINGS = word_set(
    """talks meeting meetings summit negotiations dialogue contacts contact call calls hotline
    ceasefire truce deal agreement accord exchange swap swaps"""
)
_PREPOSITIONS = word_set(
    "of to for with between among from about on at into toward towards upon against in over"
)


def side_phrases(tokens: Sequence[Token], people: bool = True) -> list[tuple[int, int, int]]:
    """(first, last, count) of each group phrase for sides in a sentence that stands as the
    one acting (see the module); count 0 when the phrase gives none ("the neighbours").
    Without ``people``, only nouns for the sides themselves ("the two countries"), not for
    their people ("the leaders")."""
    nouns = _NOUNS if people else _SIDES
    found: list[tuple[int, int, int]] = []
    for index, token in enumerate(tokens):
        if token.capitalised and index:
            continue
        if token.norm in _SIDE and index and tokens[index - 1].norm in _EACH:
            first, count = index - 1, 0
        elif token.norm in nouns:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is not None and (following.norm == "of" or following.capitalised):
                continue  # "the presidents of Kazakhstan and Uzbekistan": named in place
            opened = _opened(tokens, index)
            if opened is None:
                continue
            first, count = opened
        else:
            continue
        if _acting(tokens, first):
            found.append((first, index, count))
    return found


def _opened(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """(first, count) of the determiner and modifiers before the noun at ``index``."""
    count = 0
    at = index - 1
    while at >= 0 and index - at <= _MODIFIERS_LONGEST + 1:
        norm = tokens[at].norm
        if norm in _DETERMINERS:
            return at, count or _COUNTS.get(norm, 0)
        if tokens[at].capitalised and at:
            return None
        if not (norm.isalpha() or norm in _COUNTS) or norm in _PREPOSITIONS:
            return None
        count = count or _COUNTS.get(norm, 0)
        at -= 1
    return None


def _acting(tokens: Sequence[Token], first: int) -> bool:
    """The phrase opening at ``first`` is no object of a preposition, but for "by", "of" or
    "from" after a people noun or a title, and "between" or "among" after a meeting noun."""
    if not first:
        return True
    before = tokens[first - 1].norm
    if before not in _PREPOSITIONS:
        return not _governed(tokens[first - 1])
    head = tokens[first - 2] if first > 1 else None
    if head is None:
        return False
    if before in ("of", "from"):
        return head.norm in _PEOPLE or (head.capitalised and head.norm != "the")
    if before in ("between", "among"):
        return head.norm in _MEETINGS
    return False


# Verbs whose object a group is, not its subject ("urged the two countries to stop firing");
# a past form in "-ed" is read so too, but for verbs of saying, before a clause whose subject
# the group is ("said both sides would withdraw").
_GOVERNING = word_set(
    """urge urges urging told tell tells telling ask asks asking called call calls calling
    pressed press presses pressing accused accuse accuses blamed blame blames thanked thank
    praised praise invited invite invites hosted host hosts hosting welcomed welcome welcomes
    brought bring brings bringing helped help helps pushed push pushes persuaded persuade
    encouraged encourage encourages summoned summon convinced convince separated mediated
    backed supported armed funded hit struck attacked sanctioned warned warns gave give gives
    sent send sends left leave leaves met meets meeting"""
)
_SAYING = word_set(
    """said added announced stated confirmed reported claimed insisted noted believed hoped
    expected argued explained agreed stressed ruled decided feared predicted suggested
    acknowledged admitted recalled reckoned"""
)


def _governed(previous: Token) -> bool:
    """The word before a group phrase is a verb taking it as its object (see above)."""
    norm = previous.norm
    if previous.capitalised or norm in _SAYING:
        return False
    return norm in _GOVERNING or (norm.endswith("ed") and len(norm) > 4)


def _between(tokens: Sequence[Token]) -> frozenset[str]:
    """The two countries a "between A and B" names ("brokered an exchange between Russia and
    Ukraine"): the sides, where the sentence also names a go-between."""
    for index, token in enumerate(tokens):
        window = tokens[index + 1 : index + 9]
        if token.norm != "between" or "and" not in {t.norm for t in window}:
            continue
        keys = {key for _, key, _, _ in party_mentions(window)}
        if len(keys) == 2:
            return frozenset(keys)
    return frozenset()


def _countries(article: ArticleText, index: int) -> frozenset[str]:
    """The countries a sentence names as actors: by alias, or by a person the article ties
    to one country only."""
    named, _ = sentence_parties(article, index)
    tokens = article.sentence_tokens(index)
    found = set(named) - _visited(tokens)
    for position, token in enumerate(tokens):
        if surname_like(tokens, position):
            tied = ties(article, token.norm)
            if len(tied) == 1:
                found |= tied
    sides = _between(tokens)
    if len(found) > 2 and len(sides) == 2 and sides <= found:
        return sides  # "The UAE brokered an exchange between Russia and Ukraine"
    return frozenset(found)


_AT = word_set("in at to near from")


def _visited(tokens: Sequence[Token]) -> set[str]:
    """The countries a sentence names only by a capital or a seat after a place preposition
    ("arrived in Washington", "a ceremony at the White House") or by a capital in capitals
    opening it ("PUTRAJAYA - ..."): where the sides met or the story was filed, no side."""
    visited: set[str] = set()
    elsewhere: set[str] = set()
    for position, key, kind, _ in party_mentions(tokens):
        before = position - 1
        if before >= 0 and tokens[before].norm == "the":
            before -= 1
        if kind in ("capital", "seat") and before >= 0 and tokens[before].norm in _AT:
            visited.add(key)
        elif kind == "capital" and position == 0 and tokens[0].text.isupper():
            visited.add(key)  # "PUTRAJAYA - Thailand and Cambodia fought": a dateline
        else:
            elsewhere.add(key)
    return visited - elsewhere


def side_verdict(
    key: str, article: ArticleText, evidence: Sequence[int], people: bool = True
) -> GroupVerdict:
    """Verdict for the country ``key`` given in its ``evidence`` sentences only by a group
    phrase for sides (see the module); without ``people`` (the evidence names the country
    itself in another role: "the Indian army said"), only by a noun for the sides themselves
    ("the two countries held talks"), since "the leaders" there may be the role's others."""
    verdict: GroupVerdict = "none"
    for index in evidence:
        phrases = side_phrases(article.sentence_tokens(index), people)
        if not phrases:
            continue
        count = max(phrase[2] for phrase in phrases)
        for other in range(index, -1, -1):
            named = _countries(article, other)
            if len(named) < 2:
                continue
            if key not in named:
                verdict = "other"
            elif count and len(named) > count:
                verdict = "unsure" if verdict == "none" else verdict
            else:
                return "yes"
            break
    return verdict


__all__ = ["GroupVerdict", "side_phrases", "side_verdict"]
