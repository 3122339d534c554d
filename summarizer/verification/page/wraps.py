"""Pages copied with a hard wrap and a blank line after every wrapped line ("eastern DR",
blank, "Congo including ..."), read for :mod:`summarizer.verification.page.article`: whether a text
is such a copy, so that one blank line there is a line break inside a sentence rather than the
end of a paragraph; and whether a text is hard-wrapped at all (its wrap width), which the
speaker rules ask too (a name may run over a line break there)."""

from __future__ import annotations

from functools import lru_cache

# What a paragraph's last line ends with (a sentence's stop, a closing quote or bracket, or a
# colon before a quote on the next line).
PARAGRAPH_END = frozenset('.!?:"\u201d\u2019)]')
NARROWEST_WRAP = 45


def single_blank(lines: list[str], index: int) -> bool:
    """Whether exactly one blank line stands between line ``index`` and the next text line."""
    return (
        index + 2 < len(lines) and not lines[index + 1].strip() and bool(lines[index + 2].strip())
    )


def double_spaced(lines: list[str], width: int) -> bool:
    """A hard-wrapped copy with a blank line after every wrapped line ("eastern DR", blank,
    "Congo including ..."): a wrap width of a line of prose (45 characters or more; short
    paragraphs set apart by blank lines are no wrap), most text lines followed by one blank
    line, and at least a quarter of those filled to the width yet ending inside a sentence
    (paragraphs of a normal text end with a stop)."""
    if width < NARROWEST_WRAP:
        return False
    singles = [i for i, line in enumerate(lines) if line.strip() and single_blank(lines, i)]
    texts = sum(1 for line in lines if line.strip())
    open_ended = sum(
        lines[i].rstrip()[-1:] not in PARAGRAPH_END and len(lines[i].rstrip()) >= width - 25
        for i in singles
    )
    return len(singles) >= 0.5 * texts and open_ended >= 0.25 * len(singles)


def short_double_width(lines: list[str]) -> int | None:
    """The wrap width of a short double-spaced excerpt (three to five lines, one blank line
    between each two, every line but the last filled to within 25 characters of the longest,
    at most 100, and ending inside a sentence), or None."""
    if not 5 <= len(lines) <= 10:
        return None
    texts = [line.rstrip() for line in lines if line.strip()]
    if not 3 <= len(texts) <= 5 or len(lines) != 2 * len(texts) - 1 + (lines[-1] == ""):
        return None
    if any(lines[i].strip() for i in range(1, 2 * len(texts) - 1, 2)):
        return None
    width = max(len(line) for line in texts)
    body = texts[:-1]
    open_ended = all(line[-1:] not in PARAGRAPH_END for line in body)
    filled = all(len(line) >= width - 25 for line in body)
    return width if NARROWEST_WRAP <= width <= 100 and open_ended and filled else None


__all__ = [
    "NARROWEST_WRAP",
    "PARAGRAPH_END",
    "double_spaced",
    "hard_wrapped",
    "short_double_width",
    "single_blank",
    "wrap_width",
]


def wrap_width(lines: list[str]) -> int | None:
    """The line width of a hard-wrapped text (most lines at most ~100 characters, their
    lengths bunched under one width), or None for text with one paragraph per line."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 5 or sum(n <= 100 for n in lengths) < 0.8 * len(lengths):
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    filled = sum(width - 25 <= n <= width for n in lengths)
    return width if filled >= 0.5 * len(lengths) else None


@lru_cache(maxsize=8)
def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped (see :func:`wrap_width`): a line break there may
    fall inside a sentence or a name. Once per text."""
    return wrap_width(text.split("\n")) is not None
