"""The words that name an event's own thing, for the day rules that ask whether a clause
around a day is about the event or about another thing (:mod:`day_others`, :mod:`event_days`,
:mod:`earlier_days`).

They are the description's longer words ("fighting", "flared"), and, since an article seldom
repeats the summary's noun, the other nouns news writing uses for the same thing (session 31,
check 69): a strike is also "the walkout" ("the walkout they started on Aug. 4 continues",
"a walkout that began on July 26, 2024"), an agreement also "the deal" ("The deal, which a
federal mediator helped broker on Aug. 19, gave ..."). The families are kept narrow: a word
joins one only when writers use it for the very same thing, never for a neighbour (a vote is
not its deal, a truce is not the talks that made it), so another occasion beside the event
keeps its own day.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..page.tokens import Token, tokenize, word_set

_PLAIN = frozenset(
    {"with", "that", "from", "this", "were", "have", "been", "after", "before", "their"}
)
# One family per line: the nouns news writing uses for one thing.
_FAMILIES: tuple[frozenset[str], ...] = (
    word_set("strike strikes walkout walkouts stoppage stoppages"),
    word_set("deal deals agreement agreements accord accords pact pacts"),
    word_set("takeover acquisition buyout"),
)


def about_words(fact: Any) -> frozenset[str]:
    """The fact's own words (see the module): its description's longer words, and the kin of
    the noun it names the event by."""
    description = getattr(fact, "description", None)
    return _words(description if isinstance(description, str) else "")


@lru_cache(maxsize=1024)
def _words(description: str) -> frozenset[str]:
    tokens = tokenize(description)
    words = frozenset(t.norm for t in tokens if len(t.norm) > 3 and t.norm not in _PLAIN)
    for index, token in enumerate(tokens):
        family = next((f for f in _FAMILIES if token.norm in f), None)
        if family is not None and not any(_verb(t) for t in tokens[:index]):
            return words | family  # "machinists' strike at Boeing": the strike's nouns
    return words


def _verb(token: Token) -> bool:
    """A word of a description that tells an act ("voters approved the deal", "Nippon Steel
    completes takeover", "agreement ending the strike"): then its noun is what was acted on,
    not the event."""
    if token.capitalised or token.text.endswith(("'", "\u2019")):
        return False  # "Boeing", "performers'"
    return token.norm.endswith(("ed", "ing", "es"))


def named_again(tokens: Sequence[Token], head: int, first: int, about: frozenset[str]) -> bool:
    """Whether the sentence names the event's words again outside the clause from the noun
    at ``tokens[head]`` to the day at ``tokens[first]``: then the event may be that other
    thing ("the strike that killed 12 on Sunday came a day after another strike"). For the
    noun the event is named by (its family in ``about``), only that noun or its kin counts:
    "The deal, which negotiators reached on Oct. 3, gives pilots a raise" names no second
    deal, though "pilots" is a word of the event."""
    noun = tokens[head].norm
    family = next((f for f in _FAMILIES if noun in f), None)
    same = family if family is not None and family <= about else about
    return any(t.norm in same for t in (*tokens[:head], *tokens[first + 1 :]))


__all__ = ["about_words", "named_again"]
