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
    kept = known_bodies(article, surname)
    if kept is None:
        kept = article.memo[("person bodies", surname)] = kept_bodies(
            own_bodies(article, surname) | _others(article, surname)
        )
    return kept


def known_bodies(article: ArticleText, surname: str) -> frozenset[str] | None:
    """:func:`person_bodies` when it was read already for this page, else None."""
    kept: frozenset[str] | None = article.memo.get(("person bodies", surname))
    return kept


def bodies_but_own(article: ArticleText, surname: str) -> frozenset[str]:
    """:func:`person_bodies` less those only :func:`.own_bodies` gives, the costliest reading
    (every capitalised run of every sentence naming them): for a caller that has seen no run
    there of the kind it wants (session 61: the party check, see :mod:`.party_elsewhere`)."""
    return kept_bodies(_others(article, surname))


def _others(article: ArticleText, surname: str) -> frozenset[str]:
    return (
        apposed_bodies(article, surname)
        | run_bodies(article, surname)
        | titled_bodies(article, surname)  # session 59: "X, executive director of Y"
    )


def kept_bodies(bodies: frozenset[str]) -> frozenset[str]:
    """The bodies :func:`person_bodies` keeps of those its readings give: no party label or
    table party, no transcript's capitalised role."""
    return frozenset(
        body
        for body in bodies
        if party_of(body) is None
        and not re.match(r"[A-Z]{1,3}-", body)
        and not (body.isupper() and len(body) > 5)  # "ROULEAU (ANCHOR)": a transcript's role
    )


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
