"""Points of a tariff read as a rate in percent (outside check 42), for the number rules
(:func:`summarizer.verification.counts.number_rules.support_number`).

A tariff stated as a total in percent is often split into its parts in "points": "Ten points
of it is the baseline rate. The other 20 points is the fentanyl tariff", "Of the 45% levy, 25
percentage points are the anti-dumping duty", "The countervailing duty accounts for 17 points
of the 27% rate". A careful reader takes such a part as that tariff's rate: 20 points of a
rate in percent *are* a 20% tariff. So a number followed by "points" / "percentage points" is
read as a number in percent when its clause names it as a rate's part:

- after it, a verb of being or making up ("is", "are", "come from", "make up", "goes to") and
  a rate noun ("tariff", "duty", "levy", "rate", ...) within a few words; or
- before it, a rate noun and a verb of accounting for a share ("accounts for", "makes up",
  "represents", "contributes") right before the number.

A change of so many points is no rate: "rose by 20 points to 45%", "raised the tariff 10
percentage points", "a 25-point rise", "12 points higher than last year's", "8 points below
the cap", a poll's lead or an index's fall "by 18 points", "the gap ... is 30 points". The
number is then left in its "points", which no rate takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..page.tokens import Token, word_set
from .numbers import NumberMention

_POINTS = word_set("point points")
_PERCENTAGE = word_set("percentage percent per")
_RATE_NOUNS = word_set(
    """tariff tariffs duty duties levy levies surcharge surcharges surtax rate rates charge
    toll""",
)
_BEING = word_set(
    """is are was were be remains remain stays come comes came make makes made goes go went
    represent represents belong belongs reflects reflect""",
)
_BEING_LEAD = word_set("from up to of for")  # "come from", "make up", "goes to"
_ACCOUNTING = word_set("accounts account accounted represents represent makes make comprises")
_ACCOUNT_LEAD = word_set("for up")
# Words of a change or a comparison around the number: no part of a rate then.
_CHANGE_BEFORE = word_set(
    """by rose rise rises risen raised raise raises raising increased increase increases hiked
    hike cut cuts lowered lower reduced reduce fell fall falls dropped drop jumped jump
    climbed climb added add adds gained gain lost lose up down lead leads led trails trailed
    gap spread difference margin another extra further additional""",
)
_CHANGE_AFTER = word_set(
    """higher lower above below more less up down rise rises increase increases hike hikes cut
    cuts jump drop fall gain lead ahead behind over under than""",
)
_SKIP = word_set("the other remaining last first final")
_REACH = 7


def point_parts(
    tokens: Sequence[Token], mentions: list[NumberMention], text: str
) -> list[NumberMention]:
    """``mentions`` with each number of points that a clause names as a rate's part read in
    percent (see the module); the list itself when the sentence says no "point"."""
    if not any(token.norm in _POINTS for token in tokens):
        return mentions
    return [_as_percent(tokens, m, text) or m for m in mentions]


def _as_percent(tokens: Sequence[Token], mention: NumberMention, text: str) -> NumberMention | None:
    unit = mention.last + 1
    if unit < len(tokens) and tokens[unit].norm in _PERCENTAGE and tokens[unit].norm != "per":
        unit += 1  # "25 percentage points"
    if unit >= len(tokens) or tokens[unit].norm not in _POINTS:
        return None
    if "-" in text[tokens[mention.last].end : tokens[unit].start]:
        return None  # "a 25-point rise": a modifier of a change
    before = [t.norm for t in tokens[max(mention.first - 4, 0) : mention.first]]
    after = [t.norm for t in tokens[unit + 1 : unit + 1 + 2 * _REACH]]
    if after[:1] and after[0] in _CHANGE_AFTER:
        return None  # "12 points higher than", "8 points below the cap"
    lead = [word for word in before if word not in _SKIP]
    if not _part_before(tokens, mention.first):  # "The duty makes up 15 points"
        if _CHANGE_BEFORE.intersection(lead[-3:]):
            return None  # "rose by 20 points", "raised the tariff 10 percentage points"
        if not _part_after(after):
            return None
    following = tokens[unit + 1].norm if unit + 1 < len(tokens) else ""
    if following == "of":
        following = ""  # "17 points of the 27% rate": the part is read, not what it is of
    return replace(mention, unit="percent", after=following)


def _part_after(after: list[str]) -> bool:
    """ "20 points is the fentanyl tariff", "12 points come from the retaliatory tariff";
    over an of-phrase: "Five points of the new 25% duty are a safeguard surcharge"."""
    reach = _REACH if after[:1] == ["of"] else 3
    verb = next((i for i, word in enumerate(after[:reach]) if word in _BEING), None)
    if verb is None:
        return False
    rest = after[verb + 1 : verb + 1 + _REACH]
    return any(word in _RATE_NOUNS for word in rest) or (
        bool(rest) and rest[0] in _BEING_LEAD and any(word in _RATE_NOUNS for word in rest[1:])
    )


def _part_before(tokens: Sequence[Token], first: int) -> bool:
    """ "The countervailing duty accounts for 17 points": a rate noun, then a verb of
    accounting for a share right before the number."""
    at = first - 1
    if at >= 0 and tokens[at].norm in _ACCOUNT_LEAD:
        at -= 1
    if at < 0 or tokens[at].norm not in _ACCOUNTING:
        return False
    return any(t.norm in _RATE_NOUNS for t in tokens[max(at - _REACH, 0) : at])


__all__ = ["point_parts"]
