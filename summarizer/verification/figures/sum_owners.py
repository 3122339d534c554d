"""Which of a sentence's sums a count's word is tied to by the sentence's grammar, before
nearness decides (session 61, ct61: outside checks 83, 87, 88, 91; four correct counts of
money refused as "N is another sum than the one ...", each strong).

:mod:`.money_sums` gives each word of a count's deed to the sum nearest it in its clause.
Two shapes of English tie a word to a sum that is not the nearest, or not the only nearest:

- **"NOUN of SUM"**: the noun right before "of" and a sum (past the sum's hedges: "of about
  $6.3 billion") is what that sum measures. "net income of $565 million on revenue of $6.3
  billion": revenue is the $6.3 billion, though the $565 million stands as near; "assets of
  $49.5 million and deposits of $42.7 million": deposits are the $42.7 million
  (:func:`of_sum`). A partitive's noun is no such owner: "a fifth of $10 million", "half of
  the $8bn" (a determiner before the sum, or a fraction or share word, is read by others).
  Nor is a noun a sum before it already holds by "SUM in NOUN" (review rv62t): "collected $14
  million in fees of $35 a bag", "raised \u00a32.4m in fines of \u00a370 each": the fees are the
  total, the sum after "of" each one's rate (:func:`in_sum`).
- **a later conjunct with a sum of its own**: "Revenue rose 20% to \u20ac4.34bn and the average
  fare climbed 21% to \u20ac51"; "SoftBank will put in $7.5 billion at the outset and a
  syndicate of other backers a further $2.5 billion". A word after an "and" that follows a sum
  opens the next conjunct; when that conjunct holds a sum of its own after the word (no
  clause mark, "and" or contrast between), the sum before the "and" is not the word's
  (:func:`earlier_conjunct`). That later sum must be the conjunct's own (review rv62t): not
  past a word opening another clause or phrase ("roads and pavements in a year when it cut
  \u00a3900,000", "nurses and midwives despite cuts of \u00a31m"), nor a known sum after a
  determiner ("fines and legal fees on top of the $20m it owed"): there the word is a second
  noun of the earlier sum's object. Without a sum of its own after it ("ordered to pay $1.2m and
  costs"), the word may share the sum before, and nearness decides as before.

Both only narrow which sum owns a word; a word the grammar gives to another sum still refuses
the count's (a wrong sum planted for "revenue" is still the net income's).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, clause_gap, word_set
from .numbers import NumberMention

# Hedges between "of" and its sum ("revenue of about $6.3 billion", "a loss of more than
# $2m", "a fine of up to \u00a35m"); any other word there (a determiner, a noun) is no tie.
_HEDGES = word_set(
    """about around roughly nearly almost approximately some over under more less than just
    only up to close an estimated at least most"""
)
# Words of a part or a share before "of": "half of $8bn" is no measure of $8bn.
_PARTS = word_set(
    """half third thirds quarter quarters fifth fifths tenth tenths share part portion
    percent cent fraction most some all none much bulk rest remainder majority minority"""
)
_CONTRASTS = word_set("while whilst whereas but although though")
# Words that open another clause or phrase between a conjunct's word and a later sum: the sum
# is that clause's ("roads and pavements in a year when it cut \u00a3900,000"; review rv62t).
_DETACHING = word_set(
    """when where which who whom whose that because since if unless until before after than
    despite including excluding"""
)
# A determiner right before a sum: a sum already known ("on top of the $20m it owed"), no
# conjunct's own new figure.
_DETERMINERS = word_set("the its their his her this that these those our")
# Words that end the noun phrase "in" opens: the noun after them is no longer the sum's.
_LINKS = word_set("on of for to from with against by at and or as")
_IN_REACH = 3  # words from "in" to the noun ("$14 million in checked-bag fees of $35")
_REACH = 4  # hedge words at most between "of" and the sum


def of_sum(tokens: Sequence[Token], at: int, sums: Sequence[NumberMention]) -> NumberMention | None:
    """The sum ``tokens[at]`` is the noun of, by "NOUN of SUM" (see the module); None when the
    word is not followed by "of" and a sum."""
    if at + 2 >= len(tokens) or tokens[at + 1].norm != "of" or tokens[at].norm in _PARTS:
        return None
    held = in_sum(tokens, at, sums)
    if held is not None:
        return held  # "$14 million in fees of $35 a bag": the total holds the noun
    for mention in sums:
        between = tokens[at + 2 : mention.first]
        near = mention.first >= at + 2 and len(between) <= _REACH
        if near and all(t.norm in _HEDGES for t in between):
            return mention
    return None


def in_sum(tokens: Sequence[Token], at: int, sums: Sequence[NumberMention]) -> NumberMention | None:
    """The sum that holds ``tokens[at]`` by "SUM in NOUN" ("$14 million in fees", "\u00a32.4m in
    parking fines"): the sum right before an "in" a few words before the noun, none of them a
    number or a preposition ("$565 million in income on revenue" holds no revenue); None when
    there is none."""
    for k in range(at - 1, max(at - 1 - _IN_REACH, 0), -1):
        if tokens[k].is_number or tokens[k].norm in _LINKS:
            return None  # "$565 million in income on revenue of $6.3 billion": another noun's
        if tokens[k].norm == "in":
            return next((m for m in sums if m.last == k - 1), None)
    return None


def _own_sum(tokens: Sequence[Token], at: int, other: NumberMention, text: str) -> bool:
    """Whether the sum ``other`` after the word at ``at`` is the word's conjunct's own: no
    clause mark, "and", contrast or word opening another clause or phrase between them, no
    determiner right before it (see the module)."""
    gap = range(at, other.first)
    if any(clause_gap(tokens, k, text) for k in gap):
        return False
    words = {tokens[k].norm for k in gap}
    if "and" in words or not words.isdisjoint(_CONTRASTS) or not words.isdisjoint(_DETACHING):
        return False
    return tokens[other.first - 1].norm not in _DETERMINERS


def earlier_conjunct(
    tokens: Sequence[Token],
    at: int,
    mention: NumberMention,
    sums: Sequence[NumberMention],
    text: str,
) -> bool:
    """Whether ``mention`` stands before ``tokens[at]`` in an earlier conjunct: an "and"
    between them, and a sum of the word's own conjunct after it, with no clause mark, "and"
    or contrasting word between the word and that sum (see the module)."""
    if mention.last >= at:
        return False
    joins = [k for k in range(mention.last + 1, at) if tokens[k].norm == "and"]
    if not joins:
        return False
    if any(other.first > mention.last and other.last < joins[-1] for other in sums):
        return False  # another sum stands between: nearness already passes this one
    return any(other.first > at and _own_sum(tokens, at, other, text) for other in sums)


__all__ = ["earlier_conjunct", "in_sum", "of_sum"]
