"""A time that dates the number a value is compared with, not the value (session 53, fc53n).

"Completions rose 4 per cent to 4,605, against 4,445 a year earlier", "its share eased to
12.1% from 13% a year ago", "23,034 homes, 4% more than a year earlier", "up 132.1 percent on
the same quarter last year": the earlier time after the value is the baseline's. Read on the
outside checks 50-100, such a time made a correct count another occasion's ("4605 is another
occasion's count", "12.1 is told of another occasion ('a year ago')").

A time at ``at`` after the value is a baseline's when a word of comparison ("from", "against",
"than", "on", ...) stands between the value and the time, within a few words of the time,
and a number other than the value stands between them too: the compared number after the
word ("from 13% a year ago", "against 4,445 a year earlier") or a change's size before it
("4% more than a year earlier", "up 132.1 percent on the same quarter last year"). Without
such a number the time may be the value's own ("40 people were killed more than a year
ago"); before the value, or with the word before the value ("down from $4.4 billion a year
earlier" for 4.4 billion), it stays the value's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set

# Words that set a value against a baseline ("from 13%", "against 4,445", "than a year ago").
COMPARING = word_set("on from than with over versus vs against compared")
_REACH = 7  # words from the comparing word to the time
_BREAKS = (";", ":", "\u2014", "(", ")")


def compared_time(tokens: Sequence[Token], at: int, value: tuple[int, int], text: str = "") -> bool:
    """Whether the time at ``at`` dates the baseline a value at ``value`` (first, last) is
    compared with (see the module); ``text`` (the article's) to see marks that end a clause
    between them, when the caller's stretch is not cut at them already."""
    last = value[1]
    if at <= last:
        return False
    gaps = (text[tokens[k].end : tokens[k + 1].start] for k in range(last, at))
    if text and any(mark in gap for gap in gaps for mark in _BREAKS):
        return False
    for word in range(at - 1, max(last, at - _REACH - 1), -1):
        if tokens[word].norm not in COMPARING:
            continue
        after = any(tokens[k].is_number for k in range(word + 1, at))
        change = any(tokens[k].is_number for k in range(last + 1, word))
        return after or change
    return False


__all__ = ["COMPARING", "compared_time"]
