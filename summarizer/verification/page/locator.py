"""Finding an evidence passage in its article, the way a fact-checker would accept it.

A passage is located exactly, else after folding case, typographic quotes, dashes and
whitespace, else as pieces around an ellipsis. Whatever the method, every located piece starts
and ends on a token boundary: "4 co-sponsors" is not in an article that says "84 co-sponsors",
and "200 troops" is not in "1,200 troops". One exception: scraped text that glues a date to the
next sentence ("September 5, 2014The ceasefire ...", "Kyiv, 3 March 2023Kyiv says ...") has a
boundary at the glue (:func:`glued_at`), and so does a sentence opener glued to a lower-case
word ("New Year HolidaysThe army will ...", :func:`glue.glued_opener_at`); "G7", "F16",
"4Runner", "3M", "2nd", a camel-cased name ("McDonald", "LinkedIn") and a number cut inside
another ("84" of "184") are no glue. Leading and trailing punctuation and quotation marks
of the passage are ignored (a model that closes a sentence the article continues is still
quoting it).

An ellipsis splice is verified only when it is a faithful shortening of one passage of the
article: its pieces stand in article order, each piece says something (two words or more, or
one word of four letters or more that is not a function word), all pieces lie in one paragraph,
no gap between two pieces is longer than ``MAX_ELISION`` characters, and no gap drops a negation
("there are [no plans for] President Trump to meet ..." would turn a denial into a plan). For
the same reason no passage may stop right before a negation or start right after one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer.results import Method
from summarizer.text.normalize import fold, fold_text, fold_with_map
from summarizer.text.vocabulary import MONTH_NUMBER
from .article import ArticleText
from .glue import GLUED_OPENERS, glued_opener_at, opener_glues
from .tokens import tokenize

MAX_ELISION = 250
"""Longest gap (folded characters) an ellipsis may stand for: about two sentences."""

_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026|\[\u2026\]|\[\.\.\.\])\s*")
_EDGE = " \"'.,;:!?\u00a0"
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nor",
        "neither",
        "without",
        "cannot",
        "nothing",
        "nobody",
        "nowhere",
    ]
)
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "not",
        "no",
        "so",
        "if",
    ]
)


class Span(NamedTuple):
    """Where a located passage stands: offsets into the article and how it was found. A
    tuple: one is made for every passage of every article, and a tuple is the cheapest
    immutable object to make."""

    start: int
    end: int
    method: Method


class Located(NamedTuple):
    """Where a passage stands (``span``), or why it is not verified (``reason``)."""

    span: Span | None
    reason: str = ""


class Folded:
    """An article's folded text, computed on first need, and its offset map, computed only
    when a folded match must be mapped back: most passages match exactly, so the map (the
    costly part) is rarely built."""

    __slots__ = ("_map", "_text", "text")

    def __init__(self, text: str, folded: tuple[str, list[int]] | None = None) -> None:
        self._text = text
        self._map = folded
        self.text: str | None = folded[0] if folded else None

    def haystack(self) -> str:
        if self.text is None:
            self.text = fold_text(self._text)
        return self.text

    def offsets(self) -> list[int]:
        if self._map is None:
            self._map = fold_with_map(self._text)
        return self._map[1]


_DATE_END = re.compile(
    r"(?:\b(?:1[89]|20)\d\d|\b[A-Za-z]{3,9}\.? \d{1,2}|\b\d{1,2}:\d\d)$"
)  # a year, a month's day ("September 5"), a clock time ("14:05"), just before a glue
_GLUE_READ = 12
_OPENER_HEADS = frozenset(word[:2] for word in GLUED_OPENERS)  # a cheap first test


def glued_at(text: str, index: int) -> bool:
    """Whether ``index`` is where scraping glued a date to a capitalised word: ``text[index -
    1]`` ends a year ("2014The"), a month's day ("September 5The") or a clock time ("14:05The")
    and ``text[index:]`` opens a capitalised word ("The", "Kyiv", not "M" of "3M", "Runner" of
    "4Runner" after a bare digit, or "nd" of "2nd"). Read in the article's own text: case
    tells a glued sentence from a model number."""
    if not (0 < index < len(text) - 1 and text[index - 1].isdigit()):
        return False
    if not (text[index].isupper() and text[index + 1].islower()):
        return False
    match = _DATE_END.search(text, max(index - _GLUE_READ, 0), index)
    if match is None:
        return False
    if match[0][0].isalpha():  # "September 5": the word must be a month
        return match[0].split()[0].rstrip(".").lower() in MONTH_NUMBER
    return True


def _bounded(haystack: str, start: int, end: int, raw: RawText | None = None) -> bool:
    """Whether ``haystack[start:end]`` starts and ends on token boundaries: no letter or digit
    runs on across either edge (but for a scraped glue, :func:`glued_at`, read in ``raw`` when
    ``haystack`` is folded), and a number is not cut at a thousands comma or decimal point."""
    first, last = haystack[start], haystack[end - 1]
    if first.isalnum() and start > 0:
        before = haystack[start - 1]
        if before.isalnum() and not glue_in(haystack, start, raw):
            return False
        if first.isdigit() and before in ",." and start > 1 and haystack[start - 2].isdigit():
            return False
    if last.isalnum() and end < len(haystack):
        after = haystack[end]
        if after.isalnum() and not glue_in(haystack, end, raw):
            return False
        if (
            last.isdigit()
            and after in ",."
            and end + 1 < len(haystack)
            and haystack[end + 1].isdigit()
        ):
            return False
    return True


class RawText(NamedTuple):
    """The article's own text and the folded text's offsets into it: where a glue is read."""

    text: str
    folded: Folded


def glue_in(haystack: str, index: int, raw: RawText | None) -> bool:
    """:func:`glued_at` at ``index`` of ``haystack``, read in the article's own text when
    ``haystack`` is folded (lower case hides the capital), or :func:`glue.glued_opener_at`
    between two letters; only a digit next to a letter, or letters before the first two of an
    opener, are asked, so the offset map is built only for such rare edges."""
    if not haystack[index].isalpha():
        return False
    if haystack[index - 1].isalpha():  # "HolidaysThe": asked only before an opener's letters
        if haystack[index : index + 2].capitalize() not in _OPENER_HEADS:
            return False
        if raw is None:
            return glued_opener_at(haystack, index)
        if not opener_glues(raw.text):  # no glue in the article: no offset map to build
            return False
        return glued_opener_at(raw.text, raw.folded.offsets()[index])
    if not haystack[index - 1].isdigit():
        return False
    if raw is None:
        return glued_at(haystack, index)
    return glued_at(raw.text, raw.folded.offsets()[index])


def _find_bounded(haystack: str, needle: str, start: int = 0, raw: RawText | None = None) -> int:
    """First occurrence of ``needle`` at or after ``start`` on token boundaries, or -1."""
    index = haystack.find(needle, start)
    while index >= 0:
        if _bounded(haystack, index, index + len(needle), raw):
            return index
        index = haystack.find(needle, index + 1)
    return -1


def _find_dashed(haystack: str, needle: str) -> tuple[int, int]:
    """A dash with or without spaces around it is one dash ("WASHINGTON - President" for
    "WASHINGTON\u2014President"): (start, length) of a bounded match, or (-1, 0)."""
    while "--" in needle:  # a double hyphen typed for a dash
        needle = needle.replace("--", "-")
    pieces = [re.escape(piece.strip()) for piece in needle.split("-")]
    pattern = re.compile(" ?- ?".join(pieces))
    for match in pattern.finditer(haystack):
        if _bounded(haystack, match.start(), match.end()):
            return match.start(), match.end() - match.start()
    return -1, 0


def _meaningful(fragment: str) -> bool:
    words = [token.norm for token in tokenize(fragment)]
    if len(words) >= 2:
        return True
    return len(words) == 1 and len(words[0]) >= 4 and words[0] not in _FUNCTION_WORDS


def _drops_negation(gap: str) -> bool:
    return any(token.norm in _NEGATIONS or token.norm.endswith("n't") for token in tokenize(gap))


def _word_after(text: str, end: int) -> str:
    """The word right after ``end`` with only spaces between (a quotation mark or other
    punctuation ends the search: a passage that ends at a quotation mark is a whole quotation,
    "not \u201ca truce of a few days\u201d", not a cut). A passage that ends a sentence or a
    paragraph has no word after it: the next sentence's "Neither" negates nothing in it."""
    if text[end : end + 1].isalnum() or text[max(end - 1, 0) : end] in (".", "!", "?"):
        return ""
    # Read within the 30 characters after ``end``: past spaces and tabs (a line break there
    # ends the paragraph), past any other whitespace, then the letters the next word opens with.
    limit = min(end + 30, len(text))
    begin = end
    while begin < limit and text[begin] in " \t":
        begin += 1
    if begin < limit and text[begin] == "\n":
        return ""
    while begin < limit and text[begin].isspace():
        begin += 1
    stop = begin
    while stop < limit and text[stop].isalpha():
        stop += 1
    return text[begin:stop].lower()


