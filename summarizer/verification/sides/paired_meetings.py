"""A meeting the evidence names by its pair of sides, "a Putin-Zelensky meeting", "the
Xi-Biden talks", gives its parties: a two-party fact's value outside that pair is no party
(outside check 62's plant "Donald Trump" for a Putin-Zelensky meeting he was arranging, kept
when session 30 read "Afterwards Trump" as Trump).

The pair is written with a hyphen, a dash or a slash ("a Tshisekedi/Kagame meeting"), the
meeting noun right after it or past a few lower-case words ("a Putin-Zelensky peace summit",
"a Netanyahu-Abbas face-to-face meeting", "a Maduro-Petro sit-down"). Read only for a fact of
two parties (a pair names no three-way meeting), when every other party of the fact is in the
pair and named outside a pair in no sentence of the evidence ("Trump and Zelensky discussed a
Putin-Zelensky meeting", "Trump met Putin in Anchorage. Afterwards Trump said ..." tell a
meeting of the value's own), and the value is none of the pair's names, nor the one who says
he will join or attend the pair's meeting ("Trump said he would join a Putin-Zelensky
meeting": three at the table), unless as its mediator. A pair of countries ("the US-China
trade talks") is left alone: their people are its parties ("Bessent led the US-China trade
talks") (review rvv30, session 30).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..context import Context
from ..page.tokens import Token, tokenize, word_set
from ..people.party_names import party_of, person_part

_MEETINGS = word_set("meeting meetings summit summits talks meet encounter sitdown")
_MODIFIERS = 3  # lower-case words between the pair and its meeting noun ("peace", "face-to-face")
_JOINING = word_set("join joins joined joining attend attends attended attending participate")
_MEDIATING = word_set("mediator mediators mediate mediating mediation broker brokering")


def _meeting_noun(tokens: Sequence[Token], index: int) -> bool:
    """A meeting noun at ``index``: "meeting", "talks", ..., or the "down" of "sit-down"."""
    token = tokens[index]
    if token.norm == "down":
        return token.joined and tokens[index - 1].norm == "sit"
    return token.norm in _MEETINGS


def _pair_end(tokens: Sequence[Token], index: int) -> int:
    """The last name of a pair before the meeting noun at ``index`` (past up to
    ``_MODIFIERS`` lower-case words: "peace", "face-to-face", the "sit" of "sit-down"), or -1."""
    last = index - 1
    if tokens[index].norm == "down":
        last -= 1
    while last > 0 and index - last <= _MODIFIERS + 1 and not tokens[last].capitalised:
        if tokens[last].is_number or tokens[last].norm in ("the", "a", "an", "and", "with"):
            return -1
        last -= 1
    return last if tokens[last].capitalised else -1


def _pairs(tokens: Sequence[Token], text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(first, last, names) of each "A-B meeting" in a sentence: capitalised words joined by
    hyphens, dashes or a slash before a meeting noun."""
    found: list[tuple[int, int, frozenset[str]]] = []
    for index in range(2, len(tokens)):
        if not _meeting_noun(tokens, index):
            continue
        last = _pair_end(tokens, index)
        if last < 1:
            continue
        first = last
        while (
            first > 0
            and tokens[first - 1].capitalised
            and (tokens[first].joined or text[tokens[first - 1].end : tokens[first].start] == "/")
        ):
            first -= 1
        names = tokens[first : last + 1]
        if first < last and not any(party_of(t.text) for t in names):
            found.append((first, last, frozenset(t.norm for t in names)))  # of people only
    return found


def _words(name: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(person_part(name)) if len(t.norm) > 1)


def _joins(norms: Sequence[str], first: int) -> bool:
    """Whether the sentence tells someone joining or attending the pair's meeting (the
    verb in the four words before the pair), not as its mediator."""
    return not _JOINING.isdisjoint(norms[max(first - 4, 0) : first]) and _MEDIATING.isdisjoint(
        norms
    )


def outside_pair(value: str, ctx: Context) -> bool:
    """True when the evidence names the meeting by a pair the fact's other party is in, and
    ``value`` is not (see the module)."""
    parties = [str(p) for p in getattr(ctx.fact, "parties", None) or []]
    if len(parties) != 2 or party_of(value) is not None or value not in parties:
        return False
    other = _words(parties[1 - parties.index(value)])
    own = _words(value)
    text = ctx.article.text
    outside = False
    for tokens in ctx.sentence_tokens():
        pairs = _pairs(tokens, text) if len(tokens) > 2 else []
        inside = {i for first, last, _ in pairs for i in range(first, last + 1)}
        if not other.isdisjoint(t.norm for i, t in enumerate(tokens) if i not in inside):
            return False  # the other party named outside a pair: a meeting of their own
        norms = [t.norm for t in tokens]
        for first, _, names in pairs:
            if own.isdisjoint(names) and not other.isdisjoint(names) and not _joins(norms, first):
                outside = True
    return outside


__all__ = ["outside_pair"]
