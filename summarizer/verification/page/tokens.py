"""Word tokens with their offsets: the unit every support rule reads.

A token knows how it is joined to the one before it (a hyphen, no gap at all), whether it is
capitalised or a number, and its normal form (lowercased, possessive dropped, a name's spelling
variant mapped to one canonical form: Sergei and Sergey are one token).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from summarizer.text.normalize import strip_accents
from summarizer.text.vocabulary import ORDINALS
from .glue import name_glues

# Words (letters, with inner apostrophes: "don't", "Rubio's"), numbers ("1,200", "2.5") and the
# percent sign. Hyphens and dashes are separators; whether a hyphen joins two tokens is read
# from the gap between them (``Token.joined``).
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*|%"
)
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_POSSESSIVE = re.compile(r"['\u2019]s$")


class Token(NamedTuple):
    """One word or number. A tuple: articles are tokenised sentence by sentence on every
    grounding, and a tuple is the cheapest object to make."""

    start: int
    end: int
    text: str  # as written
    norm: str  # lowercased, straight apostrophe, possessive "'s" dropped, spelling variant
    # of a name mapped to its canonical form (Sergei -> sergey)
    joined: bool  # joined to the previous token by a hyphen ("co-sponsors", "30-day", "F-16")
    attached: bool  # no gap at all before it ("84th", "500%")
    capitalised: bool  # starts with a capital letter
    is_number: bool  # digits ("84", "1,200")


# Spellings of one name; the first member is the canonical token.
NAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("sergey", "sergei"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenski"),
    ("dmitry", "dmitri", "dmitriy"),
    ("yuri", "yury", "yuriy"),
    ("alexei", "alexey", "aleksei", "aleksey"),
    ("mykhailo", "mikhail"),
    ("kyiv", "kiev"),
)
CANONICAL = {member: group[0] for group in NAME_VARIANTS for member in group}
SPELLINGS = {group[0]: group for group in NAME_VARIANTS}


# Hyphenated words read as one token, under the one-word norm ("cease-fire" is "ceasefire",
# as US outlets write it): a rule's word list names the word once and meets both spellings,
# where the two halves apart ("cease", "fire") matched no list entry. Two halves only, and none
# that a rule reads apart ("co-sponsors": actors.py reads "co" and its second half).
COMPOUNDS: dict[str, str] = {
    "cease-fire": "ceasefire",
    "cease-fires": "ceasefires",
    "co-host": "cohost",
    "co-hosts": "cohosts",
    "co-hosted": "cohosted",
    "co-hosting": "cohosting",
    "co-chair": "cochair",
    "co-chairs": "cochairs",
    "co-chaired": "cochaired",
    "co-chairing": "cochairing",
    "hard-won": "hardwon",
    "would-be": "wouldbe",
}
_COMPOUND_PAIRS: dict[tuple[str, str], str] = {
    (first, second): joined
    for compound, joined in COMPOUNDS.items()
    for first, second in [compound.split("-")]
}


def glued(token: Token) -> bool:
    """A capitalised word scraping glued to the word before it ("McConnellAddison"): no gap,
    as :func:`summarizer.verification.page.glue.name_glues` splits it."""
    return token.attached and token.capitalised


def spaced_set(text: str) -> frozenset[str]:
    """A frozenset of the words of ``text`` split on spaces only, for vocabularies matched
    against words as written (which keep "co-founded" and possessives whole), where
    :func:`word_set` would reject a hyphenated entry the tokenizer splits."""
    return frozenset(text.split())


def word_set(text: str) -> frozenset[str]:
    """A frozenset of the words of ``text`` (for the vocabularies the rules declare). A
    hyphenated entry stands for its one-token norm (:data:`COMPOUNDS`); any other hyphenated
    entry is an error at import, since the tokenizer splits it and the entry could never match."""
    words = text.split()
    for index, word in enumerate(words):
        if "-" in word:
            if word not in COMPOUNDS:
                raise ValueError(f"{word!r} is split by the tokenizer: add it to COMPOUNDS")
            words[index] = COMPOUNDS[word]
    return frozenset(words)


BE_FORMS = word_set("is was were are be been being")
"""The forms of "to be": the linking words a rule steps over between a subject or object and
what it reads (the rules add their own adverbs and auxiliaries to it)."""


# Punctuation that parts two clauses ("would not disarm, rebuffing the plan"), and the endings
# of a possessive word in either apostrophe ("Hamas's", "the rebels'").
CLAUSE_MARKS = frozenset(",;:()\u2014\u2013")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
# The narrower and the wider reading, kept apart because rules chose one or the other and
# their verdicts rest on it: the singular "'s" alone, and "'s" or any closing apostrophe. A
# token's text never ends in an apostrophe (the tokenizer leaves a plural possessive's, as a
# closing quote's, in the gap after it), so on tokens the three read the same "'s": the wider
# ones differ only on words split from the text some other way; a token's plural possessive
# is read by :func:`.possessives.is_possessive`.
SINGULAR_POSSESSIVES = ("'s", "\u2019s")
APOSTROPHE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")
# The currency signs a number can follow ("$4 million", "\u00a3300m"): one table for every
# reader of money (their words are in figures/currency_signs.py).
CURRENCY_SIGNS = "$\u20ac\u00a3\u00a5"


def clause_gap(tokens: Sequence[Token], left: int, text: str) -> bool:
    """Whether a clause mark (:data:`CLAUSE_MARKS`) stands between ``tokens[left]`` and the
    next token; False after the last token or without the text."""
    if not text or left + 1 >= len(tokens):
        return False
    return not CLAUSE_MARKS.isdisjoint(text[tokens[left].end : tokens[left + 1].start])


def clause_span(tokens: Sequence[Token], first: int, last: int, text: str) -> tuple[int, int]:
    """The first and last token of the clause holding ``tokens[first..last]``: widened each way
    up to the nearest :func:`clause_gap`. Number readings ask which words share a number's
    clause (a stance, a deed, a level, another party), and each had walked it by hand."""
    while first > 0 and not clause_gap(tokens, first - 1, text):
        first -= 1
    while last + 1 < len(tokens) and not clause_gap(tokens, last, text):
        last += 1
    return first, last


_CLAUSE_MARK = re.compile("[" + re.escape("".join(sorted(CLAUSE_MARKS))) + "]")


def marked_norms(tokens: Sequence[Token], text: str) -> list[str]:
    """The tokens' norms with a "," wherever :func:`clause_gap` finds a clause mark between two
    of them (none without the text). Each mark the text holds between the first token's end
    and the last one's start is placed in the gap holding it, if any (the last token opening
    at or before it, the mark past that token's end): the gaps do not overlap, so this is
    asking every gap, with one regex pass for the few marks a sentence has (spd50)."""
    norms = [token.norm for token in tokens]
    if len(tokens) < 2:
        return norms
    starts: list[int] = []
    cuts: list[int] = []
    for mark in _CLAUSE_MARK.finditer(text, tokens[0].end, tokens[-1].start):
        at = mark.start()
        starts = starts or [token.start for token in tokens]
        after = bisect.bisect_right(starts, at)  # the token after the gap holding the mark
        if tokens[after - 1].end <= at and (not cuts or cuts[-1] != after):
            cuts.append(after)
    for after in reversed(cuts):
        norms.insert(after, ",")
    return norms


_START = operator.itemgetter(0)  # Token.start, for bisect


@lru_cache(maxsize=64)
def mark_pattern(marks: frozenset[str]) -> re.Pattern[str]:
    """One regex for any of ``marks`` (single characters), for :func:`marked_gaps`."""
    return re.compile("[" + re.escape("".join(sorted(marks))) + "]")


def marked_gaps(
    tokens: Sequence[Token], text: str, marks: re.Pattern[str], low: int = 0, high: int = -1
) -> list[int]:
    """In order, each ``at`` (``low <= at < high - 1``; ``high`` -1 for the end) where ``marks``
    finds a character between ``tokens[at]`` and the next token: asking every gap's slice, as
    several clause readers walked a sentence, with one regex pass for its few marks and a
    bisect to the gap each stands in (a mark inside a token, "1,200", is in none)."""
    high = len(tokens) if high < 0 else high
    found: list[int] = []
    if high - low < 2:
        return found
    for mark in marks.finditer(text, tokens[low].end, tokens[high - 1].start):
        at = mark.start()
        gap = bisect.bisect_right(tokens, at, low, high, key=_START) - 1
        if tokens[gap].end <= at and (not found or found[-1] != gap):
            found.append(gap)
    return found


def widened(first: int, last: int, size: int, cut: Callable[[int], bool]) -> range:
    """The tokens from ``first`` to ``last`` widened each way up to the nearest index where
    ``cut`` says another clause opens (that index not taken on the right), within a sentence of
    ``size`` tokens: the clause walk several rules make, each with its own marks and words."""
    start = first
    while start > 0 and not cut(start):
        start -= 1
    end = last + 1
    while end < size and not cut(end):
        end += 1
    return range(start, end)


def has_whole_word(text: str, word: str) -> bool:
    """Whether ``word`` (letters and digits) stands in ``text`` as a whole run of letters and
    digits, not inside a longer one."""
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        if (index == 0 or not text[index - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        index = text.find(word, index + 1)
    return False


_TRANSLIT_END = re.compile(r"(?:iy|yy|ii|y)$")


@lru_cache(maxsize=16384)
def _norm(raw: str) -> str:
    lowered = raw.lower()
    if "'" in lowered or "\u2019" in lowered:
        lowered = _POSSESSIVE.sub("", lowered.replace("\u2019", "'")) or lowered
    if not lowered.isascii():
        lowered = strip_accents(lowered)  # the article's phrase index folds the same way
    return CANONICAL.get(lowered, lowered)


@lru_cache(maxsize=16384)
def name_key(norm: str) -> str:
    """A name token with the usual transliteration variants of Slavic endings folded
    (Andriy/Andrii, Zelensky/Zelenskyy/Zelenskiy, Dmitry/Dmitriy, Sergey/Sergei): used only
    when comparing names, where "-iy", "-yy", "-ii", "-y" and "-ey"/"-ei" spell one sound."""
    if len(norm) < 4 or not norm.isalpha():
        return norm
    if norm.endswith("ey"):
        return norm[:-2] + "ei"
    return _TRANSLIT_END.sub("i", norm)


@lru_cache(maxsize=8192)
def _tokenize_short(text: str) -> tuple[Token, ...]:
    return tuple(tokenize_uncached(text, 0))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word and number tokens of ``text`` with offsets shifted by ``offset``. Short strings
    (values, names, passages) recur, so they are cached; tokens are not modified by callers."""
    if offset == 0 and len(text) < 400:
        return list(_tokenize_short(text))
    return tokenize_uncached(text, offset)


