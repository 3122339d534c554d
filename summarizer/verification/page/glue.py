"""Sentences that scraping glued to the text before them with no space between.

A copied page sometimes loses the space or line break between two sentences: a headline runs
into its lead ("... in New Year HolidaysThe Sri Lankan army will ..."), or a stop is followed
at once by the next sentence ("hosted by Ministry of Interior.Last week the Taliban ...").
Read as one sentence, the glued neighbour lends its words to the first (a proposer named only
after the glue was taken as the first sentence's), and a passage that starts at the glue was
"not found". An outside check (24) found both. A glued stop is told by a lower-case word before
it and a capitalised word after it; a glue without a stop only by a sentence opener
(:data:`GLUED_OPENERS`) after a lower-case word, because a camel-cased name ("McDonald",
"DeSantis", "LinkedIn", "PricewaterhouseCoopers") cannot be told from any other glue.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Words a sentence opens with, capitalised, that scraping glues to the lower-case word before
#: them. No camel-cased name has one of them as its last part followed by a word break ("In"
#: and "On" are left out: "LinkedIn", "AddOn").
GLUED_OPENERS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "After",
        "According",
        "Although",
        "As",
        "At",
        "But",
        "During",
        "Earlier",
        "For",
        "Following",
        "However",
        "Last",
        "Meanwhile",
        "Since",
        "Speaking",
        "Their",
        "They",
        "When",
        "While",
    ]
)
# An opener as a whole word: found fast (capitals are few), then the two letters before it are
# read in Python (a lookbehind first, or a scan for every lower-case pair, cost ~0.4 ms an
# article).
_OPENER = re.compile(r"(?:" + "|".join(sorted(GLUED_OPENERS)) + r")\b")
_STOPS = ".!?"


def _lower_pair(text: str, index: int) -> bool:
    """Two lower-case ASCII letters right before ``index``."""
    return index >= 2 and "a" <= text[index - 1] <= "z" and "a" <= text[index - 2] <= "z"


@lru_cache(maxsize=64)
def opener_glues(text: str) -> frozenset[int]:
    """Every index of ``text`` where :func:`glued_opener_at` holds, once per text (the
    locator asks it for rare edges, sentence splitting for every paragraph)."""
    return frozenset(
        match.start() for match in _OPENER.finditer(text) if _lower_pair(text, match.start())
    )


def glued_opener_at(text: str, index: int) -> bool:
    """Whether ``index`` is where scraping glued a sentence opening with one of
    :data:`GLUED_OPENERS` to a lower-case word ("HolidaysThe", "EidThe"): two lower-case
    ASCII letters before, the opener after, and no letter after the opener. Read in the
    article's own text: case tells the glue from a word."""
    if not _lower_pair(text, index) or not text[index].isupper():
        return False
    end = index + 1
    while end < len(text) and end - index <= 10 and text[end].isalpha():
        end += 1
    return text[index:end] in GLUED_OPENERS and not (end < len(text) and text[end].isalpha())


def _word_before(text: str, stop: int) -> str:
    index = stop
    while index > 0 and text[index - 1].isascii() and text[index - 1].isalpha():
        index -= 1
    return text[index:stop]


def _glued_stops(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[int]:
    """Where a sentence starts right after a stop with no space ("Interior.Last"): the stop
    after two lower-case letters and not after one of ``abbreviations``, then a capital and a
    lower-case letter. Found by ``str.find`` per mark: stops are few."""
    found: list[int] = []
    for mark in _STOPS:
        index = text.find(mark, start, end)
        while index >= 0:
            after = index + 1
            while after < end and text[after] in _STOPS:
                after += 1
            if (
                after + 1 < end
                and text[after].isupper()
                and text[after + 1].islower()
                and text[index - 1] not in _STOPS
                and _lower_pair(text, index)
                and _word_before(text, index).lower() not in abbreviations
            ):
                found.append(after)
            index = text.find(mark, after, end)
    return found


def split_at_glue(
    spans: list[tuple[int, int]], text: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """``spans`` (the sentences of ``text[start:end]``, split where a space follows a stop)
    split again at each glue of the paragraph; a stop after one of ``abbreviations``
    ("Gen.Smith", "Sen.Kaine") is no glue."""
    glued = _glued_stops(text, start, end, abbreviations)
    glued += [index for index in opener_glues(text) if start < index < end]
    if not glued:
        return spans
    glued = sorted(set(glued))
    split: list[tuple[int, int]] = []  # each glue splits the sentence holding it
    for low, high in spans:
        for point in glued:
            if low < point < high:
                split.append((low, point))
                low = point
        split.append((low, high))
    return split


# Name prefixes a capital follows inside one surname ("MacArthur", "DesJarlais", "VanDyke");
# shorter ones ("Mc", "De", "La", "Di") are below the three letters a glued name needs.
_NAME_PREFIXES = frozenset(
    [
        "mac",
        "van",
        "von",
        "der",
        "den",
        "del",
        "des",
        "dos",
        "das",
        "fitz",
        "ben",
        "bin",
        "abu",
        "ibn",
        "san",
        "ter",
        "ten",
        "della",
        "vander",
    ]
)


@lru_cache(maxsize=8192)
def name_glues(word: str) -> tuple[int, ...]:
    """Offsets inside a capitalised word where scraping glued a capitalised word to it (link
    texts run together: "McConnellAddison", "BradyKevin"): a lower-case letter, then a capital
    and two letters or more ("LinkedIn" holds none), after three letters or more since the
    word's start or the last glue that are no name prefix ("McConnell" and "MacArthur" hold
    none)."""
    if not word[:1].isupper():
        return ()
    found: list[int] = []
    last = 0
    for index in range(3, len(word) - 2):
        if not (word[index - 1].islower() and word[index].isupper() and word[index + 1].islower()):
            continue
        left = word[last:index]
        if len(left) >= 3 and left.isalpha() and left.lower() not in _NAME_PREFIXES:
            found.append(index)
            last = index
    return tuple(found)


# Each byte of the text's ASCII form as its letter's case: "a" for a-z, "A" for A-Z, " " for
# anything else (what ``[a-z][A-Z][a-z]`` reads), so a glue's "aAa" is found by ``bytes.find``,
# far cheaper than a regex trying every position of the whole article (once per grounding).
_SHAPES = bytes(
    ord("a") if 97 <= byte <= 122 else ord("A") if 65 <= byte <= 90 else ord(" ")
    for byte in range(256)
)


def glued_names_in(text: str) -> frozenset[int]:
    """Every offset of ``text`` where :func:`name_glues` finds a glue in the word there."""
    found: set[int] = set()
    # "replace" writes one "?" per character it cannot encode: offsets stay the text's.
    shapes = text.encode("ascii", "replace").translate(_SHAPES)
    index = shapes.find(b"aAa")
    while index >= 0:
        start = index
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = index + 3
        while end < len(text) and text[end].isalpha():
            end += 1
        found.update(start + index for index in name_glues(text[start:end]))
        index = shapes.find(b"aAa", end)  # a later glue of the same word finds the same word
    return frozenset(found)
