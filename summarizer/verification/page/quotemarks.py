"""Where quotations open and close in a paragraph: double quotation marks paired the way news
pages write them, curly and straight mixed (read by :class:`ArticleText` for its quoted
regions)."""

from __future__ import annotations

import re

from .mark_search import matches_from

_QUOTE_MARKS = re.compile('[\u201c\u201d\u201e"]|\u2018\u2018|\u2019\u2019')
# The characters a match of _QUOTE_MARKS opens with: it is tried only there (mark_search).
_MARK_STARTS = re.compile('[\u201c\u201d\u201e"\u2018\u2019]')
# Marks that only open (German low mark, doubled single marks) or only close.
_OPENERS = frozenset({"\u201e", "\u2018\u2018"})
_CLOSERS = frozenset({"\u201d", "\u2019\u2019"})
_CLAUSE_STOP = re.compile(r"[.!?,;:](?=\s)")


def _closing(text: str, index: int) -> bool:
    """Whether the mark at ``index`` stands where a quotation closes: after a word or
    punctuation, and before a space, punctuation or the end of the text."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside double quotation marks (marks excluded) in one paragraph. Curly quotes pair
    open with close; straight ones alternate. Pages mix them, and a mark's place says what it
    does: a closing curly mark with no curly one open closes an open straight one ('"There
    were many doubts,\u201d said X'); a straight or left curly mark standing where a quote
    closes (after a word, before a space or punctuation) closes an open curly one
    ('\u201cMany doubts," said X', and outlets that close with a left mark: '\u201cUrgent,\u201c
    said X'); a curly quote opening while a straight one is open ends the straight one at the
    end of its first clause (a mark never closed: 'called the talks "useless. Berg said:
    \u201c...\u201d'). A German low mark or two opening single marks open as a left curly
    mark does, and two closing single marks close as a right one ('\u201eReady\u201c, said
    X', '\u2018\u2018Ready,\u2019\u2019 said X'). A quote left open runs to the paragraph's
    end (the convention for a quotation continued in the next paragraph)."""
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open: int | None = None
    starts = (mark.start() for mark in _MARK_STARTS.finditer(text, start, end))
    for match in matches_from(_QUOTE_MARKS, text, starts, end):
        char, index = match.group(), match.start()
        if char == "\u201c" or char in _OPENERS:
            if opened is None:
                if straight_open is not None:
                    stop = _CLAUSE_STOP.search(text, straight_open, index)
                    if stop is not None:
                        regions.append((straight_open, stop.end()))
                        straight_open = None
                opened = index + len(char)
            elif char == "\u201c" and _closing(text, index):
                regions.append((opened, index))
                opened = None
        elif char in _CLOSERS:
            if opened is not None:
                regions.append((opened, index))
                opened = None
            elif straight_open is not None:
                regions.append((straight_open, index))
                straight_open = None
        elif straight_open is None:
            if opened is not None and _closing(text, index):
                regions.append((opened, index))
                opened = None
            else:
                straight_open = index + 1
        else:
            regions.append((straight_open, index))
            straight_open = None
    for left in (opened, straight_open):
        if left is not None:
            regions.append((left, end))
    return sorted(regions)


def quoted_region_holding(text: str, at: int) -> tuple[int, int] | None:
    """The quoted region of the line (a paragraph of plain article text) that holds offset
    ``at``: for readers that hold the article as a string, not an :class:`ArticleText`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    for region in quoted_regions(text, start, len(text) if end == -1 else end):
        if region[0] <= at < region[1]:
            return region
    return None
