"""Whether a full name given as a quote's speaker can only have been found by its surname, where
the article's person of that surname is someone else, for
:mod:`summarizer.verification.quotes.speakers` (moved out of it in session 27 to make room: one job,
the surname's owner)."""

from __future__ import annotations

from ..page.article import ArticleText
from ..page.tokens import name_key
from ..people.names import (
    first_name_conflict,
    first_name_in_text,
    is_proper,
    name_parts,
)


def other_person(value: str, article: ArticleText) -> bool:
    """A full name the attribution can only have found by its surname, where the article's
    person of that surname is someone else: it gives the surname only with other first names
    ("Trump said" with Donald Trump named: not Ivanka Trump), or with several, the first it
    names is another (Donald Trump, then Melania Trump: "Trump said" is not Melania's). An
    article that never gives a first name leaves the surname to any of them (an earlier rule:
    "said Zelensky" supports Volodymyr Zelensky)."""
    if len(value.split()) < 2 or not is_proper(value):
        return False
    words = name_parts(value)
    key = ("other-person", tuple(words))
    known: bool | None = article.memo.get(key)
    if known is None:
        given = {name_key(word) for word in words[:-1]}
        given |= {word[:1] for word in given} | {"-".join(name_key(w) for w in words[:-1])}
        known = first_name_conflict(value, article)
        if not known:  # two of that surname: the bare one is the first the article names
            first = _first_named(article, words[-1])
            known = first is not None and first not in given
        article.memo[key] = known
    return known


def _first_named(article: ArticleText, surname: str) -> str | None:
    """The first name the article first writes the surname with, in a sentence ("Donald
    Trump"; not "Ukraine" at a line's end, nor anything in a headline, a line that does not
    end as a sentence does: "Second Trump-Putin Summit", "Melania Trump Hosts Gala"; nor the
    surname written in lower case, an English word: "officials hope" is no Hope, session 34)."""
    text = article.text
    for start, end in article.phrase_spans((surname,)):
        if text[start - 1 : start] != " " or text[end : end + 1] in _DASHES:
            continue
        if not text[start : start + 1].isupper():
            continue  # "officials hope", "a little comfort": the word, not the surname Hope
        line_end = text.find("\n", end)
        line = text[end : line_end if line_end >= 0 else len(text)].rstrip()
        if not line.endswith(_SENTENCE_ENDS):
            continue  # a headline's order ("Melania Trump Hosts Gala") says nothing
        first = first_name_in_text(text, start)
        if first is not None:
            return first
    return None


_DASHES = ("-", "\u2010", "\u2011", "\u2013")
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u2019", ")")


__all__ = ["other_person"]
