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

from functools import lru_cache
from typing import Any

from ..page.tokens import tokenize, word_set

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
    """The fact's own words (see the module): its description's longer words and their kin,
    and its kind's kin ("strike")."""
    description = getattr(fact, "description", None)
    kind = getattr(fact, "kind", None)
    return _words(description if isinstance(description, str) else "", str(kind or ""))


@lru_cache(maxsize=1024)
def _words(description: str, kind: str) -> frozenset[str]:
    words = {t.norm for t in tokenize(description)}
    words = {w for w in words if len(w) > 3 and w not in _PLAIN}
    if not words:
        return frozenset()
    named = words | {kind}
    kin = (family for family in _FAMILIES if family & named)
    return frozenset(words.union(*kin))


__all__ = ["about_words"]
