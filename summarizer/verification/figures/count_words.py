"""A count's own words and their match in a sentence's words, shared by the readings of a
count's number against its sentence (moved out of :mod:`.count_wholes` in session 31, so that
:mod:`.whole_stretches`, which :mod:`.count_wholes` reads, can use them too)."""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import word_set

_FILLERS = word_set("the and of for who were was that number total people")


def what_words(what: str) -> list[str]:
    """The words of a count that say what it counts: lowercased, no short or filler words."""
    return [
        word.strip(".,'").lower()
        for word in what.replace("-", " ").split()
        if len(word) > 2 and word.lower() not in _FILLERS
    ]


def count_unit(what: str) -> str:
    """The unit a count names after its last comma ("pier length, metres": "metres"), lowercased;
    "" for a count with no comma. One reading for every reader that ties a number by its unit,
    so that none reads a count's unit otherwise."""
    return what.rpartition(",")[2].strip().lower() if "," in what else ""


def covers(phrase: Sequence[str], word: str) -> bool:
    """Whether a word of ``phrase`` is ``word`` in another form (a plural, an adverb's "-ly",
    its last letter changed: "killed" holds "kills")."""
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    stem = stem[:-2] if stem.endswith("ly") and len(stem) > 5 else stem  # "seriously": serious
    return any(part.startswith(stem[: max(len(stem) - 1, 3)]) for part in phrase)


__all__ = ["count_unit", "covers", "what_words"]
