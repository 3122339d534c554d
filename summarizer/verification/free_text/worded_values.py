"""Numbers written in words that the number reader takes in pieces, read whole for free text.

The number reader (:func:`summarizer.verification.figures.numbers.numbers_in`) reads "three point
six billion" as 3 and 6 billion, "two dozen" as 2, "a hundred and twenty" as 100 and 20 and "four
and a half million" as 4 and half a million. A summary that writes the figure in digits ("3.6
billion", "24", "120", "4.5 million") was then "unstated" against an article that writes it in
words, and a summary that writes it in words asked for its pieces (an outside check, 46, found "3.6
billion" against a radio script's "three point six billion"). The shapes read here: a decimal with a
scale or per-cent word after it ("three point six billion", "nought point five per cent", "sixty-two
point five per cent"; without one, "point" may be a noun: "at one point six protesters were hurt" is
six protesters, a review of session 22), with a scale word after it or not: a count of dozens ("two
dozen", "a dozen", "half a dozen"), a hundred or a thousand with "a" ("a hundred and twenty", "a
thousand"), and a number and a half ("four and a half million"). Only the free-text check uses it:
fields read their numbers as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.vocabulary import LARGE_SCALES, SCALES
from ..figures.glued_scales import times
from ..figures.numbers import NumberMention, word_number
from ..figures.spoken_decimals import pointed
from ..page.article import ArticleText
from ..page.tokens import Token, tokenize_uncached

# The words a text opens one of these shapes with or turns on: a text without any of them has
# none of the shapes, so nothing is read (a summary or article rarely has one).
CUE_WORDS = frozenset({"point", "dozen", "hundred", "thousand", "half"})
_DIGIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


def _at(norms: Sequence[str], index: int) -> str:
    return norms[index] if 0 <= index < len(norms) else ""


def _scaled(norms: Sequence[str], value: float, last: int) -> tuple[float, int]:
    """The value times a scale word right after ``last`` ("three point six billion")."""
    scale = _at(norms, last + 1)
    if scale in LARGE_SCALES:
        return times(value, SCALES[scale]), last + 1
    return value, last


def _decimal(norms: Sequence[str], whole: float, point: int) -> tuple[float, int] | None:
    """ "point" at ``point``, digit words, then a scale or a per-cent word: (the decimal's
    value, its last index), read by the number reader's own rule (``spoken_decimals.pointed``)
    with this module's digit words ("nought" too)."""
    read = pointed(list(norms), point, point, whole, _DIGIT_WORDS)
    return None if read is None else (read[0], point + read[1] - 1)


def _reading_at(norms: Sequence[str], start: int) -> tuple[float, int] | None:
    """(value, last index) of one of the shapes opening at ``start``, or None."""
    word, following = norms[start], _at(norms, start + 1)
    if word in {"a", "an"} and following == "dozen":
        return 12.0, start + 1
    if word == "half" and following == "a" and _at(norms, start + 2) == "dozen":
        return 6.0, start + 2
    if word in {"a", "an"} and following in {"hundred", "thousand"}:
        value, last = float(SCALES[following]), start + 1
        tail_at = last + 2 if _at(norms, last + 1) == "and" else last + 1
        tail = word_number(list(norms), tail_at) if _at(norms, tail_at) else None
        if tail is not None and tail[0] < value:
            value, last = value + tail[0], tail_at + tail[1] - 1
        return _scaled(norms, value, last) if following == "hundred" else (value, last)
    if word in {"zero", "nought", "naught"} and following == "point":
        return _decimal(norms, 0.0, start + 1)
    read = word_number(list(norms), start) if word not in {"a", "an", "and"} else None
    if read is None:
        return None
    value, last = read[0], start + read[1] - 1
    if "point" in norms[start : last + 1]:
        return value, last  # the reader took a decimal read out whole (spoken_decimals)
    after = _at(norms, last + 1)
    if after == "point":
        return _decimal(norms, value, last + 1)
    if after == "dozen":
        return value * 12, last + 1
    if after == "and" and _at(norms, last + 2) == "a" and _at(norms, last + 3) == "half":
        return _scaled(norms, value + 0.5, last + 3)
    return None


def worded_readings(norms: Sequence[str]) -> list[tuple[int, int, float]]:
    """(first, last, value) of each shape in a run of words, left to right."""
    if CUE_WORDS.isdisjoint(norms):
        return []
    found: list[tuple[int, int, float]] = []
    index = 0
    while index < len(norms):
        reading = _reading_at(norms, index)
        if reading is None:
            index += 1
            continue
        found.append((index, reading[1], reading[0]))
        index = reading[1] + 1
    return found


def worded_whole(
    tokens: Sequence[Token], read: list[NumberMention], text: str
) -> tuple[list[NumberMention], set[float]]:
    """The number reader's mentions less those inside one of the shapes, and the shapes'
    values: what free text (``text``, whose tokens they are) states in numbers, each shape as
    one number."""
    lowered = text.lower()
    if not any(cue in lowered for cue in CUE_WORDS):  # substring tests: cheaper than a regex
        return read, set()
    readings = worded_readings([token.norm for token in tokens])
    if not readings:
        return read, set()
    kept = [m for m in read if not any(f <= m.first and m.last <= t for f, t, _ in readings)]
    return kept, {value for _, _, value in readings}


def article_worded(article: ArticleText) -> frozenset[float]:
    """The values of the shapes the article writes, read once per article around each cue
    word found by ``str.find`` (a window of a few words each side)."""
    known: frozenset[float] | None = article.memo.get(_MEMO)
    if known is not None:
        return known
    lowered = article.lowered
    found: set[float] = set()
    for cue in CUE_WORDS:
        index = lowered.find(cue)
        while index >= 0:
            start = lowered.rfind(" ", 0, max(index - 50, 0)) + 1
            end = lowered.find(" ", index + 50)
            window = tokenize_uncached(lowered[start : end if end >= 0 else len(lowered)], 0)
            found.update(value for _, _, value in worded_readings([t.norm for t in window]))
            index = lowered.find(cue, index + len(cue))
    article.memo[_MEMO] = known = frozenset(found)
    return known


_MEMO = ("worded-values",)


def in_worded_shape(lowered: str, index: int) -> bool:
    """Whether the number word at ``index`` of the lowered text is a piece of one of the
    shapes ("two" of "two dozen", "five" of "nought point five"): then it states no number of
    its own. Read in a window of a few words around it."""
    start = lowered.rfind(" ", 0, max(index - 40, 0)) + 1
    end = lowered.find(" ", index + 60)
    window = tokenize_uncached(lowered[start : end if end >= 0 else len(lowered)], 0)
    at = next((i for i, token in enumerate(window) if token.start == index - start), -1)
    readings = worded_readings([token.norm for token in window])
    return any(first <= at <= last for first, last, _ in readings)
