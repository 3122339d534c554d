"""A positive reading of a person's role for the confirm-only mode
(:mod:`summarizer.verification.confirm_only`, session 52, tie writer cr52b; split from
:mod:`.shared_roles` by review rv52b): a role written beside a name that a full stop inside an
abbreviation or a suffix cuts for the holder reading ("Dan Driscoll, the U.S. Army
secretary,", "Robert F. Kennedy Jr., the secretary of health,"): the page is read again with
those stops taken out, and the role must be written right beside the name, closing its
apposition ("the U.S. ambassador nominee" is no ambassador).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.comparators import Supported
from ..context import Context
from ..page.article import ArticleText
from ..page.tokens import tokenize, word_set
from .fact_people import person_and_value, person_words, same_person
from .role_holders import FORMER, role_ties

_FILLERS = word_set("the a an")
# Stops inside an abbreviation or after a name's suffix that cut a holder reading.
_DOTTED = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?")
_SUFFIX = re.compile(r",? (?:Jr|Sr)\.(?=,)")
_SUFFIXES = word_set("jr sr")  # a name's suffix, no surname ("Kennedy Jr.")
# Words that may follow a role in an apposition that still closes on it ("the secretary of
# health", "the envoy to Peru"); any other word makes it another thing ("ambassador nominee").
_ROLE_TAIL = word_set("of for to in at on from with")


def _joined(match: re.Match[str]) -> str:
    """A dotted abbreviation's letters without their stops ("U.S." -> "US")."""
    return "".join(letter or "" for letter in match.groups())


def _unstopped(article: ArticleText) -> ArticleText | None:
    """The page with the stops of dotted abbreviations taken out ("U.S." -> "US") and a
    name's suffix before a comma dropped ("Kennedy Jr.," -> "Kennedy,": "jr" is no name
    word); None when it has none. The holder reading reads a stop as the end of a name or of
    a title's run. Made once per page (memo)."""
    key = "unstopped page"
    if key in article.memo:
        cached: ArticleText | None = article.memo[key]
        return cached
    text = _SUFFIX.sub("", _DOTTED.sub(_joined, article.text))
    found = ArticleText(text) if text != article.text else None
    article.memo[key] = found
    return found


def _closes(said: list[str], last: str) -> bool:
    """Whether the apposition's words end on the role's last word, or go on only into its
    body or place ("the secretary of health", "the envoy to Peru"); a word after it makes the
    role another thing ("the US ambassador nominee", "the US ambassador's deputy")."""
    at = len(said) - 1 - said[::-1].index(last)
    return at == len(said) - 1 or said[at + 1] in _ROLE_TAIL


def _written_beside(page: ArticleText, surname: str, role: str) -> bool:
    """Whether the cleaned page writes the role's words right beside the surname: in an
    apposition that closes on it (:func:`_closes`; "Driscoll, the US Army secretary," or at
    the sentence's end) or
    as a title over at most three name words ("US President Donald Trump"). An apposition
    left open is a sentence's subject ("Sean Hannity, the US president was asked")."""
    words = [t.norm for t in tokenize(role) if t.norm not in _FILLERS]
    if not words or not surname:
        return False
    name = re.escape(surname)
    for stretch in re.finditer(name + r",((?: [^\s,;.]+){1,8}?)(?:[,;]|\.(?:\s|$))", page.lowered):
        said = [t.norm for t in tokenize(stretch.group(1))]
        if set(words) <= set(said) and not set(said) & FORMER and _closes(said, words[-1]):
            return True
    title = r"\W+".join(re.escape(word) for word in words)
    return re.search(title + r"(?: [\w'-]+){0,3}? " + name + r"\b", page.lowered) is not None


def unstopped_role_tie(value: Any, rule: Supported, ctx: Context) -> bool:
    """Whether the holder reading gives the fact's person the role once the stops of "U.S."
    or "Jr." are taken out ("Dan Driscoll, the U.S. Army secretary,"), the role written right
    beside the name (:func:`_written_beside`)."""
    if person_and_value(value, ctx) is None:
        return False
    page = _unstopped(ctx.article)
    name = person_words(ctx)
    if page is None or not name:
        return False
    role, surname = _DOTTED.sub(_joined, value), [w for w in name if w not in _SUFFIXES]
    return (
        bool(surname)
        and _written_beside(page, surname[-1], role)
        and any(not tie.former and same_person(name, tie.name) for tie in role_ties(page, role))
    )


__all__ = ["unstopped_role_tie"]