_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_NORMS: dict[str, str] = {}
_new_tuple = tuple.__new__


def tokenize_uncached(text: str, offset: int) -> list[Token]:
    """Tokens of ``text``, read between spaces. No token spans a space, so the tokens are the
    ones one regex pass over the whole text gives, and the first token of a piece has a space
    in its gap: neither hyphen-joined nor attached. A piece's tokens depend only on the piece
    and where it starts, and pieces recur ("said,", "the", "Putin."), so each distinct piece
    is read once (:func:`_read_piece`) and its tokens are made from that reading, shifted to
    the piece's offset: most pieces are one plain word, which makes one token."""
    tokens: list[Token] = []
    append = tokens.append
    pieces = _PIECES
    position = offset
    for piece in text.split(" "):
        known = pieces.get(piece)
        if known is None:
            known = _kept_piece(piece)
            if len(pieces) < 50_000:
                pieces[piece] = known
        if len(known) == 2:  # (tokens, step): a piece of several tokens, or none
            for token in known[0]:
                start, end, raw, norm, joined, attached, capitalised, number = token
                fields = (position + start, position + end, raw, norm, joined, attached,
                          capitalised, number)  # fmt: skip
                append(_new_tuple(Token, fields))
            position += known[1]
        else:
            size, word, norm, capitalised, step = known
            fields = (position, position + size, word, norm, False, False, capitalised, False)
            append(_new_tuple(Token, fields))
            position += step
    return tokens


