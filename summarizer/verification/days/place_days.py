"""An event's day read from the clause its place owns (an outside check, check 47: "The
alliance launched its offensive ... on October 27 and has since taken several towns, including
Laukkai, the capital of the Kokang region, which fell on January 5" gave October 27, the
offensive's start, to the event "Laukkai fell").

An event's ``place`` may carry a relative clause of its own: the place's name, then (after an
appositive set off by commas: ", the capital of the Kokang region,") a comma and "which",
"where", "when" or "who", up to the next comma or clause mark ("Kalehe, which fell on 11
April", "Mopti, where they raised their flag on July 9"). That clause tells what happened
*at the place*: for the event at that place,

- a day inside it is the event's own (:func:`in_place_clause`), whatever role another rule
  gives a day in a clause about another thing;
- a day before the place, in a clause that names the place nowhere but at that mention, is
  another occasion's (:func:`place_elsewhere`): the larger operation's the main clause tells
  ("launched its offensive on October 27", "began their push on June 2 and captured Chasiv
  Yar, a hilltop town, which they claimed on July 30").

A day in the place's clause after a bound ("which they had shelled since March 3"), or with a
day after the clause ("entered Bakhmut, which ..., on Monday"), is not read as the place's.

A place named with no clause of its own, or one whose clause holds no day ("in northern Shan,
where the alliance has since seized Laukkai"), changes nothing. Runs only for an event with a
place that its evidence sentence names, and only reads that sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..occasions.day_occasions import DAY_WORDS, clause_break
from ..page.tokens import Token, tokenize, word_set

ANOTHER_PLACE = "the day of another occasion than the one at its place"

_RELATIVES = word_set("which where when who")
_APPOSITIVE = 10  # words an appositive after the place may run to
_DAYS = DAY_WORDS | word_set("yesterday today tonight")
_BOUNDS = word_set("since until till before after by")
# Between the day and the place: the place is the object of a second verb or of a list, not
# of the verb that holds the day ("launched its offensive on October 27 and has since taken
# several towns, including Laukkai"; not "Rebels on March 3 captured Mopti, where ...").
_SECOND = word_set("and including among then later since as")
# A claim told inside the place's clause is another party's ("Bakhmut, which Wagner said it
# took on May 20"), and a relative time after it dates the main event apart ("three days later").
_TOLD = word_set("said says announced reported insisted alleged")
_APART = word_set("later earlier afterwards before after")


def in_place_clause(fact: Any, tokens: Sequence[Token], first: int, text: str) -> bool:
    """Whether the day at ``tokens[first]`` is in the relative clause of the event's place,
    not after a bound ("which they had shelled since March 3") and with no day after that
    clause ("Troops entered Bakhmut, which ..., on Monday": Monday is the entry's)."""
    for _, low, high in _place_clauses(fact, tokens, text):
        if low <= first < high:
            if any(t.norm in _BOUNDS for t in tokens[max(first - 2, low) : first]):
                return False
            if any(t.norm in _TOLD for t in tokens[low:first]):
                return False
            after = tokens[high:]
            return not any(t.norm in _DAYS or t.norm in _APART for t in after)
    return False


def place_elsewhere(fact: Any, tokens: Sequence[Token], first: int, text: str) -> str | None:
    """:data:`ANOTHER_PLACE` for a day before the place whose clause holds a day, in a clause
    that names the place nowhere but at that mention (see the module); None otherwise."""
    owned = [
        (mention, low, high)
        for mention, low, high in _place_clauses(fact, tokens, text)
        if first < mention and any(t.norm in _DAYS for t in tokens[low:high])
    ]
    if not owned:
        return None
    mention = min(mention for mention, _, _ in owned)
    second = any(t.norm in _SECOND for t in tokens[first + 1 : mention])
    if not second and not any(clause_break(tokens, i, text) for i in range(first, mention)):
        return None  # the place is the object of the day's own verb ("on Friday raided Jenin")
    low, high = _clause_of(tokens, first, text)
    names = _place_words(fact)
    mentions = {mention for mention, _, _ in owned}
    for index in range(low, high):
        if tokens[index].norm == names[0] and index not in mentions:
            return None  # the place named again in the day's own clause
    return ANOTHER_PLACE


def _place_words(fact: Any) -> list[str]:
    place = getattr(fact, "place", None)
    if not isinstance(place, str):
        return []
    return [t.norm for t in tokenize(place) if t.capitalised]


def _place_clauses(
    fact: Any, tokens: Sequence[Token], text: str
) -> list[tuple[int, int, int]]:  # fmt: skip
    """(mention, low, high) for each relative clause the event's place owns in ``tokens``:
    where the place is named, and the clause's token span."""
    words = _place_words(fact)
    if not words:
        return []
    size, norms = len(words), [t.norm for t in tokens]
    spans = []
    for start in (i for i, norm in enumerate(norms) if norm == words[0]):
        if norms[start : start + size] != words:
            continue
        relative = _relative_after(tokens, start + size - 1, text)
        if relative is not None:
            spans.append((start, relative, _clause_of(tokens, relative, text)[1]))
    return spans


def _relative_after(tokens: Sequence[Token], last: int, text: str) -> int | None:
    """The relative word that opens the place's own clause after ``tokens[last]``: right
    after a comma, or after one appositive between commas."""
    index = last + 1
    for _ in range(2):
        if index >= len(tokens) or "," not in _gap(tokens, index, text):
            return None
        if tokens[index].norm in _RELATIVES:
            return index
        end = next(
            (i for i in range(index + 1, min(index + _APPOSITIVE, len(tokens)))
             if "," in _gap(tokens, i, text) or clause_break(tokens, i - 1, text)),
            None,
        )  # fmt: skip
        if end is None:
            return None
        index = end
    return None


def _clause_of(tokens: Sequence[Token], index: int, text: str) -> tuple[int, int]:
    """The stretch around ``tokens[index]`` between commas and clause marks."""
    low = index
    while (
        low > 0 and "," not in _gap(tokens, low, text) and not clause_break(tokens, low - 1, text)
    ):
        low -= 1
    high = index + 1
    while (
        high < len(tokens)
        and "," not in _gap(tokens, high, text)
        and not clause_break(tokens, high - 1, text)
    ):
        high += 1
    return low, high


def _gap(tokens: Sequence[Token], index: int, text: str) -> str:
    """The text between ``tokens[index - 1]`` and ``tokens[index]``."""
    return text[tokens[index - 1].end : tokens[index].start]


__all__ = ["ANOTHER_PLACE", "in_place_clause", "place_elsewhere"]
