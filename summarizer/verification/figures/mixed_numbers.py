"""Fractions and mixed numbers, read as one quantity (an outside check, session 14: "a 27
1/2-percent tariff" supported neither 27.5 nor 27, but did support 2, the fraction's
denominator, as the tariff):

- a fraction in digits with a slash ("1/2", "3/4", "1/8": a denominator of 2, 3, 4 or 8, a
  numerator below it, no slash on either side, so "9/11", "24/7" and "1/2/2016" are none)
  or a fraction character ("\u00bd", "\u00bc", "\u00be", "\u2153", ...) is that fraction, and
  after a whole number ("27 1/2", "27\u00bd", "27 \u00bd") it is added to it: 27.5;
- a number followed by "and a half", "and a quarter", "and three quarters" ("twenty-seven and
  a half percent", "two-and-a-half days", "3 and a half") is the mixed number, and so is "a
  day and a half" / "an hour and a half" (one and a half of the unit);
- the mixed number's unit, qualifier and the word after it are read as for any number (its
  unit is the word after the fraction: "27 1/2-percent", "2 1/2 days").

The pieces are no quantities of their own: "27 1/2 percent" states no 27 (another value,
unsupported), "1/2" no 1 and no 2. What is left out: fractions in words without a whole
number ("half a day", "a third of the votes": the fraction of a larger whole, read by the
part rules), and decimals written with a comma ("27,5").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token
from .numbers import NumberMention, mention_of

_CHARACTERS = {
    "\u00bd": 1 / 2, "\u00bc": 1 / 4, "\u00be": 3 / 4, "\u2153": 1 / 3, "\u2154": 2 / 3,
    "\u215b": 1 / 8, "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8,
}  # fmt: skip
_DENOMINATORS = frozenset({2, 3, 4, 8})
# "and a half", "and one half", "and a quarter", "and three quarters", "and a third"
_WORD_PARTS = {
    ("a", "half"): 1 / 2, ("one", "half"): 1 / 2, ("a", "quarter"): 1 / 4,
    ("one", "quarter"): 1 / 4, ("three", "quarters"): 3 / 4, ("a", "third"): 1 / 3,
}  # fmt: skip
_UNIT_WORDS = frozenset({"day", "hour", "week", "month", "year", "minute"})
_ONE = frozenset({"a", "an", "one"})


def _fraction_at(tokens: Sequence[Token], index: int, text: str) -> tuple[float, int] | None:
    """(value, last token) of a fraction starting at ``tokens[index]``, or None."""
    token = tokens[index]
    if token.norm in _CHARACTERS:
        return _CHARACTERS[token.norm], index
    if not token.is_number or not token.text.isdigit() or index + 1 >= len(tokens):
        return None
    following = tokens[index + 1]
    if text[token.end : following.start] != "/" or not following.text.isdigit():
        return None
    numerator, denominator = int(token.text), int(following.text)
    if denominator not in _DENOMINATORS or not 0 < numerator < denominator:
        return None
    if index and "/" in text[tokens[index - 1].end : token.start]:
        return None  # "1/2/2016": a date
    if index + 2 < len(tokens) and "/" in text[following.end : tokens[index + 2].start]:
        return None
    return numerator / denominator, index + 1


def with_fractions(
    tokens: list[Token], mentions: list[NumberMention], text: str
) -> list[NumberMention]:
    """``mentions`` with each fraction and mixed number read as one quantity (see the
    module); the same list when the sentence writes none."""
    norms = [token.norm for token in tokens]
    made: list[NumberMention] = []
    for index in range(len(tokens)):
        if made and index <= made[-1].last:
            continue
        read = _fraction_at(tokens, index, text)
        if read is not None:
            part, last = read
            whole = _whole_before(tokens, index, text)
            first = index if whole is None else whole
            value = part if whole is None else float(tokens[whole].text.replace(",", "")) + part
            made.append(mention_of(tokens, norms, first, last, value, text))
            continue
        worded = _and_a_part(tokens, norms, mentions, index)
        if worded is not None:
            made.append(worded)
    if not made:
        return mentions
    kept = [m for m in mentions if not any(n.first <= m.last and m.first <= n.last for n in made)]
    return sorted([*kept, *made], key=lambda m: m.first)


def _whole_before(tokens: Sequence[Token], index: int, text: str) -> int | None:
    """The index of the whole number right before a fraction ("27 1/2", "27\u00bd"): digits
    with a space or nothing between (read from the token: "27\u00bd" is no number of its
    own to :func:`numbers.numbers_in`, which takes a word glued to digits for an ordinal's
    ending)."""
    if not index:
        return None
    whole = tokens[index - 1]
    if text[whole.end : tokens[index].start] not in ("", " ", "\u00a0"):
        return None
    if not whole.is_number or not whole.text.replace(",", "").isdigit() or whole.joined:
        return None
    return index - 1


def _and_a_part(
    tokens: list[Token], norms: list[str], mentions: Sequence[NumberMention], index: int
) -> NumberMention | None:
    """ "twenty-seven and a half", "two-and-a-half", "a day and a half" ending at the word
    after ``tokens[index]`` ("and"), or None."""
    if norms[index] != "and" or index + 2 >= len(tokens) or not index:
        return None
    part = _WORD_PARTS.get((norms[index + 1], norms[index + 2]))
    if part is None:
        return None
    last = index + 2
    for mention in mentions:
        if mention.last == index - 1:
            return mention_of(tokens, norms, mention.first, last, mention.value + part)
    unit = norms[index - 1]
    if unit.removesuffix("s") in _UNIT_WORDS and index > 1 and norms[index - 2] in _ONE:
        read = mention_of(tokens, norms, index - 2, index - 2, 1 + part)  # "a day and a half"
        return NumberMention(
            value=1 + part, first=index - 2, last=last, qualifiers=read.qualifiers,
            unit="day" if unit in ("day", "days") else unit,
            after=norms[last + 1] if last + 1 < len(norms) else "",
        )  # fmt: skip
    return None


__all__ = ["with_fractions"]
