"""A day of a side phrase, not of the sentence's main clause (a review of session 18), for
:func:`summarizer.verification.days.earlier_days.event_role`:

A sentence whose main clause carries its own day often names another day in a fronted phrase of
time or in a comma aside: "Following Friday's talks in Doha, negotiators will meet in Geneva on
Monday"; "After last week's summit in Accra, the ministers convene on Thursday"; "The talks,
delayed since March, will open in Geneva on Monday"; "The hearing, postponed twice since
January, resumes on 4 June". The side day dates the other occasion (the earlier talks, the
start of a delay), not the one the main clause tells of.

:func:`side_day` reads the day's stretch (between the sentence's edges, commas and clause
marks): the day is a side one when the stretch is a fronted phrase opened by a word of time
("following", "after", "before", "since", "ahead of", "despite") that ends at a comma, or a
comma aside in which "since" stands right before the day, and a day word (a weekday, a month)
stands outside the stretch in the same sentence. A lone day (no other in the sentence) and the
main clause's own day keep the other rules' reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import SINGULAR_POSSESSIVES, Token, word_set

_FRONT = word_set("following after before since ahead despite")
_SINCE = word_set("since")


def side_day(tokens: Sequence[Token], first: int, last: int, text: str) -> str | None:
    """The role of the day at ``tokens[first:last + 1]`` when it is a side phrase's (see
    the module), or None."""
    start, end = _stretch(tokens, first, last, text)
    fronted = (
        (start == 0 or _line_start(tokens, start, text))
        and tokens[start].norm in _FRONT
        and end < len(tokens)
    )
    since = first > start and tokens[first - 1].norm in _SINCE and start > 0 and end < len(tokens)
    if not (fronted or since):
        return None
    if fronted and not _possessive_or_dated(tokens, first, last, text):
        return None
    outside = [i for i in range(len(tokens)) if not start <= i < end]
    if not any(tokens[i].norm in DAY_WORDS for i in outside):
        return None
    if fronted:
        return "the day of another occasion, in a fronted phrase of time"
    return "the day a delay runs since, in an aside"


def _possessive_or_dated(tokens: Sequence[Token], first: int, last: int, text: str) -> bool:
    """A possessive day ("Friday's talks", "last week's summit") or a dated one ("talks on
    Friday") in the fronted phrase."""
    word = tokens[last].text
    return word.endswith(SINGULAR_POSSESSIVES) or tokens[first - 1].norm in word_set("on in")


def _stretch(tokens: Sequence[Token], first: int, last: int, text: str) -> tuple[int, int]:
    """The comma- and clause-bounded run of tokens around the day."""
    start = first
    while start > 0 and not clause_break(tokens, start - 1, text):
        if "," in text[tokens[start - 1].end : tokens[start].start] or _line_start(
            tokens, start, text
        ):
            break
        start -= 1
    end = last + 1
    while end < len(tokens) and not clause_break(tokens, end - 1, text):
        if "," in text[tokens[end - 1].end : tokens[end].start]:
            break
        end += 1
    return start, end


def _line_start(tokens: Sequence[Token], index: int, text: str) -> bool:
    return index > 0 and "\n" in text[tokens[index - 1].end : tokens[index].start]


__all__ = ["side_day"]
