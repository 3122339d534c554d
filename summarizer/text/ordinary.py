"""Inflected common words that are never a name (``ordinary_words.txt``, built by
``tests/data/build_ordinary_words.py`` from SCOWL's word lists as Debian ships them): plurals in
"-s" and "-ing" and "-ed" forms of five letters or more, each an inflection of a common word
("speed", "spring" only end so), that the common-word list writes in lower case and SCOWL's
largest list, which capitalises proper names, never writes capitalised. A summary's sentence may
open with one ("Ceilings stay at 17,000 troops", "Existing contracts get a transition period");
the free-text check reads its capital as the sentence's, not a name's. Surnames and teams that
are also words ("Banks", "Wells", "Sessions", "Cousins", "Rangers") are left out by the largest
list (review rvfw32); a bare singular ("Tusk", "Theft") is no entry at all. SCOWL's notices,
which must go with the list, are in ``ordinary_words_COPYING.txt``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _word_list(name: str) -> frozenset[str]:
    """A packaged word list's words: one a line, ``#`` lines its notes."""
    text = resources.files("summarizer.text").joinpath(name).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def ordinary_forms() -> frozenset[str]:
    """The list's words, read once (about 21,000 words)."""
    return _word_list("ordinary_words.txt")


@cache
def common_words() -> frozenset[str]:
    """The bare common words that are never a name (``common_words.txt``, built by the same
    script; session 58): SCOWL's small list's lower-case words of four letters or more that
    the largest list never capitalises ("joint", "growth", "contingency"; not "cost", "rise",
    "job", which are names there too). About 36,800 words, read once."""
    return _word_list("common_words.txt")


__all__ = ["common_words", "ordinary_forms"]
