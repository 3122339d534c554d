"""Given names that share one surname in a coordinated phrase (an outside check, session 23,
check 48's cause 9): "Chip and Amy Carter", "Bill and Melinda Gates", "Jack, Chip and Amy
Carter", "Ana & Luis Ortega" write the surname once for every given name of the list, so
"Chip Carter" is a name the article gives, not "another first name".

A word of the list counts only where it reads as a given name: one capitalised word, no
capitalised word before it (not "Joe Biden and Amy Carter", where "Biden" is a surname of its
own), not a title or a sentence's stop word, and not written anywhere else in the article (a
name the article writes elsewhere, "President Macron and Amy Carter", is someone of its own).

A surname after a title (:data:`~summarizer.verification.people.namewords.HONORIFICS`: "Prof
Hale") is read as a bare surname is, save where the page leaves doubt whose it is
(:func:`titled_namesake`, session 64, ac64): where the page writes that surname after another
first name too ("Tom Hale runs the boat tours; his sister, Professor Ruth Hale, leads the
unit"), "Prof Hale" is the value's person only if the page titles the value's own full name
and no namesake's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from summarizer.text.vocabulary import STOPWORDS
from ..page.article import ArticleText
from ..page.tokens import Token, name_key, tokenize
from .namewords import HONORIFICS, SENTENCE_ADVERBS

_LIST_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])((?:[A-Z][a-z'\u2019-]+,[ \t]+){0,3}[A-Z][a-z'\u2019-]+),?"
    r"[ \t]+(?:and|&)[ \t]+$"
)
_NOT_GIVEN = frozenset(
    {"The", "A", "An", "And", "But", "Mr", "Mrs", "Ms", "Dr", "President", "Prime", "Minister",
     "King", "Queen", "Prince", "Princess", "Senator", "Governor", "General", "Judge", "Lord",
     "Lady", "Sir", "Saint", "St", "He", "She", "They", "His", "Her", "Their", "In", "On", "At"}
)  # fmt: skip


def coordinated_given(text: str, given_start: int) -> frozenset[str]:
    """The other given names a list before the given name at ``given_start`` shares the
    surname with ("Chip" for "Amy" in "Chip and Amy Carter"), lowercased."""
    match = _LIST_BEFORE.search(text, max(given_start - 80, 0), given_start)
    if match is None:
        return frozenset()
    if re.search(r"[A-Z][\w'\u2019-]*[ \t]$", text[max(match.start() - 30, 0) : match.start()]):
        return frozenset()  # "Joe Biden and Amy Carter": a full name before "and"
    found: set[str] = set()
    for word in re.split(r",[ \t]+", match.group(1)):
        if word in _NOT_GIVEN or len(re.findall(rf"\b{re.escape(word)}\b", text)) != 1:
            return frozenset()
        found.add(word.lower())
    return frozenset(found)


def shared_named(part: str, article: ArticleText) -> bool:
    """Whether the two-word name ``part`` is written as one of a list sharing its surname
    ("Priya Krishnan" in "Priya, Anand and Meera Krishnan")."""
    words = part.split()
    if len(words) != 2 or ("and" not in article.lowered and "&" not in article.text):
        return False
    text = article.text
    for start, _end in article.phrase_spans((words[1].lower(),)):
        given = _GIVEN_BEFORE.search(text, max(start - 30, 0), start)
        if given is not None and words[0].lower() in coordinated_given(text, given.start(1)):
            return True
    return False


_GIVEN_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z'\u2019-]+)[ \t]+$")


def titled_namesake(
    tokens: Sequence[Token], head: int, text: str, surname: str, given: Collection[str | None],
    titles: frozenset[str],
) -> bool:  # fmt: skip
    """Whether the surname at ``head``, right after an honorific, may be a namesake's: the
    article ``text`` writes ``surname`` after a first name not in ``given`` (the value's own,
    as name keys), and either titles that namesake ("Professor Ruth Hale") or never titles the
    value's own full name (``titles``: the other title words, "Dr", "President")."""
    if not head or not text or tokens[head - 1].norm not in HONORIFICS:
        return False
    firsts = _firsts(text, surname, titles | HONORIFICS)
    others = [titled for first, titled in firsts if first not in given]
    own = any(titled for first, titled in firsts if first in given)
    return bool(others) and (any(others) or not own)


def titled_other(
    value: str, tokens: Sequence[Token], index: int, text: str, titles: frozenset[str]
) -> bool:
    """:func:`titled_namesake` for a person ``value`` found by the surname alone at ``index``
    (for a reader that finds names without the article's text)."""
    words = [name_key(token.norm) for token in tokenize(value)]
    if len(words) < 2 or name_key(tokens[index].norm) != words[-1]:
        return False
    given = {*words[:-1], *(word[:1] for word in words[:-1])}
    return titled_namesake(tokens, index, text, words[-1], given, titles)


@lru_cache(maxsize=512)
def _firsts(text: str, surname: str, titles: frozenset[str]) -> tuple[tuple[str, bool], ...]:
    """Each first name the text writes right before ``surname`` (a name key), and whether a
    title word stands right before that first name; once per article and surname."""
    words = tokenize(text)
    found = []
    for index in range(1, len(words)):
        first = words[index - 1]
        if name_key(words[index].norm) != surname or not first.capitalised:
            continue
        if first.norm in titles or first.norm in STOPWORDS or first.is_number:
            continue
        if first.norm in SENTENCE_ADVERBS:
            continue  # "Later Moss told reporters": no first name (rv64c)
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and after.capitalised and text[words[index].end : after.start] == " ":
            continue  # "Eastmarch Rowe Park", "Hale Street": a thing's name (rv64c)
        if text[first.end : words[index].start] != " ":
            continue  # "Hale, Ruth" or a line break: no first name
        titled = index > 1 and words[index - 2].norm in titles
        found.append((name_key(first.norm), titled))
    return tuple(found)


__all__ = ["coordinated_given", "shared_named", "titled_namesake", "titled_other"]
