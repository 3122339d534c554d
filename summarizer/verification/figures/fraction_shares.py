"""A share written as a fraction or as "N in M": "half of respondents" (50 per cent), "a third
of homes" (33.3), "two-thirds of members" (66.7), "three-quarters of", "one in five children"
(20), "nine out of 10 doctors" (90), for a count that is a share in per cent
(:func:`summarizer.verification.counts.count_heads.worded`). Outside checks and reviews found
shares refused as "not stated" when the page wrote them in words: English states a share as a
fraction as often as in per cent.

The share is read with the qualifier before it ("nearly a third", "more than half", "almost
one in five"). A fraction that is no whole per cent ("a third" is 33.33...) is read at one
decimal and at the whole number, each "about" as well as the phrase's own qualifier, since a
summary rounds it either way. Not read: a fraction with no "of" or "the" after it ("a third
more", "half-time"), "N in M" whose M is no larger than N or is followed by a unit of time
("one in 10 minutes" is no share), and a count that is not a share (a fraction of 400 workers
states no number of workers: :mod:`.count_wholes` reads that partitive).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .number_qualifiers import qualifiers_of
from .numbers import NumberMention, word_number

_PARTS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
_OPENERS = {"a": 1, "an": 1}
# Words after a fraction that make it a share of something ("a third of homes", "half the
# staff", "half its members").
_OF = word_set("of the its their his her our")
# Units of time after "N in M" that make it a rate in time, no share.
_TIMES = word_set("seconds minutes hours days weeks months years decades centuries")


def _count(token: Token) -> float | None:
    """The whole number a token writes in digits or in one word ("9", "nine"), or None."""
    if token.is_number:
        try:
            value = float(token.text.replace(",", ""))
        except ValueError:
            return None
        return value if value.is_integer() else None
    read = word_number([token.norm], 0)
    return read[0] if read is not None else None


def _fraction(tokens: Sequence[Token], index: int) -> tuple[float, int] | None:
    """The share a fraction word at ``index`` writes ("a third", "two-thirds", "half") and
    the index of its first word, or None."""
    parts = _PARTS.get(tokens[index].norm)
    if parts is None or index + 1 >= len(tokens) or tokens[index + 1].norm not in _OF:
        return None
    if index and tokens[index - 1].norm in _OPENERS:
        numerator, first = 1.0, index - 1
    elif index and (counted := _count(tokens[index - 1])) is not None:
        numerator, first = counted, index - 1
    elif tokens[index].norm == "half":
        numerator, first = 1.0, index
    else:
        return None
    plural = tokens[index].norm.endswith("s") and tokens[index].norm != "halves"
    if (numerator > 1) != plural or numerator >= parts:
        return None  # "one thirds", "four thirds": no share of one whole
    return 100 * numerator / parts, first


def _in_ratio(tokens: Sequence[Token], index: int) -> tuple[float, int] | None:
    """The share "N in M" / "N out of M" ends with at ``index`` (M's token) writes, and the
    index of N, or None."""
    whole = _count(tokens[index])
    if whole is None or index < 2:
        return None
    if tokens[index - 1].norm == "in":
        at = index - 2
    elif tokens[index - 1].norm == "of" and index > 2 and tokens[index - 2].norm == "out":
        at = index - 3
    else:
        return None
    part = _count(tokens[at]) if at >= 0 else None
    if part is None or not 0 < part < whole or whole > 1000:
        return None
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if following in _TIMES:
        return None  # "one in 10 minutes"
    return 100 * part / whole, at


def _whole_of(tokens: Sequence[Token], index: int) -> int:
    """The last token of a fraction's whole when it is a number ("half of the 1,200": the
    1,200's index), so the whole stands inside the share, not between it and its noun; else
    ``index``."""
    at = index + 1
    while at < len(tokens) and at <= index + 3 and tokens[at].norm in _OF:
        at += 1
    if at < len(tokens) and at > index + 1 and tokens[at].is_number:
        return at
    return index


def fraction_shares(tokens: Sequence[Token]) -> list[NumberMention]:
    """Every share in per cent the sentence writes as a fraction or as "N in M" (see the
    module), each as a mention in "percent"."""
    norms = [token.norm for token in tokens]
    found: list[NumberMention] = []
    for index in range(len(tokens)):
        read = _fraction(tokens, index) or _in_ratio(tokens, index)
        if read is None:
            continue
        share, first = read
        qualifiers = qualifiers_of(norms, first, index)
        last = _whole_of(tokens, index)  # "half of the 1,200 nurses": the share spans the whole
        after = norms[last + 1] if last + 1 < len(norms) else ""
        values = {share: qualifiers}
        if not float(share).is_integer():
            rounded = qualifiers | {"about"}
            values = {round(share, 1): rounded, float(round(share)): rounded}
        for value, quals in values.items():
            found.append(
                NumberMention(
                    value=value, first=first, last=last, qualifiers=quals, unit="percent",
                    after=after,
                )
            )  # fmt: skip
    return found


__all__ = ["fraction_shares"]
