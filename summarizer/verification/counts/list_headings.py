"""A bullet or numbered item takes its field's cue from the heading or lead-in line it stands
under (an outside check, session 18: under "Tariff increases:", the item "- Medical products:
the rate on syringes will rise from 0 percent to 50 percent" supported no tariff rate of 50,
since no tariff word stands in the item), for a number field with a unit
(:func:`summarizer.verification.counts.number_rules.support_number`).

An *item* is a line that opens with a bullet ("-", "*", a bullet sign, a dash) or an item's
number ("1.", "2)"). Its *heading* is the first line above it, past blank lines and the
other items of its list, that is no item: a lead-in ending with a colon ("The government will
raise levies on the following goods:"), a marked heading ("## Customs duty schedule"), or a
short line with no closing stop ("New duties on imports"). A fact-checker reads the item
under that heading's words, as its own line's, when the heading holds a cue of the field
with no word of another measure after it; the cue reaches its own items only: an item under
another heading ("Quota changes:", "Interest rate changes:"), a list with no heading, and a
paragraph after the list (no item) keep the verdict they had. The labelled amounts of
:mod:`summarizer.verification.counts.rate_lists` ("SAIC: 35.3%") are read there; this module reads
an item whose amount stands in a sentence ("the rate on syringes will rise ... to 50
percent").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..page.article import ArticleText
from ..page.tokens import word_set

_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])[ \t]+\S")
_MARKED = re.compile(r"[ \t]*(?:#{1,6}[ \t]|\*\*|__)")  # "## Duties", "**Duties**"
_SHORT = 8  # most words of a heading with no colon and no stop
_STOPS = ".!?\"'\u201d"
# Words of another measure after a heading's cue ("Tariff-free quotas:" lists quotas).
_OTHER_MEASURES = word_set(
    """quota quotas subsidy subsidies support exemption exemptions exempt share shares price
    prices interest loans inspections volumes"""
)


def item_line(text: str, start: int) -> int | None:
    """The start of the line holding offset ``start`` when that line is a list's item."""
    line = text.rfind("\n", 0, start) + 1
    return line if _ITEM.match(text, line) else None


def _heading(text: str, line: str) -> bool:
    stripped = line.rstrip()
    if stripped.endswith(":") or _MARKED.match(line):
        return True
    return stripped[-1:] not in _STOPS and len(stripped.split()) <= _SHORT


def headed_item(
    article: ArticleText, index: int, cues_of: Callable[[int], list[int]]
) -> bool:  # fmt: skip
    """Whether sentence ``index`` is (in) a list's item whose heading holds a cue of the field
    (see the module); ``cues_of`` gives the field's cue positions in a sentence."""
    text = article.text
    start = article.sentences[index][0]
    line = item_line(text, start)
    if line is None:
        return False
    while line > 0:
        end = line - 1  # the newline ending the line above
        line = text.rfind("\n", 0, end) + 1
        words = text[line:end]
        if not words.strip() or _ITEM.match(words):
            continue  # a blank line, or another item of the list
        if not _heading(text, words):
            return False
        lead = article.sentence_at(line + len(words.rstrip()) - 1)
        cues = cues_of(lead)
        if not cues:
            return False
        tokens = article.sentence_tokens(lead)
        return not any(t.norm in _OTHER_MEASURES for t in tokens[cues[-1] :])
    return False


__all__ = ["headed_item", "item_line"]
