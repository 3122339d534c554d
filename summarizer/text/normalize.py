"""Text normalisation shared by grounding and scoring.

Models copy passages with straight quotes for curly ones, hyphens for dashes, and reflowed
whitespace. These functions fold such variants so they compare equal, and (for grounding) keep a
map from each normalised character back to its offset in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'") | dict.fromkeys(
    "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'
)
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-")
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_FOLD = _QUOTES | _DASHES


def fold_char(char: str) -> str:
    """One character's folded form: NFKC, casefolded, typographic quotes and dashes made ASCII,
    any whitespace a plain space, invisible characters removed (empty string)."""
    if char in _INVISIBLE:
        return ""
    if char.isspace():
        return " "
    out = []
    for c in unicodedata.normalize("NFKC", char):
        c = _FOLD.get(c, c)
        out.append(c.casefold())
    return "".join(out)


_SPACES = re.compile(r"\s+")
_fold_cached = lru_cache(maxsize=8192)(fold_char)
_SPACE_RUN = re.compile(r" {2,}")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


# Letters with a stroke or dot that Unicode does not decompose (Wałęsa, Løkke, Đoković).
_BARE_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "\u0131": "i"}


@lru_cache(maxsize=4096)
def strip_accent(char: str) -> str:
    """A character without its diacritics ("á" -> "a", "ğ" -> "g", "Š" -> "S", "ł" -> "l"):
    NFKD with the combining marks dropped, or the character itself when that would not be
    exactly one character, so a text folded this way keeps every offset. Grounding folds both
    the word tokens and the article's phrase index with it."""
    if char in _BARE_LETTERS:
        return _BARE_LETTERS[char]
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return bare if len(bare) == 1 else char


