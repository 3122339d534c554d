"""A meeting the evidence names by its pair of sides, "a Putin-Zelensky meeting", "the
Xi-Biden talks", gives its parties: a two-party fact's value outside that pair is no party
(outside check 62's plant "Donald Trump" for a Putin-Zelensky meeting he was arranging, kept
when session 30 read "Afterwards Trump" as Trump).

Read only for a fact of two parties (a pair names no three-way meeting), when every other party
of the fact is in the pair and named nowhere else in that sentence ("Trump and Zelensky
discussed a Putin-Zelensky meeting" tells another meeting of Trump's own), and the value is
none of the pair's names.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_of, person_part

_MEETINGS = word_set("meeting meetings summit summits talks meet encounter")


def _pairs(tokens: Sequence[Token]) -> list[tuple[int, int, frozenset[str]]]:
    """(first, last, names) of each "A-B meeting" in a sentence: capitalised words joined by
    dashes right before a meeting noun."""
    found: list[tuple[int, int, frozenset[str]]] = []
    for index, token in enumerate(tokens):
        if token.norm not in _MEETINGS or index < 2:
            continue
        first = index - 1
        while first > 0 and tokens[first].joined and tokens[first - 1].capitalised:
            first -= 1
        names = tokens[first:index]
        if len(names) >= 2 and all(t.capitalised for t in names):
            found.append((first, index - 1, frozenset(t.norm for t in names)))
    return found


def _words(name: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(person_part(name)) if len(t.norm) > 1)


def outside_pair(value: str, ctx: Context) -> bool:
    """True when the evidence names the meeting by a pair the fact's other party is in, and
    ``value`` is not (see the module)."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    if len(parties) != 2 or party_of(value) is not None or value not in parties:
        return False
    other = _words(parties[1 - parties.index(value)])
    own = _words(value)
    for tokens in ctx.sentence_tokens():
        if not any(t.joined for t in tokens):
            continue
        for first, last, names in _pairs(tokens):
            if not own.isdisjoint(names) or other.isdisjoint(names):
                continue
            rest = [t.norm for i, t in enumerate(tokens) if i < first or i > last]
            if other.isdisjoint(rest):
                return True
    return False


__all__ = ["outside_pair"]
