"""Whom the page says a role of: the person a title's words are written of, read for
:mod:`summarizer.verification.people.person_rules` (a person's ``role``).

A role value used to be held only to the free-text check (its proper names occur in the
article), so the role the article gives ANOTHER person passed: "Prime Minister" for the
president when the page names a prime minister, "Secretary General" of another body. Here
every place the role's words stand in a row (any order, "of"/"the" between: "NATO Secretary
General" is "secretary general of NATO", "NATO's secretary-general") is read for the one it is
said of:
- a title before a name, over other title words ("Prime Minister Kaja Kallas", "Deputy
  Foreign Minister Sergei Ryabkov" for "deputy"), or with one comma ("Italy's prime
  minister, Giorgia Meloni");
- an apposition or a copula after a name ("Mark Rutte, NATO's secretary general,", "Rutte,
  who is the alliance's secretary general", "Kallas became prime minister").
An office with a word before it that the value lacks is another office ("Vice President"
for "President", "Deputy Foreign Minister" for "Foreign Minister") and ties no one; "former"
or "ex-" before it
ties the name to a past office (:data:`FORMER`; "then-House Speaker" is the office then held).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from ..page.article import ArticleText
from ..page.tokens import CANONICAL, COMPOUNDS, SINGULAR_POSSESSIVES, Token, tokenize, word_set
from .names import NOT_NAMES, PARTICLES, TITLES
from .party_names import named_at
from .role_descriptions import sentences_of

#: Words that make an office a past one.
FORMER = word_set("former ex erstwhile onetime previous")
#: Words that make an office another one than the bare title ("Vice President").
_OTHER_OFFICE = word_set("vice deputy assistant under associate acting interim shadow lieutenant")
#: The same words, read by :mod:`.role_rivals` ("deputy mayor" is no mayor, nor the reverse).
OTHER_OFFICE = _OTHER_OFFICE
_FILLERS = word_set("the of for and")
# Spellings of one role word.
_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "adm": "admiral",
    "sec": "secretary",
    "amb": "ambassador",
    "lt": "lieutenant",
}
#: The abbreviations, read by :mod:`.role_own_titles` ("Gov. Gordon Pike": a title run over
#: the abbreviation's full stop).
ABBREVIATIONS = frozenset(_ABBREVIATIONS)
_VARIANTS = {"defense": "defence", "advisor": "adviser", "center": "centre", **_ABBREVIATIONS}
# Words that may stand between an apposed name and its role ("Rutte, who is the alliance's").
_APPOSED = word_set(
    """the a an who is was has have been became becomes remains serves served as now also
    currently newly recently new current longtime veteran top senior its his her
    their named appointed"""
)
# The written forms a role word's token may have, for the substring gate of
# :func:`_sentence_gate`: the word itself and the abbreviations and spellings mapped to it.
_FORMS: dict[str, tuple[str, ...]] = {}
for _raw, _word in _VARIANTS.items():
    _FORMS[_word] = (*_FORMS.get(_word, (_word,)), _raw)
# Norms a token may have that its text does not hold ("sergei" is "sergey", "cease-fire" is
# "ceasefire"): no gate reads them.
_UNWRITTEN = frozenset(CANONICAL.values()) | frozenset(COMPOUNDS.values())
_COPULAS = word_set("is was became becomes remains serves served named appointed as")
_IS = word_set("is was")
_REACH = 3  # words a role's window may hold beyond its own


class Tie(NamedTuple):
    """One place the role's words are written of a name: the name's tokens (empty when the
    place names no one: "the president himself"), and whether the page gives the office as
    a past one."""

    name: tuple[str, ...]
    former: bool


def role_words(value: str) -> frozenset[str]:
    """The role's own words: lower case, "of"/"the" dropped, one spelling per word."""
    return frozenset(
        _VARIANTS.get(t.norm, t.norm) for t in tokenize(value) if t.norm not in _FILLERS
    )


