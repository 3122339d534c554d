"""A vote's threshold is no side of the vote (an outside check, session 14: "It needed 60 votes
to advance" gave 60 votes in favour). For a count of one side's votes ("votes in favour",
"votes against"), a number is refused when the sentence words it as what the vote needed:

- a need or a requirement before it: "needed 60 votes", "requires 67", "needing at least
  218", "fell short of the 60", "shy of 60", "failed to reach 60", "a threshold of 60", "a
  majority of 51", "a two-thirds majority, or 67 votes";
- or after it: "the 60 needed", "60 votes required", "the 60 necessary", "a 60-vote
  threshold", "a 60-vote supermajority", "60 votes to advance" after a need word, "when 288
  would have sufficed", "290 would be enough" (session 36).

- or as a threshold noun's value by a copula: "the threshold for passage is 55 votes", "the
  bar for overriding a veto is 290", "the minimum stood at 40".

A threshold the sentence restates as votes won ("needed 290 votes and got exactly 290") is the
side's count too (:func:`needed_only`). The number is stated, and read, as the threshold: the
refusal is unsupported (``False``), as for the other side of a score. A count of the votes
needed ("votes needed to pass") is no side's count and is read as before. What is left out: a
threshold worded only by the goal ("60 votes would end the filibuster", "the 60 it takes"),
read as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..context import Context, Result
from ..figures.numbers import NumberMention
from ..page.article import ArticleText
from ..page.tokens import Token, word_set

_NEEDS = word_set(
    """need needs needed needing require requires required requiring reach threshold
    majority supermajority short shy"""
)
_AFTER = word_set("needed required necessary threshold supermajority sufficed sufficient enough")
# Words between a need word and its number: "needed at least 60", "fell short of the 60",
# "a majority of 51", "a two-thirds majority, or 67 votes".
_BETWEEN = word_set(
    """of the a an at least some about nearly just only roughly or all full minimum total
    votes vote to number"""
)
_REACH = 7
# A threshold named as the subject and stated by a copula ("the threshold for passage is 55
# votes", "the bar for approval stands at 60", "the majority needed was 218").
_NOUNS = word_set("threshold bar majority supermajority minimum quorum hurdle")
_COPULAS = word_set("is was are were be stands stood sits sat set at remains")
_FOR = word_set("for")
# What may follow a restated number for it to be votes won ("got exactly 290", "won 60,
# with ...", "218 votes"), and not a count of something else ("34 co-sponsors").
_RESTATED = word_set(
    "votes vote ayes in on at with and but to for by from as after when the a an"
) | {""}


def threshold_at(tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether ``mention`` is the number of votes a vote needed (see the module); a comma
    ends the words read before it, except in "a two-thirds majority, or 67"."""
    index = mention.first - 1
    copula = False
    while index >= 0 and mention.first - index <= _REACH:
        norm = tokens[index].norm
        gap = text[tokens[index].end : tokens[index + 1].start]
        if any(mark in gap for mark in ";:()") or ("," in gap and tokens[index + 1].norm != "or"):
            break
        if norm in _NEEDS or (copula and norm in _NOUNS):
            return True
        copula = copula or norm in _COPULAS
        lead = next(
            (k for k in range(index - 2, max(index - 5, 0), -1) if tokens[k].norm in _FOR), 0
        )
        if copula and lead:
            index = lead - 1  # "the threshold for (overriding a veto) is": over the "for"
            continue
        if norm not in _BETWEEN and norm not in _COPULAS:
            break
        index -= 1
    after = [t.norm for t in tokens[mention.last + 1 : mention.last + 4]]
    if mention.compound in ("vote", "votes"):
        after = after[1:]  # "a 60-vote threshold"
    elif after[:1] in (["votes"], ["vote"]):
        after = after[1:]
    if after[:1] in (["were"], ["was"], ["are"], ["is"]) and after[1:2] != ["enough"]:
        # "20 votes were needed", "60 is required" (review of numcue36); "its 220 votes were
        # enough" tells the votes won, unlike "220 would be enough"
        after = after[1:]
    if after[:2] in (["would", "have"], ["would", "be"], ["had", "been"]):
        after = after[2:]  # "when 288 would have sufficed", "288 would be enough" (numcue36)
    return bool(after) and after[0] in _AFTER


