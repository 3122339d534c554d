"""A place fronted before its meeting's clause (a review of session 18), for
:func:`summarizer.verification.places.place_asides.far_or_apart`:

News often opens a sentence with the place, then a comma, then the clause of the meeting:
"In Berlin, Macron and Scholz met on Tuesday"; "At the Elysee Palace on Monday, the two
leaders held talks"; "Here in Nairobi, after weeks of delay, envoys sat down". The place's own
phrase ends at the comma, so the meeting-word search of the place's clause finds nothing; yet the
fronted phrase is an adverbial of the main clause that follows, and its place is that clause's.

:func:`fronted_meeting` reads such a place: the sentence (or its line, after a dateline) opens
with "in" / "at" (after an optional "here" / "there"), an optional "the", then the place; the
words up to the first comma are only time or place words (a day, "on", "last", a second place)
and at most six of them; the meeting word is the first one of the next clause(s), read to the
sentence's end or a semicolon. A fronted clause of time ("After talks in Doha, ...") is not
this shape: it opens with its own word of time, and :mod:`occasion_places` reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..page.tokens import Token, word_set

_OPEN = word_set("in at")
_HERE = word_set("here there")
_TO = word_set("to near")
# Words that open another clause or an attribution: the place is not the main clause's.
_OTHER = word_set("while said says reported told before after but whereas")
_STOPS = (";", ":", "\u2014", "\u2013", " - ", "\n")
_REACH = 6  # words from the place to its comma
_CLOSERS = ' \t\n"\u201d\u2019'  # after a sentence's full stop: spaces, closing quotes
_CLAUSE_REACH = 16  # words of the main clause read for its meeting word


def fronted_meeting(
    tokens: Sequence[Token],
    start: int,
    text: str,
    is_meeting: Callable[[Sequence[Token], int], bool],
) -> int | None:
    """The meeting word of the main clause after a fronted place phrase (see the module)."""
    at = start - 1
    if at >= 0 and tokens[at].norm == "the":
        at -= 1
    if at < 0 or tokens[at].norm not in _OPEN:
        return None
    if at >= 1 and tokens[at - 1].norm in _HERE:
        at -= 1
    if not _opens(tokens, at, text):
        return None
    comma = None
    for index in range(start + 1, min(start + _REACH + 1, len(tokens))):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in _STOPS):
            return None
        if "," in gap:
            comma = index
            break
    if comma is None:
        return None
    end = min(comma + _CLAUSE_REACH, len(tokens))
    for index in range(comma, end):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if index > comma and any(mark in gap for mark in _STOPS):
            return None
        if tokens[index].norm in _OTHER or _another_place(tokens, index):
            return None  # "..., the Swiss said", "while ... met in Addis Ababa"
        if is_meeting(tokens, index):
            return index
    return None


def _another_place(tokens: Sequence[Token], index: int) -> bool:
    """A place preposition before a capitalised word: the clause names its own place."""
    return (
        tokens[index].norm in _OPEN | _TO
        and index + 1 < len(tokens)
        and tokens[index + 1].capitalised
    )


def _opens(tokens: Sequence[Token], index: int, text: str) -> bool:
    """Whether ``tokens[index]`` opens its sentence, its paragraph or its line after a
    dateline's dash. A single line break is no opening: pages wrap their lines, and "she said
    at a regular briefing / in Beijing, adding" is no fronted place (redteam2's 0643)."""
    if index == 0:
        return True
    gap = text[tokens[index - 1].end : tokens[index].start]
    if "\n\n" in gap or gap.rstrip(_CLOSERS).endswith((".", "!", "?")):
        return True
    return any(mark in gap for mark in ("-", "\u2014", "\u2013"))


__all__ = ["fronted_meeting"]
