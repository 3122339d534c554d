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
# A flow's way as its count: a plural ("imports", "births") or a noun before a count's word
# ("import volumes"); "Nightingale's birth" is one event, no flow (review rv40c).
_FLOW_HEADS = word_set("numbers volumes figures levels totals rate rates")
# Times a phrase of contrast names by their qualifier: "Unlike last year, imports rose to
# 3,900" sets last year against this one, not against a count of this year's imports.
_TIMES = word_set("year month week quarter season day decade term half")
_QUALIFIERS = word_set("last this next previous past coming current")


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
            if tokens[at - 1].is_number:
                continue  # "Rather than the 40 seats pollsters predicted, the party took 52":
                # the aside's number's own noun, which both numbers count, is set against none
            inside.add(at)
    return inside


def _own_contrast(what: str) -> set[str]:
    """The count's own words inside its own phrase of contrast ("prices excluding fuel",
    "members other than the chairman"): the count names that thing as left out, as the
    sentence does, so it is not set against the count (review rv40c)."""
    words = [w.strip(".,'").lower() for w in what.replace("-", " ").split()]
    own: set[str] = set()
    for at, word in enumerate(words):
        pair = (words[at - 1], word) if at else ("", "")
        if word in _ONE or pair in _TWO:
            own.update(words[at + 1 : at + 1 + _REACH])
    return own


def _other_time(tokens: Sequence[Token], at: int, word: str, what: str) -> bool:
    """Whether the sentence's time word at ``at`` has another qualifier than the count's own
    ("last year" in the aside, "this year" or none in the count)."""
    if word not in _TIMES or not at or tokens[at - 1].norm not in _QUALIFIERS:
        return False
    words = [w.strip(".,'").lower() for w in what.replace("-", " ").split()]
    counted = {words[i - 1] for i, w in enumerate(words) if w == word and i}
    return tokens[at - 1].norm not in counted


def _flow_named(tokens: Sequence[Token], way: str) -> bool:
    """Whether the sentence names ``way`` of a flow as a count of it (see ``_FLOW_HEADS``)."""
    for at, token in enumerate(tokens):
        if token.norm == way + "s":
            return True
        if token.norm == way and at + 1 < len(tokens) and tokens[at + 1].norm in _FLOW_HEADS:
            return True
    return False


def contrasted_word(tokens: Sequence[Token], mention: NumberMention, what: str, text: str) -> str:
    """Why ``mention`` is no count of ``what``: the sentence names only the other way of its
    flow, or one of its words stands only in a phrase of contrast, the number outside it
    (module); or ""."""
    norms = [t.norm for t in tokens if not t.is_number]
    for word in what_words(what):
        other = _OTHER.get(word.removesuffix("s"))
        if other and _flow_named(tokens, other) and not covers(norms, word):
            return f"{mention.value:g} counts {other}s, not {word}"
    inside = _contrasted(tokens, text)
    if not inside or mention.first in inside:
        return ""
    own = _own_contrast(what)
    for word in what_words(what):
        if word in own:
            continue
        at = [i for i, t in enumerate(tokens) if not t.is_number and covers([t.norm], word)]
        if any(_other_time(tokens, i, word, what) for i in at):
            continue
        if at and all(i in inside for i in at):
            return f"{mention.value:g} is not of {word!r}: the sentence sets {word!r} against it"
    return ""


__all__ = ["contrasted_word"]
