"""A regex's matches found by trying it only where a match can open.

``pattern.finditer`` tries every position of the text, and a pattern with alternatives,
lookarounds or case folding cannot skip ahead to where it may match: such patterns took 20 to
150 ns a character on this project's pages (session 35), read over whole paragraphs and pages
for a handful of quotation marks or cue words. When every match of the pattern opens at a
known kind of place (one of a few characters, a word), those places are found first at C speed
(``str.find``, a one-character-class regex) and the pattern is matched there only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, first, end)`` gives, for a pattern that never matches
    empty and whose every match opens at one of ``starts`` (ascending, none before
    ``first``). A search tries each position in order, keeps the first match and goes on from
    its end; no match opens anywhere else, so trying the starts in order, past the last
    match's end, finds the same matches. ``pattern.match(text, at, end)`` reads the text
    before ``at`` (lookbehinds, ``\\b``) and stops at ``end`` as the search does."""
    stop = len(text) if end is None else end
    after = 0
    for at in starts:
        if at < after:
            continue  # inside the last match: a search goes on from its end
        match = pattern.match(text, at, stop)
        if match is not None:
            yield match
            after = match.end()


# Letters beyond ASCII, other than ASCII letters' own capitals, that ``re.IGNORECASE`` matches
# with an ASCII letter (dotless i, long s; the Kelvin sign lowers to "k"; a test scans them all).
ASCII_UNDER_IGNORECASE = {"\u0131": "i", "\u017f": "s"}


def folded(text: str) -> str | None:
    """``text`` lowercased, with the letters the regex's case folding matches with an ASCII
    one made that letter: where an ASCII word's case-insensitive matches are found by
    ``str.find``, at the text's own offsets; None when the text holds a dotted capital I
    ("\u0130", which lowers to two characters and so would move every offset after it)."""
    if "\u0130" in text:
        return None
    lowered = text.lower()
    for letter, ascii_letter in ASCII_UNDER_IGNORECASE.items():
        if letter in lowered:  # rare; str.translate would cost 20 times str.lower
            lowered = lowered.replace(letter, ascii_letter)
    return lowered


def places(text: str, words: Iterable[str], shift: int = 0) -> list[int]:
    """Every offset ``shift`` characters before a place where one of ``words`` is written in
    ``text`` (overlapping places too), ascending and once each: the starts of a pattern whose
    matches open there."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            if at >= shift:
                found.add(at - shift)
            at = text.find(word, at + 1)
    return sorted(found)


def folded_matches(
    pattern: re.Pattern[str], text: str, lowered: str | None, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a case-folded pattern whose every match opens with one of
    ``words`` (lower-case ASCII): tried where :func:`folded` text ``lowered`` has one; the
    plain search when ``lowered`` is None."""
    if lowered is None:
        return pattern.finditer(text)
    return matches_from(pattern, text, places(lowered, words))


__all__ = ["ASCII_UNDER_IGNORECASE", "folded", "folded_matches", "matches_from", "places"]
