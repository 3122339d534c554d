"""A dated head on a line of its own over its entry, for an event's day (session 60, wh60).

Round-ups and briefings date each entry with a head on a line of its own, the entry's first
sentence on the next line with no full stop between ("MONZO, 7 JULY\\nThe regulator fined
...", "INTEL - July\\nIntel started letting go ...", "AMAZON - Tuesday, October 28\\n..."):
the sentence splitter leaves the head and the sentence as one, and
:func:`headed_days.head_date` read only a head ending in a dash, a colon, a full stop or the
sentence's end (checks 87 and 88). A line break ends a head as a full stop does; the head's
date may then be a weekday and a date ("Tuesday, October 28"), read as
:func:`headed_days` reads any head's date (its part after the last comma too). Everything
else of :mod:`headed_days` holds: the entry must state no other time and no report.

When the splitter does part the head from its entry (a line of its own, then the entry's
sentence on the next line), a labeller may quote the entry's sentence alone: the head right
above it, on the line before in the same paragraph, is read with it (:func:`with_heads`), as
if quoted. A head a blank line above, or above another sentence of the entry, is not.

The entry under the head is read for verbs of telling and words of time in lower case (or as
its first word): a capitalised word inside the sentence is a name's ("the United States",
"Morning Star", "After Hours Ltd"), not the verb "states" or a time.

Review rv60w: a line in capitals or a headline's title case ("REGULATOR SAYS ...", "Rovers
Sack Manager, Club Confirms") has no names to tell apart, and every word of it is read; a
label that stamps the page or another text ("UPDATED, 4 March 2026", "POSTED", "CORRECTION",
"FILED") is no head; an ordinal head ("PORT TALBOT, 14th May") is read as a date
(:mod:`headed_days`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.vocabulary import STOPWORDS
from ..page.tokens import Token, word_set

_LINE_HEAD = re.compile(
    "[ \\t]*(?P<label>[A-Z][A-Za-z.'\u2019&/ ,]{1,60}?)[ \\t]*(?:,|[ \\t][-\u2013\u2014])[ \\t]*"
    "(?P<date>[A-Za-z0-9. ]{3,24}?(?:,[ \\t]*[A-Za-z0-9. ]{3,24}?)?)[ \\t]*"
    "(?:\\([^)\\n]{1,80}\\)[ \\t]*)?(?:\\n|\\Z)"
)


# A label that stamps the page or another text, not the entry's act: when the page was
# updated, posted or filed, a correction's, a letter's, an issue's or an embargo's day
# ("UPDATED, 4 March 2026", "CORRECTION, 5 March"; review rv60w). "UPDATE" (a live page's
# entry) is a head.
_STAMPS = word_set(
    """updated posted published filed amended revised corrected correction corrections
    clarification embargo embargoed edition issue printed letters letter"""
)
# Words a headline's title case leaves in lower case: no sign of a sentence in sentence case.
_TITLE_LOWER = STOPWORDS | word_set(
    """after before under onto upon amid past near like through across against during
    without within toward towards while since until"""
)


def line_head(sentence: str) -> tuple[str, int] | None:
    """The date text of a head on a line of its own opening ``sentence`` and where the head
    ends, or None: the label's first part must be in capitals ("MONZO", "INTEL", "NEW
    ZEALAND"), as a dateline's is, and the line must hold nothing after the date; a page's
    or another text's stamp ("UPDATED", "POSTED", "CORRECTION", "LETTERS") is no head."""
    match = _LINE_HEAD.match(sentence)
    if match is None:
        return None
    label = "".join(ch for ch in match["label"].split(",")[0] if ch.isalpha())
    if not label or not label.isupper():
        return None
    if any(word.lower() in _STAMPS for word in re.findall("[A-Za-z]+", match["label"])):
        return None  # "UPDATED, 4 March 2026" over the lead (review rv60w)
    return match["date"].strip(), match.end()


def with_heads(text: str, spans: Sequence[tuple[int, int]], sentences: Sequence[int]) -> list[int]:
    """``sentences`` (indexes into ``spans``, the page's sentences) in order, with each one's
    dated head added when it is the sentence right before, alone on the line right above
    (one line break between, no blank line): "HALDEN BANK, 3 MARCH" over "The authority fined
    Halden Bank ..." (see the module)."""
    found = set(sentences)
    for index in sentences:
        if index == 0 or index - 1 in found:
            continue
        start, end = spans[index - 1]
        gap = text[end : spans[index][0]]
        head = text[start:end]
        if gap.count("\n") != 1 or gap.strip() or "\n" in head.strip():
            continue
        if _whole_head(head.strip()):
            found.add(index - 1)
    return sorted(found)


def _whole_head(line: str) -> bool:
    """Whether ``line`` is a dated head and nothing else ("CORVEN MUTUAL, 19 MARCH",
    "PARAGON SOFT - Monday, June 2")."""
    head = line_head(line + "\n")
    return head is not None and head[1] >= len(line)


def lower_words(words: Sequence[Token], body: str) -> list[Token]:
    """``words`` (of ``body``) but for capitalised ones inside the sentence: a name's words
    ("United States") are not verbs of telling or words of time. Only on a line written in
    sentence case (a word of content in lower case): on a line in capitals or a headline's
    title case ("REGULATOR SAYS ...", "Rovers Sack Manager, Club Confirms") every word is
    read (review rv60w)."""
    cased: set[int] = set()  # where the lines in sentence case start
    for token in words:
        if _lower_content(token):
            cased.add(body.rfind("\n", 0, token.start))
    return [
        token
        for index, token in enumerate(words)
        if index == 0 or not token.capitalised or body.rfind("\n", 0, token.start) not in cased
    ]


def _lower_content(token: Token) -> bool:
    """Whether ``token`` is a word of content written in lower case ("fined", "cleared")."""
    text = token.text
    return len(text) > 3 and text[0].islower() and text.isalpha() and token.norm not in _TITLE_LOWER


__all__ = ["line_head", "lower_words", "with_heads"]
