"""Where a quote's words stand inside quotation marks in the article.

The quote search of :func:`summarizer.verification.quotes.speakers.support_speaker`: a quote's words
may first occur in the reporter's own sentence and only later inside quotation marks, and only
the quoted place is attributed. Its own module because it is a search with a fast path (and a
property test holding it to its regex definition), not a reading of attribution.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..page.article import ArticleText

__all__ = ["quoted_places"]


def quoted_places(quote: str, article: ArticleText) -> list[tuple[int, int]]:
    """Other places the quoted words stand inside quotation marks: "called off" may first
    occur in the reporter's own words ("he had called off the summit") and later as the
    quote ("was "on hold" or "called off.""), and only the quoted one is attributed. A place
    is the quote's words, case aside, with any run of whitespace between them: what the
    regex of the words joined by ``\\s+``, ignoring case, finds (the definition, and still
    the way for a quote that opens with a non-ASCII word). Kept per quote in the article's
    memo: the speaker check and the described-speaker reader both search it (session 36)."""
    key = ("quoted places", quote)
    known: tuple[tuple[int, int], ...] | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = tuple(_quoted_places(quote, article))
    return list(known)


def _quoted_places(quote: str, article: ArticleText) -> list[tuple[int, int]]:
    words = quote.split()
    if not words:
        return []
    # ``lower_case``, not ``lowered``: that one straightens apostrophes and drops accents,
    # which found the article's "\u2019" for a quote's "'", where the definition does not.
    text, lowered = article.text, article.lower_case
    first = words[0].lower()
    if not first.isascii() or len(lowered) != len(text):
        pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
        return [
            (match.start(), match.end())
            for match in pattern.finditer(text)
            if article.quoted_region_at(match.start()) is not None
        ]
    # Compiling that regex cost 0.1 to 0.3 ms per quote, and every quote of a new article is
    # new; scanning with it tried every position. A match starts where the lowered text has
    # the first word (an ASCII word's case-insensitive matches, Kelvin sign and long s
    # included, all lower to it), so only those places are tried, in order, skipping any
    # inside the previous match, exactly as ``finditer`` would.
    found: list[tuple[int, int]] = []
    last_end = 0
    folded = [word.lower() for word in words]
    joined = " ".join(folded)  # the words with one space between, as most quotes stand
    size, gap = len(text), len(words[0]) if len(words) > 1 else 0
    index = lowered.find(first)
    while index >= 0:
        # most places of a short first word ("we" in "were") are cut off by the next
        # character, which must be whitespace when more words follow: tested here first
        if index >= last_end and (not gap or (index + gap < size and text[index + gap].isspace())):
            if lowered.startswith(joined, index):
                end: int | None = index + len(joined)  # what _words_at finds, found in C
            else:
                end = _words_at(text, lowered, index, words, folded)
            if end is not None:
                last_end = end
                if article.quoted_region_at(index) is not None:
                    found.append((index, end))
        index = lowered.find(first, index + 1)
    return found


def _words_at(
    text: str, lowered: str, index: int, words: list[str], folded: list[str]
) -> int | None:
    """Where the words, case aside and with whitespace runs between them, end when they start
    at ``index``. The words hold no whitespace, so a run of it is always taken whole. A word
    whose lower case is the lowered text's there is a match without asking character by
    character (``lowered`` is as long as ``text``, so offsets agree, and two characters of the
    same lower case are a match for the regex too); only the rest are compared one by one."""
    position, size = index, len(text)
    for number, word in enumerate(words):
        if number:
            if position >= size or not text[position].isspace():
                return None
            while position < size and text[position].isspace():
                position += 1
        end = position + len(word)
        if lowered[position:end] == folded[number]:
            position = end
            continue
        piece = text[position:end]
        if len(piece) < len(word):
            return None
        if piece != word and not all(map(_same_letter, word, piece)):
            return None
        position = end
    return position


@lru_cache(maxsize=8192)
def _same_letter(wanted: str, seen: str) -> bool:
    """One character of the quote matches one of the text as the regex would, ignoring case
    (asked once per pair of characters: Unicode's case rules, the Kelvin sign for "k" or the
    long s for "s", are the regex engine's own)."""
    return wanted == seen or re.fullmatch(re.escape(wanted), seen, re.IGNORECASE) is not None
