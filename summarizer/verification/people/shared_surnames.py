"""Given names that share one surname in a coordinated phrase (an outside check, session 23,
check 48's cause 9): "Chip and Amy Carter", "Bill and Melinda Gates", "Jack, Chip and Amy
Carter", "Ana & Luis Ortega" write the surname once for every given name of the list, so
"Chip Carter" is a name the article gives, not "another first name".

A word of the list counts only where it reads as a given name: one capitalised word, no
capitalised word before it (not "Joe Biden and Amy Carter", where "Biden" is a surname of its
own), not a title or a sentence's stop word, and not written anywhere else in the article (a
name the article writes elsewhere, "President Macron and Amy Carter", is someone of its own).
"""

from __future__ import annotations

import re

from ..page.article import ArticleText

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

__all__ = ["coordinated_given", "shared_named"]
