"""Acronyms read against the other side: "International Monetary Fund" becomes "IMF" when the
other value writes "IMF", so an acronym and its spelt-out form compare alike and only the words
its letters stand for are replaced (a number or another name beside them still decides).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.evaluation.decisive.known_names import ALIAS_WORDS

_ACRONYM_WORD = re.compile(r"\b([A-Z]{2,8})s?\b")
_SPELLED_WORD = re.compile(r"[^\W\d_]+(?:'s)?")
# Function words an acronym may leave out ("REPO" = "Rebuilding Economic Prosperity and
# Opportunity") or keep ("CAATSA" = "Countering America's Adversaries Through Sanctions Act").
_ACRONYM_SKIPPABLE = frozenset(str.split("and of for the on in to a"))


def _spelled_run(acronym: str, text: str) -> tuple[int, int] | None:
    """The span of a run of words in ``text`` whose initials spell ``acronym`` (function words
    may be skipped inside it); words must be capitalised unless ``text`` has no capitals."""
    found = list(_SPELLED_WORD.finditer(text))
    lowered = not any(c.isupper() for c in text)
    letters = acronym.lower()

    def initial(index: int, letter: str) -> bool:
        word = found[index].group(0)
        return word[0].lower() == letter and (lowered or word[0].isupper())

    def end(index: int, at: int) -> int | None:
        """Word index after the run that spells ``letters[at:]`` from word ``index``."""
        if at == len(letters):
            return index
        if index == len(found):
            return None
        if initial(index, letters[at]):
            done = end(index + 1, at + 1)
            if done is not None:
                return done
        if at > 0 and found[index].group(0).lower() in _ACRONYM_SKIPPABLE:
            return end(index + 1, at)
        return None

    for start in range(len(found)):
        if initial(start, letters[0]):
            stop = end(start, 0)
            if stop is not None:
                return found[start].start(), found[stop - 1].end()
    return None


@lru_cache(maxsize=16384)
def spell_out_acronyms(text: str, other: str) -> str:
    """``text`` with every run of words that spells an acronym written in ``other`` replaced by
    that acronym, so that "International Monetary Fund" and "IMF", "Executive Order 14024" and
    "EO 14024", "Prime Minister" and "PM" read alike. Only the words an acronym's letters stand
    for are replaced: anything else in the value (a number, a year, another name) still
    decides. Acronyms of the alias table (US, UK, EU, UN) are left to it."""
    for match in _ACRONYM_WORD.finditer(other):
        acronym = match.group(1)
        lower = acronym.lower()
        if lower in ALIAS_WORDS or re.search(rf"\b{acronym}", text, re.I):
            continue
        span = _spelled_run(acronym, text)
        if span is not None:
            text = text[: span[0]] + acronym + text[span[1] :]
    return text
