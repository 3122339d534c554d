"""What a sentence may open with that is not its own words: a live blog's time, a list's
number, a transcript's speaker label, a dateline. Attribution reads a sentence's subject after
them ("RIYADH, March 2 (Test Wire) - Officials said": the officials, not Riyadh)."""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import Token


def without_stamp(tokens: Sequence[Token], text: str = "") -> Sequence[Token]:
    """The tokens after the numbers a sentence may open with (a live blog's time "17:20", a
    list's number "1."), and after a dateline ("RIYADH, March 2 (Test Wire) - "): capitalised
    words, numbers, short words and anything in brackets up to the dash."""
    start = 0
    while start < len(tokens) and tokens[start].is_number:
        start += 1
    label = start < len(tokens) - 1 and tokens[start].text.isupper() and len(tokens[start].text) > 1
    if text and label and ":" in text[tokens[start].end : tokens[start + 1].start]:
        start += 1  # a transcript's speaker label "ANCHOR:" (the voice, not the subject)
    if (
        text
        and start < len(tokens)
        and tokens[start].text.isupper()
        and len(tokens[start].text) > 1
    ):
        for index in range(start + 1, min(start + 14, len(tokens))):
            word = tokens[index - 1]
            before = text[tokens[start].end : word.start]
            plain = word.capitalised or word.is_number or len(word.text) <= 3
            if not plain and before.count("(") <= before.count(")"):
                break  # "DR Congo spokesperson X said the deal took ... -": no dateline
            gap = text[word.end : tokens[index].start]
            if " - " in gap or "\u2014" in gap or "\u2013" in gap:
                return tokens[index:]
    return tokens[start:]


__all__ = ["without_stamp"]