def _kept_piece(piece: str) -> tuple[int, str, str, bool, int] | tuple[list[Token], int]:
    """:func:`_read_piece`'s reading with the step to the next piece (its length and the
    space), kept so the walk does not measure the piece again (session 36)."""
    read = _read_piece(piece)
    if isinstance(read, list):
        return read, len(piece) + 1
    return (*read, len(piece) + 1)


_PIECES: dict[str, tuple[int, str, str, bool, int] | tuple[list[Token], int]] = {}


def _glued(piece: str) -> bool:
    """Whether a piece with a capital past its first letter holds a glued name."""
    return any(name_glues(word) for word in _WORDS.findall(piece))


_WORDS = re.compile(r"[^\W\d_]+")


def _read_piece(piece: str) -> tuple[int, str, str, bool] | list[Token]:
    """A piece that is one plain word, perhaps with a comma or full stop after it ("said,"
    "Putin.", not "500%"): (length, word, norm, capitalised), made without the regex; any
    other piece: its tokens at offset 0, from :func:`_split_tokens`."""
    if piece[1:].islower() is False and _glued(piece):
        return _split_tokens(piece, 0)  # "McConnellAddison": two words (glue.name_glues)
    if piece.isalpha():
        word = piece
    elif piece[:-1].isalpha() and not piece[-1].isalnum() and piece[-1] != "%":
        word = piece[:-1]
    else:
        return _split_tokens(piece, 0) if piece else []
    norm = _NORMS.get(word)
    if norm is None:
        norm = _norm(word)
        if len(_NORMS) < 50_000:
            _NORMS[word] = norm
    return (len(word), word, norm, word[0].isupper())


