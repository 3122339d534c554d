"""An article's paragraphs, as spans of its text: where a line break ends one and where it only
wraps a line (read for :attr:`summarizer.verification.page.article.ArticleText.paragraphs`, whose
sentences and quoted regions are read within paragraphs).

Moved out of ``article.py`` (session 26) when the article's tokens read once made that module
too long: the paragraph reading is a job of its own.
"""

from __future__ import annotations

from .headline_lines import headline_line
from .wraps import (
    PARAGRAPH_END,
    double_spaced,
    short_double_width,
    single_blank,
    wrap_width,
)

_BULLETS = frozenset("-*\u2022\u2013\u2014")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans. A blank line always ends one; a single line break does too, unless the
    text is hard-wrapped there: in a wrapped text, a line filled to near the wrap width goes
    on in the next line; in any text, a line that does not end with a sentence's closing
    punctuation goes on in the next line, unless it is a headline (title case) or the next
    one is a list item. In a double-spaced wrapped copy (:func:`wraps.double_spaced`) one blank
    line is read as a line break; two or more always end a paragraph."""
    spans: list[tuple[int, int]] = []
    start = None
    position = 0
    lines = text.split("\n")
    width = wrap_width(lines)
    double = width is not None and double_spaced(lines, width)
    if width is None:  # a short excerpt of such a copy: too few lines to measure a width
        width = short_double_width(lines)
        double = width is not None
    wrapped_over = -1  # the blank line a double-spaced wrap goes on over
    for index, line in enumerate(lines):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if not line.strip():
            if start is not None and index != wrapped_over:
                spans.append((start, _rstrip_end(text, start, line_start - 1)))
                start = None
            continue
        if start is None:
            start = line_start + (len(line) - len(line.lstrip()))
        step = 2 if double and single_blank(lines, index) else 1
        following = lines[index + step].lstrip() if index + step < len(lines) else ""
        ending = line.rstrip()[-1:]
        # over a blank line, only a line filled to the wrap width goes on: a short one
        # there ends a paragraph (a headline, "By ..."), as in any text
        soft_wrap = bool(following) and (
            (width is not None and len(line.rstrip()) >= width - 25)
            or (
                step == 1
                and ending not in PARAGRAPH_END
                and following[:1] not in _BULLETS
                and not headline_line(line, index, following)
            )
        )
        if not soft_wrap:
            spans.append((start, _rstrip_end(text, start, line_end)))
            start = None
        elif step == 2:
            wrapped_over = index + 1
    if start is not None:
        spans.append((start, _rstrip_end(text, start, len(text))))
    return spans


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
