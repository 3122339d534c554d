"""A person's name put together from two people's (an outside check, session 14: "Luciano
Londono" from a page naming Luciano Marin and Rodrigo Londono), for every field that names a
person:

- a surname the page gives only with other first names is refused, as before
  (:func:`summarizer.verification.names.first_name_conflict`, unsupported), and that check
  now also guards a truce's proposer (:func:`name_clash`);
- a surname the page writes with no first name at all ("the rebel commander Londono"), under
  a first name the page gives only to someone else ("Luciano Marin"), is a name the page
  does not write, made of words it writes for two people: *unconfirmed*
  (:func:`borrowed_first_name`), since the page cannot say the man's first name is not
  Luciano too. A first name the page never writes ("Volodymyr Zelensky" beside "Zelensky
  said") and a full name the page writes ("Luciano Marin") are read as before.
"""

from __future__ import annotations

import re

from summarizer.verification.article import ArticleText
from summarizer.verification.context import Result, unconfirmed
from summarizer.verification.names import (
    first_name_conflict,
    first_name_in_text,
    is_proper,
    name_parts,
    writes_name,
)
from summarizer.verification.tokens import name_key, tokenize

# A capitalised word right after a first name: the surname the page gives it.
_NEXT_NAME = re.compile(r"[ \u00a0]+([A-Z][\w'\u2019-]+)")


def borrowed_first_name(part: str, article: ArticleText) -> str | None:
    """The name ("Luciano Marin") whose first name ``part`` borrows for a surname the page
    writes with none (see the module), or None."""
    words = name_parts(part)
    if len(words) != 2 or not is_proper(part) or writes_name(part, article):
        return None
    given, surname = words
    spans = article.phrase_spans((surname,))
    if not spans or any(first_name_in_text(article.text, start) for start, _ in spans):
        return None  # not on the page, or with a first name (first_name_conflict's case)
    for start, end in article.phrase_spans((given,)):
        following = _NEXT_NAME.match(article.text, end)
        if following is None or name_key(tokenize(following[1])[0].norm) == name_key(surname):
            continue
        if first_name_in_text(article.text, following.start(1)) == name_key(given):
            return f"{article.text[start:end]} {following[1]}"
    return None


def name_clash(part: str, article: ArticleText) -> Result | None:
    """The refusal of a person's name the page gives another first name (unsupported) or
    whose first name it gives only to someone else (unconfirmed); None when neither."""
    if first_name_conflict(part, article):
        return False, f"the article gives {part.split()[-1]!r} another first name"
    other = borrowed_first_name(part, article)
    if other is not None:
        return unconfirmed(f"the article gives the first name of {part!r} only to {other!r}")
    return None


__all__ = ["borrowed_first_name", "name_clash"]
