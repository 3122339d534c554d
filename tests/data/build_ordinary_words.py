"""Build ``summarizer/text/ordinary_words.txt`` (session 32, freewords32; review rvfw32): the
inflected common words (plurals in "-s", "-ing" and "-ed" forms) that are never a name, for the
free-text check's reading of a sentence's capitalised first word (:mod:`summarizer.text.ordinary`).

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) as Debian packages it:
``wamerican-small`` (SCOWL size 35, common words) and ``wamerican-insane`` (size 95, the largest,
with proper names capitalised), version 2020.12.07-2. A word is kept when the small list writes
it in lower case, it has five letters or more and one of those endings, it is an inflection of a
word the small list has ("ceilings": "ceiling"; "existing": "exist"; not "speed", "spring",
"string", which only end so), and the largest list has no capitalised entry of it: "ceilings",
"speeches", "existing" are kept; "banks", "wells", "sessions", "cousins", "rangers" (also names
there) are not. Review rvfw32 moved the names' list from ``wamerican`` (size 50) to
``wamerican-insane``: size 50 left "Sessions", "Cousins", "Canning", "Kings", "Rangers" in.

Licence: SCOWL's notices (its own and those of the lists it draws on) must go with every copy;
they are in ``summarizer/text/ordinary_words_COPYING.txt``, Debian's ``copyright`` file of the
packages, copied whole (``/usr/share/doc/wamerican-insane/copyright``).

    apt-get download wamerican-small wamerican-insane
    dpkg-deb -x wamerican-small_*.deb x && dpkg-deb -x wamerican-insane_*.deb x
    python tests/data/build_ordinary_words.py x/usr/share/dict/american-english-small \\
        x/usr/share/dict/american-english-insane
    cp x/usr/share/doc/wamerican-insane/copyright summarizer/text/ordinary_words_COPYING.txt

The same run writes ``summarizer/text/common_words.txt`` (session 58, ft58): every word of the
small list in lower case, of letters only and four or more, that the largest list never writes
capitalised, in any form ("joint", "growth", "contingency"; not "cost", "rise", "fall", "job",
"mass", also names there). A label's first word may be one (:mod:`summarizer.verification.
free_text.common_heads`).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).parents[2] / "summarizer" / "text" / "ordinary_words.txt"
COMMON = OUT.with_name("common_words.txt")
HEADER = (
    "# Inflected common words that are never a name (tests/data/build_ordinary_words.py):\n"
    "# SCOWL by Kevin Atkinson via Debian's wamerican-small and wamerican-insane 2020.12.07-2.\n"
    "# Copyright 2000-2011 by Kevin Atkinson and the others named in ordinary_words_COPYING.txt,\n"
    "# whose notices and permission go with this list.\n"
)


def _bases(word: str) -> list[str]:
    """The words ``word`` may be an inflection of ("cities": "city"; "knives": "knife";
    "stopped": "stop"; "initiatives": "initiative")."""
    bases: list[str] = []
    for ending, tails in (
        ("ies", ["y"]), ("ied", ["y"]), ("ves", ["f", "fe"]), ("ing", ["", "e"]),
        ("ed", ["", "e"]), ("es", [""]), ("s", [""]),
    ):  # fmt: skip
        if word.endswith(ending):
            stem = word[: -len(ending)]
            bases += [stem + tail for tail in tails]
            if len(stem) > 2 and (stem[-1] == stem[-2] or stem.endswith("ck")):
                bases.append(stem[:-1])  # "stopped": "stop"; "trafficked": "traffic"
    return bases


def _named(large: Path) -> set[str]:
    return {
        word.strip().lower()
        for word in large.read_text(encoding="utf-8").splitlines()
        if word[:1].isupper()
    }


def build_common(small: Path, large: Path) -> list[str]:
    """The small list's lower-case words of four letters or more that are never a name."""
    named = _named(large)
    common = {line.strip() for line in small.read_text(encoding="utf-8").splitlines()}
    return sorted(
        word
        for word in common
        if word.isalpha() and word.isascii() and word.islower() and len(word) >= 4
        and word not in named
    )  # fmt: skip


def build(small: Path, large: Path) -> list[str]:
    named = _named(large)
    common = {line.strip() for line in small.read_text(encoding="utf-8").splitlines()}
    return sorted(
        word
        for word in common
        if word.isalpha()
        and word.isascii()
        and word.islower()
        and len(word) >= 5
        and word not in named
        and (word.endswith(("ing", "ed")) or (word.endswith("s") and not word.endswith("ss")))
        and _inflected(word, common)
    )


def _inflected(word: str, common: set[str]) -> bool:
    """Whether ``word`` is an inflection of a word of ``common``, itself or its end after a
    prefix or a compound's first part ("unexpected": "expect"; "uprising": "rise"; "ongoing":
    "go"), a base of three letters or more unless the end read is five letters or more:
    "speed", "spring", "swing", "greed" only end so."""
    return any(
        len(base) >= (2 if len(word) - start >= 5 else 3) and base in common
        for start in range(len(word) - 3)
        for base in _bases(word[start:])
    )


if __name__ == "__main__":
    words = build(Path(sys.argv[1]), Path(sys.argv[2]))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.name}")
    common = build_common(Path(sys.argv[1]), Path(sys.argv[2]))
    header = HEADER.replace("Inflected common", "Common")
    COMMON.write_text(header + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} words -> {COMMON.name}")
