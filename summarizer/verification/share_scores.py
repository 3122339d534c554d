"""Which share of a two-way result a count's number is (outside check 51), for the count rule
(:func:`summarizer.verification.number_rules.support_count`).

A vote's result in shares is written as a score of percentages: "Voters rejected the abolition
by 51.7 per cent to 48.3 per cent", "approved by 62.1% to 37.9%", "The Coalition took 50.04
per cent of the vote to Labor's 49.96 per cent". Both numbers stand by the same words (the
vote, the voters), so nearness does not tell them apart; a careful reader reads the pair:

- its *sides*, as a score of votes is read (:func:`summarizer.verification.score_outcomes.
  side_in_score`): the winners first, so under a word of defeat ("rejected", "voted down") a
  larger first share is the No side's, under a word of passage ("approved", "carried") the
  Yes side's; a count of one side ("share of votes against") is refused the other side's
  number;
- its *owners*: a possessive before the second share ("to Labor's 49.96 per cent") gives it
  to that party, and the first share to the name before it in its clause ("The Coalition
  took"); a count naming one of them ("Coalition share of the vote") is refused the other's.

A number is refused only when every place that states it in the evidence is the other
share of such a pair (unsupported: the page states it, as the other side's or party's).
A pair whose order the words do not tell, or whose owners are unnamed, keeps the verdict the
other readings give.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from summarizer.verification.amounts import vote_side
from summarizer.verification.article import ArticleText
from summarizer.verification.context import Context, Result
from summarizer.verification.numbers import NumberMention
from summarizer.verification.score_outcomes import UNREAD, side_in_score
from summarizer.verification.tokens import Token, tokenize, word_set

_UNIT_WORDS = frozenset({"%", *word_set("percent per cent pct pc percentage points")})
# Words between a first share's unit and the word that joins the pair ("of the vote to").
_OF_THE_VOTE = word_set("of the vote votes ballots ballot valid cast poll")
_JOINS = word_set("to against versus vs")
# Words that make a sentence about a vote, and words before a pair that make it a range.
_VOTING = word_set(
    """vote votes voted voting voter voters referendum plebiscite ballot ballots poll polls
    election electorate rejected approved backed endorsed carried defeated passed won"""
)
_RANGES = word_set("from between")
_DASHES = {"-", "\u2013", "\u2014", "\u2010", "/"}
# Words that end the walk back from the first share to its clause's subject.
_CLAUSE_ENDS = word_set("and but while whereas although which that who")


def share_pair(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> tuple[NumberMention, NumberMention, int | None] | None:
    """The pair of shares ``mention`` is one of ("51.7 per cent to 48.3 per cent", "50.04
    per cent of the vote to Labor's 49.96 per cent", "51.7%-48.3%"), with the index of the
    possessive owner before the second share (None when none), or None."""
    if not any(token.norm in _VOTING for token in tokens):
        return None  # "cut from 25% to 10%" is a change, "62% to 38%" a vote's only by a vote
    for first, second in itertools.pairwise(mentions):
        if mention is not first and mention is not second:
            continue
        if first.unit != "percent" or second.unit != "percent":
            continue
        if first.first and tokens[first.first - 1].norm in _RANGES:
            continue  # "from 25% to 10%", "between 40% and 45%"
        index = first.last + 1
        while index < second.first and tokens[index].norm in _UNIT_WORDS:
            index += 1
        while index < second.first and tokens[index].norm in _OF_THE_VOTE:
            index += 1
        if index == second.first:  # "51.7%-48.3%"
            gap = text[tokens[index - 1].end : tokens[index].start].strip()
            return (first, second, None) if gap in _DASHES else None
        if tokens[index].norm not in _JOINS:
            continue
        owner = _possessive(tokens, index + 1, second.first)
        if owner is None and index + 1 != second.first:
            continue
        return first, second, owner
    return None


def _possessive(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The index of a possessive name filling ``tokens[start:end]`` ("Labor's", "the
    Coalition's", "the No side's"), or None."""
    words = [i for i in range(start, end) if tokens[i].norm not in {"the", "a"}]
    if not words or len(words) > 3:
        return None
    last = tokens[words[-1]]
    if not last.text.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return None
    return words[0] if tokens[words[0]].capitalised else None


def _subject(tokens: Sequence[Token], first: NumberMention, text: str) -> set[str]:
    """The capitalised words before the first share in its clause ("The Coalition took")."""
    names: set[str] = set()
    for index in range(first.first - 1, -1, -1):
        token = tokens[index]
        if token.norm in _CLAUSE_ENDS:
            break
        if token.capitalised and index:
            names.add(token.norm)
        if index and any(mark in text[tokens[index - 1].end : token.start] for mark in ";:"):
            break
    return names


def share_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    text: str, what: str,
) -> str | None:  # fmt: skip
    """Why ``mention`` is the other share of its pair for a count of ``what`` (see the
    module); "" when it is the count's own; None when it is in no pair of shares."""
    pair = share_pair(tokens, mention, mentions, text)
    if pair is None:
        return None
    first, second, owner = pair
    side = vote_side(what)
    if side is not None:
        scored = side_in_score(tokens, mention, first, second, text, _swapped(tokens, second))
        if scored not in (UNREAD, side):
            return f"{mention.value:g}% is the other side's share of the vote"
    if owner is None:
        return ""
    named = {token.norm for token in tokenize(what)}
    second_owner = tokens[owner].norm
    first_owners = _subject(tokens, first, text)
    if mention is first and second_owner in named and not first_owners & named:
        return f"{mention.value:g}% is the first share, not {tokens[owner].text}"
    if mention is second and second_owner not in named and first_owners & named:
        return f"{mention.value:g}% is {tokens[owner].text} share, not the first's"
    return ""


def share_side(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> str | None:
    """The side of a vote ("yes", "no", or UNREAD) a share in a pair of shares is, read as a
    score's (see the module); None when it is in no pair."""
    pair = share_pair(tokens, mention, mentions, text)
    if pair is None:
        return None
    first, second, _ = pair
    return side_in_score(tokens, mention, first, second, text, _swapped(tokens, second))


def _swapped(tokens: Sequence[Token], second: NumberMention) -> bool:
    """ "51.7% to 48.3% against": the first share is the votes against."""
    index = second.last + 1
    while index < len(tokens) and tokens[index].norm in _UNIT_WORDS:
        index += 1
    return index < len(tokens) and tokens[index].norm == "against"


def other_share(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """A refusal when every place the evidence states a count's number is the other share of
    a pair (see the module); None otherwise (the other readings decide)."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    refused, free = "", False
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_of(ctx.article, index)
        for mention in mentions:
            if abs(mention.value - float(raw)) > 1e-9:
                continue
            clash = share_clash(tokens, mention, mentions, ctx.article.text, what)
            if clash:
                refused = refused or clash
            else:
                free = True
    return (False, refused) if refused and not free else None


__all__ = ["other_share", "share_clash", "share_pair", "share_side"]