def _split_tokens(text: str, offset: int) -> list[Token]:
    """Tokens via one ``re.split`` (gaps and tokens come back alternating, made in C), offsets
    summed from their lengths: about a third cheaper than a ``finditer`` loop."""
    parts = _SPLIT.split(text)
    tokens: list[Token] = []
    append = tokens.append
    norms = _NORMS
    position = offset + len(parts[0])
    for index in range(1, len(parts), 2):
        raw = parts[index]
        norm = norms.get(raw)
        if norm is None:
            norm = _norm(raw)
            if len(norms) < 50_000:
                norms[raw] = norm
        gap = parts[index - 1] if index > 1 else " "
        end = position + len(raw)
        first = raw[0]
        joined = gap in _HYPHENS or (
            gap == "\u2013" and first.isalpha() and parts[index - 2][-1:].isalpha()
        )  # an en dash between words joins them as a hyphen does ("Trump\u2013Putin talks")
        if joined and tokens and (tokens[-1].norm, norm) in _COMPOUND_PAIRS:
            before = tokens[-1]  # "cease-fire": one token, norm "ceasefire" (COMPOUNDS)
            fields = (before.start, end, before.text + gap + raw,
                      _COMPOUND_PAIRS[before.norm, norm], before.joined, before.attached,
                      before.capitalised, False)  # fmt: skip
            tokens[-1] = _new_tuple(Token, fields)
        elif first.isupper() and (glues := name_glues(raw)):
            for left, right in pairwise((0, *glues, len(raw))):  # one token per glued word
                word = raw[left:right]
                fields = (position + left, position + right, word, _norm(word),
                          joined and not left, gap == "" or left > 0, True, False)  # fmt: skip
                append(_new_tuple(Token, fields))
        else:
            fields = (position, end, raw, norm, joined, gap == "", first.isupper(),
                      first.isdecimal())  # fmt: skip
            append(_new_tuple(Token, fields))
        position = end + len(parts[index + 1])
    return tokens


def token_span(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first and last index of the tokens a character span of the text overlaps, or
    None: a reader that finds a phrase by characters (a date, a regex) hands its place on to
    the readers that walk tokens."""
    inside = [i for i, token in enumerate(tokens) if token.start < end and token.end > start]
    return (inside[0], inside[-1]) if inside else None


def four_digit_year(text: str, first: int = 1900, last: int = 2099) -> bool:
    """Whether ``text`` is four digits naming a year from ``first`` to ``last``. The one year
    test of the rules: each reader keeps its own bounds (a count frame reads 1800s history, a
    clause's date only years of our time) but not its own copy of the test."""
    return len(text) == 4 and text.isdecimal() and first <= int(text) <= last


def year_of_our_time(token: Token) -> bool:
    """A four-digit year of the 1900s or 2000s written in digits ("in 2019"): the mark of a
    dated occasion (another truce's, an earlier meeting's) in the rules that read one."""
    return four_digit_year(token.text)


# Superlatives without "-est" and nouns that end in it ("the forest", "the protest").
_SUPERLATIVES = word_set("most least best worst")
_EST_NOUNS = word_set(
    """forest forests west protest protests contest contests test tests request requests
    interest interests harvest harvests quest guest guests chest nest rest arrest arrests inquest
    conquest unrest manifest behest honest modest"""
)


def superlative(token: Token) -> bool:
    """Whether ``token`` is a superlative ("largest", "weakest", "most"), which makes an
    ordinal before it a rank ("the third largest walkout") and a number noun after it a
    comparison's window ("the weakest for a decade")."""
    norm = token.norm
    if norm in _SUPERLATIVES:
        return True
    return len(norm) > 4 and norm.endswith("est") and norm not in _EST_NOUNS


ORDINAL_SUFFIXES = word_set("st nd rd th")


def ordinal_at(tokens: Sequence[Token], index: int) -> int | None:
    """The ordinal at ``index``: a word ("third", not "third-largest") or whole digits with
    their suffix glued on ("19th"); None otherwise. One reading for the readers of repeated
    occasions (``counts/repeat_counts``) and of counts told by an ordinal
    (``figures/worded_counts``)."""
    token = tokens[index]
    if not token.is_number:
        value = ORDINALS.get(token.norm)
        joined = index + 1 < len(tokens) and tokens[index + 1].joined
        return None if value is None or joined else value
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.attached or following.norm not in ORDINAL_SUFFIXES:
        return None
    number = float(token.text.replace(",", ""))
    return int(number) if number.is_integer() else None
