"""Words a careful reader equates in free text (session 23, check 47's cause 7): a length given
in another unit ("The truce will last 48 hours" for a summary's "two-day truce") and a title's
singular where the page writes the title in the plural with its head noun inflected
("Directors General of Military Operations" for a role "Director General").

Lengths: a free text's number before a unit of time (hours, days, weeks; months, years; "48
hours", "two-day", "three weeks") is stated when the article gives the same length in another
unit of the same scale (24 hours a day, 7 days a week, 12 months a year): the number is then
the article's, counted another way. A length the article does not give in any unit is still
flagged ("three-day" for "48 hours"). Months are never read as days (a month is 28 to 31).

Titles: English pluralises a compound title on its head noun, before a postpositive word
("Attorneys General", "Secretaries-General", "Courts Martial", "Presidents-elect"), so the
singular head ("Attorney") is not written on such a page. It is backed when the article has its
plural right before one of those words; a plural elsewhere ("the Roberts family") backs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from summarizer.text.vocabulary import STOPWORDS
from ..figures.numbers import NumberMention, numbers_in
from ..page.article import ArticleText
from ..page.tokens import Token, word_set

# unit -> (scale, size in the scale's base): hours, days and weeks in hours; months and years
# in months.
_UNITS = {
    "hour": ("h", 1), "hours": ("h", 1), "day": ("h", 24), "days": ("h", 24),
    "week": ("h", 168), "weeks": ("h", 168),
    "month": ("m", 1), "months": ("m", 1), "year": ("m", 12), "years": ("m", 12),
}  # fmt: skip
_UNIT_WORDS = frozenset(_UNITS)
_POSTPOSITIVE = word_set("general generals martial designate elect emeritus plenipotentiary")
_HEADS = ("general", "martial", "designate", "elect", "emeritus", "plenipotentiary")


class _Vocabulary(Protocol):
    article: ArticleText

    def states_number(self, number: float) -> bool: ...

    def has(self, word: str) -> bool: ...


_APART = (",", ";", ":", "\u2014", "(", ")")
_JOINS = word_set("and but while after before as then or")
_NOT_LENGTH = word_set("ago later earlier before after old")


def _lengths(
    tokens: Sequence[Token], mentions: Sequence[NumberMention], text: str
) -> dict[tuple[str, float], set[str]]:
    """Each length (scale, size in the scale's base) -> the content words of its own clause
    ("The truce will last 48 hours, the army said": truce, last)."""
    found: dict[tuple[str, float], set[str]] = {}
    for mention in mentions:
        after = mention.last + 1
        if after < len(tokens) and tokens[after].norm in _UNIT_WORDS:
            if after + 1 < len(tokens) and tokens[after + 1].norm in _NOT_LENGTH:
                continue  # "2 days ago": a time, not a length
            scale, size = _UNITS[tokens[after].norm]
            words = found.setdefault((scale, mention.value * size), set())
            words.update(_clause_words(tokens, mention.first, -1, text))
            words.update(_clause_words(tokens, after, 1, text))
    return found


def _clause_words(tokens: Sequence[Token], at: int, step: int, text: str) -> set[str]:
    """The content words from ``tokens[at]`` on (``step`` 1) or back (-1) to a clause mark, a
    joining word ("and", "after") or another number."""
    words: set[str] = set()
    index = at
    while 0 <= index < len(tokens):
        token = tokens[index]
        if token.norm in _JOINS or (index != at and token.is_number):
            break
        if token.norm not in STOPWORDS and token.norm not in _UNIT_WORDS:
            words.add(token.norm)
        near = index + step
        if not 0 <= near < len(tokens):
            break
        low, high = sorted((index, near))
        if any(mark in text[tokens[low].end : tokens[high].start] for mark in _APART):
            break
        index = near
    return words


def _article_lengths(article: ArticleText) -> dict[tuple[str, float], set[str]]:
    key = ("equated_lengths",)
    known: dict[tuple[str, float], set[str]] | None = article.memo.get(key)
    if known is None:
        known = {}
        for index in range(len(article.sentences)):
            tokens = article.sentence_tokens(index)
            if any(t.norm in _UNIT_WORDS for t in tokens):
                lengths = _lengths(tokens, numbers_in(tokens, article.text), article.text)
                for length, words in lengths.items():
                    known.setdefault(length, set()).update(words)
        article.memo[key] = known
    return known


def stated(
    number: float, vocabulary: _Vocabulary, tokens: Sequence[Token],
    read: Sequence[NumberMention], text: str = "",
) -> bool:  # fmt: skip
    """Whether the article states ``number`` (``vocabulary.states_number``), or the free text
    (``tokens``, its numbers ``read``, its source ``text``) gives it as a length the article
    gives in another unit, about the same thing: the article's length and the text's share a
    content word of their clauses ("The truce will last 48 hours" for "a two-day truce", not
    "Aid convoys will run for 48 hours"; review s23c eq03, eq05, eq11, eq15)."""
    if vocabulary.states_number(number):
        return True
    if not any(t.norm in _UNIT_WORDS for t in tokens):
        return False
    mine = _lengths(tokens, [m for m in read if m.value == number], text)
    if not mine:
        return False
    known = _article_lengths(vocabulary.article)
    return all(words & known.get(length, set()) for length, words in mine.items())


def plural_titles(norm: str, vocabulary: _Vocabulary) -> tuple[str, ...]:
    """The article's plural of the title word ``norm`` where it stands before a postpositive
    title word ("directors" of "Directors General" for "director"), or (): asked only of a
    word the article does not use, and only on a page with a postpositive title word."""
    article = vocabulary.article
    titled: bool | None = article.memo.get(("postpositive_titles",))
    if titled is None:
        titled = article.memo[("postpositive_titles",)] = any(map(article.uses, _HEADS))
    if not titled or vocabulary.has(norm):
        return ()
    plurals = [norm + "s", norm + "es"]
    if norm.endswith("y") and len(norm) > 2:
        plurals.append(norm[:-1] + "ies")
    return tuple(
        plural
        for plural in plurals
        if article.uses(plural)
        and any(article.has_phrase((plural, word)) for word in _POSTPOSITIVE)
    )


__all__ = ["plural_titles", "stated"]
