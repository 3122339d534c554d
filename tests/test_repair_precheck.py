"""The pre-check that spares ftfy on clean articles says "clean" only when ftfy itself would
return the text unchanged: proved from ftfy's own pattern (its shape) and tried against ftfy
on generated text built from the very characters ftfy's pattern looks for."""

from __future__ import annotations

import importlib
import re
from typing import Any

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.articles import (
    BADNESS_REACH,
    TYPOGRAPHIC,
    _repair_config,
    _surely_clean,
    repair_text,
)
from tests.conftest import SEED_FILES, examples

_parser: Any = importlib.import_module("re._parser")  # the stdlib's regex parser


def _expand(category: str) -> str:
    """The characters of one of ftfy's categories (ranges like "\\xc0-\\xd1" spelled out)."""
    return "".join(
        sorted({c for c in map(chr, range(0x20, 0x3000)) if re.match(f"[{category}]", c)})
    )


#: Every character ftfy's mojibake pattern names, plus what its branches spell out.
_SPELLED_OUT = (
    "\u00c2\u00c3\u00ce\u00d0\u00d8\u00d9\u0412\u0413\u0420\u0421\u0392"
    "\u0393\u039e\u039f\u03b2\u0101\u20ac\u221a\u2248\u201a\u0413\u045e\u0402"
)
SUSPECTS = "".join(sorted({*"".join(map(_expand, MOJIBAKE_CATEGORIES.values())), *_SPELLED_OUT}))


def _fixed(text: str) -> str:
    return ftfy.fix_text(text, _repair_config())


def _branches() -> list[Any]:
    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    (op, (_none, branches)), *rest = list(parsed)
    assert str(op) == "BRANCH" and not rest
    return list(branches)


def _only_non_ascii(op: Any, value: Any) -> bool:
    """An element that can only match a non-ASCII character."""
    if str(op) == "LITERAL":
        return bool(value > 0x7F)
    if str(op) == "IN":
        return all(
            (str(o) == "LITERAL" and v > 0x7F) or (str(o) == "RANGE" and v[0] > 0x7F)
            for o, v in value
        )
    return False


def test_the_pattern_is_what_the_pre_check_assumes() -> None:
    """Its longest match is BADNESS_REACH characters; every branch must consume a non-ASCII
    character; no lookaround, back reference or anchor but "^"."""
    assert _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1] <= BADNESS_REACH
    assert not BADNESS_RE.flags & (re.MULTILINE | re.DOTALL)
    allowed = {"LITERAL", "IN", "ANY", "MAX_REPEAT", "AT"}
    for branch in _branches():
        assert any(_only_non_ascii(op, value) for op, value in branch), branch
        for op, value in branch:
            assert str(op) in allowed, (op, value)
            if str(op) == "AT":
                assert str(value) == "AT_BEGINNING"
            if str(op) == "MAX_REPEAT":
                assert value[1] == 1 and all(str(o) in {"IN", "LITERAL"} for o, _ in value[2])


def _charset(op: Any, value: Any) -> set[int] | None:
    """The characters an element matches when they are all non-ASCII, else None."""
    if str(op) == "LITERAL":
        return {value} if value > 0x7F else None
    if str(op) == "IN" and _only_non_ascii(op, value):
        found: set[int] = set()
        for o, v in value:
            found.update([v] if str(o) == "LITERAL" else range(v[0], v[1] + 1))
        return found
    return None


def test_typographic_characters_alone_never_make_the_pattern_match() -> None:
    """Every branch has a mandatory element (not inside a repeat) that no TYPOGRAPHIC
    character can match, so text whose only non-ASCII characters are those never matches."""
    typographic = set(map(ord, TYPOGRAPHIC))
    for branch in _branches():
        sets = [_charset(op, value) for op, value in branch]
        assert any(s is not None and not s & typographic for s in sets), branch


def test_known_mojibake_is_never_clean() -> None:
    for text in (
        "\u201d\u00e0",  # the counterexample an earlier pre-check missed
        "He said \u201d\u00e0 la carte",
        "1\n\u00c3 x",  # "^" at the start of a later line
        "a \u00c3 x",  # two ASCII characters before the non-ASCII one
        "Caf\u00c3\u00a9 \u00e2\u20ac\u0153no\u00e2\u20ac\x9d",
        "a\x85b",  # a C1 control
        "a\ud800b",  # a lone surrogate
    ):
        assert not _surely_clean(text), text
    assert repair_text("Caf\u00c3\u00a9") == "Caf\u00e9"


def test_clean_articles_pass_without_ftfy() -> None:
    """The point of it: real articles with curly quotes, dashes and accents are clean."""
    passed = 0
    for path in SEED_FILES:
        text = path.read_text(encoding="utf-8")
        if _fixed(text) == text:
            passed += _surely_clean(text)
    assert passed >= len(SEED_FILES) - 1
    assert _surely_clean(
        "\u201cQuotes\u201d \u2018stay\u2019 curly \u2014 caf\u00e9 M\u00fcller\u2026"
    )


_pieces = st.one_of(
    st.from_regex(BADNESS_RE, fullmatch=True),  # ftfy's own shapes of mojibake
    st.sampled_from(["\n", " ", "1", "."]),
    st.text(alphabet=SUSPECTS, min_size=1, max_size=3),
    st.text(alphabet="ab Z.,!?\n\t" + TYPOGRAPHIC, min_size=1, max_size=4),
    st.text(min_size=1, max_size=3).map(
        lambda s: s.encode("utf-8", "surrogatepass").decode("cp1252", "replace")
    ),
    st.text(min_size=1, max_size=2),
)


def _flagged_by_ftfy(text: str) -> bool:
    """What ftfy looks at before it changes anything: its pattern on each line (with the line
    end, as ftfy cuts them), C1 controls, surrogates."""
    return any(BADNESS_RE.search(line) for line in re.findall(r"[^\n]*\n|[^\n]+", text)) or bool(
        re.search("[\x80-\x9f\ud800-\udfff]", text)
    )


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_pieces, max_size=12).map("".join))
def test_clean_only_when_ftfy_changes_nothing(text: str) -> None:
    if _surely_clean(text):
        assert not _flagged_by_ftfy(text)
        assert _fixed(text) == text


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(_pieces, max_size=12).map("".join), st.integers(0, 40))
def test_clean_in_a_long_line_only_when_ftfy_changes_nothing(text: str, pad: int) -> None:
    """The same far from a line's start, where windows are cut from the middle of a line."""
    padded = "x" * pad + text + " y" * pad
    if _surely_clean(padded):
        assert not _flagged_by_ftfy(padded)
        assert _fixed(padded) == padded