def strip_accents(text: str) -> str:
    """``text`` with :func:`strip_accent` applied to every character: the same length, so an
    offset into the result is an offset into ``text``."""
    if text.isascii():
        return text
    # the distinct non-ASCII characters: ``set(text)`` went through every character as a
    # Python object (a quarter of a millisecond per article); the regex drops the ASCII in C
    others = set(_ASCII_RUNS.sub("", text))
    changes = {c: bare for c in others if (bare := strip_accent(c)) != c}
    if any(bare in changes for bare in changes.values()):
        return text.translate({ord(c): bare for c, bare in changes.items()})
    # A whole article has a handful of distinct accented letters: one ``str.replace`` each (in
    # C) instead of ``str.translate`` with a dictionary, which goes through Python objects
    # character by character once the text is not ASCII (a third of a millisecond per article).
    for char, bare in changes.items():
        text = text.replace(char, bare)
    return text


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text with runs of whitespace collapsed to one space, and for every character of
    the result the offset of the original character it came from.

    Grounding folds every article once, so this is on the per-article hot path: when every
    character folds to exactly one character (almost all news text), the folding is one
    ``str.translate`` and the collapsing a regex over the result, both in C; otherwise the
    character-by-character loop handles expansions ("…" to "...") and removals."""
    folded = _fold_one_to_one(text)
    if folded is not None:
        return _collapse_spaces(folded)
    return _fold_expanding(text)


def _fold_one_to_one(text: str) -> str | None:
    """Every character of ``text`` folded, when each folds to exactly one character (almost
    all news text); None otherwise. Whole-text ``casefold`` (in C) is already right for all
    but a few characters (quotes, dashes, whitespace), which are then replaced with
    ``str.replace``: about ten times cheaper than a ``str.translate`` with a dictionary, which
    goes character by character in Python objects once the text is not ASCII. When those
    replacements could interfere (two characters casefolding alike but folding apart, or one
    replacement producing another's target), it falls back to ``translate``."""
    chars = set(text)
    table = {char: _fold_cached(char) for char in chars}
    if any(len(folded) != 1 for folded in table.values()):
        return None
    casefolded = text.casefold()
    if len(casefolded) != len(text):  # some character casefolds to more than one
        return text.translate({ord(char): folded for char, folded in table.items()})
    fixes: dict[str, str] = {}
    for char, folded in table.items():
        plain = char.casefold()
        if fixes.setdefault(plain, folded) != folded:
            return text.translate({ord(char): folded for char, folded in table.items()})
    fixes = {plain: folded for plain, folded in fixes.items() if plain != folded}
    if any(folded in fixes for folded in fixes.values()):
        return text.translate({ord(char): folded for char, folded in table.items()})
    for plain, folded in fixes.items():
        casefolded = casefolded.replace(plain, folded)
    return casefolded


def _collapse_spaces(folded: str) -> tuple[str, list[int]]:
    """Keep the first space of each run (and its offset); drop leading and trailing spaces."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for run in _SPACE_RUN.finditer(folded):
        pieces.append(folded[position : run.start() + 1])
        offsets.extend(range(position, run.start() + 1))
        position = run.end()
    pieces.append(folded[position:])
    offsets.extend(range(position, len(folded)))
    joined = "".join(pieces)
    start = 1 if joined.startswith(" ") else 0
    end = len(joined) - 1 if joined.endswith(" ") and len(joined) > start else len(joined)
    return joined[start:end], offsets[start:end]


def _fold_expanding(text: str) -> tuple[str, list[int]]:
    """The fold of a text where some character folds to none or to several ("…" to
    "...", a zero-width space to nothing): each distinct character folded once, the pieces
    joined with every output character mapped to the character it came from, then runs of
    spaces collapsed as in the one-to-one case. (Folding character by character, with
    Unicode normalisation per character, cost 20 ms on an article with one ellipsis.)"""
    table = {char: _fold_cached(char) for char in set(text)}
    pieces = [table[char] for char in text]
    origins: list[int] = []
    for index, piece in enumerate(pieces):
        if len(piece) == 1:
            origins.append(index)
        elif piece:
            origins.extend([index] * len(piece))
    folded, kept = _collapse_spaces("".join(pieces))
    return folded, [origins[position] for position in kept]


def fold_text(text: str) -> str:
    """Folded text without the offset map (same result as ``fold_with_map(text)[0]``), not
    cached: for an article's whole text, which is folded once and would only crowd the cache
    of :func:`fold`."""
    folded = _fold_one_to_one(text)
    if folded is not None:
        return _SPACE_RUN.sub(" ", folded).strip(" ")
    return _fold_expanding(text)[0]


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """:func:`fold_text`, cached: short strings (passages, names, values) recur."""
    return fold_text(text)


_FOLD_TABLE = {ord(c): v for c, v in _FOLD.items()} | {ord(c): "" for c in _INVISIBLE}


@lru_cache(maxsize=16384)
def fold_keep_case(text: str) -> str:
    """NFKC with typographic quotes and dashes made ASCII and invisible characters removed,
    case kept: the decisive-token reader needs to see which words are capitalised."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE)
    return _SPACES.sub(" ", folded).strip()


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


@lru_cache(maxsize=16384)
def normalise_short(text: str) -> str:
    """Canonical form of a short string for comparison: folded, punctuation dropped (hyphens
    become spaces), whitespace collapsed. "U.S." and "US", "Trump-Putin" and "Trump Putin"
    compare equal."""
    folded = fold(text).replace("-", " ")
    return _SPACES.sub(" ", _PUNCT.sub("", folded)).strip()


def words(text: str) -> list[str]:
    """The word tokens of a short string, after :func:`normalise_short`."""
    return normalise_short(text).split()


# The calendar words once defined here live in the shared vocabulary; verification's number and
# name readers still import them from this module until they switch to it.
__all__ = [
    "fold",
    "fold_char",
    "fold_keep_case",
    "fold_text",
    "fold_with_map",
    "normalise_short",
    "strip_accent",
    "strip_accents",
    "words",
]
