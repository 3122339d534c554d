"""A figure dated before the vote is not the vote's result (outside check 51: "the party, which had
90 seats before the election, won 85" gave 90 seats won), for
:func:`summarizer.verification.counts.number_occasions.other_occasion`.

A sentence about an election's or a vote's result often gives the figure it is compared with:
"Labor held 77 seats before the vote and now has 94", "Fianna Fail won 48 seats, against 38 at
the last election", "the outgoing chamber's 90 members". A careful reader reads the mark of time
attached to each number: a number followed, within its few words, by "before the election"
("before the vote", "before Saturday's poll"), "at the last election", "at the previous poll",
"going into the election", or preceded by "previously", "formerly" or "outgoing", or standing in
an opening clause "Before the election ..." (up to a semicolon, a colon, a dash or a contrast),
is the figure before the occasion, when another number of the sentence is not so marked (the
result itself). It is refused for the result (unsupported: the page states it, as the earlier
figure), but not for a count of that earlier figure: when the mark's own words are the field's
cues ("seats held before the election"), the number is the field's, and the undated result
beside it is refused for that count.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set

_OCCASIONS = word_set(
    """election elections vote votes poll polls ballot ballots referendum count dissolution
    campaign"""
)
_BEFORE = word_set("before ahead")
_LAST = word_set("last previous preceding prior")
_AT = word_set("at in")
_INTO = word_set("into")
_GOING = word_set("going heading")
_MARKS_BEFORE = word_set("previously formerly outgoing")
_REACH = 5  # words after a number (its noun and a verb) in which its mark of time stands
_CONTRASTS = word_set("but while whereas although though now")
_SKIPPED = word_set("the a this that its their his her last year's")


def _occasion_after(tokens: Sequence[Token], index: int) -> int | None:
    """The index of an occasion noun within three words after ``index`` ("the election",
    "Saturday's poll", "the 2022 vote"), None for none."""
    for position in range(index, min(index + 3, len(tokens))):
        if tokens[position].norm in _OCCASIONS:
            return position
    return None


def _fronted(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[int]:
    """The dating word of a sentence that opens on the time before its occasion ("Before the
    election the Coalition held 55 seats; it now has 43"), when ``mention`` stands in that
    opening clause (before any ";", ":", dash or contrast word), or empty."""
    if len(tokens) < 3 or tokens[0].norm not in _BEFORE or _occasion_after(tokens, 1) is None:
        return []
    for index in range(1, mention.first + 1):
        gap = text[tokens[index - 1].end : tokens[index].start]
        if any(mark in gap for mark in ";:\u2014") or tokens[index].norm in _CONTRASTS:
            return []
    return [0]


def _mark(tokens: Sequence[Token], mention: NumberMention, text: str) -> list[int]:
    """The indexes of the words that date ``mention`` before its sentence's occasion (the
    dating words only, not the occasion's noun, which a count of the result names too), or
    empty: "before the election", "at the last election", "going into the poll",
    "previously held 90", "the outgoing parliament's 90", a sentence opening "Before the
    election" (:func:`_fronted`)."""
    fronted = _fronted(tokens, mention, text)
    if fronted:
        return fronted
    for index in range(max(mention.first - 3, 0), mention.first):
        if tokens[index].norm in _MARKS_BEFORE:
            return [index]
    end = min(mention.last + 1 + _REACH, len(tokens))
    for index in range(mention.last + 1, end):
        norm = tokens[index].norm
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if tokens[index].is_number:
            return []  # another number's words
        dating = norm in _BEFORE or (norm in _INTO and tokens[index - 1].norm in _GOING)
        if dating and _occasion_after(tokens, index + 1) is not None:
            return [index - 1, index] if norm in _INTO else [index]
        if norm in _AT and following in _SKIPPED:
            after = index + 2 if following != "last" else index + 1  # "at last year's"
            last = after < len(tokens) and tokens[after].norm in _LAST
            if last and _occasion_after(tokens, after + 1) is not None:
                return [after]
    return []


def prior_clash(
    tokens: Sequence[Token], mention: NumberMention, others: Sequence[NumberMention],
    cues: Sequence[int], text: str,
) -> str:  # fmt: skip
    """Why ``mention`` is the other figure of a before-and-after pair (see the module), or
    "": the figure before the vote while another number of its kind is not so dated, unless
    the dating words are the field's cues (a count of the earlier figure); or, for such a
    count, the undated result beside the dated figure."""
    mark = _mark(tokens, mention, text)
    own = any(index in cues for index in mark)
    if mark and not own and any(not _mark(tokens, other, text) for other in others):
        return "the figure before the vote or election"
    if not mark and any(
        (dated := _mark(tokens, other, text)) and any(index in cues for index in dated)
        for other in others
    ):
        return "the result, not the figure before the vote or election"
    return ""


__all__ = ["prior_clash"]
