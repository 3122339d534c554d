"""The organisations the page ties a person to now, by the holder readings (their own body
written beside them, an apposition, a title run, a title's "of"), and whether a body written
in initials may be a value.

Split from :mod:`.person_rules` in session 60, when its new party check began asking for a
person's bodies on every affiliation: the answer depends only on the page and the surname, so
it is kept in the article's memo for the grounding, and the rules module stays under its size
limit.
"""

from __future__ import annotations

import re

from ..page.article import ArticleText
from .affiliation_holders import apposed_bodies, own_bodies
from .party_names import party_of
from .run_bodies import run_bodies
from .titled_bodies import titled_bodies


def person_bodies(article: ArticleText, surname: str) -> frozenset[str]:
    """The organisations the page ties the person of ``surname`` to now (a party label,
    "D-Ill.", or a table party says nothing of an organisation), read once per page."""
    key = ("person bodies", surname)
    kept: frozenset[str] | None = article.memo.get(key)
    if kept is None:
        kept = article.memo[key] = frozenset(
            body
            for body in own_bodies(article, surname)
            | apposed_bodies(article, surname)
            | run_bodies(article, surname)
            | titled_bodies(article, surname)  # session 59: "X, executive director of Y"
            if party_of(body) is None
            and not re.match(r"[A-Z]{1,3}-", body)
            and not (body.isupper() and len(body) > 5)  # "ROULEAU (ANCHOR)": a transcript's role
        )
    return kept


def initials_of(body: str, value: str) -> bool:
    """Whether a body written in initials ("AfDB", "JLR") may be the value: each of its
    capitals opens a word of the value, in order, or the value holds no capital to compare."""
    if not (re.fullmatch(r"[A-Z][A-Za-z]{1,5}", body) and sum(c.isupper() for c in body) > 1):
        return False
    opens = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019-]*", value)).lower()
    capitals = "".join(c for c in value if c.isupper()).lower()
    letters = "".join(c for c in body if c.isupper()).lower()
    # "REE" for "Red Eléctrica": the value's initials open the body's, or the other way
    return not capitals or any(
        form and (letters.startswith(form) or form.startswith(letters) or letters in form)
        for form in (opens, capitals)
    )
