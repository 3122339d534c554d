"""A sentence opened by the occasion a meeting comes ahead of (session 30, left30; review
rvo29's left-out wrong verdicts): "Before the G20 summit in Rio, Biden and Xi held talks in
Lima", "Ahead of next month's EU summit in Brussels, Macron and Scholz met in Paris", "Two days
before the African Union summit in Addis Ababa, the leaders held talks in Nairobi", "On the eve
of the Pacific Islands Forum in Honiara, ...", "In the run-up to the NATO summit in The Hague,
...".

The opening names the other occasion; the clause after it tells the meeting. So:

- a place inside such an opening is the other occasion's, not the meeting's, when the clause
  after it tells a meeting (a meeting word) at a place of its own ("in Lima", "at Chequers",
  or a host opening it: "Baku hosted the two presidents for talks", review rvl30):
  :func:`ahead_place`;
- a place in the clause after it is the meeting's when that clause tells a meeting ("held
  talks in Lima", "met in Paris"): the opening does not make it "before the meeting"
  (:func:`meeting_after_opening`), unlike "Before the talks, the minister stopped in Tallinn to
  see troops", whose clause tells another act.

Not read: an opening with a verb of its own ("Before Sanchez and Costa held talks in Porto,
their envoys had met in Vigo": the opening tells the meeting), an opening of "after" (the
meeting's own sequel may follow it: "After the summit in Rio, the two met again in Lima" is
left to the other rules), an opening longer than twelve words, a clause after it with no
meeting word ("Before the summit in Rio, Xi stopped in Lima": the stop reading), and an
opening that names the fact's own day ("Ahead of the talks in Geneva on Monday, the envoys met
in Vienna" for the Geneva talks on Monday).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import Token, word_set
from .day_occasions import MEETING_WORDS
from .value_scopes import clause, stretches

_AHEAD = word_set("before ahead eve run lead")  # "the run-up to", "the lead-up to"
_OPENING_SIZE = 12  # "Two days before the African Union summit in Addis Ababa"
_LEAD_WORDS = 5  # where the opening's "before" / "ahead" / "eve" stands
# Words that tell a meeting in the clause after the opening, besides MEETING_WORDS.
_MEETING_ACTS = MEETING_WORDS | word_set("conferred sat hosted huddled")
_AT = word_set("in at")
# An opening with a verb of its own is a clause that tells the meeting itself ("Before Sanchez
# and Costa held talks in Porto,"), not the occasion it comes ahead of (meetings47's 0111).
_VERBS = word_set(
    """held hold holds holding met meet meets sat sit gathered gather convened
    flew travelled traveled arrived went sign signed"""
)


def _opening(tokens: Sequence[Token], at: int, text: str) -> tuple[int, int] | None:
    """(start, end) of the fronted opening of ``tokens[at]``'s clause when it sets the clause
    ahead of another occasion and names that occasion by a meeting word; else None."""
    start, end = clause(tokens, at, text)
    spans = stretches(tokens, text, start, end)
    if len(spans) < 2:
        return None
    low, high = spans[0]
    if high - low > _OPENING_SIZE:
        return None
    lead = [t.norm for t in tokens[low : min(low + _LEAD_WORDS, high)]]
    if _AHEAD.isdisjoint(lead) or "after" in lead:
        return None
    words = {t.norm for t in tokens[low:high]}
    if MEETING_WORDS.isdisjoint(words) or not _VERBS.isdisjoint(words):
        return None  # not "Before Sanchez and Costa held talks in Porto, their envoys had met"
    return low, high


def _meeting_told(tokens: Sequence[Token], low: int, high: int) -> bool:
    return not _MEETING_ACTS.isdisjoint(t.norm for t in tokens[low:high])


def ahead_place(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The place at ``tokens[first]`` stands inside an opening of the occasion the meeting
    comes ahead of, and the clause after the opening tells a meeting at another place."""
    opening = _opening(tokens, first, text)
    if opening is None or not opening[0] <= first < opening[1]:
        return False
    end = clause(tokens, first, text)[1]
    if not _meeting_told(tokens, opening[1], end):
        return False
    return _hosts(tokens, opening[1], end) or any(
        tokens[k].capitalised and tokens[k - 1].norm in _AT for k in range(opening[1] + 1, end)
    )


_HOSTING = word_set("hosted hosts")
_HOST_REACH = 4  # "Baku hosted", "Baku, the Azerbaijani capital, hosted" is not read


def _hosts(tokens: Sequence[Token], low: int, end: int) -> bool:
    """The clause after the opening opens with a capitalised place that hosts the meeting
    ("Ahead of the summit in Astana, Baku hosted the two presidents for talks"; rvl30). A
    person as host ("Tokayev hosted the presidents") reads the same: the clause then does not
    say the meeting was at the opening's place either."""
    if low >= end or not tokens[low].capitalised:
        return False
    return any(tokens[k].norm in _HOSTING for k in range(low + 1, min(low + _HOST_REACH, end)))


def meeting_after_opening(tokens: Sequence[Token], first: int, text: str) -> bool:
    """The place at ``tokens[first]`` stands after such an opening, in a clause that tells a
    meeting before it ("..., the two leaders held talks in Lima")."""
    opening = _opening(tokens, first, text)
    return opening is not None and first >= opening[1] and _meeting_told(tokens, opening[1], first)


__all__ = ["ahead_place", "meeting_after_opening"]
