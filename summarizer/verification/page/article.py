"""An article's structure, read once: paragraphs, sentences, quoted regions and word tokens,
all as offsets into the original text.

Every support rule asks structural questions ("is this number in the same sentence as a cue
word?", "is this name outside the quotation marks?"), so they share one reading of the article
instead of each splitting strings its own way. Parts are computed on first use: most articles
need the sentences and tokens only around a few evidence passages.
"""

from __future__ import annotations

import bisect
import operator
import re
import string
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import Any

from summarizer.text.normalize import strip_accents
from summarizer.text.vocabulary import RANK_ABBREVIATIONS
from .glue import glued_names_in, split_at_glue
from .mark_search import ASCII_UNDER_IGNORECASE, matches_from, places
from .paragraphs import paragraph_spans
from .quotemarks import quoted_regions as _quoted_regions
from .tokens import (
    SPELLINGS,
    Token,
    has_whole_word,
    tokenize_uncached,
    word_set,
)

# A sentence ends at . ! ? (and any closing quotes or brackets) before whitespace and a capital,
# digit or opening quote, unless the word before the stop is an abbreviation or an initial.
_SENTENCE_END = re.compile(r"[.!?]+[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018'(\[]?[A-Z0-9])")
_ABBREVIATIONS = word_set(
    """mr mrs ms dr sen sens rep reps gov gen lt col sgt st jr sr prof rev hon pres sec no vs etc
    inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft est approx dept"""
) | frozenset(RANK_ABBREVIATIONS)  # "Brig.", "Maj.", "Engr." before a name (vocabulary.py)
_ASCII_LETTERS = frozenset(string.ascii_letters)
_NOT_ALNUM = re.compile(r"[\W_]")  # a character ``str.isalnum`` refuses (re's \w is that or "_")
_START = operator.itemgetter(0)  # Token.start
_END = operator.itemgetter(1)  # Token.end


def _word_before_stop(text: str, cursor: int, stop: int) -> str:
    """The run of ASCII letters right before the full stop at ``stop`` (not before
    ``cursor``): read backwards, because a regex anchored at the end still tries every
    position of the sentence before it."""
    index = stop
    while index > cursor and text[index - 1] in _ASCII_LETTERS:
        index -= 1
    return text[index:stop]


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return split_at_glue(_split_spaced(text, start, end), text, start, end, _ABBREVIATIONS)