def _word_before(text: str, start: int) -> str:
    """The word (letters only, lowercased) that ends, with only whitespace after it, right
    before ``start``, read within the 30 characters before it; "" when the last word there
    has anything but letters ("no," or "2025")."""
    low = max(start - 30, 0)
    end = start
    while end > low and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > low and text[begin - 1].isalpha():
        begin -= 1
    if begin > low and not text[begin - 1].isspace():
        return ""
    return text[begin:end].lower()


def _unless_cut_at_negation(text: str, span: Span) -> Located:
    """A passage that stops right before "not" ("the politics are" in "the politics are
    not"), or starts right after "no" ("plans for President Trump to meet" in "no plans for
    ..."), asserts the opposite of its sentence: it is located, but not verified."""
    if _word_after(text, span.end) in _NEGATIONS or _word_before(text, span.start) in _NEGATIONS:
        return Located(None, "unverified (the passage leaves out a negation next to it)")
    return Located(span)


def find(passage: str, article: ArticleText, folded: Folded) -> Located:
    """Locate ``passage`` in the article, or say why it is not verified (once per passage and
    article: a quote's words are located for its evidence and again for its speaker)."""
    key = ("located", passage)
    known: Located | None = article.memo.get(key)
    if known is None:
        known = article.memo[key] = _find(passage, article, folded)
    return known


