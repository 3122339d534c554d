"""A count that is the size of a change in percent, read from the change's own word (session
33, checks 72 and 73: "revenue growth, per cent" was left unconfirmed for "revenue of $57
billion, up 62% from a year earlier", as were "the stock was up about 8%", "a 65% increase on
the $19.31 billion", "66% more than a year before", "almost 8% stronger against the dollar",
"adding 7% to take the tender price", "45 percent more than before").

Markets and statistics tell a change by a word beside its percent, not by the count's noun:
before it, a verb or adverb of moving ("rose", "fell", "gained", "added", "was up", "is off",
a hedge between: "gained more than 4%"), or after its unit, a noun or comparative of the change
("a 65% increase", "66% more", "8% stronger", "10 per cent lower"). The count names the change
by a noun of its own ("growth", "rise", "gain", "increase", "fall", "drop", "decline",
"change") and its unit is a percent. Such a word is then a cue of the count, for the number
rules' nearness (:func:`summarizer.verification.counts.number_rules.support_number`), when:

- its direction agrees with the count's: up ("rose", "up", "added", "more", "stronger") for a
  rise, growth, gain or increase; down ("fell", "off", "lost", "less", "weaker") for a fall,
  drop, decline or loss; either for a change, swing or shift. "Sales fell 1.9%" is no "rise
  in sales", and stays unread;
- and the percent is the only one of its sentence a change word of that direction stands by,
  or a word of the count's own (the thing that changed: "revenue", "sales", "profit") stands
  within a few words before the change's word, its subject: "Revenue rose 10% and profit
  jumped 25%" gives 25 to profit, not to revenue.

The lone change of the count's direction is not taken when the count's own word is the
subject of another percent's change and not of this one's ("Exports rose 5% while imports fell
3%": 3 is no fall in exports), unless this change shares the other's subject ("grew 9% in 2024
and fell 3%", "up 3% on the year but down 1%", "they slipped 0.1%"); a change told with "as
much as" (the peak on the way) yields to a plain one ("fell as much as 12% ... before closing
8% lower"). Words of change set apart from their percent by a phrase ("a drop of 17%", "up as
much as 8%", "8% off") are :mod:`summarizer.verification.figures.change_phrases`' (session 60).

Left out: a change whose word stands apart from its percent ("the pound has climbed, trading
at $1.34, almost 8% stronger" is read by "stronger", not "climbed"), and earlier or expected
changes, which the occasion rules read.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..figures.change_phrases import DOWN, UP, degree_before, noun_of, off_after, past_degree
from ..figures.numbers import NumberMention
from ..page.tokens import Token, tokenize, word_set

_UP, _DOWN, _EITHER = UP, DOWN, "either"
# Stems of a count's noun of change, with the direction it names.
_COUNT_CHANGES = (
    ("growth", _UP), ("grow", _UP), ("rise", _UP), ("increase", _UP), ("gain", _UP),
    ("jump", _UP), ("climb", _UP), ("surge", _UP), ("hike", _UP), ("fall", _DOWN),
    ("drop", _DOWN), ("decline", _DOWN), ("loss", _DOWN), ("decrease", _DOWN),
    ("slump", _DOWN), ("change", _EITHER), ("swing", _EITHER), ("shift", _EITHER),
    ("move", _EITHER),
)  # fmt: skip
_PERCENT_WORDS = word_set("percent percentage per cent pct")
_UP_BEFORE = word_set(
    """up rose rise rises risen rising gained gain gains added adding adds jumped jumps climbed
    climbs increased increases grew grows growing surged soared rallied advanced lifted raised
    boosted"""
)
_DOWN_BEFORE = word_set(
    """down fell falls fallen falling dropped drops lost loses losing declined declines slipped
    slid sank slumped tumbled plunged shed off shrank eased lowered reduced"""
)
_UP_AFTER = word_set("increase increases rise rises gain gains jump climb more higher stronger")
_DOWN_AFTER = word_set(
    "decrease decreases fall falls drop drops decline declines loss less lower weaker fewer"
)
# Words between a change's verb and its percent ("gained more than 4%", "was up about 8%").
_HEDGES = word_set("about around roughly some nearly almost just over more than less by only")
_UNIT_AFTER = word_set("percent per cent pct percentage points point") | {"%"}
_SUBJECT_REACH = 4  # words before a change's word its subject may stand
_PRONOUNS = word_set("it they this these those")
# A word joining a change to the one before it, its subject shared ("and fell 3%", "but down
# 1%", "and a fall of 3%"), past the words that may lead the second change.
_JOINS = word_set("and but or yet then")  # ", then fell 2%" (review rv60n)
_OBJECT_LEADS = word_set("in of off on")
_LEADS = word_set("a an the was were is are had has have been also")
# Stems of a count's words of time, no subject of a change ("fall in exports this year").
_TIMES = word_set("year month week quart annua daily weekl days night")


@cache
def _count_change(what: str) -> tuple[str, tuple[str, ...]]:
    """The direction a count of a change in percent names, with the stems of its other words
    (the thing that changed); ("", ()) for a count that is no change in percent."""
    words = [token.norm for token in tokenize(what.replace("-", " "))]
    if not ("%" in what or any(word in _PERCENT_WORDS for word in words)):
        return "", ()
    direction = next(
        (way for word in words for stem, way in _COUNT_CHANGES if word.startswith(stem)), ""
    )
    others = tuple(
        word[:5]
        for word in words
        if len(word) > 3
        and word not in _PERCENT_WORDS
        and not any(word.startswith(stem) for stem, _ in _COUNT_CHANGES)
    )
    return direction, others


def change_word(tokens: Sequence[Token], mention: NumberMention) -> tuple[int, str] | None:
    """The position and direction of the word of change beside a percent: before it, past
    hedges ("gained more than 4%"), or after its unit ("a 65% increase", "8% stronger")."""
    if mention.unit != "percent":
        return None
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    at = past_degree(tokens, at)  # "rose by as much as 14%" (change_phrases)
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1
    if at >= 0 and tokens[at].norm in _UP_BEFORE:
        return at, _UP
    if at >= 0 and tokens[at].norm in _DOWN_BEFORE:
        return at, _DOWN
    if found := noun_of(tokens, at):  # "a drop of nearly 17%"
        return found
    after = mention.last + 1
    while after < len(tokens) and tokens[after].norm in _UNIT_AFTER:
        after += 1
    if after < len(tokens) and tokens[after].norm in _UP_AFTER:
        return after, _UP
    if after < len(tokens) and tokens[after].norm in _DOWN_AFTER:
        return after, _DOWN
    return off_after(tokens, after)  # "knocked 8% off the shares"


def change_cues(tokens: Sequence[Token], mentions: Sequence[NumberMention], what: str) -> list[int]:
    """Positions of the words of change that make a percent of the sentence the count's (see
    the module); empty for a count that is no change in percent."""
    direction, others = _count_change(what)
    if not direction:
        return []
    agreeing = [
        (found[0], mention.first)
        for mention in mentions
        if (found := change_word(tokens, mention)) and direction in (_EITHER, found[1])
    ]
    # A peak ("as much as") and a plain change are lone each among their own kind: "fell as
    # much as 12% ... before closing 8% lower" gives 8 to the close and 12 to the fall up to
    # 12% (the qualifier rules tell them apart; review rv60n: the peak was dropped)
    peaks = [pair for pair in agreeing if degree_before(tokens, pair[1])]
    plain = [pair for pair in agreeing if pair not in peaks]
    cues: list[int] = []
    for at, first in agreeing:
        kind = peaks if (at, first) in peaks else plain
        named = bool(others) and _names_subject(tokens, at, first, others)
        lone = len(kind) == 1 and not _subject_elsewhere(tokens, mentions, at, first, others)
        if named or lone:
            cues.append(at)
    return cues


def _names_subject(tokens: Sequence[Token], at: int, first: int, others: tuple[str, ...]) -> bool:
    """Whether a word of the count's own stands in the subject before a change's word
    ("Revenue rose 10%", "Revenue, a 65% increase")."""
    start = min(at, first)
    subject = tokens[max(start - _SUBJECT_REACH, 0) : start]
    return any(token.norm.startswith(others) for token in subject)


def _names_object(tokens: Sequence[Token], first: int, others: tuple[str, ...]) -> bool:
    """Whether a word of the count's own follows the percent at ``first`` past its unit and
    "in", "of", "off" or "on" ("a drop of 3% in exports", "8% off Take-Two's shares")."""
    after = first + 1
    while after < len(tokens) and tokens[after].norm in _UNIT_AFTER:
        after += 1
    if after >= len(tokens) or tokens[after].norm not in _OBJECT_LEADS:
        return False
    following = tokens[after + 1 : after + 1 + _SUBJECT_REACH]
    return any(token.norm.startswith(others) for token in following)


def _subject_elsewhere(
    tokens: Sequence[Token],
    mentions: Sequence[NumberMention],
    at: int,
    first: int,
    others: tuple[str, ...],
) -> bool:
    """Whether the count's own word is the subject of another percent's change and not of this
    one's ("Exports rose 5% while imports fell 3%": 3 is no fall in exports, though it is the
    one fall of the sentence; session 60, ct60)."""
    start = min(at, first)
    others = tuple(word for word in others if word.isalpha())  # a year is no subject
    if not others or _names_subject(tokens, at, first, others):
        return False
    window = tokens[max(start - _SUBJECT_REACH, 0) : start]
    if any(t.norm in _PRONOUNS for t in window):
        return False  # "organic net sales grew 1.7%; ... they slipped 0.1%": its own again
    before = start - 1
    while before >= 0 and tokens[before].norm in _LEADS:
        before -= 1
    if before >= 0 and tokens[before].norm in _JOINS:
        return False  # "grew 9% in 2024 and fell 3%", "up 3% on the year but down 1%": shared
    if _names_object(tokens, first, others):
        return False  # "knocked 8% off Take-Two's shares": its own thing after the percent
    return any(
        (found := change_word(tokens, mention))
        and found[0] != at
        and not degree_before(tokens, mention.first)  # the same thing's peak, not another's
        and _names_subject(tokens, found[0], mention.first, others)
        and not _named_between(tokens, found[0], mention.first, start, others)
        for mention in mentions
    )


def _named_between(
    tokens: Sequence[Token], other_at: int, other_first: int, start: int, others: tuple[str, ...]
) -> bool:
    """Whether a word of the count's that the other change's subject does not name stands
    between that change and this one, this change's own subject ("Exports of steel rose 5%
    while imports, hit by the dock strike, fell 3%": 3 is the fall in steel imports; review
    rv60n)."""
    end = max(other_at, other_first)
    if end >= start:
        return False
    subject = tokens[
        max(min(other_at, other_first) - _SUBJECT_REACH, 0) : min(other_at, other_first)
    ]
    unnamed = tuple(
        word
        for word in others
        if word not in _TIMES and not any(t.norm.startswith(word) for t in subject)
    )
    return bool(unnamed) and any(t.norm.startswith(unnamed) for t in tokens[end + 1 : start])


def other_change(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> str:
    """Why a percent with a word of change beside it is not the count's change, or "": its
    change goes the other way ("Sales fell 3.2%" for a rise in sales), or another percent of
    the sentence is the count's subject's change ("Revenue rose 10% and operating profit
    jumped 25%": 10 is no growth in operating profit)."""
    direction, _others = _count_change(what)
    found = change_word(tokens, mention) if direction else None
    if found is None:
        return ""
    at, way = found
    if direction != _EITHER and way != direction:
        return f"{mention.value:g}% is a change {way}, not the {what}"
    owned = change_cues(tokens, mentions, what)
    if owned and at not in owned:
        return f"{mention.value:g}% is another thing's change, not the {what}"
    return ""


def other_measure(tokens: Sequence[Token], mention: NumberMention, what: str) -> str:
    """Why a number is another measure than a count of a change in percent, or "" (review
    rvct33):

    - a size in percentage points for a count in per cent, or the reverse: a share's change
      in points ("the margin rose 2.5 percentage points to 18%") is no change of 2.5 per cent,
      which would be a rise from 15.6% to 16%;
    - the level a change reached, the percent after "to" that follows a word of change or the
      change's size ("rose 2.5 percentage points to 18%", "was down to 2%", "rose to 12% of
      sales"): the value after the change, not its size."""
    direction, _others = _count_change(what)
    if not direction:
        return ""
    norms = tokenize(what.replace("-", " "))
    pointed = any(token.norm in ("point", "points") for token in norms)
    if mention.unit == "percentage" and not pointed:
        return f"{mention.value:g} is percentage points, not the {what} in per cent"
    if mention.unit == "percent" and pointed:
        return f"{mention.value:g} is per cent, not the {what} in percentage points"
    if mention.unit == "percent" and _level(tokens, mention):
        return f"{mention.value:g}% is the level reached, not the {what}"
    return ""


def _level(tokens: Sequence[Token], mention: NumberMention) -> bool:
    """Whether the percent at ``mention`` follows "to" after a word of change, directly or
    past the change's size ("fell 0.3 percentage points to 4.1%", "down to 2%")."""
    at = mention.first - 1
    while at >= 0 and tokens[at].norm in _HEDGES:
        at -= 1  # "rose to about 12%"
    if at < 1 or tokens[at].norm != "to":
        return False
    at -= 1
    marked = at
    while at >= 0 and tokens[at].norm in _UNIT_AFTER:
        at -= 1
    if at >= 0 and tokens[at].is_number:  # the change's size: "rose 2.5 percentage points"
        at -= 1
        if at == marked - 1 and at >= 0 and tokens[at].norm == "by":
            return False  # "risen by 2 to 3 per cent": a range's ends, the noun said once (rv41n)
        while at >= 0 and tokens[at].norm in _HEDGES:
            at -= 1
    return at >= 0 and tokens[at].norm in _UP_BEFORE | _DOWN_BEFORE


def own_change(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention], what: str
) -> bool:
    """Whether the percent's word of change is one :func:`change_cues` gives the count."""
    found = change_word(tokens, mention)
    return found is not None and found[0] in change_cues(tokens, mentions, what)


__all__ = ["change_cues", "change_word", "other_change", "other_measure", "own_change"]