def _plain(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    stop = len(left.text) == 1 or left.norm in _ABBREVIATIONS  # "U.S.", "Sen. Graham"
    return gap.isspace() or gap in ("-", "\u2010", "\u2011") or (stop and gap == ". ")


#: Whether the gap between two tokens keeps them in one run ("U.S." and "Sen. Graham").
Gap = Callable[[str, Token, Token], bool]


def role_windows(
    tokens: Sequence[Token],
    text: str,
    words: frozenset[str],
    starts: Iterable[int],
    plain: Gap = _plain,
) -> list[tuple[int, int]]:
    """(first, last) of every run of tokens that holds all the role's words and nothing but
    them and "of"/"the" (at most a few words longer than the role). ``starts``: the positions
    of the role's words in ``tokens``, in order (:func:`word_starts`); a run starts only at
    one, and the next is sought past the run found. ``plain`` says which gaps a run crosses:
    the holder reading crosses an abbreviation's full stop, :mod:`.role_confirms` (a veto
    reading) any short token's."""
    found: list[tuple[int, int]] = []
    longest = len(words) + _REACH
    after = 0
    for index in starts:
        if index < after:
            continue
        seen: set[str] = set()
        last = index
        for position in range(index, min(len(tokens), index + longest)):
            token = tokens[position]
            norm = _VARIANTS.get(token.norm, token.norm)
            if position > index and not plain(text, tokens[position - 1], token):
                break
            if norm in words:
                seen.add(norm)
                last = position
            elif norm not in _FILLERS:
                break
            if seen == words:
                break
        if seen == words:
            found.append((index, last))
            after = last + 1
    return found


def word_starts(article: ArticleText, index: int, words: frozenset[str]) -> list[int]:
    """Where the role's words stand in sentence ``index``, in order: the ``starts`` of
    :func:`role_windows` (empty when a word is missing, as no window can hold them all)."""
    positions = _word_positions(article, index)
    if not all(word in positions for word in words):
        return []
    return sorted(itertools.chain.from_iterable(positions[word] for word in words))


def _word_positions(article: ArticleText, index: int) -> dict[str, list[int]]:
    """Where each word (one spelling per word) stands in sentence ``index``, read once per
    sentence: every role value of the facts reads the same sentences, and scanning each one's
    tokens per value was the costliest part of the role check (session 26)."""
    key = ("role word positions", index)
    found: dict[str, list[int]] | None = article.memo.get(key)
    if found is None:
        found = {}
        for position, token in enumerate(article.sentence_tokens(index)):
            found.setdefault(_VARIANTS.get(token.norm, token.norm), []).append(position)
        article.memo[key] = found
    return found


def _name_from(tokens: Sequence[Token], text: str, start: int) -> tuple[str, ...]:
    """The capitalised name that starts at ``start`` (particles and initials inside it)."""
    run: list[str] = []
    position = start
    while position < len(tokens) and len(run) < 4:
        token = tokens[position]
        if run and not _plain(text, tokens[position - 1], token):
            break
        if token.norm in PARTICLES and run:
            position += 1
            continue
        if not token.capitalised or token.norm in NOT_NAMES or token.norm in TITLES:
            break
        run.append(token.norm)
        position += 1
    return tuple(run)


def _before_window(tokens: Sequence[Token], text: str, first: int) -> frozenset[str]:
    """Words of the title run right before the window ("former", "Deputy", "Russian")."""
    words: list[str] = []
    position = first - 1
    while position >= 0 and len(words) < 4 and _plain(text, tokens[position], tokens[position + 1]):
        token = tokens[position]
        if token.norm not in TITLES and token.norm not in FORMER and not token.capitalised:
            break
        words.append(_VARIANTS.get(token.norm, token.norm))  # "Lt." is "lieutenant"
        position -= 1
    return frozenset(words)


def _holder_after(tokens: Sequence[Token], text: str, last: int) -> tuple[str, ...]:
    """The name the window's title stands before ("Prime Minister Kaja Kallas", "the prime
    minister, Kaja Kallas,"), over other title words; empty when none."""
    position = last + 1
    if position >= len(tokens):
        return ()
    if text[tokens[last].end : tokens[position].start].strip() == ",":
        return _name_from(tokens, text, position)
    if tokens[position].norm in _IS and position + 1 < len(tokens):
        return _name_from(tokens, text, position + 1)  # "Finland's prime minister is Orpo"
    if not _plain(text, tokens[last], tokens[position]):
        return ()
    while position < len(tokens) and (
        tokens[position].norm in TITLES or _joins_titles(tokens, position)
    ):  # over another title ("Deputy Prime Minister and Foreign Minister Radoslaw Sikorski")
        if not _plain(text, tokens[position - 1], tokens[position]):
            return ()
        position += 1
    if position >= len(tokens) or not _plain(text, tokens[position - 1], tokens[position]):
        return ()
    return _name_from(tokens, text, position)


def _joins_titles(tokens: Sequence[Token], position: int) -> bool:
    """An "and" between two capitalised titles of one holder ("Deputy Prime Minister and
    Foreign Minister")."""
    following = position + 1
    return (
        tokens[position].norm == "and"
        and following < len(tokens)
        and tokens[following].capitalised
        and tokens[following].norm in TITLES
        and tokens[position - 1].capitalised
    )


def _holder_before(tokens: Sequence[Token], text: str, first: int) -> tuple[str, ...]:
    """The name the window is apposed to or said of ("Mark Rutte, NATO's secretary general",
    "Rutte, who is the alliance's chief", "Kallas became prime minister"); empty when none."""
    position = first - 1
    copula = False
    while position >= 0 and first - position <= 6:
        token, after = tokens[position], tokens[position + 1]
        gap = text[token.end : after.start]
        if gap.strip() == ",":
            break
        if not _plain(text, token, after):
            return ()
        if token.norm in _COPULAS:
            copula = True
        elif (
            token.norm not in _APPOSED
            and token.norm not in FORMER  # "Rutte, a former Dutch prime minister"
            and not token.capitalised
            and not _owner(token)
        ):
            return ()
        elif token.capitalised and copula and token.norm not in _APPOSED:
            return _name_back(tokens, text, position)
        position -= 1
    if position < 0 or text[tokens[position].end : tokens[position + 1].start].strip() != ",":
        return ()
    if position + 1 < first and tokens[position + 1].norm in ("who",) and not copula:
        return ()
    return _name_back(tokens, text, position)


def _owner(token: Token) -> bool:
    """A possessive in lower case before the role ("Bell, the department's director")."""
    return token.text.endswith(SINGULAR_POSSESSIVES)


def _name_back(tokens: Sequence[Token], text: str, last: int) -> tuple[str, ...]:
    """The capitalised name that ends at ``last``."""
    start = last
    while (
        start > 0
        and last - start < 3
        and _plain(text, tokens[start - 1], tokens[start])
        and (tokens[start - 1].capitalised or tokens[start - 1].norm in PARTICLES)
        and tokens[start - 1].norm not in TITLES
    ):
        start -= 1
    if not tokens[last].capitalised or tokens[last].norm in NOT_NAMES:
        return ()
    return _name_from(tokens, text, start) if named_at(tokens, start) is None else ()


def _sentences_with(article: ArticleText, words: frozenset[str]) -> Iterable[int]:
    """The sentences that may hold a window: those where the role's rarest-looking (longest)
    word with one spelling occurs, found by ``str.find`` (every sentence when each word has
    variants). Tokenising only these spares a page of sentences per role."""
    if not words:
        return range(len(article.sentences))
    return sentences_of(article, max(sorted(words), key=len))


def _sentence_gate(article: ArticleText, words: frozenset[str]) -> list[tuple[str, ...]]:
    """The written forms of each role word a sentence must hold (lower case, as a substring of
    :attr:`ArticleText.lowered`) to hold a token of that word: a sentence without one holds no
    window, and is passed over before it is tokenised (session 28: 7 in 8 of the sentences
    :func:`_sentences_with` finds hold the rarest word only, "minister" of "prime minister").
    A token's norm is its text lowered, accents dropped (as in ``lowered``), a possessive cut
    off its end, or a spelling mapped to it; only plain ASCII words are gated, and none when
    the lowered text is not as long as the text (its offsets would not be the text's)."""
    if len(article.lowered) != len(article.text):
        return []
    return [
        _FORMS.get(word, (word,))
        for word in sorted(words)
        if word.isascii() and word.isalpha() and word not in _UNWRITTEN
    ]


def role_ties(article: ArticleText, value: str) -> list[Tie]:
    """Every name the page writes the role's words of, in page order (read once per value);
    a window written of no name is a tie with an empty name (the role held by someone the
    page does not name there, read by :mod:`.role_rivals`)."""
    key = ("role ties", value)
    known: list[Tie] | None = article.memo.get(key)
    if known is not None:
        return known
    words = role_words(value)
    found: list[Tie] = []
    text = article.text
    spelled = frozenset(_VARIANTS.values())
    if words and all(article.uses(word) for word in words - spelled):
        gate = _sentence_gate(article, words)
        lowered, sentences = article.lowered, article.sentences
        for index in _sentences_with(article, words - spelled):
            start, end = sentences[index]
            if not all(
                any(lowered.find(form, start, end) >= 0 for form in forms) for forms in gate
            ):
                continue  # a word of the role is nowhere in the sentence (_sentence_gate)
            starts = word_starts(article, index, words)
            if not starts:
                continue  # a window holds every word
            tokens = article.sentence_tokens(index)
            for first, last in role_windows(tokens, text, words, starts):
                before = _before_window(tokens, text, first)
                if before & (_OTHER_OFFICE - words):
                    continue  # "Vice President" is no president
                former = bool(before & FORMER) and not words & FORMER
                name = _holder_after(tokens, text, last) or _holder_before(tokens, text, first)
                found.append(Tie(name, former))  # an empty name: written of no one
    article.memo[key] = found
    return found
