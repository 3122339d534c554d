"""The cheap pre-checks in reading a saved article (caption lines, cut-off markers) decide
exactly what the full patterns decide, on generated lines built from the words they look for."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import saved
from summarizer.text.saved import (
    _BARE_CREDIT,
    _CAPTION,
    _CUT_MARKERS,
    CAPTION_WORDS,
    _is_caption,
    is_cut_off,
)
from tests.conftest import SEED_FILES, examples

_WORDS = (
    "photo", "Photo", "PHOTOS", "photograph", "Photograph:", "picture", "pictured", "image",
    "Image caption,", "image source,", "caption", "video", "graphic", "credit", "Credit",
    "file photo", "[", "]", "(", ")", ":", "/", "\u00a9", "Reuters", "AP", "Getty Images",
    "...", "\u2026", "[...]", "[ \u2026 ]", "subscribe to continue", "to continue reading",
    "this article is for subscribers", "Subscribe To Read", "the", ",", ".", " ", "  ", "\t",
    "\u0131", "\u0130", "p\u0130cture", "v\u0131deo", "\u017f", "\u212a", "Jane Doe", "x" * 70,
)  # fmt: skip
_lines = st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=14).map("".join)


@settings(max_examples=examples(3000), deadline=None)
@given(_lines)
def test_caption_pre_check_decides_as_the_patterns(line: str) -> None:
    line = line.replace("\n", " ")
    assert _is_caption(line) == bool(_CAPTION.search(line) or _BARE_CREDIT.match(line))


def test_only_the_turkish_i_folds_into_a_caption_word_beyond_ascii() -> None:
    letters = re.compile(f"[{''.join(sorted(set(''.join(CAPTION_WORDS))))}]", re.IGNORECASE)
    every = "".join(map(chr, range(0x80, sys.maxunicode + 1))).encode("utf-8", "surrogatepass")
    found = letters.findall(every.decode("utf-8", "replace"))
    assert sorted(set(found) - {"\ufffd"}) == ["\u0130", "\u0131"]


@settings(max_examples=examples(3000), deadline=None)
@given(_lines, st.integers(0, 120))
def test_cut_marker_search_from_the_tail_finds_what_the_whole_search_finds(
    text: str, pad: int
) -> None:
    last = ("word " * pad + text).rstrip()
    whole = bool(_CUT_MARKERS.search(last))
    assert bool(_CUT_MARKERS.search(last, saved._marker_start(last))) == whole
    spaced = "[" + " " * pad + "\u2026" + " " * pad + "]"  # a long bracketed marker
    assert _CUT_MARKERS.search(spaced, saved._marker_start(spaced))


def test_seed_articles_read_as_before() -> None:
    for path in SEED_FILES:
        for line in path.read_text(encoding="utf-8").split("\n"):
            assert _is_caption(line) == bool(_CAPTION.search(line) or _BARE_CREDIT.match(line))
        text = path.read_text(encoding="utf-8")
        assert is_cut_off(text) == is_cut_off(text + "\n")


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_lines, max_size=8), st.integers(0, 9))
def test_caption_candidates_hold_every_line_the_line_check_accepts(
    lines: list[str], start: int
) -> None:
    lines = [line.replace("\n", " ") for line in lines]
    candidates = saved._caption_candidates(lines, start)
    accepted = {i for i in range(start, len(lines)) if _is_caption(lines[i])}
    assert accepted <= candidates
    assert candidates <= set(range(start, len(lines)))
    needs = [
        i
        for i in range(start, len(lines))
        if any(need in _fold(lines[i]) for need in saved._CAPTION_NEEDS)
    ]
    assert sorted(candidates) == needs


def _fold(line: str) -> str:
    return line.replace("\u0130", "i").replace("\u0131", "i").lower()


def test_normalised_text_has_no_run_of_three_line_breaks() -> None:
    from summarizer.articles import normalise_text

    assert normalise_text("a\n\n\n\nb\n \n\n c") == "a\n\nb\n\n c"
    assert normalise_text("a\n\nb") == "a\n\nb"
