"""Page metadata read more closely (outside check 37, cause 7), for
:mod:`summarizer.verification.bylines.metadata`:

- *A kind of page is no outlet*: "Council of the European Union - Press release" under a
  headline names the publisher before the dash and the document's kind after it ("Press
  release", "News release", "Statement"); the kind is never the outlet, wherever it stands.
- *An outlet's own "the"*: "Council of the European Union", "Ministry of the Interior" are
  read with their inner "the" (only a leading one is dropped: "The Times" is "Times").
- *A place on a byline line is nobody*: "By Priya Raman, South Asia Correspondent, in Delhi,
  and Owen Hartley": "Owen Delhi" is not an author, though "Delhi" is on the byline's line; a
  name found there only by a word after "in", "from" or "at", or right after a comma ending
  the line ("By Ken Sato, Osaka"), is a place. A name written whole ("By Sofia Paris in
  Athens") is the author's, whatever else it may be.
- *A dashed surname is one name*: "By Dana Whitfield-Ross" credits neither "Dana Whitfield"
  nor "Dana Ross"; a hit whose surname is half of a hyphened run of capitalised words credits
  no one of that name (the older readers took each half as a surname).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from ..people.names import find_named, name_parts
from .credit_places import trailing_field

_KINDS = frozenset(
    {
        ("press", "release"), ("news", "release"), ("media", "release"), ("statement",),
        ("press", "statement"), ("communique",), ("readout",), ("fact", "sheet"),
        ("transcript",), ("opinion",), ("analysis",), ("editorial",), ("live",),
        ("breaking", "news"), ("news",), ("press", "briefing"), ("speech",),
    }
)  # fmt: skip
_AT = word_set("in from at")


def page_kind(words: Sequence[str]) -> bool:
    """Whether an outlet's words (lowercased, no leading "the") are a kind of page."""
    return tuple(words) in _KINDS


def _dashed_half(words: Sequence[str], tokens: Sequence[Token], last: int) -> bool:
    """Whether the hit's last word is one part of a dashed surname ("Whitfield-Ross") that the
    name's own words do not end with whole."""
    start, end = last, last + 1
    while start > 0 and tokens[start].joined and tokens[start - 1].capitalised:
        start -= 1
    while end < len(tokens) and tokens[end].joined and tokens[end].capitalised:
        end += 1
    run = [token.norm for token in tokens[start:end]]
    return end - start > 1 and list(words[-len(run) :]) != run


def outlet_words(all_words: Sequence[str]) -> tuple[str, ...]:
    """An outlet's words without a leading "the" (its inner ones kept)."""
    words = tuple(all_words)
    return words[1:] if words[:1] == ("the",) else words


def placed(part: str, tokens: Sequence[Token], text: str) -> bool:
    """Whether ``part`` is found in a credit line's ``tokens`` only as a place: each hit a
    single word (its surname alone) after "in", "from" or "at", or after a comma with
    nothing after it on the line; a name of one word too after "in", "from", "at" or inside
    brackets after the names ("By A and B (Oslo and Bergen)": where they filed from, session 18)."""
    words = name_parts(part)
    hits = find_named(part, tokens)
    if not hits:
        return False
    for first, last in hits:
        if first == last and _bracketed(text, tokens[first].start):
            continue
        if trailing_field(tokens, first, last, text):  # "By A, Perth" (credit_places.py)
            continue
        if _dashed_half(words, tokens, last):  # "Dana Ross" of "By Dana Whitfield-Ross"
            continue
        if first != last or first == 0:
            return False
        before = tokens[first - 1]
        after = text[tokens[last].end : tokens[last].end + 40].split("\n", 1)[0]
        gap = text[before.end : tokens[first].start]
        if before.norm in _AT:
            continue  # "By A in Doha": a one-word name too (session 18)
        if len(words) >= 2 and "," in gap and not after.strip(" .,;"):
            continue
        return False
    return True


def _bracketed(text: str, at: int) -> bool:
    """Whether an open bracket ("(" or "[") stands before ``at`` on its line, not closed
    before it."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return max(line.rfind("("), line.rfind("[")) > max(line.rfind(")"), line.rfind("]"))


__all__ = ["outlet_words", "page_kind", "placed"]
