"""A phrase in single quotation marks inside a quote ("Trump told me 'stop the war,' and I
agreed"), found for :mod:`summarizer.verification.quotes.speakers`, which gives such words to the
one the quote reports said them."""

from __future__ import annotations

_INNER_OPEN = frozenset("\u2018'")
_INNER_CLOSE = frozenset("\u2019'")


def inner_quote(text: str, region: tuple[int, int], start: int, end: int) -> int | None:
    """Where a single-quoted phrase holding ``[start, end)`` opens inside a quoted region (the
    offset of its first character), or None: an opening mark after a space (or the region's
    start) before a letter, and a closing mark after the words, after a non-space and before
    a space, punctuation or the region's end (apostrophes never stand so)."""
    opener = None
    for index in range(start - 1, region[0] - 1, -1):
        char = text[index]
        if char in _INNER_OPEN and (index == region[0] or text[index - 1].isspace()):
            if index + 1 < len(text) and text[index + 1].isalnum():
                opener = index + 1
            break
        if char in _INNER_CLOSE and index + 1 < len(text) and not text[index + 1].isalnum():
            return None  # a phrase closed before the words: they are not inside it
    if opener is None:
        return None
    for index in range(max(end - 1, start), region[1]):
        char = text[index]
        if char in _INNER_CLOSE and not text[index - 1].isspace():
            after = text[index + 1] if index + 1 < len(text) else " "
            if not after.isalnum():
                return opener
    return None


__all__ = ["inner_quote"]