def needed_only(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], text: str
) -> bool:
    """Whether ``mention`` is a threshold and the sentence states its value nowhere else as
    votes: "needed 290 votes and got exactly 290" gives 290 as the votes won too; "required
    34 votes ... has 34 co-sponsors" does not."""
    return threshold_at(tokens, mention, text) and not any(
        m is not mention and m.value == mention.value and m.unit in _RESTATED
        and not threshold_at(tokens, m, text)
        for m in mentions
    )  # fmt: skip


def needed_by_cue(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[int]) -> bool:
    """Whether a need word right after ``mention`` ("the 76 it needs", "the 60 votes needed",
    "the 218 required") is one of the field's cues (a count of what is needed): the number in
    a comparison's second term ("one more than the 76 it needs") is then the field's own
    threshold, not another occasion's number (check 51)."""
    index = mention.last + 1
    while index < len(tokens) and index <= mention.last + 3:
        if index in cues and tokens[index].norm in _NEEDS | _AFTER:
            return True
        if tokens[index].norm not in _NEEDERS:
            return False
        index += 1
    return False


# The words between a threshold's number and its need word ("the 76 it needs").
_NEEDERS = word_set("it they he she we votes vote seats seat are is was were")


def counts_need(what: str) -> bool:
    """Whether a count counts a threshold itself ("seats needed for a majority", "votes
    required"): its number is the need, which :func:`needed_only` must not refuse (check 51)."""
    return _names_any(what, _AFTER | _OWN_NEEDS)


def _names_any(what: str, words: frozenset[str]) -> bool:
    """Whether a count's words ("votes needed to pass") hold one of ``words``."""
    return any(word.strip(".,").lower() in words for word in what.split())


_OWN_NEEDS = word_set("need needs")


def other_threshold(
    value: Any, what: str, ctx: Context,
    numbers_of: Callable[[ArticleText, int], list[NumberMention]],
) -> Result | None:  # fmt: skip
    """For a count of what is needed ("votes needed", "signatures required"), a refusal when
    every sentence of the evidence that states its number words another number as the need
    and this one not ("The bar was 200 votes, and 204 lawmakers backed it", "with 88 votes
    when 61 would have sufficed": 204 and 88 are what was won). The page states the need, so
    the refusal is unsupported; None when any place states the number as a need or beside
    none, or beside a need given only as a share (session 36, numcue36)."""
    raw = getattr(value, "value", value)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not counts_need(what):
        return None
    refused = ""
    for index in ctx.sentences:
        tokens = ctx.article.sentence_tokens(index)
        mentions = numbers_of(ctx.article, index)
        for mention in mentions:
            if abs(mention.value - float(raw)) > 1e-9:
                continue
            need = next(
                (
                    m
                    for m in mentions
                    if m.value != mention.value
                    and _whole(m)
                    and threshold_at(tokens, m, ctx.article.text)
                    and not quorum_for_votes(what, tokens, m)
                ),
                None,
            )
            if need is None or threshold_at(tokens, mention, ctx.article.text):
                return None
            refused = (
                refused or f"{raw:g} is not what was needed: its sentence gives {need.value:g}"
            )
    return (False, refused) if refused else None


