"""One value read for its decisive parts: numbers and date parts, negated words, contrast
values, title modifiers, candidate proper nouns, and the stemmed content words that
similarity compares once nothing decisive differs.

Reading is per value and cached; the comparison of two readings is :mod:`.verdict`. The
proper-noun decision lives here because it needs the whole value's case pattern (a title-case
headline, a bare title) and no part-of-speech tagger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evaluation.decisive.lexicon import (
    COMMON_WORDS,
    CONJUNCTIONS,
    CONTRASTS,
    GENERIC,
    NAME_SUFFIXES,
    NEGATING_VERBS,
    NEGATION_TRANSPARENT,
    NEGATIVE_WORDS,
    NEGATORS,
    POSITIVE_SYNONYMS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from summarizer.evaluation.decisive.spelling import stem
from summarizer.evaluation.decisive.tokenizer import Token, is_number, tokens
from summarizer.text.vocabulary import MONTH_NUMBER, STOPWORDS, WEEKDAYS


@dataclass(frozen=True)
class Reading:
    """What a value says, split into decisive parts and the rest."""

    numbers: tuple[str, ...]
    negated: tuple[str, ...]  # the stems that a negation applies to
    contrasts: frozenset[tuple[int, int]]
    modifiers: tuple[str, ...]
    proper: tuple[str, ...]  # candidate proper nouns (decided jointly with the other side)
    words: tuple[str, ...]  # all canonical tokens
    content: tuple[str, ...]  # stemmed tokens that are not stopwords
    has_conjunction: bool


_CONTRAST_INDEX: dict[str, set[tuple[int, int]]] = {}
for _scale, _values in enumerate(CONTRASTS):
    for _value, _synonyms in enumerate(_values):
        for _word in _synonyms:
            _CONTRAST_INDEX.setdefault(_word, set()).add((_scale, _value))
            _CONTRAST_INDEX.setdefault(stem(_word), set()).add((_scale, _value))
_NEGATIVE_STEMS = {stem(k): stem(v) for k, v in NEGATIVE_WORDS.items()} | {
    k: stem(v) for k, v in NEGATIVE_WORDS.items()
}
_POSITIVE_STEMS = {stem(k): stem(v) for k, v in POSITIVE_SYNONYMS.items()}


@lru_cache(maxsize=16384)
def read(text: str, name: bool = False) -> Reading:
    """Decisive parts of one value; ``name`` reads it as a name (Name comparator)."""
    toks = tokens(text)
    title_case = _title_case(toks)
    has_case = any(t.capital for t in toks) and not all(
        t.capital for t in toks if not t.text.isdigit()
    )
    # A bare title ("National Security Adviser", "Deputy Foreign Minister"): capitals are a
    # style choice there, not names (a country or other known name in it still counts).
    bare_title = not name and all(
        t.text in TITLE_WORDS or t.text in STOPWORDS or t.known for t in toks
    )
    numbers: list[str] = []
    negated: list[str] = []
    pending = False  # a negator waits for the next content word
    contrasts: set[tuple[int, int]] = set()
    modifiers: list[str] = []
    proper: list[str] = []
    content: list[str] = []
    for tok in toks:
        word = tok.text
        if is_number(word):
            numbers.append(word)
            content.append(word)
            if pending:
                negated.append(word)
                pending = False
            continue
        if word in NEGATORS or word in NEGATING_VERBS:
            pending = True
            continue
        stemmed = stem(word)
        if word in NEGATIVE_WORDS or stemmed in _NEGATIVE_STEMS:
            stemmed = _NEGATIVE_STEMS.get(stemmed) or stem(NEGATIVE_WORDS[word])
            negated.append(_POSITIVE_STEMS.get(stemmed, stemmed))
        elif pending and word not in STOPWORDS and word not in NEGATION_TRANSPARENT:
            negated.append(_POSITIVE_STEMS.get(stemmed, stemmed))
        if word not in STOPWORDS and word not in NEGATION_TRANSPARENT:
            pending = False
        stemmed = _POSITIVE_STEMS.get(stemmed, stemmed)
        contrasts.update(_CONTRAST_INDEX.get(word) or _CONTRAST_INDEX.get(stemmed) or ())
        if (word in TITLE_MODIFIERS and not name) or word in NAME_SUFFIXES:
            modifiers.append(word)
        if word in MONTH_NUMBER or word in WEEKDAYS:
            numbers.append(word)
            content.append(word)
            continue
        if _proper_candidate(tok, name, title_case, has_case) and not (
            bare_title and not tok.known
        ):
            proper.append(word)
        if word not in STOPWORDS:
            content.append(stemmed)
    words = tuple(t.text for t in toks)
    return Reading(
        numbers=tuple(numbers),
        negated=tuple(negated),
        contrasts=frozenset(contrasts),
        modifiers=tuple(modifiers),
        proper=tuple(proper),
        words=words,
        content=tuple(content),
        has_conjunction=any(w in CONJUNCTIONS for w in words),
    )


def _proper_candidate(tok: Token, name: bool, title_case: bool, has_case: bool) -> bool:
    word = tok.text
    if word in STOPWORDS or word in CONJUNCTIONS or word in NEGATORS:
        return False
    if tok.known:
        return True
    if name:
        if word in TITLE_WORDS or word in GENERIC or stem(word) in GENERIC:
            return False
        return tok.capital or not has_case
    if not tok.capital:
        return False
    if len(word) > 1 and word in GENERIC:
        return False
    if title_case or tok.initial:
        return word not in COMMON_WORDS and stem(word) not in COMMON_WORDS
    return True


def _title_case(toks: Sequence[Token]) -> bool:
    """A headline or title: most longer words capitalised, so case says little."""
    long = [t for t in toks if len(t.text) > 3 and not t.text.isdigit()]
    return len(long) >= 2 and sum(t.capital for t in long) >= 0.75 * len(long) and len(toks) > 4


def content_words(text: str, name: bool, drop: Iterable[str] = ()) -> list[str]:
    """The stemmed non-stopword tokens of a value, less tolerated one-sided tokens."""
    dropped = {stem(word) for word in drop} | set(drop)
    return [w for w in read(text, name).content if w not in dropped]


def content_counter(text: str, name: bool, drop: Iterable[str] = ()) -> Counter[str]:
    return Counter(content_words(text, name, drop))
