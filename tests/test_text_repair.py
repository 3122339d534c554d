"""Mojibake in an article (UTF-8 read as Windows-1252) is repaired when it is loaded, so
passages copied from the real article are found; clean articles are left byte for byte."""

from __future__ import annotations

from pathlib import Path

from summarizer.articles import load_article, repair_text
from summarizer.verification.grounding import locate
from tests.conftest import SEED_FILES


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, the five bytes it leaves undefined kept as the C1
    controls of the same value (as browsers and Windows do)."""

    def char(byte: int) -> str:
        try:
            return bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(byte)

    return "".join(char(byte) for byte in text.encode("utf-8"))


def test_a_mojibaked_seed_passage_is_repaired_and_grounds(tmp_path: Path) -> None:
    clean = load_article(SEED_FILES[1])
    passage = next(
        line for line in clean.text.splitlines() if not line.isascii() and len(line) > 60
    )
    garbled = tmp_path / "garbled.txt"
    garbled.write_text(mojibake(clean.text), encoding="utf-8")
    assert mojibake(passage) != passage  # the file really is garbled
    assert locate(passage, mojibake(clean.text)) is None  # and grounding fails on it
    repaired = load_article(garbled)
    assert repaired.text == clean.text and repaired.id == clean.id
    assert locate(passage, repaired.text) is not None


def test_clean_text_is_untouched() -> None:
    for path in SEED_FILES:
        article = load_article(path)
        assert repair_text(article.text) == article.text
    kept = "\u201cQuotes\u201d \u2018stay\u2019 curly, \ufb01 ligatures and \uff37ide letters too"
    assert repair_text(kept) == kept
    garbled = "Caf\u00c3\u00a9 \u00e2\u20ac\u0153no\u00e2\u20ac\x9d"
    assert repair_text(garbled) == "Caf\u00e9 \u201cno\u201d"