def quorum_for_votes(what: str, tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether ``mention`` is a quorum's number read for a count of votes: a quorum counts
    the members who must be present, not the votes a motion needs ("The quorum was 12
    members, but 20 votes were needed": 12 is no count of votes needed)."""
    if not _names_any(what, _VOTE_WORDS):
        return False
    for token in reversed(tokens[max(mention.first - _REACH, 0) : mention.first]):
        if token.is_number:
            return False  # another number's words ("the quorum was 12 members, but 20")
        if token.norm == "quorum":
            return True
    return False


_VOTE_WORDS = word_set("vote votes ballot ballots")


def need_stated(what: str, tokens: Sequence[Token], mention: NumberMention, text: str) -> bool:
    """Whether a count of what is needed finds its number worded as the need (a quorum's
    number aside for a count of votes)."""
    return (
        counts_need(what)
        and threshold_at(tokens, mention, text)
        and not quorum_for_votes(what, tokens, mention)
    )


def _whole(mention: NumberMention) -> bool:
    """A need stated as a count: not a share ("a two-thirds majority, 46 of its 69 votes" gives
    46 as the need in votes, the fraction as the same need in share)."""
    if mention.unit == "percent" or mention.compound in _FRACTIONS or mention.unit in _FRACTIONS:
        return False  # "a two-thirds majority": "two" is the fraction's
    return mention.value >= 1 and float(mention.value).is_integer()


_FRACTIONS = word_set("third thirds fifth fifths quarter quarters half halves fourths")

# A bar's nouns ("The quorum was 15 members", "The bar was set at 120 signatures", "The minimum
# stood at 40 votes"); not "majority", whose number is as often the one won ("Labour's
# majority was 6,200").
_BARS = word_set("threshold thresholds bar quorum minimum hurdle")


def bar_clash(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention],
    what: str, text: str,
) -> str:  # fmt: skip
    """Why ``mention`` is a bar a count is set against and not the count, or "": a bar noun
    gives it as a threshold (:func:`threshold_at`, the noun in its few words before) while
    another whole number of the sentence is no threshold, what happened against the bar ("The
    quorum was 15 members, and only 11 turned up": 15 is no count of members present; "The
    bar was set at 120 signatures; campaigners handed in 134"). A count of the need or of the
    bar itself ("members needed for a quorum", "minimum turnout") keeps its number (session
    41, gcn41a). Session 43 (gcn43a): also a bar noun's "of" ("needs a quorum of 7
    directors; 9 attended") and a minimum's noun stated by a copula ("The minimum order is
    50 units, and the bakery shipped 2,000"); "a minimum of 40 people died" is a bound of
    the count itself, not a bar (:func:`_bar_named`)."""
    if counts_need(what) or _names_any(what, _BARS):
        return ""
    if not threshold_at(tokens, mention, text) and not _bar_named(tokens, mention, what):
        return ""
    words = tokens[max(mention.first - _REACH, 0) : mention.first]
    if not any(t.norm in _BARS for t in words) or any(t.is_number for t in words):
        return ""
    if not any(
        m is not mention and _whole(m) and not threshold_at(tokens, m, text) for m in mentions
    ):
        return ""
    return f"{mention.value:g} is the bar {what!r} is set against, not the count"


# Bar nouns whose "of" gives the bar ("a quorum of 7"); "a minimum of 40" bounds a count.
_BAR_OF = word_set("threshold bar quorum hurdle")


def _bar_named(tokens: Sequence[Token], mention: NumberMention, what: str) -> bool:
    """Whether a bar noun gives ``mention`` in words :func:`threshold_at` does not read: "a
    quorum of 7", "The minimum order is 50" (a minimum's noun, then a copula); not a minimum
    of the noun the count itself names ("The minimum wage is $15" for the lowest legal hourly
    wage: the minimum is the count's own measure, review rv43c)."""
    at = mention.first
    before = [t.norm for t in tokens[max(at - 3, 0) : at]]
    if before[-2:-1] and before[-1] == "of" and before[-2] in _BAR_OF:
        return True
    if len(before) != 3 or before[0] != "minimum" or before[2] not in _COPULAS:
        return False
    return before[1].removesuffix("s") not in {
        w.strip(".,").lower().removesuffix("s") for w in what.split()
    }


__all__ = [
    "bar_clash",
    "counts_need",
    "need_stated",
    "needed_by_cue",
    "needed_only",
    "other_threshold",
    "quorum_for_votes",
    "threshold_at",
]
