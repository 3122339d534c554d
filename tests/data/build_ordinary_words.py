"""Build ``summarizer/text/ordinary_words.txt`` (session 32, freewords32): the inflected common
words (plurals in "-s", "-ing" and "-ed" forms) that are never a name, for the free-text check's
reading of a sentence's capitalised first word (:mod:`summarizer.text.ordinary`).

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; free to use, copy and modify
with its copyright notice) as Debian packages it: ``wamerican-small`` (SCOWL size 35, common
words) and ``wamerican`` (size 50, with proper names capitalised), version 2020.12.07-2. A word
is kept when the small list writes it in lower case, it has five letters or more and one of those
endings, and the larger list has no capitalised entry of it: "ceilings", "speeches", "existing"
are kept; "banks", "wells", "browning", "sanders" (also names there) are not.

    apt-get download wamerican-small wamerican
    dpkg-deb -x wamerican-small_*.deb small && dpkg-deb -x wamerican_*.deb large
    python tests/data/build_ordinary_words.py small/usr/share/dict/american-english-small \\
        large/usr/share/dict/american-english
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).parents[2] / "summarizer" / "text" / "ordinary_words.txt"
HEADER = (
    "# Inflected common words that are never a name (tests/data/build_ordinary_words.py):\n"
    "# SCOWL by Kevin Atkinson via Debian's wamerican-small and wamerican 2020.12.07-2.\n"
)


def build(small: Path, large: Path) -> list[str]:
    named = {
        word.strip().lower()
        for word in large.read_text(encoding="utf-8").splitlines()
        if word[:1].isupper()
    }
    return sorted(
        word
        for word in {line.strip() for line in small.read_text(encoding="utf-8").splitlines()}
        if word.isalpha()
        and word.isascii()
        and word.islower()
        and len(word) >= 5
        and word not in named
        and (word.endswith(("ing", "ed")) or (word.endswith("s") and not word.endswith("ss")))
    )


if __name__ == "__main__":
    words = build(Path(sys.argv[1]), Path(sys.argv[2]))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.name}")
