"""Which "share" in a count's words is a unit of stock, and which a proportion (session 39).

English "share" is two nouns. As a proportion it is a part of a whole ("share of the vote",
"the state's share", "market share"); as a unit of stock it is a thing one owns, buys or is
paid for, and its grammar says so: it is counted by a distributive determiner ("per share",
"a share", "each share", "every share", with the stock's modifiers between: "per diluted
share", "per Kellogg share", "a Class A share"), it heads a price ("share price", "share
prices") or it is the unit of an exchange ratio ("shares per Kenvue share"). A count that says
what it counts that way ("adjusted earnings per share", "offer per share, euros", "Kellogg share
price, dollars", "dividend, pence a share") is a sum of money or a number of shares, never a
percentage, so its number is read as a plain number, not as a share in per cent
(:func:`summarizer.verification.counts.count_shares.share_unit`).

Likewise a count whose words name a currency ("group share of net profit, euros") is a sum:
the proportion noun is the owner's slice of it, and its value is money. A count that names a
percentage too ("share price fall, percent", "share of revenue, per cent") stays a share.

Outside checks 50-94 (session 39): 14 correct per-share sums and share prices were refused as
"not this field's number (no ... with share next to it)" on five checks of five beats (consumer
deals, freight results, housebuilders, airline stocks, chemicals mergers), the share unit
making every sum unreadable.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..page.tokens import Token, tokenize, word_set
from .money_glosses import CURRENCY_WORDS
from .numbers import NumberMention

PER_SHARE = "per share"
"""A count rule's unit when its words count a sum per share ("adjusted earnings per share")."""
SHARE_OF_SUM = "share of a sum"
"""A count rule's unit when its words count an owner's part of a sum ("Hollis's share of the
jackpot, pounds"): a sum, whose whole ("her share of the £2.8 million jackpot") is not it."""

_STOCK = word_set("share shares")
# Distributive determiners that count shares one by one ("per share", "a share", "each share").
_DISTRIBUTIVE = word_set("per a an each every")
# Words that end the stock's modifiers: a preposition or article opens another phrase.
_BREAKS = word_set("of the to in on for by from with and or at than")
_PRICE = word_set("price prices")
_MODIFIERS = 2  # "per Norfolk Southern share", "per diluted share"
# Currency names a count's words may give as its unit; "won", "real", "rand", "dong", "try"
# are English words more often than currencies in a count's words ("votes won").
# "cent" is left out: a count's words lose "per" before it when a number stands first ("for
# 2025, per cent"), and a lone "cent" is then the percentage's.
_MONEY = (CURRENCY_WORDS - word_set("won real rand dong try pula lei leu")) | word_set(
    "pence cents crowns"
)
_PERCENT = word_set("percent percentage percentages pct")


def stock_units(words: Sequence[str]) -> frozenset[int]:
    """Indices of ``words`` (normalised) whose "share" or "shares" is a unit of stock (see the
    module): after a distributive determiner with at most two modifiers between, before a
    price noun, or before "per" ("shares per Kenvue share"). A "share of" is a proportion."""
    found: set[int] = set()
    for index, word in enumerate(words):
        if word not in _STOCK:
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        if after == "of":
            continue  # "a share of the vote"
        if after in _PRICE or after == "per":
            found.add(index)
            continue
        for back in range(index - 1, max(index - _MODIFIERS - 2, -1), -1):
            if words[back] in _DISTRIBUTIVE:
                found.add(index)
                break
            if words[back] in _BREAKS:
                break
    return frozenset(found)


def distributive(words: Sequence[str]) -> bool:
    """Whether a count's words count a sum share by share ("earnings per share", "dividend, pence
    a share", "Corvus shares per Ardent share"), not a share's price ("share price")."""
    return any(
        index + 1 >= len(words) or words[index + 1] not in _PRICE for index in stock_units(words)
    )


