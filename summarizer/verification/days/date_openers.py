"""Where the day and time patterns of :func:`summarizer.verification.days.dates.mentions_of`
can match: each was searched at every character of each sentence, and most of them open with
a few words; they are tried only where those stand (page.mark_search; session 35). A month
alone (a lead-in word or "mid-", then a capitalised month's name) opens at a month's name or
at a lead-in ending right before one.
"""

from __future__ import annotations

from summarizer.text.vocabulary import MONTH_NUMBER, WEEKDAYS

# The words each match of a relative day ("today", "Monday") and of a part of a day ("last
# night", "this morning", "overnight") opens with, in lower case (the patterns fold case).
RELATIVE_OPENS = ("today", "tonight", "yesterday", "tomorrow", *WEEKDAYS)
PART_OPENS = ("last", "this", "earlier", "later", "overnight")

# A month's name as the pattern writes it (capitalised) opens with one of these ("Sep" of
# "Sept" and "September").
_HEADS = tuple(sorted({month[:3].capitalize() for month in MONTH_NUMBER}))


def month_starts(text: str) -> list[int]:
    """Where a match of a month alone can open, ascending: at a month's name, at "mid-" right
    before it, or at the word before the spaces before it. A lead-in word is letters after a
    non-word character (a word boundary) and the spaces between it and the month are all of
    the run before the month, so walking back over spaces, then letters, finds its start."""
    starts: set[int] = set()
    for head in _HEADS:
        at = text.find(head)
        while at >= 0:
            starts.add(at)
            if at >= 4:
                starts.add(at - 4)  # "mid-"
            space = at
            while space and text[space - 1].isspace():
                space -= 1
            word = space
            while word and text[word - 1].isalpha():
                word -= 1
            if word < space < at:
                starts.add(word)
            at = text.find(head, at + 1)
    return sorted(starts)


__all__ = ["PART_OPENS", "RELATIVE_OPENS", "month_starts"]
