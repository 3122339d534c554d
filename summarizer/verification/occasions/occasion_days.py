"""A number of days that belongs to another occasion near the fact (an outside check, session
16): a truce's length or the talks' days read from "the 40-day Lenten fast", "after a 40-day
mourning period", "during the nine-day Navratri festival", "a seven-day period of national
mourning", "half the length of the 28-day truce brokered in 2023", "a year after a 12-day
round in Doha", "The 2019 summit lasted two days", "the previous round had stretched over
eleven days". The number is the other occasion's (*unsupported*):

- a length ("N-day") whose noun is an occasion that is neither talks nor a truce (a fast, a
  mourning period, a festival, a holiday, a pilgrimage), or "a period / spell of" one;
- a length of talks or a truce marked as another one, in a sentence that gives another
  number of days (alone, "The earlier truce lasted 60 days" may be the fact's): an earlier
  one ("previous", "earlier", "last", "prior"), one dated by a year ("The 2019 summit", "the truce
  brokered in 2023"), or one a span of time before ("a year after a 12-day round");
- "N days" after a verb of lasting ("lasted", "stretched over", "ran for") whose subject is
  such an occasion.

The fact's own number in the same sentence ("will last 10 days", "a 15-day ceasefire", "the
two-day summit") keeps its reading. Read only for a number of days (its unit or the word
hyphen-joined to it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.numbers import NumberMention
from ..page.tokens import Token, word_set, year_of_our_time

_OCCASIONS = word_set(
    """fast fasting mourning festival festivities holiday holidays feast pilgrimage vigil
    lent ramadan celebration celebrations commemoration funeral carnival jubilee"""
)
_SPANS = word_set("period spell stretch")
_FACTS = word_set(
    """truce truces ceasefire ceasefires pause talks summit summits round rounds meeting
    meetings negotiations session sessions conference visit armistice"""
)
# Words that put an occasion before the story's own ("the previous summit"); aside_days reads
# them too, with "recent", and held_meetings ("The previous session ... had been held in").
EARLIER_WORDS = word_set("previous earlier last prior former preceding")
_TIME_UNITS = word_set("year years month months week weeks decade decades")
_LASTING = word_set("lasted lasting stretched spanned ran run runs took")
_SKIP = word_set("the a an its their this that of for over had has have")
_DAY = word_set("day days")


def _days(tokens: Sequence[Token], mention: NumberMention) -> bool:
    following = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    return mention.unit == "day" or mention.compound == "day" or following in _DAY


def _dated(tokens: Sequence[Token], head: int, before: int, rival: bool) -> bool:
    """The occasion at ``tokens[head]`` marked as another one, when a ``rival`` number of
    days stands in the sentence (alone, "The earlier truce lasted 60 days" may be the fact's
    own): an earlier-word or a year before it (from ``before``), a year in the few words
    after it, or "a year after"."""
    if not rival:
        return False  # "The earlier truce lasted 60 days" alone: it may be the fact's
    start = max(before - 3, 0)
    if not EARLIER_WORDS.isdisjoint(t.norm for t in tokens[start:head]):
        return True
    if any(year_of_our_time(t) for t in tokens[start:head]):
        return True  # "The 2019 summit"
    after = tokens[head + 1 : head + 5]
    if any(year_of_our_time(t) for t in after) and any(t.norm == "in" for t in after):
        return True  # "the 28-day truce brokered in 2023"
    if (
        before >= 2
        and tokens[before - 1].norm in {"a", "an"}
        and tokens[before - 2].norm == "after"
    ):
        return any(t.norm in _TIME_UNITS for t in tokens[max(before - 4, 0) : before - 2])
    return False


def _occasion(tokens: Sequence[Token], head: int, before: int, rival: bool) -> str:
    norm = tokens[head].norm
    if norm in _OCCASIONS:
        return f"a {norm}"
    if norm in _FACTS and _dated(tokens, head, before, rival):
        return f"another {norm}"
    return ""


def other_occasion_days(
    tokens: Sequence[Token], mention: NumberMention, mentions: Sequence[NumberMention]
) -> str:
    """What other occasion the number of days at ``mention`` is the length of, or ""
    (``mentions``: the sentence's numbers)."""
    if not _days(tokens, mention):
        return ""
    following = tokens[mention.last + 1].norm if mention.last + 1 < len(tokens) else ""
    if mention.compound == "day" or (following == "day" and mention.unit != "day"):
        for head in range(mention.last + 1, min(mention.last + 5, len(tokens))):
            norm = tokens[head].norm
            if norm in _SPANS:  # "a seven-day period of national mourning"
                ahead = tokens[head + 1 : head + 5]
                if ahead and ahead[0].norm == "of":
                    hit = [t.norm for t in ahead if t.norm in _OCCASIONS]
                    return f"a {hit[0]}" if hit else ""
                continue
            if norm in _OCCASIONS or norm in _FACTS:
                rival = any(_days(tokens, m) for m in mentions if m is not mention)
                return _occasion(tokens, head, mention.first, rival)
        return ""
    rival = any(_days(tokens, m) for m in mentions if m is not mention)
    verb = next(
        (i for i in range(mention.first - 1, max(mention.first - 4, -1), -1)
         if tokens[i].norm in _LASTING),
        None,
    )  # fmt: skip
    if verb is None:
        return ""
    for head in range(verb - 1, max(verb - 6, -1), -1):
        if tokens[head].norm in _OCCASIONS or tokens[head].norm in _FACTS:
            return _occasion(tokens, head, head, rival)
    return ""


__all__ = ["other_occasion_days"]