def per_share(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number at ``mention`` is said share by share, as a per-share sum is written:
    its distributive phrase right after it ("$4.51 a share", "14.2p per diluted share", "the
    €0.36-a-share dividend", "0.62 of a Corvus share", a range's first end: "$18.00 to $18.60 a
    share") or a distributive share phrase set to it ("values each Kellogg share at $23", "pay
    £5.40 in cash for each Marlow share"). Another number of the sentence beside the words "per
    share" is no sum per share ("valuing the miner at A$740 million")."""
    norms = [token.norm for token in tokens]
    at = mention.last + 1
    if at + 1 < len(norms) and norms[at] in _RANGE_LINKS and tokens[at + 1].is_number:
        at += 2  # "$18.00 to $18.60 a share"
    while at < len(norms) and (norms[at] in _WORDS_BEFORE or norms[at] in _MONEY):
        at += 1  # "0.62 of a Corvus share", "87 cents a share", "6,635 yen a share"
    if at < len(norms) and norms[at] in _DISTRIBUTIVE and _share_within(norms, at + 1):
        return True
    # "each Kellogg share at $23", "for each Marlow share": a distributive phrase just before or
    # just after, with no other number between
    start = max(mention.first - _REACH, 0)
    for index in range(start, min(mention.last + _REACH + 1, len(norms))):
        if norms[index] not in _EACH or not _share_within(norms, index + 1):
            continue
        low, high = sorted((index, mention.first))
        if not any(t.is_number for t in tokens[low + 1 : high] if t is not tokens[mention.first]):
            return True
    return _set_beside(tokens, mention)


def _said_share(norms: Sequence[str], at: int) -> bool:
    """The words from ``at`` (right after a number) say it share by share: "a share"."""
    while at < len(norms) and (norms[at] in _WORDS_BEFORE or norms[at] in _MONEY):
        at += 1
    return at < len(norms) and norms[at] in _DISTRIBUTIVE and _share_within(norms, at + 1)


def _set_beside(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """A bare sum set against the per-share sum just before it takes its "a share" (session
    44): "$4.51 a share, short of the $4.56 consensus", "compared with 92 cents"; and a sum
    joined by "plus" to a consideration said for each share ("Each Harlow share will be
    exchanged for 0.45 new Tamar shares plus 120 pence in cash"). A sum with a scale of its
    own ("$980 million"), a comparison past another sum's noun ("net income") or past
    another number is not read so."""
    norms = [token.norm for token in tokens]
    if any(
        norms[at] in _SCALES for at in range(mention.first, mention.last + 2) if at < len(norms)
    ):
        return False
    before = next((at for at in range(mention.first - 1, -1, -1) if tokens[at].is_number), None)
    if before is None:
        return False
    between = norms[before + 1 : mention.first]
    if mention.first and norms[mention.first - 1] == "plus":  # each share's consideration
        return any(
            norms[at] in _EACH
            and _share_within(norms, at + 1)
            and not any(t.is_number for t in tokens[at + 1 : before])
            for at in range(max(before - 2 * _REACH, 0), before)
        )
    if (
        not _said_share(norms, before + 1)
        or len(between) > 10
        or not _SUM_NOUNS.isdisjoint(between)
    ):
        return False
    return not _SET_AGAINST.isdisjoint(between) or any(
        one == "short" and two == "of" for one, two in pairwise(between)
    )


def stance_beside(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """The sum is per share only as set against another ("above the $2.90 consensus"): the
    other side of a comparison, an expected figure ("the $2.90 Wall Street was looking for",
    "the 58 cents average of 14 analysts' estimates"), an earlier time's or a rival's, never
    the result's; a sum after "plus" adds to each share's consideration and is not set so
    (review rv44b: a word of expecting near it was asked for, and most outlets name none)."""
    norms = [token.norm for token in tokens]
    if not _set_beside(tokens, mention) or _said_share(norms, mention.last + 1):
        return False
    return not (mention.first and norms[mention.first - 1] == "plus")


def _share_within(norms: Sequence[str], at: int) -> bool:
    """A "share" at ``at`` or past at most two of the stock's modifiers ("diluted", "Class A")."""
    for index in range(at, min(at + _MODIFIERS + 1, len(norms))):
        if norms[index] in _STOCK:
            return True
        if norms[index] in _BREAKS:
            return False
    return False


_RANGE_LINKS = word_set("to and")
_WORDS_BEFORE = word_set("of cents pence cent penny")
_EACH = word_set("each every per")
_REACH = 6  # words between "each Kellogg share" and "at $23"
_SCALES = word_set("million billion trillion bn m mn k")
_SET_AGAINST = word_set(
    "compared against versus vs than beat beating missed topped topping below above"
)
_SUM_NOUNS = word_set("revenue revenues income profit profits sales turnover loss losses dividend")


def share_of_sum(words: Sequence[str]) -> bool:
    """Whether a count's words, naming a currency (:func:`names_money`), count a part of a sum:
    a proportion's "share of" ("Hollis's share of the jackpot, pounds")."""
    return any(
        word in _STOCK and index + 1 < len(words) and words[index + 1] == "of"
        for index, word in enumerate(words)
    )


def whole_of_share(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the number is the whole a share is taken of: "her share of the £2.8 million
    jackpot", "a share of its $40 million fund" (review rvr3counts)."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _OWNERS:
        at -= 1
    return at >= 1 and tokens[at].norm == "of" and tokens[at - 1].norm in _STOCK


_OWNERS = word_set("the a an its their his her our this that")


def names_money(words: Sequence[str]) -> bool:
    """Whether a count's words give a currency as its unit and no percentage ("offer per share,
    euros", "group share of net profit, euros"): its value is a sum, not a share."""
    percent = any(w in _PERCENT for w in words) or any(
        word == "cent" and index and words[index - 1] == "per" for index, word in enumerate(words)
    )  # "per cent" is no cent
    return not percent and any(word in _MONEY for word in words)


def owner_names(what: str) -> tuple[str, ...]:
    """The names a per-share count's words give its company by ("Brenner Air earnings per
    share": "brenner", "air"), normalised: capitalised words before any comma (not the unit's
    "Australian dollars"), the first only before another capitalised word ("Adjusted earnings"
    names none); no currency, "Class", lone letter or all-capital abbreviation ("IPO")."""
    head = what.split(",")[0]
    tokens = [t for t in tokenize(head.replace("-", " ")) if not t.is_number]
    names = [
        t.norm
        for i, t in enumerate(tokens)
        if t.capitalised
        and (i or (len(tokens) > 1 and tokens[1].capitalised))
        and len(t.norm) > 1
        and not t.text.isupper()
        and t.norm not in _MONEY | _NOT_NAMES
    ]
    return tuple(names)


_NOT_NAMES = word_set("class series eps")


def owner_named(tokens: Sequence[Token], names: Sequence[str]) -> bool:
    """Whether a sentence writes one of a per-share count's names as a word of its own (review
    rvr3counts: "Brenner Air" is not "Corvid Airlines"); True when the count names none."""
    return not names or bool(set(names) & {token.norm for token in tokens})


def other_time(tokens: Sequence[Token], mention: NumberMention, cues: Sequence[str]) -> bool:
    """Whether a stock's sum is said of another time or another total than the sentence's own:
    after a span's participle ("a day after closing at $62.20", "a week before ending at") or a
    result whose object none of the count's ``cues`` names ("taking the full-year payout to 27
    pence a share" is no final dividend, but the full-year one; review rvr3counts)."""
    before = [token.norm for token in tokens[max(mention.first - 6, 0) : mention.first]]
    for at, word in enumerate(before):
        timed = word in _TIMED and 0 < at < len(before) - 1 and before[at - 1] in _SPANS
        if timed and before[at + 1].endswith("ing"):  # "a day after closing at", not "after
            return True  # paying HCA $175 million": the deed's own participle
        if word in _RESULTS and "to" in before[at + 1 :]:  # "taking the full-year payout to"
            total = before[at + 1 : at + 1 + before[at + 1 :].index("to")]
            total += [one + two for one, two in pairwise(total)]  # "full-year": fullyear
            return not any(w.startswith(cue) for w in total for cue in cues)
    return False


_TIMED = word_set("after before since")
_SPANS = word_set("day days week weeks session sessions hours month months year years")
_RESULTS = word_set("taking bringing lifting raising pushing putting")


__all__ = [
    "PER_SHARE",
    "SHARE_OF_SUM",
    "distributive",
    "names_money",
    "other_time",
    "owner_named",
    "owner_names",
    "per_share",
    "share_of_sum",
    "stance_beside",
    "stock_units",
    "whole_of_share",
]
