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
- **a later conjunct with a sum of its own**: "Revenue rose 20% to \u20ac4.34bn and the average
  fare climbed 21% to \u20ac51"; "SoftBank will put in $7.5 billion at the outset and a
  syndicate of other backers a further $2.5 billion". A word after an "and" that follows a sum
  opens the next conjunct; when that conjunct holds a sum of its own after the word (no
  clause mark, "and" or contrast between), the sum before the "and" is not the word's
  (:func:`earlier_conjunct`). Without a sum of its own after it ("ordered to pay $1.2m and
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
_REACH = 4  # hedge words at most between "of" and the sum


def of_sum(tokens: Sequence[Token], at: int, sums: Sequence[NumberMention]) -> NumberMention | None:
    """The sum ``tokens[at]`` is the noun of, by "NOUN of SUM" (see the module); None when the
    word is not followed by "of" and a sum."""
    if at + 2 >= len(tokens) or tokens[at + 1].norm != "of" or tokens[at].norm in _PARTS:
        return None
    for mention in sums:
        between = tokens[at + 2 : mention.first]
        near = mention.first >= at + 2 and len(between) <= _REACH
        if near and all(t.norm in _HEDGES for t in between):
            return mention
    return None


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
    for other in sums:
        if other.first <= at:
            continue
        gap = range(at, other.first)
        if any(clause_gap(tokens, k, text) for k in gap):
            continue
        if any(tokens[k].norm == "and" or tokens[k].norm in _CONTRASTS for k in gap):
            continue
        return True
    return False


__all__ = ["earlier_conjunct", "of_sum"]
