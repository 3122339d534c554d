"""A short name the page writes as the owner of a company's own noun is a company's (session
44, closer gac44; review rv43a): "Marlow Cables' sales director quit in May. It says",
"Corran Dairies' profits halved last year. It blamed the cost of feed".

:mod:`summarizer.verification.sides.standins` reads a two-to-four-word name the page marks
neither as a person's nor a body's as "either", and an "It" tied to it at best "unsure" (it
may be a person's name: "Tom Adair"). A person has no chief executive, sales director,
shareholders, subsidiaries or plants; a name that owns one of those is a body's, and neither
those people nor a plural is an "It", so "It" may stand for the name as for any company.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..page.article import ArticleText
from ..page.tokens import word_set

# Plural nouns only: a singular thing may be the "It" itself ("Marlow Air's profit fell. It
# has now cut 400 jobs" is left to the older readers, which read past the thing; rv40a).
_NOUNS = word_set("profits revenues shareholders subsidiaries plants factories")
# Two-word roles only a company has ("chief executive", "sales director").
_ROLES = {
    ("chief", "executive"),
    ("chief", "financial"),
    ("chief", "operating"),
    ("sales", "director"),
    ("finance", "director"),
    ("managing", "director"),
    ("operations", "director"),
}
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)[ \t]+((?:[a-z-]+[ \t]+){0,2}[a-z-]+)")


def company_owner(article: ArticleText, words: tuple[str, ...]) -> bool:
    """Whether the page writes the name ``words`` as the owner of a company's noun or role,
    right after its possessive, one adjective allowed before ("Corran Dairies' annual
    profits", "Kelso Looms' finance director")."""
    for _, end in article.phrase_spans(words):
        found = _POSSESSIVE.match(article.text, end)
        if found is None:
            continue
        after = found.group(1).split()
        if set(after[:2]) & _NOUNS or any(pair in _ROLES for pair in pairwise(after)):
            return True
    return False


__all__ = ["company_owner"]
