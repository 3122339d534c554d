"""Two readings compared: the first decisive difference between them, or none.

Numbers pair off first (a year one side leaves out is tolerated where the field allows it),
then negation, negating prefixes, contrasts, title modifiers and proper nouns, in that order;
one-sided qualifiers (a country, a chamber) are dropped rather than counted against a value.
What is dropped is handed back so similarity can leave it out too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evaluation.decisive.known_names import DROPPABLE
from summarizer.evaluation.decisive.lexicon import NEGATING_PREFIXES
from summarizer.evaluation.decisive.reading import Reading, read
from summarizer.evaluation.decisive.spelling import same_proper, stem
from summarizer.evaluation.decisive.tokenizer import is_year
from summarizer.text.vocabulary import STOPWORDS


def _pair_off(
    left: list[str], right: list[str], same: object = None
) -> tuple[list[str], list[str]]:
    """Remove tokens that pair up one to one; return what is left on each side."""
    rest_right = list(right)
    rest_left: list[str] = []
    for word in left:
        for index, other in enumerate(rest_right):
            if word == other or (same is not None and same_proper(word, other)):
                del rest_right[index]
                break
        else:
            rest_left.append(word)
    return rest_left, rest_right


@dataclass(frozen=True)
class Verdict:
    """The decisive comparison of two values: ``clash`` names the first decisive difference
    (None when there is none); ``dropped`` are tolerated one-sided tokens (qualifiers, a
    missing year) to leave out of the similarity that decides next."""

    clash: str | None
    dropped: frozenset[str]


@lru_cache(maxsize=16384)
def compare(
    gold: str,
    pred: str,
    *,
    name: bool = False,
    partial_years: bool = False,
    numbers: bool = True,
    omissions: bool = False,
) -> Verdict:
    """Decide whether two values differ in a decisive token (see the module docstring).
    ``numbers=False`` leaves numbers, days, months and years to the caller (dates by parts).
    ``omissions``: a paraphrase may leave out proper nouns the other side states (it is less
    specific, not contradictory) as long as it names none the other side lacks."""
    left, right = read(gold, name), read(pred, name)
    dropped: set[str] = set()
    if not numbers:
        return _compare_words(left, right, name, dropped, omissions)
    # numbers, years, days, months
    lnum, rnum = _pair_off(list(left.numbers), list(right.numbers))
    if partial_years and _only_years(lnum, rnum, right):
        dropped.update(lnum)
        lnum = []
    if partial_years and _only_years(rnum, lnum, left):
        dropped.update(rnum)
        rnum = []
    if lnum or rnum:
        return Verdict(f"number {lnum} vs {rnum}", frozenset())
    return _compare_words(left, right, name, dropped, omissions)


def _only_years(rest: list[str], other_rest: list[str], other: Reading) -> bool:
    """One side's leftover numbers are years, and the other side states no year at all."""
    return (
        bool(rest)
        and not other_rest
        and all(is_year(n) for n in rest)
        and not any(is_year(n) for n in other.numbers)
    )


def _compare_words(
    left: Reading, right: Reading, name: bool, dropped: set[str], omissions: bool = False
) -> Verdict:
    """Negation, contrasts, title modifiers and proper nouns (numbers are done)."""
    lneg, rneg = Counter(left.negated), Counter(right.negated)
    for head in lneg.keys() | rneg.keys():
        if lneg[head] != rneg[head] and head in left.content and head in right.content:
            return Verdict(f"negation of {head!r}", frozenset())
    if _prefix_negation(left, right):
        return Verdict("negation prefix", frozenset())
    for scale in {s for s, _ in left.contrasts} & {s for s, _ in right.contrasts}:
        lv = {v for s, v in left.contrasts if s == scale}
        rv = {v for s, v in right.contrasts if s == scale}
        if lv - rv and rv - lv:
            return Verdict("contrast", frozenset())
    if sorted(left.modifiers) != sorted(right.modifiers):
        return Verdict(f"title modifier {left.modifiers} vs {right.modifiers}", frozenset())
    # proper nouns: a token proper on either side is proper on both
    candidates = set(left.proper) | set(right.proper)
    lprop = [w for w in left.words if w in candidates and w not in STOPWORDS]
    rprop = [w for w in right.words if w in candidates and w not in STOPWORDS]
    lrest, rrest = _pair_off(lprop, rprop, same_proper)
    if name:  # a middle initial that one side leaves out
        lrest = [w for w in lrest if len(w) > 1 or rrest]
        rrest = [w for w in rrest if len(w) > 1 or lrest]
    for rest, other, reading in ((lrest, rrest, left), (rrest, lrest, right)):
        if rest and not other and not reading.has_conjunction and all(w in DROPPABLE for w in rest):
            dropped.update(rest)
            rest.clear()
    if (lrest or rrest) and not (omissions and not (lrest and rrest)):
        return Verdict(f"proper noun {lrest} vs {rrest}", frozenset())
    return Verdict(None, frozenset(dropped))


def _prefix_negation(left: Reading, right: Reading) -> bool:
    """ "productive" vs "unproductive", "legal" vs "illegal": a negating prefix on one side,
    unless the other side negates the bare word itself ("not necessary" = "unnecessary")."""
    lset, rset = set(left.words), set(right.words)
    for mine, others, other in (
        (lset - rset, rset - lset, right),
        (rset - lset, lset - rset, left),
    ):
        for word in mine:
            for prefix in NEGATING_PREFIXES:
                root = word[len(prefix) :]
                if word.startswith(prefix) and root in others and stem(root) not in other.negated:
                    return True
    return False
