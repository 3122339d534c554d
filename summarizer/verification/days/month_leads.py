"""Whether a month word run straight on to a capitalised word is the month or a name.

"May Thompson", "April Ryan", "August Meyer", "May Street", "March Logistics": a month word
before a capitalised word is most often a first name or part of a name, and :mod:`dates`
reads it as no month. Session 31 (eventdays31, check 68) read it as a month when a time word
led it ("In March German customs seized ..."); review rved31 found that a led name is common
too ("a memo by April Ryan", "a house in May Street", "the depot of March Logistics", "since
January Jones left", "the late August Wilson"). What marks the fronted month is its place: it
ends a time phrase that opens its sentence or clause ("In March", "Early in March", "At the
end of September", "Throughout October", "Back in February", "Then in September"), so every
word from the clause's start to the month is a word of time phrases. A month inside a
sentence's run ("a memo by April Ryan") is a name.
"""

from __future__ import annotations

import re

from ..page.tokens import word_set

# The words a fronted time phrase is made of, before its month.
_PHRASE_WORDS = word_set(
    """in of at on the end start beginning middle early late mid back then throughout through
    since by until till during last this next towards toward around from and but so"""
)
# A clause opens after a sentence's end, a comma, a colon, a dash or a dateline's bracket.
_OPENS = re.compile(r"[.!?;:,\n\u2014\u2013)(\"\u201c\u201d]|\s-\s")
_WORD = re.compile(r"[A-Za-z]+")


def fronted_month(text: str, start: int) -> bool:
    """Whether the month word at ``text[start]`` ends a time phrase that opens its clause
    (see the module): "In March German customs" is the month, "a memo by April Ryan" not."""
    opens = [match.end() for match in _OPENS.finditer(text, max(start - 60, 0), start)]
    low = opens[-1] if opens else max(start - 60, 0)
    if not opens and low > 0:
        return False  # no clause start within reach: a long run of words, not a time phrase
    words = [word.lower() for word in _WORD.findall(text[low:start])]
    if words[-2:] == ["the", "late"]:
        return False  # "the late August Wilson": a dead man's name
    return bool(words) and all(word in _PHRASE_WORDS for word in words)  # not "May Thompson"


__all__ = ["fronted_month"]
