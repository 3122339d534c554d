"""A word of a count that its sentence writes only as the thing set against the number's
(review rvcountclause38): "EasyJet's passenger numbers, unlike Ryanair's, climbed to 9.6
million" counts no Ryanair passengers, "Exports to China, rather than imports, rose to 3,900"
no imports.

The form of English: a phrase of contrast ("unlike X", "rather than X", "instead of X", "as
opposed to X", "other than X", "excluding X", "except X") set off as an aside (after a
comma or a dash, or opening the sentence) names what the clause is *not* about; it runs from
its marker to the next clause mark (at most six words). Run into its clause ("chose to wait
rather than sell") it may set a deed against a deed, and is left alone. A count one of
whose words (its ``what``, read by :func:`.count_words.what_words`) the sentence holds only
inside such phrases, the number standing outside them, is refused that number: the number is
the other thing's. A count whose words also stand outside the phrase ("EasyJet passengers"
above) keeps the other rules' verdict.

So too a count's noun of one way of a two-way flow, whose sentence names only the other way:
"Imports of Chinese steel climbed to 4,200" counts no exports of it. English's pairs of a
flow's two ways (imports and exports, arrivals and departures, inflows and outflows, births
and deaths, buyers and sellers, admissions and discharges) are a closed list; a sentence that
names both keeps the other rules' verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..page.tokens import CLAUSE_MARKS, Token, word_set
from .count_words import covers, what_words
from .numbers import NumberMention

_ONE = word_set("unlike excluding except")
_TWO = {("rather", "than"), ("instead", "of"), ("other", "than"), ("opposed", "to")}
# "a bloc opposed to the mayor's head tax" is against it, no contrast: only "as opposed to"
_REACH = 6
_PAIRS = (
    ("import", "export"), ("arrival", "departure"), ("inflow", "outflow"), ("birth", "death"),
    ("buyer", "seller"), ("admission", "discharge"),
)  # fmt: skip
_OTHER = {one: other for pair in _PAIRS for one, other in (pair, pair[::-1])}


def _contrasted(tokens: Sequence[Token], text: str) -> set[int]:
    """The indexes of the words inside the sentence's phrases of contrast."""
    inside: set[int] = set()
    for index, token in enumerate(tokens):
        pair = (tokens[index - 1].norm, token.norm) if index else ("", "")
        if token.norm not in _ONE and pair not in _TWO:
            continue
        if pair[0] == "opposed" and (index < 2 or tokens[index - 2].norm != "as"):
            continue
        one = token.norm in _ONE
        start = index if one else index - 1 - (pair[0] == "opposed")  # "as opposed to"
        if start > 0 and not set(text[tokens[start - 1].end : tokens[start].start]) & CLAUSE_MARKS:
            continue  # "chose to wait rather than sell": no aside, maybe no noun set against
        for at in range(index + 1, min(len(tokens), index + 1 + _REACH)):
            if set(text[tokens[at - 1].end : tokens[at].start]) & (CLAUSE_MARKS | set(".;")):
                break
            inside.add(at)
    return inside


def contrasted_word(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why ``mention`` is no count of ``what``: the sentence names only the other way of its
    flow, or one of its words stands only in a phrase of contrast, the number outside it
    (module); or ""."""
    norms = [t.norm for t in tokens if not t.is_number]
    for word in what_words(what):
        other = _OTHER.get(word.removesuffix("s"))
        if other and covers(norms, other) and not covers(norms, word):
            return f"{mention.value:g} counts {other}s, not {word}"
    inside = _contrasted(tokens, text)
    if not inside or mention.first in inside:
        return ""
    for word in what_words(what):
        at = [i for i, t in enumerate(tokens) if not t.is_number and covers([t.norm], word)]
        if at and all(i in inside for i in at):
            return f"{mention.value:g} is not of {word!r}: the sentence sets {word!r} against it"
    return ""


__all__ = ["contrasted_word"]