def _split_spaced(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans at stops followed by whitespace (see ``_SENTENCE_END``)."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.start()
        if text[stop] == ".":
            before = _word_before_stop(text, cursor, stop)
            if before.lower() in _ABBREVIATIONS or len(before) == 1:
                continue
        spans.append((cursor, match.end() - len(match.group()) + len(match.group().rstrip())))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


@lru_cache(maxsize=4096)
def _phrase_pattern(words: tuple[str, ...], whole: bool = True) -> re.Pattern[str]:
    """The words in a row, any spelling variant, punctuation or hyphens between them, the last
    one whole unless ``whole`` is false (once per phrase: names and places recur from article
    to article)."""
    parts = ["(?:" + "|".join(map(re.escape, SPELLINGS.get(w, (w,)))) + ")" for w in words]
    return re.compile(r"(?:'s)?[\W_]+".join(parts) + (r"(?![^\W_])" if whole else ""))


class ArticleText:
    """Structure of one article's text; see the module docstring."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text)

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """Every line of the page (empty ones too) with its offset: the masthead and credit
        readers walk the page line by line, and six of them had each counted the offsets."""
        found, position = [], 0
        for line in self.text.split("\n"):
            found.append((position, line))
            position += len(line) + 1
        return found

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (the one before, in a gap)."""
        index = bisect.bisect_right(self._paragraph_starts, offset)
        return index - 1 if index else 0

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for start, end in self.paragraphs:
            spans.extend(_split_sentences(self.text, start, end))
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, offset: int) -> int:
        index = bisect.bisect_right(self._sentence_starts, offset)
        return index - 1 if index else 0

    def sentences_over(self, start: int, end: int) -> range:
        """Indexes of the sentences that a span touches."""
        starts = self._sentence_starts
        if not starts:
            return range(0)
        first = bisect.bisect_right(starts, start)
        last = bisect.bisect_right(starts, end - 1 if end - 1 > start else start)
        return range(first - 1 if first else 0, last if last else 1)

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        regions: list[tuple[int, int]] = []
        for start, end in self.paragraphs:
            regions.extend(_quoted_regions(self.text, start, end))
        return regions

    @cached_property
    def _quoted_starts(self) -> list[int]:
        return [start for start, _ in self.quoted]

    def quoted_region_at(self, offset: int) -> tuple[int, int] | None:
        """The quoted region holding ``offset``, if any."""
        index = bisect.bisect_right(self._quoted_starts, offset) - 1
        if index >= 0:
            start, end = self.quoted[index]
            if start <= offset < end:
                return start, end
        return None

    def in_quotes(self, offset: int) -> bool:
        return self.quoted_region_at(offset) is not None

    def sentence_tokens(self, index: int) -> list[Token]:
        """One sentence's tokens, computed once: rules read the few sentences under a fact's
        evidence, so the whole article is rarely tokenised."""
        tokens = self._sentence_tokens.get(index)
        if tokens is None:
            start, end = self.sentences[index]
            tokens = self._sentence_tokens[index] = self.tokens_between(start, end)
        return tokens

    @cached_property
    def _sentence_tokens(self) -> dict[int, list[Token]]:
        return {}

    @cached_property
    def _quoted_cover(self) -> list[tuple[int, int]]:
        """The offsets :meth:`in_quotes` holds quoted, as sorted disjoint spans: each region
        up to the start of the next (regions overlap only when curly and straight marks mix,
        and then the later-starting one decides)."""
        regions = self.quoted
        cover: list[tuple[int, int]] = []
        for index, (start, end) in enumerate(regions):
            if index + 1 < len(regions):
                end = min(end, regions[index + 1][0])
            if start < end:
                cover.append((start, end))
        return cover

    def unquoted_tokens(self, index: int) -> list[Token]:
        """One sentence's tokens outside quotation marks (the narrator's words), once.
        Attribution reads these around every quote, so unless the whole sentence is already
        tokenised only its unquoted stretches are: every stretch starts and ends next to a
        quotation mark, which no token spans, so the tokens (and their gaps: a mark is never a
        hyphen, nor nothing) are the ones the whole sentence would give."""
        found = self._unquoted.get(index)
        if found is None:
            whole = self._sentence_tokens.get(index)
            if whole is None:
                found = self._tokenize_unquoted(*self.sentences[index])
            else:
                found = self._unquoted_of(whole)
            self._unquoted[index] = found
        return found

    @cached_property
    def _unquoted(self) -> dict[int, list[Token]]:
        return {}

    def _unquoted_of(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` but those :meth:`in_quotes` holds (a token whose start is in a span of
        :attr:`_quoted_cover`), as slices between those spans: asking every token cost more
        than reading the sentence (session 26)."""
        if not tokens:
            return []
        cover = self._quoted_cover
        first, last = tokens[0].start, tokens[-1].start
        found: list[Token] = []
        low = 0
        at = max(bisect.bisect_right(cover, (first, first)) - 1, 0)
        for quote_start, quote_end in cover[at:]:
            if quote_start > last:
                break
            if quote_end <= first:
                continue
            cut = bisect.bisect_left(tokens, quote_start, low, key=_START)
            found += tokens[low:cut]
            low = bisect.bisect_left(tokens, quote_end, cut, key=_START)
        return found + tokens[low:]

    def _tokenize_unquoted(self, start: int, end: int) -> list[Token]:
        cover = self._quoted_cover
        found: list[Token] = []
        cursor = start
        first = max(bisect.bisect_right(cover, (start, start)) - 1, 0)
        for quote_start, quote_end in cover[first:]:
            if quote_start >= end:
                break
            if quote_end <= cursor:
                continue
            if quote_start > cursor:
                found += self.tokens_between(cursor, quote_start)
            cursor = quote_end
        if cursor < end:
            found += self.tokens_between(cursor, end)
        return found

    def outside_quotes(self, start: int, end: int) -> list[Token]:
        """Tokens within ``[start, end)`` outside quotation marks. Kept per span: the quote
        readers ask a quote's lead-in and tail again and again (two calls in three repeat one
        of the same grounding, session 36); a copy, since callers may extend what they get."""
        known: list[Token] | None = self.memo.get(("outside", start, end))
        if known is None:
            known = self.memo["outside", start, end] = self._outside_quotes(start, end)
        return known.copy()

    def _outside_quotes(self, start: int, end: int) -> list[Token]:
        found: list[Token] = []
        for index in self.sentences_over(start, end):
            # Tokens are in text order and do not overlap, so those within the span are one
            # slice: from the first starting at ``start`` or later to the first ending after
            # ``end``.
            tokens = self.unquoted_tokens(index)
            low = bisect.bisect_left(tokens, start, key=_START)
            found += tokens[low : bisect.bisect_right(tokens, end, low, key=_END)]
        return found

    @cached_property
    def lowered(self) -> str:
        """The text lowercased with straight apostrophes, same length as the original, for
        regex searches over the whole article (faster than tokenising all of it). Diacritics
        are dropped as in the tokens' normal forms (``strip_accents``: "Orbán" is "orban"), so
        a name is found in the words the tokens give for it."""
        return strip_accents(self.text.lower().replace("\u2019", "'"))

    @cached_property
    def lower_case(self) -> str:
        """The text lowercased, with the letters the regex's case folding matches with an
        ASCII one made that letter: the form in which an ASCII word's case-insensitive matches
        are found by ``str.find`` (the quote search). Unlike :attr:`lowered`, apostrophes and
        accents stay as written."""
        lowered = self.text.lower()
        for letter, ascii_letter in ASCII_UNDER_IGNORECASE.items():
            if letter in lowered:  # rare; str.translate would cost 20 times str.lower
                lowered = lowered.replace(letter, ascii_letter)
        return lowered

    def word_matches(
        self, pattern: re.Pattern[str], words: tuple[str, ...], shift: int = 0
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(self.text)``, every match opening ``shift`` characters before one
        of ``words`` (lower case, any case folded): tried there only (.mark_search)."""
        if "\u0130" in self.text:  # it lowers to two characters: the offsets would move
            return pattern.finditer(self.text)
        return matches_from(pattern, self.text, places(self.lower_case, words, shift))

    def uses(self, word: str) -> bool:
        """Whether the article uses ``word`` (a token's norm) as a whole word, in any of its
        spellings: "does it say this at all?". Asked per word, once: free text asks a few
        dozen words, and ``str.find`` for each is cheaper than collecting every word of the
        article by regex."""
        known = self._uses.get(word)
        if known is None:
            forms = SPELLINGS.get(word, (word,))
            if "'" in word:  # "sana'a", "o'brien": a norm's apostrophe is either mark in text
                forms = (*forms, *(form.replace("'", "\u2019") for form in forms))
            known = word.replace("'", "").isalnum() and any(
                has_whole_word(self.lowered, form) for form in forms
            )
            self._uses[word] = known
        return known

    @cached_property
    def _uses(self) -> dict[str, bool]:
        return {}

    def _phrase_matches(self, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
        """Where the words stand in a row (whole words; any spelling variant; punctuation or
        hyphens between them allowed), in the order found. Candidates come from ``str.find``
        of the first word (fast), then a regex confirms the rest in place."""
        if not words:
            return
        whole = _phrase_pattern(words)
        text = self.lowered
        glues = self._name_glues  # "McConnellAddison": each word ends or starts a name there
        for first in SPELLINGS.get(words[0], (words[0],)):
            index = text.find(first)
            while index >= 0:
                if index == 0 or not text[index - 1].isalnum() or index in glues:
                    match = whole.match(text, index)
                    if match is None and glues:
                        match = _phrase_pattern(words, False).match(text, index)
                        match = match if match is not None and match.end() in glues else None
                    if match:
                        yield match.span()
                index = text.find(first, index + 1)

    @cached_property
    def _name_glues(self) -> frozenset[int]:
        return glued_names_in(self.text)

    def phrase_places(self, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
        """:meth:`phrase_spans` lazily, for a reader that may stop at the first place."""
        cached: list[tuple[int, int]] | None = self.memo.get(("phrase", words))
        return iter(cached) if cached is not None else self._phrase_matches(words)

    def phrase_spans(self, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """Every place the words stand in a row, as sorted offsets into the text."""
        key = ("phrase", words)
        found: list[tuple[int, int]] | None = self.memo.get(key)
        if found is None:
            found = self.memo[key] = sorted(self._phrase_matches(words))
        return found

    def has_phrase(self, words: tuple[str, ...]) -> bool:
        """Whether the words stand in a row anywhere, stopping at the first hit."""
        key = ("has", words)
        known: bool | None = self.memo.get(key)
        if known is None:
            cached = self.memo.get(("phrase", words))
            known = (
                bool(cached)
                if cached is not None
                else next(self._phrase_matches(words), None) is not None
            )
            self.memo[key] = known
        return known

    def window_tokens(self, start: int, end: int, before: int = 60) -> list[Token]:
        """Tokens of a small window ending at ``end`` (for reading the words before a match)."""
        text = self.text
        begin = max(start - before, 0)
        if begin > 0 and text[begin - 1].isalnum():  # do not start inside a word: past its end
            stop = _NOT_ALNUM.search(text, begin)  # one search, not a step per character
            if stop is not None:
                begin = stop.start() + 1
            else:  # a word to the end of the page: the step loop's IndexError, as before
                while text[begin - 1].isalnum():
                    begin += 1
        return self.tokens_between(begin, end)

    def tokens_between(self, begin: int, end: int) -> list[Token]:
        """The tokens ``tokenize_uncached(text[begin:end], begin)`` gives, read from the
        article's tokens. That function reads a text piece by piece between spaces, and each
        piece's tokens depend only on the piece and where it starts, so every whole piece
        of the span has the tokens the whole article has there; only a piece the span cuts
        (at either end) is read afresh. Rules tokenised the sentences, the window before
        every mention of a surname and the words after it, some 3 times the article's
        length per grounding; now the article is read once (session 26)."""
        text = self.text
        first = text.find(" ", begin, end)
        if first < 0:  # one piece (or none)
            return tokenize_uncached(text[begin:end], begin)
        last = text.rfind(" ", begin, end)
        head: list[Token] = []
        if begin and text[begin - 1] != " ":
            head = tokenize_uncached(text[begin:first], begin)
            begin = first + 1
        tail: list[Token] = []
        if end < len(text) and text[end] != " ":
            tail = tokenize_uncached(text[last + 1 : end], last + 1)
            end = last
        starts = self._token_starts  # bisected without a key: compared in C
        low = bisect.bisect_left(starts, begin)
        middle = self._tokens[low : bisect.bisect_left(starts, end, low)]
        return head + middle + tail if head or tail else middle

    @cached_property
    def _tokens(self) -> list[Token]:
        """Every token of the article, read once (for :meth:`tokens_between`)."""
        return tokenize_uncached(self.text, 0)

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(_START, self._tokens))

    @cached_property
    def memo(self) -> dict[object, Any]:
        """Per-article results shared by rules (a quote located once, numbers read once)."""
        return {}
