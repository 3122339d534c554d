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
# A stop with no space after it between a lower-case word and a capitalised one, or an opener
# right after two lower-case letters.
_GLUED = re.compile(
    r"[a-z]{2}[.!?]+(?=[A-Z][a-z])|[a-z]{2}(?=(?:" + "|".join(sorted(GLUED_OPENERS)) + r")\b)"
)


def glued_opener_at(text: str, index: int) -> bool:
    """Whether ``index`` is where scraping glued a sentence opening with one of
    :data:`GLUED_OPENERS` to a lower-case word ("HolidaysThe", "EidThe"): two lower-case
    ASCII letters before, the opener after, and no letter after the opener. Read in the
    article's own text: case tells the glue from a word."""
    if index < 2 or not text[index].isupper():
        return False
    if not all("a" <= letter <= "z" for letter in text[index - 2 : index]):
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


def split_at_glue(
    spans: list[tuple[int, int]], text: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """``spans`` (the sentences of ``text[start:end]``, split where a space follows a stop)
    split again at each glue of the paragraph; a stop after one of ``abbreviations``
    ("Gen.Smith", "Sen.Kaine") is no glue."""
    glued = [
        match.end()
        for match in _GLUED.finditer(text, start, end)
        if match[0][-1].isalpha()
        or _word_before(text, match.start() + 2).lower() not in abbreviations
    ]
    if not glued:
        return spans
    split: list[tuple[int, int]] = []  # each glue splits the sentence holding it
    for low, high in spans:
        for point in glued:
            if low < point < high:
                split.append((low, point))
                low = point
        split.append((low, high))
    return split
