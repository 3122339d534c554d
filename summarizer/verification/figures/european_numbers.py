"""Numbers written in the continental European style (session 23, check 47's cause 5: "a duty
of 6,5 %" was read as the two numbers 6 and 5, and "1.200 entities" as 1.2).

Two marks swap jobs between English and most European languages: the comma is the decimal
mark and the point groups thousands. A careful reader decides which from the number's shape
and the page's habit, never from one mark alone:

- a decimal comma: digits, a comma with no space on either side, then one or two digits that
  do not go on with another comma group ("6,5", "18,75"), where what follows is a per-cent word
  or a scale ("6,5 %", "7,25 per cent", "2,1 billion") or a currency sign stands right before
  ("\u20ac2,1"). English groups thousands in threes, so "1,200" (three digits after the comma)
  stays twelve hundred, and "6,5" with nothing of the sort after it (a list, "rows 6,5") is
  left as written;
- a grouping point: one to three digits, then groups of exactly three digits each after a
  point ("1.200", "2.400.000"). Two or more groups cannot be a decimal, so they are thousands
  everywhere; one group ("1.200") is thousands only on a page that writes decimals with a comma
  (the first rule finds one), since an English page's "1.200" is one point two, and never
  before a scale word or a per cent (review s23c: "$1.125 billion" and "4.375%" on a wire page
  quoting "2,4 %" inflation are English decimals; no writer groups thousands before "billion").

:func:`joined_value` reads one number for the number reader
(:mod:`summarizer.verification.figures.numbers`); :func:`digit_values` reads all of a text's digits
for the free-text check (:mod:`summarizer.verification.free_text.mentions`).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from functools import lru_cache

from ..page.tokens import CURRENCY_SIGNS, Token, word_set
from .spoken_decimals import PERCENT_WORDS

_SCALES = word_set("thousand million billion trillion bn mn m k")
_AFTER = PERCENT_WORDS | _SCALES | {"per"}
_IS_NUMBER = operator.attrgetter("is_number")
_DECIMAL_COMMA = re.compile(
    r"(?<![\d,.])(\d+),(\d{1,2})(?![\d]|,\d)(?=\s?(?:%|per\b|percent\b|pc\b|pct\b|"
    r"thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b))"
    r"|(?<=[" + CURRENCY_SIGNS + r"])(\d+),(\d{1,2})(?![\d]|,\d)"
)
# Cheap first looks (no look-behind, a literal to skip ahead by): most pages have neither shape.
_COMMA_HINT = re.compile(r",\d\d?(?!\d)")
_POINT_HINT = re.compile(r"\.\d{3}")
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:\.\d{3})+(?![\d]|\.\d)")
# What a lone group before it makes a decimal: a thousands mark before a scale or a per cent
# is not a shape ("$1.125 billion", "4.375%" stay English on any page).
_SCALED = re.compile(
    r"\s?(?:%|per\b|percent\b|pc\b|pct\b|thousand\b|million\b|billion\b|trillion\b|bn\b|mn\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def comma_page(text: str) -> bool:
    """Whether ``text`` writes a decimal with a comma somewhere (see the module)."""
    return _COMMA_HINT.search(text) is not None and _DECIMAL_COMMA.search(text) is not None


_LISTED = re.compile(r",\d")  # "3,6,5": a list, not a decimal


def _currency_before(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in CURRENCY_SIGNS


def _after(tokens: Sequence[Token], index: int) -> str:
    return tokens[index].norm if index < len(tokens) else ""


def joined_value(tokens: Sequence[Token], index: int, text: str) -> tuple[float, int] | None:
    """The value and last token of a European-style number starting at ``tokens[index]``
    ("6,5 %" as 6.5; "1.200" as 1200 on a comma page; "2.400.000"), or None when the number
    is not written that way. ``text`` is the tokens' source (may be empty: the marks between
    tokens are then read only where the tokens themselves hold them)."""
    token = tokens[index]
    raw = token.text
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if raw.isdigit() and following is not None and text:
        gap = text[token.end : following.start]
        decimals = following.text
        if (
            gap == ","
            and decimals.isdigit()
            and len(decimals) <= 2
            and not _LISTED.match(text, following.end)
            and not (
                token.start > 1 and text[token.start - 1] == "," and text[token.start - 2].isdigit()
            )
            and (_after(tokens, index + 2) in _AFTER or _currency_before(text, token.start))
        ):
            return float(f"{raw}.{decimals}"), index + 1
    if "." in raw and _GROUPED.fullmatch(raw):
        value, last = float(raw.replace(".", "")), index
        while last + 1 < len(tokens) and text:  # "2.400.000": the tokeniser splits the groups
            group = tokens[last + 1]
            if text[tokens[last].end : group.start] != "." or not (
                group.text.isdigit() and len(group.text) == 3
            ):
                break
            value, last = value * 1000 + int(group.text), last + 1
        if last > index or (text and _after(tokens, index + 1) not in _AFTER and comma_page(text)):
            return value, last
    return None


def digit_values(text: str) -> set[float]:
    """The values of a text's European-style numbers, read as in :func:`joined_value`: the
    decimal commas always, the grouping points when they are two or more groups or the page
    writes decimals with a comma."""
    found: set[float] = set()
    if _COMMA_HINT.search(text) is not None:
        for match in _DECIMAL_COMMA.finditer(text):
            whole, part = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
            found.add(float(f"{whole}.{part}"))
    if _POINT_HINT.search(text) is not None:
        comma = comma_page(text)
        for match in _GROUPED.finditer(text):
            digits = match.group()
            if digits.count(".") > 1 or (comma and not _SCALED.match(text, match.end())):
                found.add(float(digits.replace(".", "")))
    return found


def token_values(tokens: Sequence[Token], text: str, scales: frozenset[str]) -> set[float]:
    """The values of a free text's digits, one per number as written: a European-style number
    whole ("6,5 %" is 6.5, not 6 and 5), any other digits as English writes them; digits right
    before a scale word (``scales``: "7 million") are left to the scaled reading."""
    found: set[float] = set()
    if not any(map(_IS_NUMBER, tokens)):
        return found  # most free text has no digits: one pass in C
    index = 0
    while index < len(tokens):
        token = tokens[index]
        joined = joined_value(tokens, index, text) if token.is_number else None
        if joined is not None:
            value, last = joined
            if not (last + 1 < len(tokens) and tokens[last + 1].norm in scales):
                found.add(value)
            index = last + 1
            continue
        if token.is_number and not (index + 1 < len(tokens) and tokens[index + 1].norm in scales):
            found.add(float(token.text.replace(",", "")))
        index += 1
    return found


__all__ = ["comma_page", "digit_values", "joined_value", "token_values"]