def _find(passage: str, article: ArticleText, folded: Folded) -> Located:
    text = article.text
    stripped = passage.strip()
    if not stripped:
        return Located(None, "empty passage")
    index = _find_bounded(text, stripped)
    if index >= 0:
        return _unless_cut_at_negation(text, Span(index, index + len(stripped), "exact"))
    haystack = folded.haystack()
    needle = fold(stripped).strip(_EDGE)
    if not needle:
        return Located(None, "empty passage")
    index, length = _find_bounded(haystack, needle, 0, RawText(text, folded)), len(needle)
    if index < 0 and "-" in needle:
        index, length = _find_dashed(haystack, needle)
    if index >= 0:
        offsets = folded.offsets()
        span = Span(offsets[index], offsets[index + length - 1] + 1, "normalised")
        return _unless_cut_at_negation(text, span)
    if "..." not in passage and "\u2026" not in passage:
        return Located(None, "not found in the article")
    return _find_elided(passage, article, folded)


def _find_elided(passage: str, article: ArticleText, folded: Folded) -> Located:
    pieces = [fold(part).strip(_EDGE) for part in _ELLIPSIS.split(passage)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return Located(None, "not found in the article")
    if not all(_meaningful(piece) for piece in pieces):
        return Located(None, "unverified (an ellipsis piece is too short to check)")
    haystack = folded.haystack()
    reason = "not found in the article"
    start = _find_bounded(haystack, pieces[0])
    while start >= 0:
        found = _chain(haystack, pieces, start)
        if found is None:
            break  # a later piece is missing after every position: no splice exists
        end, gaps = found
        offsets = folded.offsets()
        first, last = offsets[start], offsets[end - 1] + 1
        if any(gap > MAX_ELISION for gap in (b - a for a, b in gaps)):
            reason = "unverified (spliced: the pieces lie too far apart)"
        elif article.paragraph_at(first) != article.paragraph_at(last - 1):
            reason = "unverified (spliced across paragraphs)"
        elif any(_drops_negation(haystack[a:b]) for a, b in gaps):
            reason = "unverified (the ellipsis drops a negation)"
        else:
            return _unless_cut_at_negation(article.text, Span(first, last, "elided"))
        start = _find_bounded(haystack, pieces[0], start + 1)
    return Located(None, reason)


def _chain(
    haystack: str, pieces: list[str], start: int
) -> tuple[int, list[tuple[int, int]]] | None:
    """From the first piece at ``start``, each next piece at its nearest bounded occurrence;
    returns the end of the last piece and the gaps between pieces."""
    cursor = start + len(pieces[0])
    gaps: list[tuple[int, int]] = []
    for piece in pieces[1:]:
        index = _find_bounded(haystack, piece, cursor)
        if index < 0:
            return None
        gaps.append((cursor, index))
        cursor = index + len(piece)
    return cursor, gaps
